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
  void nullsAreRefusedByName() {
    NullPointerException candidate =
        assertThrows(NullPointerException.class, () -> PolicyAnalyzer.compare(null, STANDARD));
    assertEquals("candidate", candidate.getMessage());
    NullPointerException baseline =
        assertThrows(NullPointerException.class, () -> PolicyAnalyzer.compare(STANDARD, null));
    assertEquals("baseline", baseline.getMessage());
  }
}
