package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every gap, conflict, shadowed rule and unsatisfiable rule of a policy by examining every
 * situation it can tell apart: each community shape (steward, platform kind, membership,
 * audience, and the topics the policy names), each action shape (the ids the policy names or any
 * other, intent, format, reach), with promotion over the balance limit or not. No solver: the
 * space is finite. Each finding comes with a witness.
 *
 * <pre>{@code
 * @Test
 * void ourPolicyHasNoDeadRules() {
 *   PolicyAnalyzer.analyze(PolicyLanguage.read(Path.of("social.policy"))).assertNoErrors();
 * }
 * }</pre>
 */
public final class PolicyAnalyzer {
  private PolicyAnalyzer() {}

  private static int position(Map<String, Integer> index, String ruleId) {
    return requireNonNull(index.get(ruleId), ruleId);
  }

  private static List<String> ruleIds(List<Reason> reasons) {
    List<String> ids = new ArrayList<>(reasons.size());
    for (Reason reason : reasons) {
      ids.add(reason.ruleId());
    }
    return List.copyOf(ids);
  }

  /** Analyses {@code policy}. */
  public static PolicyAnalysis analyze(EngagementPolicy policy) {
    requireNonNull(policy, "policy");
    AttributeSpace space = AttributeSpace.of(List.of(policy));
    List<EngagementRule> rules = policy.rules();
    // Promotion can only be over a limit below 100%.
    boolean usesBalance =
        policy.balanceLimit() < 1.0
            && rules.stream().anyMatch(r -> r.condition().mentionsBalanceLimit());

    // The engine decides each situation, so the analysis uses exactly the engine's semantics.
    PolicyEngine engine = PolicyEngine.of(policy);
    EngagementContext overLimit = EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build();
    int n = rules.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(rules.get(i).id(), i);
    }
    Situation[] firstMatch = new Situation[n];
    boolean[] decisive = new boolean[n];
    Situation[] overriddenAt = new Situation[n];
    List<List<String>> overriddenBy = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      overriddenBy.add(List.of());
    }
    Map<List<String>, Situation> conflicts = new LinkedHashMap<>();
    Map<List<String>, Integer> conflictCounts = new LinkedHashMap<>();
    Map<String, Situation> gaps = new LinkedHashMap<>();
    Map<String, Integer> gapCounts = new LinkedHashMap<>();
    int situations = 0;

    for (Community community : space.communities) {
      for (EngagementAction action : space.actions) {
        for (int over = 0; over < (usesBalance ? 2 : 1); over++) {
          situations++;
          boolean isOver = over == 1;
          Situation situation = new Situation(community, action, isOver);
          Decision decision =
              engine.decide(community, action, isOver ? overLimit : EngagementContext.none());
          if (decision.reasons().get(0).isDefault()) {
            String key = community.type() + " " + action.intent();
            gaps.putIfAbsent(key, situation);
            gapCounts.merge(key, 1, Integer::sum);
            continue;
          }
          List<String> deciding = ruleIds(decision.reasons());
          int top = rules.get(position(index, deciding.get(0))).priority();
          for (String id : deciding) {
            int i = position(index, id);
            decisive[i] = true;
            if (firstMatch[i] == null) {
              firstMatch[i] = situation;
            }
          }
          for (Reason lost : decision.overridden()) {
            int i = position(index, lost.ruleId());
            if (firstMatch[i] == null) {
              firstMatch[i] = situation;
            }
            if (overriddenAt[i] == null) {
              overriddenAt[i] = situation;
              overriddenBy.set(i, deciding);
            }
            // Overridden at the deciding priority means a less restrictive verdict lost: a conflict.
            if (rules.get(i).priority() == top) {
              for (String winner : deciding) {
                List<String> pair =
                    position(index, winner) < i ? List.of(winner, lost.ruleId()) : List.of(lost.ruleId(), winner);
                conflicts.putIfAbsent(pair, situation);
                conflictCounts.merge(pair, 1, Integer::sum);
              }
            }
          }
        }
      }
    }

    List<AnalysisFinding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EngagementRule rule = rules.get(i);
      if (firstMatch[i] == null) {
        findings.add(
            new AnalysisFinding(
                AnalysisFinding.Kind.UNSATISFIABLE,
                List.of(rule.id()),
                Optional.empty(),
                0,
                "rule '" + rule.id() + "' can never match: no community and action satisfy \""
                    + rule.condition() + "\""));
      } else if (!decisive[i]) {
        findings.add(
            new AnalysisFinding(
                AnalysisFinding.Kind.SHADOWED,
                List.of(rule.id()),
                Optional.ofNullable(overriddenAt[i]),
                0,
                "rule '" + rule.id() + "' never decides: wherever it matches, other rules win, such"
                    + " as " + String.join(", ", overriddenBy.get(i))));
      }
    }
    for (Map.Entry<List<String>, Situation> conflict : conflicts.entrySet()) {
      List<String> pair = conflict.getKey();
      EngagementRule first = policy.rule(pair.get(0)).orElseThrow();
      EngagementRule second = policy.rule(pair.get(1)).orElseThrow();
      int count = conflictCounts.getOrDefault(pair, 0);
      findings.add(
          new AnalysisFinding(
              AnalysisFinding.Kind.CONFLICT,
              pair,
              Optional.of(conflict.getValue()),
              count,
              "rules '" + first.id() + "' (" + first.verdict() + ") and '" + second.id() + "' ("
                  + second.verdict() + ") match together at priority " + first.priority()
                  + " in " + count + " situations; the stricter verdict wins"));
    }
    for (Map.Entry<String, Situation> gap : gaps.entrySet()) {
      Situation witness = gap.getValue();
      CommunityType type = witness.community().type();
      Intent intent = witness.action().intent();
      int count = gapCounts.getOrDefault(gap.getKey(), 0);
      findings.add(
          new AnalysisFinding(
              AnalysisFinding.Kind.GAP,
              List.of(),
              Optional.of(witness),
              count,
              "no rule decides intent " + Situation.word(intent) + " in " + count + " situations"
                  + " in " + Situation.word(type) + " communities; the default verdict "
                  + policy.defaultVerdict() + " applies"));
    }
    findings.sort(Comparator.comparing(AnalysisFinding::kind));
    return new PolicyAnalysis(policy, findings, situations, space.everyTopicCombination);
  }
}
