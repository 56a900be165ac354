package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guarantees and expectations a policy carries, as the analyzer checks them. */
class PolicyPromisesTest {

  @Test
  void standardPolicyKeepsItsGuaranteesAndExpectations() {
    EngagementPolicy standard = StandardPolicy.policy();
    assertTrue(standard.guarantees().size() >= 10, standard.guarantees()::toString);
    assertTrue(standard.expectations().size() >= 10, standard.expectations()::toString);
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(standard);
    analysis.assertClean();
    assertTrue(analysis.isComplete());
  }

  @Test
  void catchAllRecommendedThatOutranksTheRestBreaksTheStandardGuarantees() {
    EngagementPolicy trap =
        PolicyLanguage.parse(
            StandardPolicy.text()
                + "\nrule anything-goes\n  when always\n  then recommended\n  priority 1000\n"
                + "  because \"Everything is fine.\"\n");
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(trap);
    assertTrue(analysis.hasErrors());
    List<PolicyFinding> failed = analysis.findings(PolicyFinding.Kind.GUARANTEE);
    assertFalse(failed.isEmpty(), analysis::report);
    PolicyFinding broadcast =
        failed.stream()
            .filter(f -> f.message().startsWith("\"require inappropriate when layer is participating"
                + " and format in [press-release, offer]\" fails"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(analysis.report()));
    Situation witness = broadcast.witness().orElseThrow();
    assertEquals(StandardActions.POST_PRESS_RELEASE, witness.action());
    assertEquals(Layer.PARTICIPATING, witness.community().layer());
    assertEquals(List.of("anything-goes"), broadcast.ruleIds());
    assertTrue(
        broadcast.message().endsWith("there the verdict is RECOMMENDED, decided by anything-goes"),
        broadcast.message());
    assertTrue(analysis.report().contains("e.g. post-press-release (promote, press-release,"
        + " one-to-many) in a participating community"), analysis::report);
    assertFalse(analysis.findings(PolicyFinding.Kind.EXPECTATION).isEmpty());
  }

  @Test
  void catchAllRecommendedAtPriorityZeroOnlyFillsGapsAndTheStandardHasNone() {
    EngagementPolicy fallback =
        PolicyLanguage.parse(
            StandardPolicy.text()
                + "\nrule anything-goes\n  when always\n  then recommended\n"
                + "  because \"Everything else is fine.\"\n");
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(fallback);
    assertTrue(analysis.findings(PolicyFinding.Kind.GUARANTEE).isEmpty(), analysis::report);
    assertTrue(analysis.findings(PolicyFinding.Kind.EXPECTATION).isEmpty(), analysis::report);
  }

  @Test
  void failedExpectationIsAnErrorWithItsWitnessAndDecidingRules() {
    EngagementPolicy policy =
        PolicyLanguage.parse(
            """
            policy p
            description "d"
            default inappropriate
            rule listen
              when intent is listen
              then recommended
              because "Listen."
            expect listen in owned is recommended
            expect listen in managed is appropriate
            """);
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    List<PolicyFinding> failed = analysis.findings(PolicyFinding.Kind.EXPECTATION);
    assertEquals(1, failed.size(), analysis::report);
    PolicyFinding finding = failed.get(0);
    assertTrue(finding.isError());
    assertEquals(List.of("listen"), finding.ruleIds());
    assertTrue(
        finding.message().startsWith(
            "\"expect listen in managed is appropriate\" fails in 16 of 16 community shapes: there"
                + " the verdict is RECOMMENDED, decided by listen"),
        finding.message());
    assertEquals(Layer.MANAGED, finding.witness().orElseThrow().community().layer());
  }

  @Test
  void topicsThatDecideAreTriedAndAWitnessCarriesThem() {
    EngagementPolicy policy =
        PolicyLanguage.parse(
            """
            policy p
            description "d"
            default appropriate
            rule deals-forums
              when topic is deals and not topic is knitting
              then recommended
              because "Deals fans like deals."
            require at most appropriate when layer is participating
            require at most appropriate when layer is participating and topic is knitting
            """);
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.isComplete());
    List<PolicyFinding> failed = analysis.findings(PolicyFinding.Kind.GUARANTEE);
    assertEquals(1, failed.size(), analysis::report);
    assertEquals(
        java.util.Set.of("deals"), failed.get(0).witness().orElseThrow().community().topics());
  }

  @Test
  void tooManyTopicsToTrySaysSoAndDoesNotClaimTheGuarantee() {
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder().id("many").description("Many topics.")
            .defaultVerdict(Verdict.APPROPRIATE);
    // Thirteen topics that only decide together: more than one group may try in full.
    Condition[] all = new Condition[13];
    for (int i = 0; i < all.length; i++) {
      all[i] = Condition.topic("t" + (i + 1));
    }
    policy.addRules(
        EngagementRule.builder()
            .id("all-thirteen")
            .condition(Condition.all(all))
            .verdict(Verdict.INAPPROPRIATE)
            .rationale("Only all of them together.")
            .build());
    policy.addGuarantees(Guarantee.atLeast(Verdict.APPROPRIATE, Condition.always()));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy.build());
    assertFalse(analysis.isComplete());
    List<PolicyFinding> findings = analysis.findings(PolicyFinding.Kind.GUARANTEE);
    assertEquals(1, findings.size(), analysis::report);
    assertFalse(findings.get(0).proven());
    assertFalse(findings.get(0).isError());
    assertTrue(findings.get(0).message().contains("is not proven"), findings.get(0).message());
  }
}
