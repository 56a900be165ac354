package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The policy as Easy Rules rules, written the way that library is meant to be used: one rule per
 * policy rule, facts for the community, the action and the balance state, and an engine that
 * stops at the first rule that fires. Rules are ranked so that the first to fire is the one the
 * policy semantics picks: highest priority first, and at equal priority the most restrictive
 * verdict first. No rule fired: the policy's default verdict.
 */
final class EasyRulesEngine implements VerdictEngine {
  private static final String COMMUNITY = "community";
  private static final String ACTION = "action";
  private static final String OVER = "over";
  private static final String VERDICT = "verdict";

  private final Rules rules;
  private final RulesEngine engine;
  private final Verdict defaultVerdict;

  EasyRulesEngine(EngagementPolicy policy) {
    List<EngagementRule> ranked = new ArrayList<>(policy.rules());
    ranked.sort(
        Comparator.comparingInt(EngagementRule::priority)
            .reversed()
            .thenComparing(EngagementRule::verdict, Comparator.reverseOrder()));
    this.rules = new Rules();
    for (int rank = 0; rank < ranked.size(); rank++) {
      EngagementRule rule = ranked.get(rank);
      rules.register(
          new RuleBuilder()
              .name(rule.id())
              .description(rule.rationale())
              .priority(rank) // Easy Rules fires lower values first
              .when(
                  facts ->
                      rule.condition()
                          .test(
                              facts.<Community>get(COMMUNITY),
                              facts.<EngagementAction>get(ACTION),
                              facts.<Boolean>get(OVER)))
              .then(facts -> facts.put(VERDICT, rule.verdict()))
              .build());
    }
    this.engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
    this.defaultVerdict = policy.defaultVerdict();
  }

  @Override
  public String name() {
    return "easy-rules";
  }

  @Override
  public Verdict verdict(Community community, EngagementAction action, boolean over) {
    Facts facts = new Facts();
    facts.put(COMMUNITY, community);
    facts.put(ACTION, action);
    facts.put(OVER, over);
    engine.fire(rules, facts);
    Verdict verdict = facts.get(VERDICT);
    return verdict == null ? defaultVerdict : verdict;
  }
}
