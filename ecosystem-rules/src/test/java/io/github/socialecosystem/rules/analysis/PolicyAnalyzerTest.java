package io.github.socialecosystem.rules.analysis;

import static io.github.socialecosystem.core.policy.Condition.all;
import static io.github.socialecosystem.core.policy.Condition.intent;
import static io.github.socialecosystem.core.policy.Condition.layer;
import static io.github.socialecosystem.core.policy.Condition.steward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PolicyAnalyzerTest {
  private static EngagementRule rule(String id, Condition condition, Verdict verdict, int priority) {
    return EngagementRule.builder()
        .id(id).condition(condition).verdict(verdict).priority(priority).rationale("Because.")
        .build();
  }

  private static EngagementPolicy policy(EngagementRule... rules) {
    return EngagementPolicy.builder()
        .id("test").description("d").defaultVerdict(Verdict.APPROPRIATE).addRules(rules).build();
  }

  private static List<String> deciding(EngagementPolicy policy, Situation s) {
    Decision decision =
        PolicyEngine.of(policy).decide(s.community(), s.action(),
            s.promotionOverBalanceLimit()
                ? io.github.socialecosystem.core.policy.EngagementContext.builder()
                    .putRecentActivity(Intent.PROMOTE, 1).build()
                : io.github.socialecosystem.core.policy.EngagementContext.none());
    return decision.reasons().stream().map(Reason::ruleId).collect(Collectors.toList());
  }

  @Test
  void standardPolicyAnalysesClean() {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(StandardPolicy.policy());
    analysis.assertClean();
    assertTrue(analysis.isComplete());
    // 47 possible community shapes x 70 traits x balance or not, for any action id; and where the
    // one id the policy names (analyze-member-profiles) is judged by its own rule: the 16 managed
    // shapes x the 10 traits with intent use-data x balance or not.
    assertEquals(47 * 70 * 2 + 16 * 10 * 2, analysis.situationsExamined());
  }

  @Test
  void balanceRuleCannotMatchWhenTheLimitIsAHundredPercent() {
    EngagementPolicy never =
        EngagementPolicy.builder().from(StandardPolicy.policy()).balanceLimit(1.0).build();
    assertEquals(
        List.of("owned-balance-exceeded"),
        PolicyAnalyzer.analyze(never).findings(PolicyFinding.Kind.UNSATISFIABLE).get(0).ruleIds());
  }

  @Test
  void unsatisfiableRuleIsAnErrorWithoutWitness() {
    EngagementPolicy p = policy(
        rule("owned-by-independents", all(layer(Layer.OWNED), steward(Steward.INDEPENDENT)), Verdict.INAPPROPRIATE, 0),
        rule("everything", Condition.always(), Verdict.APPROPRIATE, 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(p);
    PolicyFinding finding = analysis.findings(PolicyFinding.Kind.UNSATISFIABLE).get(0);
    assertEquals(List.of("owned-by-independents"), finding.ruleIds());
    assertTrue(finding.witness().isEmpty());
    assertTrue(analysis.hasErrors());
    AssertionError e = assertThrows(AssertionError.class, analysis::assertNoErrors);
    assertTrue(e.getMessage().contains("ERROR   UNSATISFIABLE: rule 'owned-by-independents' can never match"), e.getMessage());
  }

  @Test
  void shadowedRuleIsAnErrorWithAWitnessWhereItLoses() {
    EngagementPolicy p = policy(
        rule("listen-owned", all(layer(Layer.OWNED), intent(Intent.LISTEN)), Verdict.RECOMMENDED, 0),
        rule("always-fine", Condition.always(), Verdict.APPROPRIATE, 5));
    PolicyFinding finding = PolicyAnalyzer.analyze(p).findings(PolicyFinding.Kind.SHADOWED).get(0);
    assertEquals(List.of("listen-owned"), finding.ruleIds());
    Situation witness = finding.witness().orElseThrow();
    assertTrue(p.rules().get(0).condition().test(witness.community(), witness.action(), false));
    assertEquals(List.of("always-fine"), deciding(p, witness));
    assertTrue(finding.message().endsWith("such as always-fine"), finding.message());
  }

  @Test
  void conflictIsAWarningWithBothRulesMatchingTheWitness() {
    EngagementPolicy p = policy(
        rule("promote-ok", intent(Intent.PROMOTE), Verdict.APPROPRIATE, 0),
        rule("owned-careful", layer(Layer.OWNED), Verdict.INAPPROPRIATE, 0),
        rule("rest", Condition.always(), Verdict.APPROPRIATE, -1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(p);
    PolicyFinding finding = analysis.findings(PolicyFinding.Kind.CONFLICT).get(0);
    assertEquals(List.of("promote-ok", "owned-careful"), finding.ruleIds());
    assertFalse(finding.isError());
    Situation witness = finding.witness().orElseThrow();
    assertEquals(Layer.OWNED, witness.community().layer());
    assertEquals(Intent.PROMOTE, witness.action().intent());
    assertEquals(List.of("owned-careful"), deciding(p, witness));
    analysis.assertNoErrors();
  }

  @Test
  void gapIsAWarningPerCommunityTypeAndIntentWithAWitness() {
    EngagementPolicy p = policy(rule("owned-only", layer(Layer.OWNED), Verdict.APPROPRIATE, 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(p);
    List<PolicyFinding> gaps = analysis.findings(PolicyFinding.Kind.GAP);
    assertEquals(2 * Intent.values().length, gaps.size(), "participating and managed, every intent");
    PolicyFinding first = gaps.get(0);
    assertEquals(List.of(), first.ruleIds());
    assertEquals(List.of("default"), deciding(p, first.witness().orElseThrow()));
    assertTrue(first.message().startsWith("no rule decides intent listen in "), first.message());
    assertTrue(analysis.report().contains("WARNING GAP: no rule decides intent"), analysis.report());
  }

  /** Seven topics named one by one, and a rule that needs two of them together. */
  private static EngagementPolicy sevenTopicsAndAPair() {
    List<EngagementRule> rules = new java.util.ArrayList<>();
    for (int t = 0; t < 7; t++) {
      rules.add(rule("about-t" + t, Condition.topic("t" + t), Verdict.APPROPRIATE, 0));
    }
    rules.add(
        rule("both-t0-and-t1", all(Condition.topic("t0"), Condition.topic("t1")), Verdict.RECOMMENDED, 5));
    return policy(rules.toArray(new EngagementRule[0]));
  }

  @Test
  void aRuleCombiningTwoOfManyTopicsIsSatisfiableAndDecidesWhereBothAreCarried() {
    EngagementPolicy p = sevenTopicsAndAPair();
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(p);
    assertTrue(analysis.isComplete(), analysis.report());
    assertFalse(analysis.hasErrors(), analysis.report());
    assertTrue(analysis.findings(PolicyFinding.Kind.UNSATISFIABLE).isEmpty(), analysis.report());
    Community both =
        Community.builder()
            .id("both").name("Both topics").steward(Steward.INDEPENDENT)
            .platform(Platform.of("Forum", PlatformKind.INDEPENDENT_SITE))
            .membership(Membership.OPEN).audience(Audience.PUBLIC)
            .addTopics("t0", "t1", "t5")
            .build();
    assertEquals(
        List.of("both-t0-and-t1"),
        PolicyEngine.of(p).decide(both, io.github.socialecosystem.core.StandardActions.LISTEN)
            .reasons().stream().map(Reason::ruleId).collect(Collectors.toList()));
  }

  @Test
  void rulesCombiningMoreTopicsThanCanBeTriedTogetherMakeTheAnalysisIncompleteAndNoFindingAnError() {
    // t0 .. t13 chained: each rule needs one topic and not the next, so all fourteen are tried together.
    List<EngagementRule> rules = new java.util.ArrayList<>();
    for (int t = 0; t < 13; t++) {
      rules.add(
          rule("chain-" + t, all(Condition.topic("t" + t), Condition.not(Condition.topic("t" + (t + 1)))),
              Verdict.APPROPRIATE, 0));
    }
    rules.add(
        rule("all-fourteen",
            all(java.util.stream.IntStream.range(0, 14).mapToObj(t -> Condition.topic("t" + t))
                .toArray(Condition[]::new)),
            Verdict.INAPPROPRIATE, 9));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy(rules.toArray(new EngagementRule[0])));
    assertFalse(analysis.isComplete());
    assertFalse(analysis.hasErrors(), analysis.report());
    analysis.assertNoErrors();
    assertTrue(analysis.report().contains("not complete: some rules combine more than 12 topics"), analysis.report());
    for (PolicyFinding finding : analysis.findings()) {
      if (finding.kind().isError()) {
        assertFalse(finding.proven(), finding.message());
        assertTrue(finding.message().endsWith("(not proven: some combinations of topics it depends on were not examined)"));
      }
    }
    PolicyDiff diff =
        PolicyDiff.between(StandardPolicy.policy(), policy(rules.toArray(new EngagementRule[0])));
    assertFalse(diff.isComplete());
    assertTrue(diff.plan().matches("(?s)Policy change 'standard' -> '[^']+': at least \\d+ situations"
        + " change verdict\\.\nNot complete: .*"), diff.plan().substring(0, 300));
  }
}
