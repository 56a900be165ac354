package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.List;

/**
 * A plain interpreter: tests every rule's condition on every call, then applies the policy
 * semantics (highest priority wins, then the most restrictive verdict; no match, the default).
 * Gives the verdict only, not the reasons, obligations or alternatives of a full decision.
 */
final class NaiveEngine implements VerdictEngine {
  private final EngagementRule[] rules;
  private final Verdict defaultVerdict;

  NaiveEngine(EngagementPolicy policy) {
    List<EngagementRule> list = policy.rules();
    this.rules = list.toArray(new EngagementRule[0]);
    this.defaultVerdict = policy.defaultVerdict();
  }

  @Override
  public String name() {
    return "naive";
  }

  @Override
  public Verdict verdict(Community community, EngagementAction action, boolean over) {
    boolean matched = false;
    int top = Integer.MIN_VALUE;
    Verdict verdict = Verdict.RECOMMENDED;
    for (EngagementRule rule : rules) {
      if (!rule.condition().test(community, action, over)) {
        continue;
      }
      int priority = rule.priority();
      if (!matched || priority > top) {
        matched = true;
        top = priority;
        verdict = rule.verdict();
      } else if (priority == top) {
        verdict = Verdict.mostRestrictive(verdict, rule.verdict());
      }
    }
    return matched ? verdict : defaultVerdict;
  }
}
