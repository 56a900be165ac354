package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.analysis.TopicGroups.Group;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.Outcome;
import io.github.socialecosystem.rules.internal.PartialSituation;
import io.github.socialecosystem.rules.internal.RuleIndex;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds every gap, conflict, shadowed rule and unsatisfiable rule of a policy by examining every
 * situation it can tell apart: each community shape (steward, platform kind, membership,
 * audience), each action (an id the policy names or any other, with its traits: intent, format, reach),
 * with promotion over the balance limit or not, and every combination of the policy's topics that
 * can change an answer there. No solver: the space is finite. Each finding comes with a witness.
 *
 * <pre>{@code
 * @Test
 * void ourPolicyHasNoDeadRules() {
 *   PolicyAnalyzer.analyze(PolicyLanguage.read(Path.of("social.policy"))).assertNoErrors();
 * }
 * }</pre>
 *
 * <p>A policy's guarantees ({@code require ... when ...}) are proven the same way, over every
 * situation their conditions cover, topics included; each one that fails is an error with a
 * witness and the rules that decide there. Its expectations ({@code expect ...}) are decided in
 * every community shape they name; each one that does not hold is an error too. A guarantee that
 * could not be examined in full and showed no failure is reported as not proven, never as kept.
 *
 * <p>Situations are told apart only where the policy can tell them apart. An action id that a
 * rule names is examined on its own only where a rule naming it applies; elsewhere it is decided
 * as any other id is, and the situation for any other id stands for it. Topics are not enumerated
 * subset by subset: in each situation, the rules that depend on topics fall into groups that share
 * no topic, only each group's own combinations are tried, and topics that no condition tells apart
 * count as one. The cost therefore grows with the situations the policy distinguishes (community
 * shapes x traits, plus where each named id's rules apply) times the rules that apply in each, and
 * with two to the number of topics that one group combines; not with the number of topics or ids
 * a policy names. A group of more than {@value TopicGroups#MAX_TOPICS} topics that must be tried
 * together is tried only partly; the analysis then says it is not complete and reports no finding
 * it could not prove as an error.
 *
 * @since 0.1.0
 */
public final class PolicyAnalyzer {
  private static final long NONE = Long.MIN_VALUE;

  private PolicyAnalyzer() {}

  /** Analyses {@code policy}. */
  public static PolicyAnalysis analyze(EngagementPolicy policy) {
    requireNonNull(policy, "policy");
    PolicyEngine engine = PolicyEngine.of(policy);
    PolicyAnalysis rulesOnly = new Run(policy, engine).analyze();
    if (policy.guarantees().isEmpty() && policy.expectations().isEmpty()) {
      return rulesOnly;
    }
    Promises promises = new Promises(policy, engine);
    List<PolicyFinding> findings = new ArrayList<>(rulesOnly.findings());
    findings.addAll(promises.check());
    findings.sort(Comparator.comparing(PolicyFinding::kind));
    return new PolicyAnalysis(
        policy,
        findings,
        rulesOnly.situationsExamined(),
        rulesOnly.isComplete() && promises.complete());
  }

  /**
   * Checks {@code candidate} against {@code baseline}: every situation where the candidate is
   * more lenient, found by the same enumeration as {@link PolicyDiff}.
   *
   * <pre>{@code
   * PolicyComparison c = PolicyAnalyzer.compare(mine, StandardPolicy.policy());
   * c.refines();                  // true if mine never permits more than the standard policy
   * System.out.print(c.report());
   * }</pre>
   */
  public static PolicyComparison compare(EngagementPolicy candidate, EngagementPolicy baseline) {
    requireNonNull(candidate, "candidate");
    requireNonNull(baseline, "baseline");
    return new PolicyComparison(PolicyDiff.between(baseline, candidate));
  }

  /** One analysis, with what it has found so far. */
  private static final class Run {
    private final EngagementPolicy policy;
    private final PolicyEngine engine;
    private final List<EngagementRule> rules;
    private final long[] ranks;
    private final List<ImmutableList<ImmutableSet<String>>> topicTests = new ArrayList<>();
    private final Witnesses witnesses;
    private final Candidates candidates;
    private final RuleIndex index;

    private final @Nullable Situation[] firstMatch;
    private final boolean[] decisive;
    /** Rules that took part in a situation not examined in full: findings about them are unproven. */
    private final boolean[] unproven;
    private final Map<List<Integer>, Situation> conflicts = new LinkedHashMap<>();
    private final Map<List<Integer>, Integer> conflictCounts = new HashMap<>();
    private final Map<String, Situation> gaps = new LinkedHashMap<>();
    private final Map<String, Integer> gapCounts = new HashMap<>();
    private boolean complete = true;
    private int situations;
    /** Groups already tried, by what their rules depend on besides topics. */
    private final Map<List<Object>, Tried> triedBefore = new HashMap<>();
    /** The groups of each set of topic-dependent rules met so far. */
    private final Map<List<Integer>, List<Group>> groupsBefore = new HashMap<>();
    /** What each signature of a situation can do, in the order first met. */
    private final Map<List<Object>, Summary> summaries = new LinkedHashMap<>();

    Run(EngagementPolicy policy, PolicyEngine engine) {
      this.policy = policy;
      this.engine = engine;
      this.rules = policy.rules();
      int n = rules.size();
      this.ranks = new long[n];
      for (int i = 0; i < n; i++) {
        ranks[i] = Outcome.rank(rules.get(i));
        topicTests.add(TopicGroups.topicTests(rules.get(i).condition()));
      }
      this.witnesses = new Witnesses(AttributeSpace.of(List.of(policy)));
      this.candidates = new Candidates(rules);
      this.index = RuleIndex.of(rules);
      this.firstMatch = new Situation[n];
      this.decisive = new boolean[n];
      this.unproven = new boolean[n];
    }

    PolicyAnalysis analyze() {
      int overStates = AttributeSpace.balanceStates(policy);
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        PartialSituation atShape = PartialSituation.anything().shape(shape);
        // Named ids that a rule naming them can apply to here; elsewhere they act as any other.
        List<String> ids = new ArrayList<>();
        for (String id : witnesses.space().actionIds()) {
          if (!candidates.actsAsOther(id, atShape)) {
            ids.add(id);
          }
        }
        // A standard id that a rule names is examined with its own traits first, so that where
        // that situation shows a finding, the witness is the standard action itself.
        int[] own = new int[ids.size()];
        for (int n = 0; n < ids.size(); n++) {
          own[n] = StandardActions.byId(ids.get(n)).map(AttributeSpace::traitsOf).orElse(-1);
          for (int over = 0; own[n] >= 0 && over < overStates; over++) {
            examineNamed(shape, ids.get(n), own[n], over == 1, atShape.traits(own[n]).over(over == 1), null);
          }
        }
        for (int traits = 0; traits < AttributeSpace.ACTION_TRAITS; traits++) {
          for (int over = 0; over < overStates; over++) {
            PartialSituation partial = atShape.traits(traits).over(over == 1);
            Signature any = signature(partial.actionId(null), candidates.at(shape.index(), null, traits));
            situations++;
            examine(shape, null, traits, over == 1, any);
            for (int n = 0; n < ids.size(); n++) {
              if (own[n] != traits) {
                examineNamed(shape, ids.get(n), traits, over == 1, partial, any);
              }
            }
          }
        }
      }
      return new PolicyAnalysis(policy, findings(), situations, complete);
    }

    /**
     * Examines a named id in a situation, unless the rules naming it answer there as for any other
     * id. {@code situation} knows the shape, traits and balance state; {@code any} is the signature for
     * any other id there, worked out here if not given.
     */
    private void examineNamed(
        CommunityShape shape,
        String id,
        int traits,
        boolean over,
        PartialSituation partial,
        @Nullable Signature any) {
      if (candidates.actsAsOther(id, partial)) {
        return;
      }
      Signature other =
          any != null ? any : signature(partial.actionId(null), candidates.at(shape.index(), null, traits));
      situations++;
      examine(shape, id, traits, over, other.forId(id, partial.actionId(id)));
    }

    /**
     * The rules that always hold at a situation, and the groups of those that depend on topics, each
     * tried once per way its rules depend on the situation.
     */
    private Signature signature(PartialSituation partial, int[] candidates) {
      List<Integer> always = new ArrayList<>();
      List<Integer> dependent = new ArrayList<>();
      for (int i : candidates) {
        Tri value = partial.eval(rules.get(i).condition());
        if (value == Tri.TRUE) {
          always.add(i);
        } else if (value == Tri.UNKNOWN) {
          dependent.add(i);
        }
      }
      return new Signature(always, dependent, partial);
    }

    /** What holds at a situation whatever the topics, and the groups that depend on them there. */
    private final class Signature {
      final List<Integer> always;
      final List<Integer> dependent;
      final List<Tried> tried;
      /** The groups tried, compared by identity: equal groups are one object. */
      final IdentityList triedKey;

      Signature(List<Integer> always, List<Integer> dependent, PartialSituation partial) {
        this.always = always;
        this.dependent = dependent;
        List<Group> groups =
            dependent.isEmpty()
                ? List.of()
                : groupsBefore.computeIfAbsent(
                    dependent,
                    d -> TopicGroups.of(d.stream().mapToInt(Integer::intValue).toArray(), topicTests));
        List<Tried> tried = new ArrayList<>(groups.size());
        for (Group group : groups) {
          tried.add(
              triedBefore.computeIfAbsent(
                  TopicGroups.residualKey(group, i -> rules.get(i).condition(), i -> partial),
                  k -> new Tried(group, partial)));
        }
        this.tried = tried;
        this.triedKey = new IdentityList(tried);
      }

      private Signature(List<Integer> always, Signature same) {
        this.always = always;
        this.dependent = same.dependent;
        this.tried = same.tried;
        this.triedKey = same.triedKey;
      }

      /**
       * The signature for a named id, from this one for any other id: only the rules naming it
       * can answer differently.
       */
      Signature forId(String id, PartialSituation partial) {
        int[] naming = index.rulesNamingAction(id);
        List<Integer> always = new ArrayList<>(this.always);
        List<Integer> dependent = new ArrayList<>(this.dependent);
        boolean sameDependent = true;
        for (int i : naming) {
          always.remove(Integer.valueOf(i));
          sameDependent &= !dependent.remove(Integer.valueOf(i));
          Tri value = partial.eval(rules.get(i).condition());
          if (value == Tri.TRUE) {
            always.add(i);
          } else if (value == Tri.UNKNOWN) {
            dependent.add(i);
            sameDependent = false;
          }
        }
        if (sameDependent) {
          Collections.sort(always);
          return new Signature(always, this);
        }
        Collections.sort(always);
        Collections.sort(dependent);
        return new Signature(always, dependent, partial);
      }
    }

    /**
     * Everything that can happen at one situation, whatever topics the community carries. Situations
     * whose rules answer alike (the same rules always hold, and the same groups depend on topics
     * in the same way) can do the same things, so each such signature is summarised once; a situation
     * then only counts, and gives witnesses for what no earlier situation showed.
     */
    private void examine(
        CommunityShape shape, @Nullable String id, int traits, boolean over, Signature signature) {
      List<Object> key = List.of(signature.always, signature.triedKey);
      Summary summary = summaries.get(key);
      boolean first = summary == null;
      if (summary == null) {
        summary = new Summary(signature.always, signature.tried);
        summaries.put(key, summary);
      }
      summary.count++;
      Choice gapTopics = summary.gap;
      if (gapTopics != null) {
        String gap = shape.type() + " " + AttributeSpace.actionTraits(traits).intent();
        gapCounts.merge(gap, 1, Integer::sum);
        if (!gaps.containsKey(gap)) {
          gaps.put(gap, witnesses.situation(shape, gapTopics.topics(), id, traits, over));
        }
      }
      if (!first) {
        return; // every rule and pair this signature shows already has an earlier witness
      }
      if (!summary.complete) {
        complete = false;
        signature.always.forEach(i -> unproven[i] = true);
        signature.dependent.forEach(i -> unproven[i] = true);
      }
      for (Map.Entry<Integer, Choice> match : summary.matched.entrySet()) {
        if (firstMatch[match.getKey()] == null) {
          firstMatch[match.getKey()] =
              witnesses.situation(shape, match.getValue().topics(), id, traits, over);
        }
      }
      summary.deciders.forEach(i -> decisive[i] = true);
      for (Map.Entry<List<Integer>, Choice> pair : summary.conflicts.entrySet()) {
        if (!conflicts.containsKey(pair.getKey())) {
          conflicts.put(
              pair.getKey(), witnesses.situation(shape, pair.getValue().topics(), id, traits, over));
        }
      }
    }

    /**
     * What can happen at the situations of one signature: the rules that can match (with topics that
     * show it), those that can decide, the pairs in conflict, whether no rule may match.
     */
    private final class Summary {
      final boolean complete;
      final @Nullable Choice gap;
      final Map<Integer, Choice> matched = new LinkedHashMap<>();
      final List<Integer> deciders = new ArrayList<>();
      final Map<List<Integer>, Choice> conflicts = new LinkedHashMap<>();
      int count;

      Summary(List<Integer> always, List<Tried> tried) {
        this.complete = tried.stream().allMatch(t -> t.group.complete());
        long alwaysMax = NONE;
        for (int i : always) {
          alwaysMax = Math.max(alwaysMax, ranks[i]);
        }
        // The lowest top rank each group can keep to, and which topics do it.
        Choice base = new Choice(tried);
        this.gap = always.isEmpty() && tried.stream().allMatch(t -> t.lowest == NONE) ? base : null;
        // Rules that always hold here: they match; they decide if nothing can outrank them.
        long othersLowest = base.highestLowest(-1);
        for (int i : always) {
          matched.put(i, base);
          if (ranks[i] == alwaysMax && othersLowest <= ranks[i]) {
            decided(i, base, always, tried, -1);
          }
        }
        // Rules that hold for some topics: they decide if their group can leave them on top.
        for (int g = 0; g < tried.size(); g++) {
          Tried t = tried.get(g);
          for (int i : t.group.rules()) {
            Best best = t.lowestWith.get(i);
            if (best == null) {
              continue;
            }
            Choice with = base.with(g, best.combination());
            matched.putIfAbsent(i, with);
            if (best.top() == ranks[i] && alwaysMax <= ranks[i] && base.highestLowest(g) <= ranks[i]) {
              decided(i, with, always, tried, g);
            }
          }
        }
      }

      /**
       * Rule {@code winner} decides with {@code choice}; records the rules it overrides at its
       * own priority (conflicts). {@code group} is the winner's group, or -1 if it always holds.
       */
      private void decided(int winner, Choice choice, List<Integer> always, List<Tried> tried, int group) {
        deciders.add(winner);
        int priority = rules.get(winner).priority();
        for (int loser : always) {
          if (rules.get(loser).priority() == priority && ranks[loser] < ranks[winner]) {
            conflict(winner, loser, choice);
          }
        }
        for (int g = 0; g < tried.size(); g++) {
          Tried t = tried.get(g);
          if (g == group) {
            for (Map.Entry<List<Integer>, Integer> pair : t.pairs.entrySet()) {
              if (pair.getKey().get(0) == winner) {
                conflict(winner, pair.getKey().get(1), choice.with(g, pair.getValue()));
              }
            }
            continue;
          }
          for (int loser : t.group.rules()) {
            Best best = t.lowestWith.get(loser);
            if (best != null
                && rules.get(loser).priority() == priority
                && ranks[loser] < ranks[winner]
                && best.top() <= ranks[winner]) {
              conflict(winner, loser, choice.with(g, best.combination()));
            }
          }
        }
      }

      private void conflict(int winner, int loser, Choice choice) {
        List<Integer> pair = winner < loser ? List.of(winner, loser) : List.of(loser, winner);
        conflicts.putIfAbsent(pair, choice);
      }
    }

    private List<PolicyFinding> findings() {
      for (Summary summary : summaries.values()) {
        for (List<Integer> pair : summary.conflicts.keySet()) {
          conflictCounts.merge(pair, summary.count, Integer::sum);
        }
      }
      List<PolicyFinding> findings = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        EngagementRule rule = rules.get(i);
        Situation first = firstMatch[i];
        if (first == null) {
          findings.add(
              new PolicyFinding(
                  PolicyFinding.Kind.UNSATISFIABLE,
                  List.of(rule.id()),
                  Optional.empty(),
                  0,
                  "rule '" + rule.id() + "' can never match: no community and action satisfy \""
                      + rule.condition() + "\"" + unprovenNote(i),
                  !unproven[i]));
        } else if (!decisive[i]) {
          Decision there = engine.decide(first.community(), first.action(), Witnesses.context(first));
          List<String> winners = new ArrayList<>();
          for (Reason reason : there.reasons()) {
            winners.add(reason.ruleId());
          }
          findings.add(
              new PolicyFinding(
                  PolicyFinding.Kind.SHADOWED,
                  List.of(rule.id()),
                  Optional.of(first),
                  0,
                  "rule '" + rule.id() + "' never decides: wherever it matches, other rules win, such"
                      + " as " + String.join(", ", winners) + unprovenNote(i),
                  !unproven[i]));
        }
      }
      for (Map.Entry<List<Integer>, Situation> conflict : conflicts.entrySet()) {
        EngagementRule first = rules.get(conflict.getKey().get(0));
        EngagementRule second = rules.get(conflict.getKey().get(1));
        int count = conflictCounts.getOrDefault(conflict.getKey(), 0);
        findings.add(
            new PolicyFinding(
                PolicyFinding.Kind.CONFLICT,
                List.of(first.id(), second.id()),
                Optional.of(conflict.getValue()),
                count,
                "rules '" + first.id() + "' (" + first.verdict() + ") and '" + second.id() + "' ("
                    + second.verdict() + ") match together at priority " + first.priority()
                    + " in " + (complete ? "" : "at least ") + count + " situations; the stricter"
                    + " verdict wins",
                true));
      }
      for (Map.Entry<String, Situation> gap : gaps.entrySet()) {
        Situation witness = gap.getValue();
        int count = gapCounts.getOrDefault(gap.getKey(), 0);
        findings.add(
            new PolicyFinding(
                PolicyFinding.Kind.GAP,
                List.of(),
                Optional.of(witness),
                count,
                "no rule decides intent " + Situation.word(witness.action().intent()) + " in "
                    + (complete ? "" : "at least ") + count + " situations in "
                    + Situation.word(witness.community().type()) + " communities; the default verdict "
                    + policy.defaultVerdict() + " applies",
                true));
      }
      findings.sort(Comparator.comparing(PolicyFinding::kind));
      return findings;
    }

    private String unprovenNote(int rule) {
      return unproven[rule]
          ? " (not proven: some combinations of topics it depends on were not examined)"
          : "";
    }

    /** The lowest top rank found with a rule matching, and the combination of topics for it. */
    private record Best(long top, int combination) {}

    /** What one group of topic-dependent rules can do, over the combinations of its topics. */
    private final class Tried {
      final Group group;
      /** The lowest top rank among the group's matching rules, {@link #NONE} if none can match. */
      long lowest = Long.MAX_VALUE;

      int lowestCombination;
      /** For each rule that can match: the lowest top rank with it matching, and how. */
      final Map<Integer, Best> lowestWith = new HashMap<>();
      /** Winner and loser at one priority, both matching with the winner on top, and how. */
      final Map<List<Integer>, Integer> pairs = new LinkedHashMap<>();

      Tried(Group group, PartialSituation partial) {
        this.group = group;
        for (int combination : group.combinations()) {
          PartialSituation here = partial.topics(group.topicsOf(combination));
          List<Integer> matching = new ArrayList<>();
          long top = NONE;
          for (int i : group.rules()) {
            if (here.holds(rules.get(i).condition())) {
              matching.add(i);
              top = Math.max(top, ranks[i]);
            }
          }
          if (top < lowest) {
            lowest = top;
            lowestCombination = combination;
          }
          for (int i : matching) {
            Best known = lowestWith.get(i);
            if (known == null || top < known.top()) {
              lowestWith.put(i, new Best(top, combination));
            }
          }
          for (int winner : matching) {
            if (ranks[winner] != top) {
              continue;
            }
            for (int loser : matching) {
              if (rules.get(loser).priority() == rules.get(winner).priority()
                  && ranks[loser] < ranks[winner]) {
                pairs.putIfAbsent(List.of(winner, loser), combination);
              }
            }
          }
        }
      }
    }

    /** One combination of topics per group: the community's topics in a witness. */
    private final class Choice {
      private final List<Tried> tried;
      private final int[] combinations;

      Choice(List<Tried> tried) {
        this.tried = tried;
        this.combinations = new int[tried.size()];
        for (int g = 0; g < tried.size(); g++) {
          combinations[g] = tried.get(g).lowestCombination;
        }
      }

      private Choice(List<Tried> tried, int[] combinations) {
        this.tried = tried;
        this.combinations = combinations;
      }

      Choice with(int group, int combination) {
        int[] changed = combinations.clone();
        changed[group] = combination;
        return new Choice(tried, changed);
      }

      /** The highest of the groups' lowest top ranks, leaving out group {@code except}. */
      long highestLowest(int except) {
        long highest = NONE;
        for (int g = 0; g < tried.size(); g++) {
          if (g != except) {
            highest = Math.max(highest, tried.get(g).lowest);
          }
        }
        return highest;
      }

      Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (int g = 0; g < tried.size(); g++) {
          topics.addAll(tried.get(g).group.topicsOf(combinations[g]));
        }
        return topics;
      }
    }
  }
}
