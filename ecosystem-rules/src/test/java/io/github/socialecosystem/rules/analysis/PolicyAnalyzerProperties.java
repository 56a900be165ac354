package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** What the analyzer proves must hold for the engine, checked on random situations. */
class PolicyAnalyzerProperties {

  @Property(tries = 30)
  void deadRulesNeverDecideAndUnsatisfiableRulesNeverMatch(
      @ForAll EngagementPolicy policy,
      @ForAll List<Community> communities,
      @ForAll List<EngagementAction> actions,
      @ForAll EngagementContext context) {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    Set<String> shadowed = ids(analysis.findings(PolicyFinding.Kind.SHADOWED));
    Set<String> unsatisfiable = ids(analysis.findings(PolicyFinding.Kind.UNSATISFIABLE));
    boolean over = context.isPromotionOver(policy.balanceLimit());
    PolicyEngine engine = PolicyEngine.of(policy);
    for (Community community : communities) {
      for (EngagementAction action : actions) {
        Decision decision = engine.decide(community, action, context);
        for (Reason reason : decision.reasons()) {
          assertFalse(shadowed.contains(reason.ruleId()), reason.ruleId());
          assertFalse(unsatisfiable.contains(reason.ruleId()), reason.ruleId());
        }
        for (EngagementRule rule : policy.rules()) {
          if (unsatisfiable.contains(rule.id())) {
            assertFalse(rule.condition().test(community, action, over), rule.id());
          }
        }
      }
    }
  }

  @Property(tries = 30)
  void everyWitnessShowsWhatItsFindingSays(@ForAll EngagementPolicy policy) {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    for (PolicyFinding finding : analysis.findings()) {
      if (finding.witness().isEmpty()) {
        assertEquals(PolicyFinding.Kind.UNSATISFIABLE, finding.kind());
        continue;
      }
      Situation s = finding.witness().get();
      List<EngagementRule> matching =
          policy.rules().stream()
              .filter(r -> r.condition().test(s.community(), s.action(), s.promotionOverBalanceLimit()))
              .collect(Collectors.toList());
      Set<String> matchingIds = matching.stream().map(EngagementRule::id).collect(Collectors.toSet());
      switch (finding.kind()) {
        case GAP -> assertTrue(matching.isEmpty());
        case CONFLICT, SHADOWED -> assertTrue(matchingIds.containsAll(finding.ruleIds()), finding.message());
        default -> throw new AssertionError(finding);
      }
    }
  }

  private static Set<String> ids(List<PolicyFinding> findings) {
    return findings.stream().flatMap(f -> f.ruleIds().stream()).collect(Collectors.toSet());
  }
}
