package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.Comparator;
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

  /** Analyses {@code policy}. */
  public static PolicyAnalysis analyze(EngagementPolicy policy) {
    requireNonNull(policy, "policy");
    AttributeSpace space = AttributeSpace.of(List.of(policy));
    List<EngagementRule> rules = policy.rules();
    // Promotion can only be over a limit below 100%.
    boolean usesBalance =
        policy.balanceLimit() < 1.0
            && rules.stream().anyMatch(r -> r.condition().mentionsBalanceLimit());

    int n = rules.size();
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
          List<Integer> matching = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (rules.get(i).condition().test(community, action, isOver)) {
              matching.add(i);
            }
          }
          if (matching.isEmpty()) {
            String key = community.type() + " " + action.intent();
            gaps.putIfAbsent(key, new Situation(community, action, isOver));
            gapCounts.merge(key, 1, Integer::sum);
            continue;
          }
          int top = matching.stream().mapToInt(i -> rules.get(i).priority()).max().orElseThrow();
          Verdict verdict = Verdict.RECOMMENDED;
          for (int i : matching) {
            if (rules.get(i).priority() == top) {
              verdict = Verdict.mostRestrictive(verdict, rules.get(i).verdict());
            }
          }
          List<String> deciding = new ArrayList<>();
          for (int i : matching) {
            EngagementRule rule = rules.get(i);
            if (firstMatch[i] == null) {
              firstMatch[i] = new Situation(community, action, isOver);
            }
            if (rule.priority() == top && rule.verdict() == verdict) {
              decisive[i] = true;
              deciding.add(rule.id());
            }
          }
          for (int i : matching) {
            if (!decisive[i] && overriddenAt[i] == null && !deciding.contains(rules.get(i).id())) {
              overriddenAt[i] = new Situation(community, action, isOver);
              overriddenBy.set(i, List.copyOf(deciding));
            }
          }
          for (int a : matching) {
            for (int b : matching) {
              EngagementRule first = rules.get(a);
              EngagementRule second = rules.get(b);
              if (a < b && first.priority() == top && second.priority() == top
                  && first.verdict() != second.verdict()) {
                List<String> pair = List.of(first.id(), second.id());
                conflicts.putIfAbsent(pair, new Situation(community, action, isOver));
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
