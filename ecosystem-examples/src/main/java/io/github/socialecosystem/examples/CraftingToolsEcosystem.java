package io.github.socialecosystem.examples;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.diagram.EcosystemDiagrams;
import java.io.PrintStream;

/**
 * The flagship example: a maker of crafting tools, its brand page and deals account, the
 * independent craft blogs and groups where crafters meet, the fan community it owns, a closed
 * partner network and an employee community. Prints the assessment, the diagram, and each
 * community's best actions, as Markdown.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl ecosystem-examples -am package exec:java -DskipTests}.
 */
public final class CraftingToolsEcosystem {
  private static final Platform FACEBOOK = Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK);
  private static final Platform X = Platform.of("X", PlatformKind.CONSUMER_NETWORK);
  private static final Platform OWN_SOFTWARE =
      Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE);

  private CraftingToolsEcosystem() {}

  /** Prints the assessment and the diagram of the flagship ecosystem. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** The crafting-tools maker's ecosystem. */
  public static Ecosystem ecosystem() {
    Community scissorStories = Community.builder()
        .id("scissor-stories").name("Scissor Stories (craft blog)")
        .steward(Steward.INDEPENDENT)
        .platform(Platform.of("Independent blog", PlatformKind.INDEPENDENT_SITE))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .addTopics("crafting", "scissors").memberCount(8_000)
        .build();
    Community paperForum = Community.builder()
        .id("paper-crafters-forum").name("Paper Crafters Forum")
        .steward(Steward.INDEPENDENT)
        .platform(Platform.of("Independent forum", PlatformKind.INDEPENDENT_SITE))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .addTopics("crafting", "paper").memberCount(25_000)
        .build();
    Community knittingCircle = Community.builder()
        .id("knitting-circle").name("Knitting Circle (group)")
        .steward(Steward.INDEPENDENT).platform(FACEBOOK)
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .addTopics("knitting").memberCount(60_000)
        .build();
    Community brandPage = Community.builder()
        .id("brand-page").name("Crafting Tools page")
        .steward(Steward.ORGANIZATION).platform(FACEBOOK)
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .memberCount(120_000)
        .build();
    Community dealsAccount = Community.builder()
        .id("deals-account").name("Crafting Tools Deals")
        .steward(Steward.ORGANIZATION).platform(X)
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .addTopics("deals").memberCount(45_000)
        .build();
    Community craftersClub = Community.builder()
        .id("crafters-club").name("Crafters' Club (fan community)")
        .steward(Steward.ORGANIZATION).platform(OWN_SOFTWARE)
        .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
        .addTopics("crafting").memberCount(12_000)
        .build();
    Community retailPartners = Community.builder()
        .id("retail-partners").name("Retail Partner Network")
        .steward(Steward.ORGANIZATION).platform(OWN_SOFTWARE)
        .membership(Membership.CONTROLLED).audience(Audience.PARTNERS)
        .memberCount(400)
        .build();
    Community staffRoom = Community.builder()
        .id("staff-room").name("Staff Room")
        .steward(Steward.ORGANIZATION).platform(OWN_SOFTWARE)
        .membership(Membership.CONTROLLED).audience(Audience.EMPLOYEES)
        .memberCount(1_200)
        .build();
    return Ecosystem.builder()
        .organization("Crafting Tools Inc.")
        .addCommunities(scissorStories, paperForum, knittingCircle, brandPage, dealsAccount,
            craftersClub, retailPartners, staffRoom)
        .addChannels(
            Channel.of("scissor-stories", "crafters-club"),
            Channel.of("paper-crafters-forum", "brand-page"),
            Channel.of("brand-page", "crafters-club"),
            Channel.of("deals-account", "crafters-club"))
        .build();
  }

  /** Prints the assessment and the diagram to {@code out}. */
  public static void run(PrintStream out) {
    Ecosystem ecosystem = ecosystem();
    EcosystemAssessment assessment = EcosystemAdvisor.assess(ecosystem);
    out.print(assessment.toMarkdown());
    out.print("\n## Diagram\n\n```mermaid\n");
    out.print(EcosystemDiagrams.mermaid(ecosystem));
    out.print("```\n");
  }
}
