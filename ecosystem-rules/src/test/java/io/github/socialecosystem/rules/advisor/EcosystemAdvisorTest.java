package io.github.socialecosystem.rules.advisor;

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
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.rules.advisor.Finding.Code;
import io.github.socialecosystem.rules.advisor.Finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class EcosystemAdvisorTest {
  private static Community community(
      String id, Steward steward, PlatformKind kind, Membership membership, Audience audience, long members) {
    return Community.builder()
        .id(id).name("Community " + id)
        .steward(steward).platform(Platform.of("Somewhere", kind))
        .membership(membership).audience(audience)
        .memberCount(members)
        .build();
  }

  private static final Community FORUM = community(
      "craft-forum", Steward.INDEPENDENT, PlatformKind.INDEPENDENT_SITE, Membership.OPEN, Audience.PUBLIC, 40_000);
  private static final Community PAGE = community(
      "brand-page", Steward.ORGANIZATION, PlatformKind.CONSUMER_NETWORK, Membership.OPEN, Audience.PUBLIC, 50_000);
  private static final Community FANS = community(
      "fan-club", Steward.ORGANIZATION, PlatformKind.COMMUNITY_SOFTWARE, Membership.OPEN, Audience.CUSTOMERS, 10_000);

  private static Ecosystem.Builder ecosystem() {
    return Ecosystem.builder().organization("Crafting Tools Inc.");
  }

  @Test
  void noOwnedCommunity_isACriticalFinding_withNoDestination() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE).addChannels(Channel.of("craft-forum", "brand-page")).build());
    List<Finding> found = a.findings(Code.NO_DESTINATION);
    assertEquals(1, found.size());
    assertEquals(Severity.CRITICAL, found.get(0).severity());
    assertEquals(Code.NO_DESTINATION, a.findings().get(0).code(), "most severe first");
    assertFalse(a.has(Code.NO_PATH_TO_DESTINATION), "nothing to reach, so no path findings");
    assertTrue(a.nextSteps().get(0).startsWith("Start a community on your own software"));
    assertEquals(OptionalDouble.of(0.0), a.ownedCommunityShare());
  }

  @Test
  void outerCommunityWithNoPath_isNamed() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS).addChannels(Channel.of("brand-page", "fan-club")).build());
    List<Finding> found = a.findings(Code.NO_PATH_TO_DESTINATION);
    assertEquals(1, found.size());
    assertEquals(List.of("craft-forum"), found.get(0).communityIds());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(OptionalDouble.of(0.5), a.outerReachShare());
    assertTrue(a.nextSteps().stream().anyMatch(s -> s.contains("'craft-forum'")));
  }

  @Test
  void missingLayer_isAFinding_perLayer() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FANS).build());
    List<Finding> found = a.findings(Code.MISSING_LAYER);
    assertEquals(2, found.size());
    assertTrue(found.get(0).message().contains("participating"), found.get(0).message());
    assertTrue(found.get(1).message().contains("managed"), found.get(1).message());
    assertFalse(a.has(Code.NO_DESTINATION));
    assertEquals(OptionalDouble.empty(), a.outerReachShare());
  }

  @Test
  void outwardChannel_isInformational() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS)
                .addChannels(
                    Channel.of("craft-forum", "fan-club"),
                    Channel.of("brand-page", "fan-club"),
                    Channel.of("fan-club", "brand-page"))
                .build());
    List<Finding> found = a.findings(Code.OUTWARD_CHANNEL);
    assertEquals(1, found.size());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(List.of("fan-club", "brand-page"), found.get(0).communityIds());
  }

  @Test
  void mostMembersWhereTheDataIsNotOwned_isAFinding() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS)
                .addChannels(Channel.of("craft-forum", "fan-club"), Channel.of("brand-page", "fan-club"))
                .build());
    assertEquals(OptionalDouble.of(0.1), a.ownedMemberShare());
    Finding finding = a.findings(Code.DATA_MOSTLY_NOT_OWNED).get(0);
    assertEquals(List.of("craft-forum", "brand-page"), finding.communityIds());
    assertEquals(
        "Only 10% of known members are in communities whose data the organisation owns.", finding.message());
  }

  @Test
  void fullyIntegratedEcosystem_hasNoneOfTheseFindings() {
    Community bigFans = Community.builder().from(FANS).memberCount(360_000).build();
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, bigFans)
                .addChannels(Channel.of("craft-forum", "brand-page"), Channel.of("brand-page", "fan-club"))
                .build());
    assertEquals(List.of(), a.findings());
    assertEquals(List.of(), a.nextSteps());
    assertEquals(Map.of(Layer.PARTICIPATING, 1, Layer.MANAGED, 1, Layer.OWNED, 1), a.communitiesPerLayer());
    assertEquals(OptionalDouble.of(1.0), a.outerReachShare());
    assertEquals(
        "Crafting Tools Inc. has 3 communities in all three layers. 2 of 2 outer communities lead"
            + " to 1 owned destination. 80% of known members are where it owns the data.",
        a.summary());
  }

  @Test
  void emptyEcosystem_saysSo_andHasNoShares() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().build());
    assertEquals("Crafting Tools Inc. has no community yet: start with one in each layer.", a.summary());
    assertEquals(OptionalDouble.empty(), a.ownedCommunityShare());
    assertEquals(OptionalDouble.empty(), a.ownedMemberShare());
    assertTrue(a.has(Code.NO_DESTINATION));
    assertEquals(2, a.findings(Code.MISSING_LAYER).size());
    assertTrue(a.toMarkdown().contains("| communities whose data is owned | unknown |"), a.toMarkdown());
  }

  @Test
  void summary_countsOnlyTheDestinationsOuterCommunitiesReach() {
    Community partners = community(
        "partners", Steward.ORGANIZATION, PlatformKind.COMMUNITY_SOFTWARE, Membership.CONTROLLED, Audience.PARTNERS, 100);
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS, partners)
                .addChannels(Channel.of("craft-forum", "brand-page"), Channel.of("brand-page", "fan-club"))
                .build());
    assertTrue(a.summary().contains("2 of 2 outer communities lead to 1 owned destination."), a.summary());
    assertEquals(
        List.of(
            "Draw members into communities you own, where their data and the relationship are yours."),
        a.nextSteps());
  }

  @Test
  void nextSteps_followTheFindings_mostSevereFirst() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM).build());
    assertEquals(
        List.of(
            "Start a community on your own software (a customer or fan community) to be the"
                + " destination of your ecosystem.",
            "Run a page on a consumer network to market and to invite people inward.",
            "Draw members into communities you own, where their data and the relationship are"
                + " yours."),
        a.nextSteps());
  }

  @Test
  void topActions_comeFromThePolicyEngine_bestFirst() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM, FANS).build());
    assertEquals(StandardActions.LISTEN, a.topActions().get("craft-forum").get(0).action());
    assertEquals(EcosystemAdvisor.TOP_ACTIONS, a.topActions().get("fan-club").size());
  }

  @Test
  void markdown_hasEverySection_andEveryCommunity() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS).addChannels(Channel.of("brand-page", "fan-club")).build());
    String md = a.toMarkdown();
    assertTrue(md.startsWith("# Social ecosystem of Crafting Tools Inc.\n\n" + a.summary()), md);
    int figures = md.indexOf("## Figures");
    int findings = md.indexOf("## Findings");
    int steps = md.indexOf("## Next steps");
    int actions = md.indexOf("## Best actions per community");
    assertTrue(0 < figures && figures < findings && findings < steps && steps < actions, md);
    assertTrue(md.contains("- **WARNING** `NO_PATH_TO_DESTINATION`: 'craft-forum'"), md);
    for (Community c : a.ecosystem().communities()) {
      assertTrue(md.contains("| " + c.id() + " | " + c.type() + " | "), c.id());
    }
  }
}
