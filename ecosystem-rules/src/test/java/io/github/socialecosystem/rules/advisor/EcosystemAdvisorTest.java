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
import io.github.socialecosystem.rules.advisor.EcosystemFinding.Code;
import io.github.socialecosystem.rules.advisor.EcosystemFinding.Severity;
import io.github.socialecosystem.rules.LargeEcosystems;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

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

  /** All three layers, the outer two leading inward, and the owned club leading back out. */
  private static Ecosystem withAnOutwardChannel() {
    return ecosystem().addCommunities(FORUM, PAGE, FANS)
        .addChannels(
            Channel.of("craft-forum", "fan-club"),
            Channel.of("brand-page", "fan-club"),
            Channel.of("fan-club", "brand-page"))
        .build();
  }

  @Test
  void noOwnedCommunityIsACriticalFindingWithNoDestination() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE).addChannels(Channel.of("craft-forum", "brand-page")).build());
    List<EcosystemFinding> found = a.findings(Code.NO_DESTINATION);
    assertEquals(1, found.size());
    assertEquals(Severity.CRITICAL, found.get(0).severity());
    assertEquals(Code.NO_DESTINATION, a.findings().get(0).code(), "most severe first");
    assertFalse(a.has(Code.NO_PATH_TO_DESTINATION), "nothing to reach, so no path findings");
    assertTrue(a.nextSteps().get(0).startsWith("Start a community on your own software"));
    assertEquals(OptionalDouble.of(0.0), a.ownedCommunityShare());
  }

  @Test
  void outerCommunityWithNoPathIsNamed() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS).addChannels(Channel.of("brand-page", "fan-club")).build());
    List<EcosystemFinding> found = a.findings(Code.NO_PATH_TO_DESTINATION);
    assertEquals(1, found.size());
    assertEquals(List.of("craft-forum"), found.get(0).communityIds());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals(OptionalDouble.of(0.5), a.outerReachShare());
    assertTrue(a.nextSteps().stream().anyMatch(s -> s.contains("'craft-forum'")));
  }

  @Test
  void missingLayerIsAFindingPerLayer() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FANS).build());
    List<EcosystemFinding> found = a.findings(Code.MISSING_LAYER);
    assertEquals(2, found.size());
    assertTrue(found.get(0).message().contains("participating"), found.get(0).message());
    assertTrue(found.get(1).message().contains("managed"), found.get(1).message());
    assertFalse(a.has(Code.NO_DESTINATION));
    assertEquals(OptionalDouble.empty(), a.outerReachShare());
  }

  @Test
  void outwardChannelIsInformational() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(withAnOutwardChannel());
    List<EcosystemFinding> found = a.findings(Code.OUTWARD_CHANNEL);
    assertEquals(1, found.size());
    assertEquals(Severity.INFO, found.get(0).severity());
    assertEquals(List.of("fan-club", "brand-page"), found.get(0).communityIds());
  }

  @Test
  void mostMembersWhereTheDataIsNotOwnedIsAFinding() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, FANS)
                .addChannels(Channel.of("craft-forum", "fan-club"), Channel.of("brand-page", "fan-club"))
                .build());
    assertEquals(OptionalDouble.of(0.1), a.ownedMemberShare());
    EcosystemFinding finding = a.findings(Code.DATA_MOSTLY_NOT_OWNED).get(0);
    assertEquals(List.of("craft-forum", "brand-page"), finding.communityIds());
    assertEquals(
        "Only 10% of known members are in communities whose data the organisation owns.", finding.message());
  }

  @Test
  void fullyIntegratedEcosystemHasNoneOfTheseFindings() {
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
  void emptyEcosystemSaysSoAndHasNoShares() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().build());
    assertEquals("Crafting Tools Inc. has no community yet: start with one in each layer.", a.summary());
    assertEquals(OptionalDouble.empty(), a.ownedCommunityShare());
    assertEquals(OptionalDouble.empty(), a.ownedMemberShare());
    assertTrue(a.has(Code.NO_DESTINATION));
    assertEquals(2, a.findings(Code.MISSING_LAYER).size());
    assertTrue(a.toMarkdown().contains("| communities whose data is owned | unknown |"), a.toMarkdown());
  }

  @Test
  void summaryCountsOnlyTheDestinationsOuterCommunitiesReach() {
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
  void nextStepsFollowTheFindingsMostSevereFirst() {
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
  void topActionsComeFromThePolicyEngineBestFirst() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM, FANS).build());
    assertEquals(StandardActions.LISTEN, a.topActions().get("craft-forum").get(0).action());
    assertEquals(EcosystemAdvisor.TOP_ACTIONS, a.topActions().get("fan-club").size());
  }

  @Test
  void markdownANameCannotAddStructureToTheReport() {
    String name = "Acme\n\n## Findings\r\n- *all* [fine](x) | <b>ok</b>";
    EcosystemAssessment a = EcosystemAdvisor.assess(
        Ecosystem.builder().organization(name).addCommunities(FORUM, PAGE, FANS).build());
    String md = a.toMarkdown();
    assertTrue(md.startsWith("# Social ecosystem of Acme  ## Findings - \\*all\\* \\[fine\\](x)"
        + " \\| \\<b\\>ok\\</b\\>\n\n"), md);
    assertEquals(1, md.lines().filter(line -> line.equals("## Findings")).count(), md);
    assertFalse(md.lines().anyMatch(line -> line.startsWith("- *all*")), md);
  }

  @Test
  void markdownHasEverySectionAndEveryCommunity() {
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

  @Test
  void ownedCommunityShareIsTheOwnedOnesOverAll() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM, PAGE, FANS).build());
    assertEquals(1.0 / 3, a.ownedCommunityShare().getAsDouble(), 1e-12);
  }

  @Test
  void summaryCountsOnlyTheLayersThatHaveCommunities() {
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM, FANS).build());
    assertTrue(a.summary().startsWith("Crafting Tools Inc. has 2 communities in 2 layers of three. "),
        a.summary());
    assertEquals(Map.of(Layer.PARTICIPATING, 1, Layer.MANAGED, 0, Layer.OWNED, 1),
        a.communitiesPerLayer());
  }

  @Test
  void aCommunityWithoutAMemberCountIsNotNamedAmongThoseHoldingTheMembers() {
    Community quiet = Community.builder()
        .id("quiet-forum").name("Quiet forum")
        .steward(Steward.INDEPENDENT).platform(Platform.of("Somewhere", PlatformKind.INDEPENDENT_SITE))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .build();
    EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM, quiet, PAGE, FANS).build());
    assertEquals(List.of("craft-forum", "brand-page"),
        a.findings(Code.DATA_MOSTLY_NOT_OWNED).get(0).communityIds());
  }

  @Test
  void aWarningFoundAfterAnInformationalFindingStillComesFirst() {
    EcosystemAssessment a =
        EcosystemAdvisor.assess(withAnOutwardChannel());
    assertEquals(List.of(Code.DATA_MOSTLY_NOT_OWNED, Code.OUTWARD_CHANNEL),
        a.findings().stream().map(EcosystemFinding::code).toList());
    assertEquals("Draw members into communities you own, where their data and the relationship are"
        + " yours.", a.nextSteps().get(0));
    String md = a.toMarkdown();
    String steps = md.substring(md.indexOf("## Next steps\n\n"), md.indexOf("## Best actions"));
    assertEquals("## Next steps\n\n1. Draw members into communities you own, where their data and the"
        + " relationship are yours.\n2. Check that channel fan-club -> brand-page is meant to send people"
        + " outward.\n\n", steps);
    assertEquals("EcosystemAssessment{Crafting Tools Inc., 2 findings}", a.toString());
  }

  @Test
  void markdownWithNothingToDoSaysKeepGoingAndListsEachCommunitysBestActions() {
    Community bigFans = Community.builder().from(FANS).memberCount(360_000).build();
    EcosystemAssessment a =
        EcosystemAdvisor.assess(
            ecosystem().addCommunities(FORUM, PAGE, bigFans)
                .addChannels(Channel.of("craft-forum", "brand-page"), Channel.of("brand-page", "fan-club"))
                .build());
    String md = a.toMarkdown();
    assertTrue(md.contains("## Next steps\n\nKeep going: listen outside, market on your pages, build"
        + " relationships inside.\n\n## Best actions"), md);
    String forumRow = md.lines().filter(line -> line.startsWith("| craft-forum |")).findFirst()
        .orElseThrow();
    assertTrue(forumRow.startsWith("| craft-forum | PARTICIPATING | listen (RECOMMENDED), "),
        forumRow);
  }

  @Nested
  class MemberCountsBeyondALong {
    private final Community hugeFans = Community.builder().from(FANS).memberCount(Long.MAX_VALUE).build();

    private Community owned(String id, long members) {
      return Community.builder().from(FANS).id(id).memberCount(members).build();
    }

    private Community outer(String id, long members) {
      return Community.builder().from(FORUM).id(id).memberCount(members).build();
    }

    @Test
    void oneHugeOwnedCommunityOwnsAlmostEveryMemberNotANegativeShare() {
      EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem().addCommunities(FORUM, hugeFans).build());
      double share = a.ownedMemberShare().orElseThrow();
      assertTrue(share > 0.999_999 && share <= 1.0, String.valueOf(share));
      assertFalse(a.has(Code.DATA_MOSTLY_NOT_OWNED));
      assertTrue(a.summary().endsWith(" 100% of known members are where it owns the data."), a.summary());
    }

    @Test
    void severalHugeCommunitiesAddUpPastALongAndStillShareExactly() {
      EcosystemAssessment a =
          EcosystemAdvisor.assess(
              ecosystem()
                  .addCommunities(
                      owned("fans-a", Long.MAX_VALUE),
                      owned("fans-b", Long.MAX_VALUE),
                      outer("forum-a", Long.MAX_VALUE),
                      outer("forum-b", Long.MAX_VALUE),
                      outer("forum-c", Long.MAX_VALUE))
                  .build());
      assertEquals(OptionalDouble.of(0.4), a.ownedMemberShare());
      assertEquals(
          "Only 40% of known members are in communities whose data the organisation owns.",
          a.findings(Code.DATA_MOSTLY_NOT_OWNED).get(0).message());
    }

    @Test
    void onlyHugeOwnedCommunitiesShareExactlyAll() {
      EcosystemAssessment a =
          EcosystemAdvisor.assess(
              ecosystem().addCommunities(owned("fans-a", Long.MAX_VALUE), owned("fans-b", Long.MAX_VALUE)).build());
      assertEquals(OptionalDouble.of(1.0), a.ownedMemberShare());
    }

    @Test
    void hugeOuterCommunitiesLeaveASmallShareNeverBelowZero() {
      EcosystemAssessment a =
          EcosystemAdvisor.assess(
              ecosystem()
                  .addCommunities(owned("fans", 1), outer("forum-a", Long.MAX_VALUE), outer("forum-b", Long.MAX_VALUE))
                  .build());
      double share = a.ownedMemberShare().orElseThrow();
      assertTrue(share > 0 && share < 1e-18, String.valueOf(share));
      assertEquals(
          "Only 0% of known members are in communities whose data the organisation owns.",
          a.findings(Code.DATA_MOSTLY_NOT_OWNED).get(0).message());
    }

    @Test
    void ownedAndOuterAlikeHalfAndHalfEvenWhenEachSumOverflows() {
      EcosystemAssessment a =
          EcosystemAdvisor.assess(
              ecosystem()
                  .addCommunities(
                      owned("fans-a", Long.MAX_VALUE),
                      owned("fans-b", 1),
                      outer("forum-a", Long.MAX_VALUE),
                      outer("forum-b", 1))
                  .build());
      assertEquals(OptionalDouble.of(0.5), a.ownedMemberShare());
      assertFalse(a.has(Code.DATA_MOSTLY_NOT_OWNED), "half is not under half");
    }
  }

  @Nested
  class AtScale {
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aChainOfTwentyThousandCommunitiesNamesEveryStrandedOne() {
      int n = 20_000;
      int owned = 12_000;
      Ecosystem chain = LargeEcosystems.chain(n, owned);
      EcosystemAssessment a = EcosystemAdvisor.assess(chain);

      Set<String> stranded = new HashSet<>();
      for (int i = owned + 1; i < n; i++) {
        stranded.add(LargeEcosystems.id(i));
      }
      assertEquals(stranded, strandedIn(a));
      assertEquals(n - 1 - owned, a.findings(Code.NO_PATH_TO_DESTINATION).size(), "one finding each");
      assertEquals(OptionalDouble.of(owned / (double) (n - 1)), a.outerReachShare());
      assertTrue(
          a.summary().contains(owned + " of " + (n - 1) + " outer communities lead to 1 owned destination."),
          a.summary());
      // Managed to participating is outward too: every other channel before the owned community,
      // and every other one after the channel that leaves it.
      Set<List<String>> outward = new HashSet<>();
      for (int i = 0; i + 1 < n; i++) {
        if (i == owned || (i != owned - 1 && i % 2 == 1)) {
          outward.add(List.of(LargeEcosystems.id(i), LargeEcosystems.id(i + 1)));
        }
      }
      Set<List<String>> found = new HashSet<>();
      a.findings(Code.OUTWARD_CHANNEL).forEach(f -> found.add(f.communityIds()));
      assertEquals(outward, found);
      assertEquals(n, a.topActions().size());
      String md = a.toMarkdown();
      assertEquals(n - 1 - owned, count(md, "`NO_PATH_TO_DESTINATION`"));
      assertEquals(n, md.lines().filter(line -> line.matches("\\| c[0-9]+ \\| .*")).count(), "a row each");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aRandomGraphOfFourThousandCommunitiesAndFortyThousandChannels() {
      Ecosystem islands = LargeEcosystems.islands(9, 4_000, 40_000);
      assertEquals(40_000, islands.channels().size());
      EcosystemAssessment a = EcosystemAdvisor.assess(islands);

      Set<String> outer = LargeEcosystems.outer(islands);
      Set<String> reaching = LargeEcosystems.outerReachingOwned(islands);
      Set<String> stranded = new HashSet<>(outer);
      stranded.removeAll(reaching);
      assertTrue(!stranded.isEmpty() && !reaching.isEmpty(), "the graph has both");
      assertEquals(stranded, strandedIn(a));
      assertEquals(OptionalDouble.of(reaching.size() / (double) outer.size()), a.outerReachShare());
      int destinations = LargeEcosystems.ownedReachedFromOuter(islands).size();
      assertTrue(
          a.summary().contains(
              reaching.size() + " of " + outer.size() + " outer communities lead to " + destinations
                  + " owned destinations."),
          a.summary());
      long outward =
          islands.channels().stream()
              .filter(ch -> layer(islands, ch.to()).compareTo(layer(islands, ch.from())) < 0)
              .count();
      assertEquals(outward, a.findings(Code.OUTWARD_CHANNEL).size());
    }

    private Set<String> strandedIn(EcosystemAssessment a) {
      Set<String> ids = new HashSet<>();
      for (EcosystemFinding finding : a.findings(Code.NO_PATH_TO_DESTINATION)) {
        ids.addAll(finding.communityIds());
      }
      return ids;
    }

    private Layer layer(Ecosystem ecosystem, String id) {
      return ecosystem.community(id).orElseThrow().layer();
    }

    private int count(String text, String part) {
      int n = 0;
      for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
        n++;
      }
      return n;
    }
  }
}
