package io.github.socialecosystem.rules.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Expectation;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.Outcome;
import io.github.socialecosystem.rules.internal.PartialSituation;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks what a policy promises: each guarantee over every situation its condition covers, and
 * each expectation in every community shape it names. Guarantees are proven over the finite
 * attribute space, not sampled: every community shape, every action id a rule or the guarantees
 * name (and any other id), every combination of traits, both balance states, and every
 * combination of the topics that can change the verdict or the guarantee's condition at a situation.
 * Topics that no rule there tests together are tried apart ({@link TopicGroups}). Where a group of
 * more than {@value TopicGroups#MAX_TOPICS} topics must be tried together, only some of its
 * combinations are; a guarantee that then shows no failure is reported as not proven.
 */
final class Promises {
  private static final long NONE = Long.MIN_VALUE;

  private final EngagementPolicy policy;
  private final PolicyEngine engine;
  private final List<EngagementRule> rules;
  private final long[] ranks;
  private final List<ImmutableList<ImmutableSet<String>>> ruleTests = new ArrayList<>();
  private boolean complete = true;

  Promises(EngagementPolicy policy, PolicyEngine engine) {
    this.policy = policy;
    this.engine = engine;
    this.rules = policy.rules();
    this.ranks = new long[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      ranks[i] = Outcome.rank(rules.get(i));
      ruleTests.add(TopicGroups.topicTests(rules.get(i).condition()));
    }
  }

  /** Whether every guarantee was examined at every combination of topics that matters. */
  boolean complete() {
    return complete;
  }

  /** The failed guarantees and expectations, and the guarantees that could not be proven. */
  List<PolicyFinding> check() {
    List<PolicyFinding> findings = new ArrayList<>();
    if (!policy.guarantees().isEmpty()) {
      new GuaranteeRun().run(findings);
    }
    for (Expectation expectation : policy.expectations()) {
      expectation(expectation, findings);
    }
    return findings;
  }

  /**
   * The rules that depend on topics at a situation: all of them (as one group, to key what they
   * depend on besides topics), their groups that share no topic, and whether each group is tried
   * in full.
   */
  private record Grouping(TopicGroups.Group all, List<TopicGroups.Group> groups, boolean complete) {}

  /** A situation where a guarantee fails: enough to make a witness of it. */
  private record Failure(
      CommunityShape shape, Set<String> topics, @Nullable String id, int traits, boolean over) {}

  private final class GuaranteeRun {
    private final List<Guarantee> guarantees = policy.guarantees();
    private final int n = guarantees.size();
    private final Witnesses witnesses;
    private final Candidates candidates = new Candidates(rules);
    private final List<ImmutableList<ImmutableSet<String>>> guaranteeTests = new ArrayList<>();
    private final @Nullable Failure[] first;
    private final boolean[] firstIsStandard;
    private final int[] failures;
    private final boolean[] unproven;
    /** The groups of each set of topic-dependent rules met so far. */
    private final Map<List<Integer>, Grouping> groupingBefore = new HashMap<>();
    /** What all the groups of a situation can reach together, by what their rules depend on. */
    private final Map<List<Object>, Map<Long, Set<String>>> foldedBefore = new HashMap<>();
    /** What each group can reach, by what its rules depend on besides topics. */
    private final Map<List<Object>, Map<Long, Set<String>>> reachBefore = new HashMap<>();
    /** The action ids the guarantees name: only there may a named id differ from any other. */
    private final Set<String> guaranteedIds = new TreeSet<>();

    GuaranteeRun() {
      List<Condition> conditions = new ArrayList<>();
      for (Guarantee guarantee : guarantees) {
        conditions.add(guarantee.condition());
        guaranteedIds.addAll(guarantee.condition().valuesOf(Attribute.ACTION));
        guaranteeTests.add(TopicGroups.topicTests(guarantee.condition()));
      }
      this.witnesses = new Witnesses(AttributeSpace.of(List.of(policy), conditions));
      this.first = new Failure[n];
      this.firstIsStandard = new boolean[n];
      this.failures = new int[n];
      this.unproven = new boolean[n];
    }

    void run(List<PolicyFinding> findings) {
      boolean balance =
          policy.balanceLimit() < 1.0
              && (AttributeSpace.balanceApplies(policy)
                  || guarantees.stream().anyMatch(g -> g.condition().mentionsBalanceLimit()));
      int overStates = balance ? 2 : 1;
      List<@Nullable String> ids = witnesses.actionIds();
      // Which guarantees can hold for an action of each traits whose id no guarantee names.
      int[][] byTraits = new int[AttributeSpace.ACTION_TRAITS][];
      for (int traits = 0; traits < byTraits.length; traits++) {
        byTraits[traits] = notFalse(PartialSituation.anything().actionId(null).traits(traits), allGuarantees());
      }
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        PartialSituation atShape = PartialSituation.anything().shape(shape);
        int[] forShape = notFalse(atShape, allGuarantees());
        if (forShape.length == 0) {
          continue;
        }
        for (@Nullable String id : ids) {
          boolean named = id != null && guaranteedIds.contains(id);
          PartialSituation withId = atShape.actionId(id);
          for (int traits = 0; traits < AttributeSpace.ACTION_TRAITS; traits++) {
            int[] active = named ? forShape : both(forShape, byTraits[traits]);
            if (active.length == 0) {
              continue;
            }
            PartialSituation withAction = withId.traits(traits);
            active = notFalse(withAction, active);
            if (active.length == 0
                || (id != null && !named && this.candidates.actsAsOther(id, withAction))) {
              continue; // a named id decided here as any other id is: examined as any other id
            }
            // Rules that hold or fail whatever the balance state, once for both states.
            long top = NONE;
            List<Integer> open = new ArrayList<>();
            for (int i : this.candidates.at(shape.index(), id, traits)) {
              Tri value = withAction.eval(rules.get(i).condition());
              if (value == Tri.TRUE) {
                top = Math.max(top, ranks[i]);
              } else if (value == Tri.UNKNOWN) {
                open.add(i);
              }
            }
            if (open.isEmpty() && allHold(withAction, active)) {
              // Nothing here depends on the balance state or on topics: one verdict for both.
              Verdict verdict = verdictOf(top);
              for (int g : active) {
                if (!guarantees.get(g).allows(verdict)) {
                  failures[g] += overStates - 1;
                  fail(g, shape, Set.of(), id, traits, false);
                }
              }
              continue;
            }
            for (int over = 0; over < overStates; over++) {
              examine(shape, id, traits, over == 1, withAction.over(over == 1), active, top, open);
            }
          }
        }
      }
      for (int g = 0; g < n; g++) {
        Failure failure = first[g];
        Guarantee guarantee = guarantees.get(g);
        if (failure != null) {
          Situation witness =
              witnesses.situation(
                  failure.shape(), failure.topics(), failure.id(), failure.traits(), failure.over());
          Decision there =
              engine.decide(witness.community(), witness.action(), Witnesses.context(witness));
          List<String> deciding = new ArrayList<>();
          for (Reason reason : there.reasons()) {
            deciding.add(reason.ruleId());
          }
          findings.add(
              new PolicyFinding(
                  PolicyFinding.Kind.GUARANTEE,
                  deciding,
                  Optional.of(witness),
                  failures[g],
                  "\"" + guarantee + "\" fails in " + (unproven[g] ? "at least " : "")
                      + failures[g] + (failures[g] == 1 ? " situation" : " situations")
                      + ": there the verdict is " + there.verdict() + ", decided by "
                      + String.join(", ", deciding),
                  true));
        } else if (unproven[g]) {
          findings.add(
              new PolicyFinding(
                  PolicyFinding.Kind.GUARANTEE,
                  List.of(),
                  Optional.empty(),
                  0,
                  "\"" + guarantee + "\" is not proven: where more than " + TopicGroups.MAX_TOPICS
                      + " topics decide together, only some of their combinations were examined;"
                      + " none of those breaks it",
                  false));
        }
      }
    }

    private int[] allGuarantees() {
      int[] all = new int[n];
      for (int g = 0; g < n; g++) {
        all[g] = g;
      }
      return all;
    }

    /** Whether every one of the guarantees holds at the situation, whatever it leaves open. */
    private boolean allHold(PartialSituation partial, int[] among) {
      for (int g : among) {
        if (partial.eval(guarantees.get(g).condition()) != Tri.TRUE) {
          return false;
        }
      }
      return true;
    }

    /** The elements of two sorted arrays that are in both. */
    private int[] both(int[] a, int[] b) {
      int[] common = new int[Math.min(a.length, b.length)];
      int size = 0;
      for (int i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] == b[j]) {
          common[size++] = a[i];
          i++;
          j++;
        } else if (a[i] < b[j]) {
          i++;
        } else {
          j++;
        }
      }
      return size == common.length ? common : Arrays.copyOf(common, size);
    }

    private int[] notFalse(PartialSituation partial, int[] among) {
      int[] kept = new int[among.length];
      int size = 0;
      for (int g : among) {
        if (partial.eval(guarantees.get(g).condition()) != Tri.FALSE) {
          kept[size++] = g;
        }
      }
      return size == kept.length ? kept : Arrays.copyOf(kept, size);
    }

    /**
     * One situation, its topics open. The rules that depend on topics there fall into groups that
     * share no topic ({@link TopicGroups}); each group is tried on its own, giving the top ranks
     * it can reach, and the verdicts the situation can get are the maxima of one reach per group. A
     * guarantee whose condition depends on topics too is tried jointly with the groups it shares
     * topics with, keeping only the combinations where it holds.
     */
    private void examine(
        CommunityShape shape,
        @Nullable String id,
        int traits,
        boolean over,
        PartialSituation partial,
        int[] active,
        long fixedTop,
        List<Integer> open) {
      int[] here = notFalse(partial, active);
      if (here.length == 0) {
        return;
      }
      long top = fixedTop;
      List<Integer> dependent = new ArrayList<>();
      for (int i : open) {
        Tri value = partial.eval(rules.get(i).condition());
        if (value == Tri.TRUE) {
          top = Math.max(top, ranks[i]);
        } else if (value == Tri.UNKNOWN) {
          dependent.add(i);
        }
      }
      Grouping grouping =
          groupingBefore.computeIfAbsent(
              dependent,
              d -> {
                int[] all = d.stream().mapToInt(Integer::intValue).toArray();
                List<TopicGroups.Group> groups =
                    d.isEmpty() ? List.of() : TopicGroups.of(all, ruleTests);
                return new Grouping(
                    new TopicGroups.Group(all, ImmutableList.of()),
                    groups,
                    groups.stream().allMatch(TopicGroups.Group::complete));
              });
      List<TopicGroups.Group> groups = grouping.groups();
      @Nullable List<Map<Long, Set<String>>> reaches = null;
      @Nullable Map<Long, Set<String>> whenHolding = null;
      for (int g : here) {
        Guarantee guarantee = guarantees.get(g);
        boolean proven = grouping.complete();
        Map<Long, Set<String>> tops = Map.of(top, Set.of());
        if (partial.eval(guarantee.condition()) == Tri.TRUE) {
          if (whenHolding == null) {
            // What all groups together can reach: the same wherever their rules answer alike.
            Map<Long, Set<String>> folded =
                foldedBefore.computeIfAbsent(
                    TopicGroups.residualKey(
                        grouping.all(), i -> rules.get(i).condition(), i -> partial),
                    k -> {
                      Map<Long, Set<String>> reached = Map.of(NONE, Set.of());
                      for (TopicGroups.Group group : groups) {
                        reached = combine(reached, reach(group, partial));
                      }
                      return reached;
                    });
            whenHolding = combine(tops, folded);
          }
          tops = whenHolding;
        } else {
          // The guarantee depends on topics here: try it with the groups it shares topics with.
          Set<String> own = topicsOf(guaranteeTests.get(g));
          List<Integer> joinedRules = new ArrayList<>();
          List<Set<String>> tests = new ArrayList<>(guaranteeTests.get(g));
          if (reaches == null) {
            reaches = new ArrayList<>(groups.size());
            for (TopicGroups.Group group : groups) {
              reaches.add(reach(group, partial));
            }
          }
          for (int k = 0; k < groups.size(); k++) {
            TopicGroups.Group group = groups.get(k);
            if (shares(group, own)) {
              for (int i : group.rules()) {
                joinedRules.add(i);
                addTests(tests, ruleTests.get(i));
              }
            } else {
              tops = combine(tops, reaches.get(k));
            }
          }
          TopicGroups.Group joint =
              new TopicGroups.Group(
                  joinedRules.stream().mapToInt(Integer::intValue).toArray(), representatives(tests));
          proven &= joint.complete();
          Map<Long, Set<String>> where = new TreeMap<>();
          for (int combination : joint.combinations()) {
            Set<String> present = joint.topicsOf(combination);
            PartialSituation at = partial.topics(present);
            if (at.holds(guarantee.condition())) {
              where.putIfAbsent(topOf(joint, at), present);
            }
          }
          tops = combine(tops, where);
        }
        if (!proven) {
          complete = false;
          unproven[g] = true;
        }
        for (Map.Entry<Long, Set<String>> reached : tops.entrySet()) {
          if (!guarantee.allows(verdictOf(reached.getKey()))) {
            fail(g, shape, reached.getValue(), id, traits, over);
            break;
          }
        }
      }
    }

    /** The top ranks a group's rules can reach at a situation, each with topics that reach it. */
    private Map<Long, Set<String>> reach(TopicGroups.Group group, PartialSituation partial) {
      return reachBefore.computeIfAbsent(
          TopicGroups.residualKey(group, i -> rules.get(i).condition(), i -> partial),
          k -> {
            Map<Long, Set<String>> reach = new TreeMap<>();
            for (int combination : group.combinations()) {
              Set<String> present = group.topicsOf(combination);
              reach.putIfAbsent(topOf(group, partial.topics(present)), present);
            }
            return reach;
          });
    }

    private long topOf(TopicGroups.Group group, PartialSituation at) {
      long top = NONE;
      for (int i : group.rules()) {
        if (at.holds(rules.get(i).condition())) {
          top = Math.max(top, ranks[i]);
        }
      }
      return top;
    }

    private boolean shares(TopicGroups.Group group, Set<String> topics) {
      for (int i : group.rules()) {
        for (Set<String> test : ruleTests.get(i)) {
          for (String topic : test) {
            if (topics.contains(topic)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private void addTests(List<Set<String>> tests, List<ImmutableSet<String>> more) {
      for (ImmutableSet<String> test : more) {
        if (!tests.contains(test)) {
          tests.add(test);
        }
      }
    }

    /**
     * Records a failure of guarantee {@code g} at one situation (each guarantee fails at most once
     * per situation: it is examined there once); the first becomes its witness, unless a later one
     * holds a standard action with its own traits and the first does not (it reads better).
     */
    private void fail(
        int g, CommunityShape shape, Set<String> topics, @Nullable String id, int traits, boolean over) {
      failures[g]++;
      if (first[g] == null || !firstIsStandard[g]) {
        boolean standard = isStandard(witnesses.action(id, traits));
        if (first[g] == null || standard) {
          first[g] = new Failure(shape, new TreeSet<>(topics), id, traits, over);
          firstIsStandard[g] = standard;
        }
      }
    }
  }

  /** Every top rank reachable by one choice from each map, with the union of their topics. */
  private static Map<Long, Set<String>> combine(
      Map<Long, Set<String>> left, Map<Long, Set<String>> right) {
    Map<Long, Set<String>> both = new TreeMap<>();
    for (Map.Entry<Long, Set<String>> a : left.entrySet()) {
      for (Map.Entry<Long, Set<String>> b : right.entrySet()) {
        long top = Math.max(a.getKey(), b.getKey());
        if (!both.containsKey(top)) {
          Set<String> topics = new TreeSet<>(a.getValue());
          topics.addAll(b.getValue());
          both.put(top, topics);
        }
      }
    }
    return both;
  }

  private static Set<String> topicsOf(List<ImmutableSet<String>> tests) {
    Set<String> topics = new TreeSet<>();
    tests.forEach(topics::addAll);
    return topics;
  }

  /** One topic for each set of topics that no test tells apart. */
  private static ImmutableList<String> representatives(List<? extends Set<String>> tests) {
    Map<String, BitSet> signatures = new TreeMap<>();
    for (int t = 0; t < tests.size(); t++) {
      for (String topic : tests.get(t)) {
        signatures.computeIfAbsent(topic, k -> new BitSet()).set(t);
      }
    }
    Map<BitSet, String> representatives = new LinkedHashMap<>();
    signatures.forEach((topic, signature) -> representatives.putIfAbsent(signature, topic));
    return ImmutableList.copyOf(representatives.values());
  }

  private static boolean isStandard(EngagementAction action) {
    return StandardActions.byId(action.id()).map(action::equals).orElse(false);
  }

  private Verdict verdictOf(long top) {
    return top == NONE ? policy.defaultVerdict() : Outcome.verdictOf(top);
  }

  /** An expectation, in every community shape it covers. */
  private void expectation(Expectation expectation, List<PolicyFinding> findings) {
    EngagementContext context =
        expectation.promotionOverBalanceLimit() ? Witnesses.ALL_PROMOTION : EngagementContext.none();
    int shapes = 0;
    int failed = 0;
    Situation witness = null;
    Decision decision = null;
    for (CommunityShape shape : AttributeSpace.possibleShapes()) {
      if (!expectation.covers(shape.type())) {
        continue;
      }
      shapes++;
      Situation situation =
          new Situation(
              Witnesses.community(shape, expectation.topics()),
              expectation.action(),
              expectation.promotionOverBalanceLimit(),
              false);
      Decision there = engine.decide(situation.community(), situation.action(), context);
      if (there.verdict() != expectation.verdict()) {
        failed++;
        if (witness == null) {
          witness = situation;
          decision = there;
        }
      }
    }
    if (witness == null || decision == null) {
      return;
    }
    List<String> deciding = new ArrayList<>();
    for (Reason reason : decision.reasons()) {
      deciding.add(reason.ruleId());
    }
    findings.add(
        new PolicyFinding(
            PolicyFinding.Kind.EXPECTATION,
            deciding,
            Optional.of(witness),
            failed,
            "\"" + expectation + "\" fails in " + failed + " of " + shapes
                + " community shapes: there the verdict is " + decision.verdict()
                + ", decided by " + String.join(", ", deciding),
            true));
  }
}
