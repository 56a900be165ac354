package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.advisor.EcosystemFinding;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CraftingToolsEcosystemTest {
  private static final String START = "<!-- flagship-output:start -->";
  private static final String END = "<!-- flagship-output:end -->";

  @Test
  void flagshipHasEveryLayerAndFindsTheStrandedGroup() {
    EcosystemAssessment assessment = EcosystemAdvisor.assess(CraftingToolsEcosystem.ecosystem());
    for (Layer layer : Layer.values()) {
      assertTrue(assessment.communitiesPerLayer().get(layer) > 0, layer.name());
    }
    assertEquals(
        "knitting-circle",
        assessment.findings(EcosystemFinding.Code.NO_PATH_TO_DESTINATION).get(0).communityIds().get(0));
    assertTrue(assessment.has(EcosystemFinding.Code.DATA_MOSTLY_NOT_OWNED));
  }

  @Test
  void theShippedFileIsInCanonicalForm() {
    String text = CraftingToolsEcosystem.text();
    assertEquals(EcosystemLanguage.print(EcosystemLanguage.parse(text)), text);
  }

  @Test
  void theShippedFileDescribesTheFlagshipAsItWasFirstBuiltInCode() {
    Ecosystem ecosystem = CraftingToolsEcosystem.ecosystem();
    assertEquals(builtInCode(), ecosystem);
    assertEquals(List.copyOf(builtInCode().channels()), List.copyOf(ecosystem.channels()));
  }

  /** The flagship as the example built it before it shipped as text. */
  private static Ecosystem builtInCode() {
    Platform facebook = Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK);
    Platform x = Platform.of("X", PlatformKind.CONSUMER_NETWORK);
    Platform ownSoftware = Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE);
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
        .steward(Steward.INDEPENDENT).platform(facebook)
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .addTopics("knitting").memberCount(60_000)
        .build();
    Community brandPage = Community.builder()
        .id("brand-page").name("Crafting Tools page")
        .steward(Steward.ORGANIZATION).platform(facebook)
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .memberCount(120_000)
        .build();
    Community dealsAccount = Community.builder()
        .id("deals-account").name("Crafting Tools Deals")
        .steward(Steward.ORGANIZATION).platform(x)
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .addTopics("deals").memberCount(45_000)
        .build();
    Community craftersClub = Community.builder()
        .id("crafters-club").name("Crafters' Club (fan community)")
        .steward(Steward.ORGANIZATION).platform(ownSoftware)
        .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
        .addTopics("crafting").memberCount(12_000)
        .build();
    Community retailPartners = Community.builder()
        .id("retail-partners").name("Retail Partner Network")
        .steward(Steward.ORGANIZATION).platform(ownSoftware)
        .membership(Membership.CONTROLLED).audience(Audience.PARTNERS)
        .memberCount(400)
        .build();
    Community staffRoom = Community.builder()
        .id("staff-room").name("Staff Room")
        .steward(Steward.ORGANIZATION).platform(ownSoftware)
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

  @Test
  void readmeGraphQuestionsAnswerAsShown() {
    Ecosystem ecosystem = CraftingToolsEcosystem.ecosystem();
    assertFalse(ecosystem.reachesDestination("knitting-circle"));
    assertTrue(ecosystem.reachesDestination("paper-crafters-forum"));
    assertTrue(ecosystem.isDestination("crafters-club"));
    assertEquals(List.of(ecosystem.community("crafters-club").orElseThrow()), ecosystem.destinations());
    assertTrue(ecosystem.isIsolated("staff-room"));
  }

  @Test
  void readmeShowsWhatTheFlagshipPrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md lacks " + START + " and " + END);
    String block = readme.substring(start + START.length(), end);
    String shown = block.substring(block.indexOf("````text\n") + "````text\n".length(), block.lastIndexOf("````"));
    assertEquals(Output.of(CraftingToolsEcosystem::run), shown);
  }

  @Test
  void readmeDiagramIsTheFlagshipsDiagram() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String printed = Output.of(CraftingToolsEcosystem::run);
    String diagram = printed.substring(printed.indexOf("```mermaid\n"));
    String beforeOutput = readme.substring(0, readme.indexOf(START));
    assertTrue(beforeOutput.contains(diagram), "README's mermaid block differs from the flagship's");
  }
}
