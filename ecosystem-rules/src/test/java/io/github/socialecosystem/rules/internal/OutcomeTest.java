package io.github.socialecosystem.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private final EngagementPolicy policy =
      PolicyLanguage.parse(
          """
          policy p
          description "d"
          default appropriate
          rule loud
            when intent is promote
            then inappropriate
            because "Too loud."
          rule fine
            when intent is promote
            then appropriate
            because "Fine."
          rule strict
            when intent is promote
            then inappropriate
            because "Strict."
          """);
  private final List<EngagementRule> rules = policy.rules();
  private final List<Reason> reasons =
      rules.stream().map(Reason::of).collect(ImmutableList.toImmutableList());

  private static BitSet of(int... indices) {
    BitSet set = new BitSet();
    for (int i : indices) {
      set.set(i);
    }
    return set;
  }

  @Test
  void reasonsAreThoseOfTheDecidingRulesInPolicyOrder() {
    Outcome outcome = Outcome.resolve(policy, rules, reasons, of(0, 1, 2), new BitSet());
    assertEquals(Verdict.INAPPROPRIATE, outcome.verdict());
    assertEquals(List.of(reasons.get(0), reasons.get(2)), outcome.reasons());
  }

  @Test
  void noMatchingRuleGivesTheDefaultsReason() {
    Outcome outcome = Outcome.resolve(policy, rules, reasons, new BitSet(), new BitSet());
    assertEquals(Verdict.APPROPRIATE, outcome.verdict());
    assertEquals(List.of(Reason.DEFAULT_RULE_ID), outcome.reasons().stream().map(Reason::ruleId).toList());
  }
}
