package io.github.socialecosystem.rules.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
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
import io.github.socialecosystem.rules.internal.Point;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * combination of the topics that can change the verdict or the guarantee's condition at a point.
 * Where more than {@value TopicGroups#MAX_TOPICS} such topics meet at one point, only some of
 * their combinations are tried; a guarantee that then shows no failure is reported as not proven.
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
  List<AnalysisFinding> check() {
    List<AnalysisFinding> findings = new ArrayList<>();
    if (!policy.guarantees().isEmpty()) {
      new GuaranteeRun().run(findings);
    }
    for (Expectation expectation : policy.expectations()) {
      expectation(expectation, findings);
    }
    return findings;
  }

  /** A point where a guarantee fails: enough to make a witness of it. */
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
    /** The guarantees that failed at the point being examined, so each counts it once. */
    private final BitSet failedHere = new BitSet();

    GuaranteeRun() {
      List<Condition> conditions = new ArrayList<>();
      for (Guarantee guarantee : guarantees) {
        conditions.add(guarantee.condition());
        guaranteeTests.add(TopicGroups.topicTests(guarantee.condition()));
      }
      this.witnesses = new Witnesses(AttributeSpace.of(List.of(policy), conditions));
      this.first = new Failure[n];
      this.firstIsStandard = new boolean[n];
      this.failures = new int[n];
      this.unproven = new boolean[n];
    }

    void run(List<AnalysisFinding> findings) {
      boolean balance =
          policy.balanceLimit() < 1.0
              && (AttributeSpace.balanceApplies(policy)
                  || guarantees.stream().anyMatch(g -> g.condition().mentionsBalanceLimit()));
      int overStates = balance ? 2 : 1;
      List<@Nullable String> ids = witnesses.actionIds();
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        Point atShape = Point.anything().shape(shape);
        int[] forShape = notFalse(atShape, allGuarantees());
        if (forShape.length == 0) {
          continue;
        }
        for (@Nullable String id : ids) {
          Point withId = atShape.actionId(id);
          for (int traits = 0; traits < AttributeSpace.ACTION_TRAITS; traits++) {
            Point withAction = withId.traits(traits);
            int[] active = notFalse(withAction, forShape);
            if (active.length == 0) {
              continue;
            }
            int[] candidates = this.candidates.at(shape.index(), id, traits);
            for (int over = 0; over < overStates; over++) {
              examine(shape, id, traits, over == 1, withAction.over(over == 1), active, candidates);
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
              new AnalysisFinding(
                  AnalysisFinding.Kind.GUARANTEE,
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
              new AnalysisFinding(
                  AnalysisFinding.Kind.GUARANTEE,
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

    private int[] notFalse(Point point, int[] among) {
      int[] kept = new int[among.length];
      int size = 0;
      for (int g : among) {
        if (point.eval(guarantees.get(g).condition()) != Tri.FALSE) {
          kept[size++] = g;
        }
      }
      return size == kept.length ? kept : Arrays.copyOf(kept, size);
    }

    /** One point, its topics open: every combination of topics that can change an answer. */
    private void examine(
        CommunityShape shape,
        @Nullable String id,
        int traits,
        boolean over,
        Point point,
        int[] active,
        int[] candidates) {
      int[] here = notFalse(point, active);
      if (here.length == 0) {
        return;
      }
      long top = NONE;
      List<Integer> dependent = new ArrayList<>();
      for (int i : candidates) {
        Tri value = point.eval(rules.get(i).condition());
        if (value == Tri.TRUE) {
          top = Math.max(top, ranks[i]);
        } else if (value == Tri.UNKNOWN) {
          dependent.add(i);
        }
      }
      failedHere.clear();
      List<Integer> openGuarantees = new ArrayList<>();
      for (int g : here) {
        if (point.eval(guarantees.get(g).condition()) == Tri.UNKNOWN) {
          openGuarantees.add(g);
        }
      }
      if (dependent.isEmpty() && openGuarantees.isEmpty()) {
        Verdict verdict = verdictOf(top);
        for (int g : here) {
          if (!guarantees.get(g).allows(verdict)) {
            fail(g, shape, Set.of(), id, traits, over);
          }
        }
        return;
      }
      // Topics that no test here tells apart count as one: one representative each.
      List<Set<String>> tests = new ArrayList<>();
      for (int i : dependent) {
        addTests(tests, ruleTests.get(i));
      }
      for (int g : openGuarantees) {
        addTests(tests, guaranteeTests.get(g));
      }
      Map<String, BitSet> signatures = new TreeMap<>();
      for (int t = 0; t < tests.size(); t++) {
        for (String topic : tests.get(t)) {
          signatures.computeIfAbsent(topic, k -> new BitSet()).set(t);
        }
      }
      Map<BitSet, String> representatives = new LinkedHashMap<>();
      signatures.forEach((topic, signature) -> representatives.putIfAbsent(signature, topic));
      List<String> topics = new ArrayList<>(representatives.values());
      TopicGroups.Group all = new TopicGroups.Group(new int[0], ImmutableList.copyOf(topics));
      if (!all.complete()) {
        complete = false;
        for (int g : here) {
          unproven[g] = true;
        }
      }
      for (int combination : all.combinations()) {
        Set<String> present = all.topicsOf(combination);
        Point at = point.topics(present);
        long withTopics = top;
        for (int i : dependent) {
          if (at.holds(rules.get(i).condition())) {
            withTopics = Math.max(withTopics, ranks[i]);
          }
        }
        Verdict verdict = verdictOf(withTopics);
        for (int g : here) {
          Guarantee guarantee = guarantees.get(g);
          if (!guarantee.allows(verdict) && at.holds(guarantee.condition())) {
            fail(g, shape, present, id, traits, over);
          }
        }
      }
    }

    private void addTests(List<Set<String>> tests, List<ImmutableSet<String>> more) {
      for (ImmutableSet<String> test : more) {
        if (!tests.contains(test)) {
          tests.add(test);
        }
      }
    }

    /**
     * Records a failure of guarantee {@code g}; the first becomes its witness, unless a later one
     * holds a standard action with its own traits and the first does not (it reads better).
     */
    private void fail(
        int g, CommunityShape shape, Set<String> topics, @Nullable String id, int traits, boolean over) {
      if (!failedHere.get(g)) {
        failedHere.set(g);
        failures[g]++;
      }
      if (first[g] == null || !firstIsStandard[g]) {
        boolean standard = isStandard(witnesses.action(id, traits));
        if (first[g] == null || standard) {
          first[g] = new Failure(shape, new TreeSet<>(topics), id, traits, over);
          firstIsStandard[g] = standard;
        }
      }
    }
  }

  private static boolean isStandard(EngagementAction action) {
    return StandardActions.byId(action.id()).map(action::equals).orElse(false);
  }

  private Verdict verdictOf(long top) {
    return top == NONE ? policy.defaultVerdict() : Outcome.verdictOf(top);
  }

  /** An expectation, in every community shape it covers. */
  private void expectation(Expectation expectation, List<AnalysisFinding> findings) {
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
        new AnalysisFinding(
            AnalysisFinding.Kind.EXPECTATION,
            deciding,
            Optional.of(witness),
            failed,
            "\"" + expectation + "\" fails in " + failed + " of " + shapes
                + " community shapes: there the verdict is " + decision.verdict()
                + ", decided by " + String.join(", ", deciding),
            true));
  }
}
