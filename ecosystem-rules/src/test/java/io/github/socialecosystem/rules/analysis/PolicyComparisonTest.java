package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyComparisonTest {
  private static final EngagementPolicy STANDARD = StandardPolicy.policy();

  private static EngagementPolicy standardPlus(String id, EngagementRule rule) {
    return EngagementPolicy.builder().from(STANDARD).id(id).addRules(rule).build();
  }

  private static EngagementRule rule(String id, Condition when, Verdict verdict, int priority) {
    return EngagementRule.builder()
        .id(id).condition(when).verdict(verdict).priority(priority).rationale("A house rule.")
        .build();
  }

  @Test
  void samePolicyRefinesItself() {
    PolicyComparison same = PolicyAnalyzer.compare(STANDARD, STANDARD);
    assertTrue(same.refines());
    assertEquals(List.of(), same.moreLenient());
    assertEquals(List.of(), same.grid());
    same.assertRefines();
    assertEquals("Policy 'standard' against 'standard': 0 situations more lenient.\n", same.report());
  }

  @Test
  void stricterCandidateReportsNothing() {
    EngagementPolicy stricter =
        standardPlus(
            "no-deals",
            rule("no-deals", Condition.format(io.github.socialecosystem.core.Format.OFFER),
                Verdict.INAPPROPRIATE, 1000));
    PolicyComparison comparison = PolicyAnalyzer.compare(stricter, STANDARD);
    assertTrue(comparison.refines(), comparison.report());
    assertFalse(PolicyDiff.between(STANDARD, stricter).isEmpty());
    // The other way round, the standard policy is more lenient where deals were forbidden.
    PolicyComparison reverse = PolicyAnalyzer.compare(STANDARD, stricter);
    assertFalse(reverse.refines());
    assertTrue(
        reverse.moreLenient().stream().allMatch(c -> c.before() == Verdict.INAPPROPRIATE),
        reverse.report());
  }

  @Test
  void catchAllRecommendedIsMoreLenientForPressReleasesInParticipatingCommunities() {
    EngagementPolicy lenient =
        standardPlus("anything-goes", rule("catch-all", Condition.always(), Verdict.RECOMMENDED, 1000));
    PolicyComparison comparison = PolicyAnalyzer.compare(lenient, STANDARD);
    assertFalse(comparison.refines());
    GridCell cell =
        comparison.grid().stream()
            .filter(c -> c.action().equals(StandardActions.POST_PRESS_RELEASE)
                && c.type() == CommunityType.PARTICIPATING)
            .findFirst()
            .orElseThrow();
    assertEquals(Verdict.INAPPROPRIATE, cell.before());
    assertEquals(Verdict.RECOMMENDED, cell.after());
    assertEquals(List.of(Verdict.INAPPROPRIATE), cell.flips().stream().map(GridCell.Flip::before).toList());
    VerdictChange witness =
        comparison.moreLenient().stream()
            .filter(c -> c.situation().action().equals(StandardActions.POST_PRESS_RELEASE)
                && c.situation().community().type() == CommunityType.PARTICIPATING)
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("catch-all"), witness.decidingRulesAfter());
    assertTrue(
        comparison.report().contains(
            "  post-press-release in participating: no -> rec\n"),
        comparison.report());
    assertTrue(
        comparison.report().contains(
            "WARNING more lenient in participating communities: INAPPROPRIATE -> RECOMMENDED"
                + " (decided by catch-all)\n        in "),
        comparison.report());
    assertTrue(comparison.report(true).contains("ERROR   more lenient in participating"));
    AssertionError failed = assertThrows(AssertionError.class, comparison::assertRefines);
    assertEquals(comparison.report(true), failed.getMessage());
  }

  @Test
  void catchAllAtTheDefaultPriorityChangesNothingSinceTheMostRestrictiveWinsAtEqualPriority() {
    EngagementPolicy lenient =
        standardPlus("anything-goes", rule("catch-all", Condition.always(), Verdict.RECOMMENDED, 0));
    assertTrue(PolicyAnalyzer.compare(lenient, STANDARD).refines());
  }

  @Test
  void everyChangeTowardLeniencyIsKeptAndNoneOther() {
    EngagementPolicy mixed =
        standardPlus(
            "mixed",
            rule("video-everywhere", Condition.format(io.github.socialecosystem.core.Format.VIDEO),
                Verdict.APPROPRIATE, 1000));
    PolicyDiff diff = PolicyDiff.between(STANDARD, mixed);
    PolicyComparison comparison = PolicyAnalyzer.compare(mixed, STANDARD);
    assertEquals(
        diff.changes().stream().filter(c -> !c.isStricter()).toList(), comparison.moreLenient());
    assertTrue(diff.changes().stream().anyMatch(VerdictChange::isStricter));
    assertEquals("mixed", comparison.candidate().id());
    assertEquals("standard", comparison.baseline().id());
  }

  @Test
  void gridCellsKeepOnlyTheFlipsTowardLeniency() {
    EngagementPolicy topical =
        EngagementPolicy.builder().from(STANDARD).id("topical")
            .addRules(
                rule("fans-welcome", Condition.topic("fans"), Verdict.RECOMMENDED, 1000),
                rule("no-spam", Condition.topic("spam"), Verdict.INAPPROPRIATE, 1000))
            .build();
    PolicyDiff diff = PolicyDiff.between(STANDARD, topical);
    GridCell both = diff.cell(StandardActions.LISTEN, CommunityType.MANAGED);
    assertTrue(both.flips().stream().anyMatch(f -> f.after().isMoreRestrictiveThan(f.before())), both.text());
    PolicyComparison comparison = PolicyAnalyzer.compare(topical, STANDARD);
    GridCell lenient =
        comparison.grid().stream()
            .filter(c -> c.action().equals(StandardActions.LISTEN) && c.type() == CommunityType.MANAGED)
            .findFirst()
            .orElseThrow();
    assertEquals("ok -> rec*", String.join(", ", DiffSummary.entries(null, null, lenient.shapes(), lenient.flips())));
    for (GridCell cell : comparison.grid()) {
      assertTrue(cell.flips().stream().allMatch(f -> f.before().isMoreRestrictiveThan(f.after())), cell.toString());
    }
  }

  @Test
  void reportGroupsFindingsByTypeAndWitnessesEachWithAStandardActionWhereOneShowsIt() {
    EngagementPolicy mixed =
        standardPlus(
            "mixed",
            rule("video-everywhere", Condition.format(io.github.socialecosystem.core.Format.VIDEO),
                Verdict.APPROPRIATE, 1000));
    PolicyComparison comparison = PolicyAnalyzer.compare(mixed, STANDARD);
    String report = comparison.report();
    List<String> findings = report.lines().filter(l -> l.startsWith("WARNING ")).toList();
    // two pairs of verdicts in each of the five types
    assertEquals(10, findings.size(), report);
    int situations = 0;
    String in = "        in ";
    for (String count : report.lines().filter(l -> l.startsWith(in)).toList()) {
      situations += Integer.parseInt(count.substring(in.length(), count.indexOf(' ', in.length())));
    }
    assertEquals(comparison.moreLenient().size(), situations, report);
    // 288 = 24 participating shapes x 6 action traits (promote, govern, use-data, each with two
    // reaches) x 2 balance states; 144 = 24 x 3 x 2; 12 = 6 over the limit + 6 govern one-to-one
    // in the external shapes; 594 = 432 + 128 + 34 over all types.
    // the first of these situations is a custom action: the witness is the standard one among them
    assertTrue(
        report.contains(
            "WARNING more lenient in participating communities: INAPPROPRIATE -> APPROPRIATE (decided by"
                + " video-everywhere)\n        in 288 situations, e.g. share-video (promote, video, one-to-many) in a"
                + " participating community (independent on consumer-network, open, public, no topic the policy"
                + " names)\n"),
        report);
    // no standard action among these: the first one
    assertTrue(
        report.contains(
            "WARNING more lenient in participating communities: LIMITED -> APPROPRIATE (decided by"
                + " video-everywhere)\n        in 144 situations, e.g. a custom action (converse, video, one-to-one)"
                + " in a participating community (independent on consumer-network, open, public, no topic the"
                + " policy names)\n"),
        report);
    assertTrue(
        report.contains(
            "WARNING more lenient in external communities: INAPPROPRIATE -> APPROPRIATE (decided by"
                + " video-everywhere)\n        in 12 situations, e.g. share-video (promote, video, one-to-many) in an"
                + " external community (organization on community-software, open, public, no topic the policy"
                + " names) with 100% recent promotion\n"),
        report);
    assertEquals("PolicyComparison{mixed against standard, 594 more lenient}", comparison.toString());
  }

  @Test
  void aFindingInOneSituationSaysSo() {
    EngagementPolicy one =
        standardPlus(
            "one-exception",
            rule(
                "moderate-freely-when-busy",
                Condition.all(
                    Condition.type(CommunityType.EMPLOYEE),
                    Condition.action(StandardActions.MODERATE),
                    Condition.intent(io.github.socialecosystem.core.Intent.GOVERN),
                    Condition.format(io.github.socialecosystem.core.Format.NONE),
                    Condition.reach(io.github.socialecosystem.core.Reach.ONE_TO_MANY),
                    Condition.promotionOverBalanceLimit()),
                Verdict.RECOMMENDED,
                1000));
    PolicyComparison comparison = PolicyAnalyzer.compare(one, STANDARD);
    assertEquals(1, comparison.moreLenient().size(), comparison.report());
    assertTrue(
        comparison.report().endsWith(
            "\nWARNING more lenient in employee communities: APPROPRIATE -> RECOMMENDED (decided by"
                + " moderate-freely-when-busy)\n        in 1 situation, e.g. moderate (govern, none, one-to-many) in an"
                + " employee community (organization on community-software, controlled, employees, no topic the"
                + " policy names) with 100% recent promotion\n"),
        comparison.report());
  }

  @Test
  void aComparisonThatCouldNotTryEveryCombinationOfTopicsIsNotComplete() {
    // t0 .. t13 chained: each rule needs one topic and not the next, so all fourteen are tried together.
    EngagementPolicy.Builder chained = EngagementPolicy.builder().from(STANDARD).id("chained");
    for (int t = 0; t < 13; t++) {
      chained.addRules(
          rule("chain-" + t, Condition.all(Condition.topic("t" + t), Condition.not(Condition.topic("t" + (t + 1)))),
              Verdict.RECOMMENDED, 1000));
    }
    chained.addRules(
        rule("all-fourteen",
            Condition.all(java.util.stream.IntStream.range(0, 14).mapToObj(t -> Condition.topic("t" + t))
                .toArray(Condition[]::new)),
            Verdict.INAPPROPRIATE, 1000));
    PolicyComparison comparison = PolicyAnalyzer.compare(chained.build(), STANDARD);
    assertFalse(comparison.isComplete());
    assertFalse(comparison.refines());
    assertTrue(
        comparison.report().startsWith(
            "Policy 'chained' against 'standard': at least " + comparison.moreLenient().size()
                + " situations more lenient.\nNot complete: some rules combine more than 12 topics"),
        comparison.report().substring(0, 300));
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerException candidate =
        assertThrows(NullPointerException.class, () -> PolicyAnalyzer.compare(null, STANDARD));
    assertEquals("candidate", candidate.getMessage());
    NullPointerException baseline =
        assertThrows(NullPointerException.class, () -> PolicyAnalyzer.compare(STANDARD, null));
    assertEquals("baseline", baseline.getMessage());
  }
}
