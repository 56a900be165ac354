package io.github.socialecosystem.rules;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy semantics written as plainly as possible, scanning every rule: the oracle the
 * compiled engine is checked against.
 */
final class ReferenceDecider {
  private final EngagementPolicy policy;

  ReferenceDecider(EngagementPolicy policy) {
    this.policy = policy;
  }

  List<EngagementRule> matching(Community c, EngagementAction a, EngagementContext context) {
    boolean over = context.promotionalShare() > policy.balanceLimit();
    List<EngagementRule> matching = new ArrayList<>();
    for (EngagementRule rule : policy.rules()) {
      if (rule.condition().test(c, a, over)) {
        matching.add(rule);
      }
    }
    return matching;
  }

  List<String> decidingRuleIds(Community c, EngagementAction a, EngagementContext context) {
    List<EngagementRule> matching = matching(c, a, context);
    List<String> ids = new ArrayList<>();
    if (matching.isEmpty()) {
      ids.add("default");
      return ids;
    }
    Verdict verdict = verdict(c, a, context);
    int top = matching.stream().mapToInt(EngagementRule::priority).max().orElseThrow();
    for (EngagementRule rule : matching) {
      if (rule.priority() == top && rule.verdict() == verdict) {
        ids.add(rule.id());
      }
    }
    return ids;
  }

  /** The matching rules that lose: by priority, highest first; the policy's order among equals. */
  List<String> overriddenRuleIds(Community c, EngagementAction a, EngagementContext context) {
    List<String> deciding = decidingRuleIds(c, a, context);
    List<EngagementRule> losers = new ArrayList<>();
    for (EngagementRule rule : matching(c, a, context)) {
      if (!deciding.contains(rule.id())) {
        losers.add(rule);
      }
    }
    losers.sort((x, y) -> Integer.compare(y.priority(), x.priority()));
    List<String> ids = new ArrayList<>();
    losers.forEach(r -> ids.add(r.id()));
    return ids;
  }

  /** The deciding rules' obligations, in the policy's order, each once. */
  List<Obligation> obligations(Community c, EngagementAction a, EngagementContext context) {
    List<String> deciding = decidingRuleIds(c, a, context);
    List<Obligation> obligations = new ArrayList<>();
    for (EngagementRule rule : policy.rules()) {
      if (deciding.contains(rule.id())) {
        for (Obligation obligation : rule.obligations()) {
          if (!obligations.contains(obligation)) {
            obligations.add(obligation);
          }
        }
      }
    }
    return obligations;
  }

  Verdict verdict(Community c, EngagementAction a, EngagementContext context) {
    List<EngagementRule> matching = matching(c, a, context);
    if (matching.isEmpty()) {
      return policy.defaultVerdict();
    }
    int top = matching.stream().mapToInt(EngagementRule::priority).max().orElseThrow();
    Verdict worst = Verdict.RECOMMENDED;
    for (EngagementRule rule : matching) {
      if (rule.priority() == top && rule.verdict().isMoreRestrictiveThan(worst)) {
        worst = rule.verdict();
      }
    }
    return worst;
  }

  List<EngagementAction> alternatives(Community c, EngagementAction a, EngagementContext context) {
    Verdict verdict = verdict(c, a, context);
    List<EngagementAction> better = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      if (!v.isMoreRestrictiveThan(verdict) && v != verdict) {
        for (EngagementAction standard : StandardActions.all()) {
          if (standard.intent() == a.intent()
              && !standard.id().equals(a.id())
              && verdict(c, standard, context) == v) {
            better.add(standard);
          }
        }
      }
    }
    return better;
  }
}
