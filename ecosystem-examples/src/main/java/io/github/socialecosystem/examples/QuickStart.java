package io.github.socialecosystem.examples;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.rules.PolicyEngine;
import java.io.PrintStream;

/**
 * The README's quick start: a brand page on a consumer network that draws people into a fan
 * community the organisation runs on its own software, and what the standard policy says about
 * posting a press release on the page.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl ecosystem-examples -am package exec:java -DskipTests
 * -Dexec.mainClass=io.github.socialecosystem.examples.QuickStart}.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Prints what the library derives and decides about a small ecosystem. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Builds the ecosystem and prints what the library derives and decides to {@code out}. */
  public static void run(PrintStream out) {
    Community brandPage = Community.builder()
        .id("brand-page").name("Crafting Tools on Facebook")
        .steward(Steward.ORGANIZATION)
        .platform(Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .build();
    Community fanClub = Community.builder()
        .id("fan-club").name("Crafters' Club")
        .steward(Steward.ORGANIZATION)
        .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
        .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
        .addTopics("crafting").memberCount(12_000)
        .build();
    Ecosystem ecosystem = Ecosystem.builder().organization("Crafting Tools Inc.")
        .addCommunities(brandPage, fanClub)
        .addChannels(Channel.of("brand-page", "fan-club"))
        .build();

    for (Community c : ecosystem.communities()) {
      out.printf("%-10s %-9s layer %-8s data held by %s (%s)%n",
          c.id(), c.type(), c.layer(), c.dataOwnership().holder(), c.dataOwnership().visibility());
    }
    out.println("brand-page draws people to: "
        + ecosystem.destinationsReachableFrom("brand-page").iterator().next().name());

    PolicyEngine engine = PolicyEngine.standard();
    Decision pressRelease = engine.decide(brandPage, StandardActions.POST_PRESS_RELEASE);
    out.println();
    out.print(pressRelease.explain());

    out.println();
    out.println("best in fan-club:");
    for (Decision d : engine.appropriateActions(fanClub).subList(0, 5)) {
      out.printf("  %-22s %s%n", d.action().id(), d.verdict());
    }
  }
}
