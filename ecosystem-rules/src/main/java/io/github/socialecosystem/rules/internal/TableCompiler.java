package io.github.socialecosystem.rules.internal;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.DecisionTable.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a policy into a {@link DecisionTable}.
 *
 * <p>The table is filled for every row (community shape, balance state) and every action traits,
 * for communities carrying none of the policy's topics and actions whose id no rule names: there
 * every condition is simply true or false. Rules that cannot hold there at all (they need a topic,
 * or name an action id) drop out first, and the others are tested only at the shapes and traits
 * where they are not already false, so the work grows with the rules that apply, not with how many
 * topics or action ids the policy names. Equal sets of matching rules are resolved once.
 */
final class TableCompiler {
  private static final int TRAITS = AttributeSpace.ACTION_TRAITS;

  private final EngagementPolicy policy;
  private final ImmutableList<EngagementRule> rules;
  private final ImmutableList<Reason> reasons;
  private final BitSet balanceRules;
  private final int overStates;
  private final RuleIndex index;
  private final Map<BitSet, Matched> outcomes = new HashMap<>();
  private final Map<CellKey, Cell> cellPool = new HashMap<>();
  private final Map<DecisionKey, Decision> decisionPool = new HashMap<>();

  /** A set of matching rules and what it adds up to; equal sets share one. */
  private record Matched(BitSet matching, Outcome outcome) {}

  private record CellKey(Matched matched, ImmutableList<EngagementAction> alternatives) {}

  private record DecisionKey(int standard, Outcome outcome, ImmutableList<EngagementAction> alternatives) {}

  TableCompiler(EngagementPolicy policy) {
    this.policy = policy;
    this.rules = ImmutableList.copyOf(policy.rules());
    this.reasons = rules.stream().map(Reason::of).collect(ImmutableList.toImmutableList());
    this.balanceRules = new BitSet(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      balanceRules.set(i, rules.get(i).condition().mentionsBalanceLimit());
    }
    this.overStates = AttributeSpace.balanceStates(policy);
    this.index = RuleIndex.of(rules);
  }

  DecisionTable compile() {
    int rows = AttributeSpace.COMMUNITY_SHAPES * overStates;
    Cell[] cells = new Cell[rows * TRAITS];
    Verdict[] standardVerdicts = new Verdict[rows * Catalog.SIZE];
    Decision[] standardDecisions = new Decision[rows * Catalog.SIZE];
    List<@Nullable ImmutableList<Decision>> appropriate = new ArrayList<>(rows);
    for (int row = 0; row < rows; row++) {
      appropriate.add(null);
    }

    PartialSituation plain = PartialSituation.anything().actionId(null).topics(Set.of());
    int[] alive = possible(plain, allRules());
    BitSet[] byTraits = new BitSet[TRAITS];
    for (int traits = 0; traits < TRAITS; traits++) {
      byTraits[traits] = new BitSet();
      for (int i : possible(plain.traits(traits), alive)) {
        byTraits[traits].set(i);
      }
    }
    for (CommunityShape shape : AttributeSpace.possibleShapes()) {
      PartialSituation atShape = plain.shape(shape);
      int[] byShape = possible(atShape, alive);
      for (int over = 0; over < overStates; over++) {
        int row = shape.index() * overStates + over;
        PartialSituation atRow = atShape.over(over == 1);
        BitSet[] matching = new BitSet[TRAITS];
        for (int traits = 0; traits < TRAITS; traits++) {
          PartialSituation partial = atRow.traits(traits);
          BitSet here = new BitSet();
          for (int i : byShape) {
            if (byTraits[traits].get(i) && partial.holds(rules.get(i).condition())) {
              here.set(i);
            }
          }
          matching[traits] = here;
        }
        Outcome[] standard = new Outcome[Catalog.SIZE];
        for (int s = 0; s < Catalog.SIZE; s++) {
          EngagementAction action = Catalog.ACTIONS.get(s);
          int traits = AttributeSpace.traitsOf(action);
          BitSet here = (BitSet) matching[traits].clone();
          PartialSituation partial = atRow.traits(traits).actionId(action.id());
          for (int i : index.rulesNamingAction(action.id())) {
            here.set(i, partial.holds(rules.get(i).condition()));
          }
          standard[s] = matched(here).outcome();
          standardVerdicts[row * Catalog.SIZE + s] = standard[s].verdict;
        }
        Alternatives alternatives = new Alternatives(standard);
        for (int traits = 0; traits < TRAITS; traits++) {
          Matched matched = matched(matching[traits]);
          ImmutableList<EngagementAction> better =
              alternatives.betterThan(
                  AttributeSpace.actionTraits(traits).intent(), matched.outcome().verdict);
          cells[row * TRAITS + traits] =
              cellPool.computeIfAbsent(
                  new CellKey(matched, better),
                  k -> new Cell(k.matched().matching(), k.matched().outcome(), k.alternatives()));
        }
        boolean complete = true;
        List<Decision> decisions = new ArrayList<>(Catalog.SIZE);
        for (int s = 0; s < Catalog.SIZE; s++) {
          Outcome outcome = standard[s];
          if (over == 1 && outcome.decidedByBalance) {
            complete = false; // its reason reports the measured share, which each call supplies
            continue;
          }
          EngagementAction action = Catalog.ACTIONS.get(s);
          ImmutableList<EngagementAction> better = alternatives.betterThan(action.intent(), outcome.verdict);
          Decision decision =
              decisionPool.computeIfAbsent(
                  new DecisionKey(s, outcome, better),
                  k ->
                      Decision.builder()
                          .action(action)
                          .verdict(outcome.verdict)
                          .reasons(outcome.reasons)
                          .overridden(outcome.overridden)
                          .obligations(outcome.obligations)
                          .alternatives(better)
                          .build());
          standardDecisions[row * Catalog.SIZE + s] = decision;
          if (decision.permits()) {
            decisions.add(decision);
          }
        }
        appropriate.set(row, complete ? DecisionTable.sortedByVerdict(decisions, Decision::verdict) : null);
      }
    }
    return new DecisionTable(
        policy,
        reasons,
        balanceRules,
        overStates,
        index,
        cells,
        standardVerdicts,
        standardDecisions,
        appropriate);
  }

  /** A set of matching rules with its outcome, resolved once per distinct set. */
  private Matched matched(BitSet matching) {
    Matched known = outcomes.get(matching);
    if (known == null) {
      BitSet copy = (BitSet) matching.clone();
      known = new Matched(copy, Outcome.resolve(policy, rules, reasons, copy, balanceRules));
      outcomes.put(copy, known);
    }
    return known;
  }

  /** Those of {@code candidates} whose condition is not false at {@code situation}. */
  private int[] possible(PartialSituation partial, int[] candidates) {
    int[] result = new int[candidates.length];
    int count = 0;
    for (int i : candidates) {
      if (partial.eval(rules.get(i).condition()) != Tri.FALSE) {
        result[count++] = i;
      }
    }
    return Arrays.copyOf(result, count);
  }

  private int[] allRules() {
    int[] all = new int[rules.size()];
    Arrays.setAll(all, i -> i);
    return all;
  }

  /** Standard actions rated better than a verdict in one row, by intent; each list built once. */
  private static final class Alternatives {
    private final Outcome[] standard;
    private final Map<Intent, Map<Verdict, ImmutableList<EngagementAction>>> lists =
        new EnumMap<>(Intent.class);

    Alternatives(Outcome[] standard) {
      this.standard = standard;
    }

    ImmutableList<EngagementAction> betterThan(Intent intent, Verdict verdict) {
      return lists
          .computeIfAbsent(intent, i -> new EnumMap<>(Verdict.class))
          .computeIfAbsent(verdict, v -> build(intent, v));
    }

    private ImmutableList<EngagementAction> build(Intent intent, Verdict verdict) {
      List<Integer> better = new ArrayList<>();
      for (int s = 0; s < Catalog.SIZE; s++) {
        if (Catalog.ACTIONS.get(s).intent() == intent && standard[s].verdict.compareTo(verdict) < 0) {
          better.add(s);
        }
      }
      better.sort(Comparator.comparing((Integer s) -> standard[s].verdict)); // stable
      return better.stream().map(Catalog.ACTIONS::get).collect(ImmutableList.toImmutableList());
    }
  }
}
