package io.github.socialecosystem.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides how appropriate an engagement action is in a community, and why.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.standard();
 * Decision d = engine.decide(community, StandardActions.BROADCAST_PROMOTION);
 * if (!d.permits()) {
 *   System.out.println(d.explain());   // the verdict, the deciding rules and what to do instead
 * }
 * List<Decision> best = engine.appropriateActions(community);   // permitted, best first
 * }</pre>
 *
 * <p>An engine is compiled once from an {@link EngagementPolicy}: every community shape (steward,
 * platform kind, membership, audience) and every action shape (the ids the policy names, intent,
 * format, reach) is decided ahead of time, so a decision is a table lookup and does not scan the
 * rules. Only rules that test a community's topics are evaluated at decision time, and only those
 * that can apply to the shape. Engines are immutable and safe to share between threads; deciding
 * takes no locks.
 *
 * <p>Each decision is logged at DEBUG on this class's logger: policy, community, action, verdict
 * and deciding rules.
 */
public final class PolicyEngine {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

  private static final ImmutableList<EngagementAction> CATALOG =
      ImmutableList.copyOf(StandardActions.all());
  private static final ImmutableMap<String, Integer> CATALOG_INDEX =
      indexOf(CATALOG.stream().map(EngagementAction::id).collect(Collectors.toList()));

  private final EngagementPolicy policy;
  private final ImmutableList<EngagementRule> rules;
  private final ImmutableList<Reason> ruleReasons;
  private final BitSet balanceRules;
  private final ImmutableMap<String, Integer> actionIndex;
  private final int actionKeys;
  private final int overStates;
  private final @Nullable Cell[] cells;
  private final @Nullable Decision[] standardDecisions;
  private final List<@Nullable ImmutableList<Decision>> appropriateByRow;

  /** One precomputed point of the table: a community shape, an action shape, over or not. */
  private static final class Cell {
    /** Indices of the rules that can match here; all of them match if {@link #outcome} is set. */
    final BitSet candidates;
    /** Set when no candidate depends on the community's topics. */
    final @Nullable Outcome outcome;
    /** Set when the alternatives are known ahead of time too. */
    @Nullable ImmutableList<EngagementAction> alternatives;

    Cell(BitSet candidates, @Nullable Outcome outcome) {
      this.candidates = candidates;
      this.outcome = outcome;
    }
  }

  private PolicyEngine(EngagementPolicy policy) {
    this.policy = policy;
    this.rules = ImmutableList.copyOf(policy.rules());
    this.ruleReasons = rules.stream().map(Reason::of).collect(ImmutableList.toImmutableList());
    this.balanceRules = new BitSet(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      balanceRules.set(i, rules.get(i).condition().mentionsBalanceLimit());
    }
    ImmutableList<String> namedActions =
        rules.stream()
            .flatMap(r -> r.condition().valuesOf(Attribute.ACTION).stream())
            .distinct()
            .collect(ImmutableList.toImmutableList());
    this.actionIndex = indexOf(namedActions);
    this.actionKeys = (namedActions.size() + 1) * Shape.ACTION_TRAITS;
    // Promotion can only be over a limit below 100%.
    this.overStates = balanceRules.isEmpty() || policy.balanceLimit() >= 1.0 ? 1 : 2;
    int rows = Shape.COMMUNITY_SHAPES * overStates;
    this.cells = new Cell[rows * actionKeys];
    this.standardDecisions = new Decision[rows * CATALOG.size()];
    this.appropriateByRow = new ArrayList<>(rows);
    for (int row = 0; row < rows; row++) {
      appropriateByRow.add(null);
    }
    compile(namedActions);
  }

  /** The engine for the {@linkplain StandardPolicy standard policy}, compiled once. */
  public static PolicyEngine standard() {
    return StandardHolder.ENGINE;
  }

  /** An engine for any policy. Compiling takes a moment; build one and share it. */
  public static PolicyEngine of(EngagementPolicy policy) {
    return new PolicyEngine(requireNonNull(policy, "policy"));
  }

  private static final class StandardHolder {
    static final PolicyEngine ENGINE = new PolicyEngine(StandardPolicy.policy());
  }

  /** The policy this engine runs. */
  public EngagementPolicy policy() {
    return policy;
  }

  /** How appropriate {@code action} is in {@code community}, with no recent activity known. */
  public Decision decide(Community community, EngagementAction action) {
    return decide(community, action, EngagementContext.none());
  }

  /** How appropriate {@code action} is in {@code community}, given the recent activity there. */
  public Decision decide(Community community, EngagementAction action, EngagementContext context) {
    requireNonNull(community, "community");
    requireNonNull(action, "action");
    requireNonNull(context, "context");
    Decision decision = decide(community, action, isOver(context), context);
    log(community, decision);
    return decision;
  }

  /** The permitted standard actions in {@code community}, best first; ties in catalog order. */
  public List<Decision> appropriateActions(Community community) {
    return appropriateActions(community, EngagementContext.none());
  }

  /**
   * The permitted standard actions in {@code community} given the recent activity there, best
   * first; ties in catalog order.
   */
  public List<Decision> appropriateActions(Community community, EngagementContext context) {
    requireNonNull(community, "community");
    requireNonNull(context, "context");
    boolean over = isOver(context);
    ImmutableList<Decision> appropriate = appropriateByRow.get(row(community, over));
    if (appropriate == null) {
      List<Decision> decisions = new ArrayList<>(CATALOG.size());
      for (EngagementAction action : CATALOG) {
        decisions.add(decide(community, action, over, context));
      }
      appropriate = bestPermitted(decisions);
    }
    if (LOG.isDebugEnabled()) {
      appropriate.forEach(d -> log(community, d));
    }
    return appropriate;
  }

  /**
   * The communities of {@code ecosystem} where {@code action} is permitted, best verdict first;
   * ties in the ecosystem's order.
   */
  public List<Community> whereAppropriate(Ecosystem ecosystem, EngagementAction action) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(action, "action");
    List<Community> permitted = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (Community community : ecosystem.communities()) {
      Decision decision = decide(community, action);
      if (decision.permits()) {
        permitted.add(community);
        verdicts.add(decision.verdict());
      }
    }
    return sortedByVerdict(permitted, verdicts);
  }

  @Override
  public String toString() {
    return "PolicyEngine{" + policy.id() + ", " + rules.size() + " rules}";
  }

  // ---------------------------------------------------------------------------------------------
  // Deciding

  private boolean isOver(EngagementContext context) {
    return overStates == 2 && context.isPromotionOver(policy.balanceLimit());
  }

  private int row(Community community, boolean over) {
    return Shape.communityShape(community) * overStates + (over ? 1 : 0);
  }

  private Cell cell(int row, EngagementAction action) {
    Integer named = actionIndex.get(action.id());
    int id = named == null ? actionIndex.size() : named;
    return requireNonNull(
        cells[row * actionKeys + id * Shape.ACTION_TRAITS + Shape.traits(action)], "cell");
  }

  private Decision decide(
      Community community, EngagementAction action, boolean over, EngagementContext context) {
    int row = row(community, over);
    Integer catalogIndex = CATALOG_INDEX.get(action.id());
    if (catalogIndex != null) {
      Decision standard = standardDecisions[row * CATALOG.size() + catalogIndex];
      if (standard != null && standard.action().equals(action)) {
        return standard;
      }
    }
    Cell cell = cell(row, action);
    Outcome outcome = outcome(cell, community, action, over);
    ImmutableList<EngagementAction> alternatives =
        cell.alternatives != null
            ? cell.alternatives
            : alternatives(row, community, action.intent(), outcome.verdict, over);
    if (catalogIndex != null) {
      // A custom action that borrows a standard id is not offered its namesake as an alternative.
      alternatives =
          alternatives.stream()
              .filter(a -> !a.id().equals(action.id()))
              .collect(ImmutableList.toImmutableList());
    }
    return Decision.of(
        action,
        outcome.verdict,
        over && outcome.decidedByBalance
            ? withBalanceDetail(outcome.reasons, context)
            : outcome.reasons,
        outcome.overridden,
        outcome.obligations,
        alternatives);
  }

  private Outcome outcome(Cell cell, Community community, EngagementAction action, boolean over) {
    Outcome known = cell.outcome;
    if (known != null) {
      return known;
    }
    BitSet candidates = cell.candidates;
    BitSet matching = new BitSet(rules.size());
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      if (rules.get(i).condition().test(community, action, over)) {
        matching.set(i);
      }
    }
    return Outcome.resolve(policy, rules, ruleReasons, matching, balanceRules);
  }

  /**
   * Standard actions with the same intent rated better than {@code verdict}, best first; {@code
   * community} may be null only if every such action's outcome is known ahead of time.
   */
  private ImmutableList<EngagementAction> alternatives(
      int row, @Nullable Community community, Intent intent, Verdict verdict, boolean over) {
    List<EngagementAction> better = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (EngagementAction standard : CATALOG) {
      if (standard.intent() != intent) {
        continue;
      }
      Cell cell = cell(row, standard);
      Outcome outcome =
          cell.outcome != null
              ? cell.outcome
              : outcome(cell, requireNonNull(community, "community"), standard, over);
      if (outcome.verdict.compareTo(verdict) < 0) {
        better.add(standard);
        verdicts.add(outcome.verdict);
      }
    }
    return sortedByVerdict(better, verdicts);
  }

  private ImmutableList<Reason> withBalanceDetail(
      ImmutableList<Reason> reasons, EngagementContext context) {
    String detail =
        String.format(
            Locale.ROOT,
            "promotion was %s of the %d recent actions here, above the balance limit of %s",
            percent(context.promotionalShare()),
            context.total(),
            percent(policy.balanceLimit()));
    return reasons.stream()
        .map(r -> isBalanceRule(r.ruleId()) ? Reason.builder().from(r).detail(detail).build() : r)
        .collect(ImmutableList.toImmutableList());
  }

  private boolean isBalanceRule(String ruleId) {
    for (int i = balanceRules.nextSetBit(0); i >= 0; i = balanceRules.nextSetBit(i + 1)) {
      if (rules.get(i).id().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  private static String percent(double share) {
    double percent = share * 100;
    return percent == Math.rint(percent)
        ? String.format(Locale.ROOT, "%.0f%%", percent)
        : String.format(Locale.ROOT, "%.1f%%", percent);
  }

  private static <T> ImmutableList<T> sortedByVerdict(List<T> items, List<Verdict> verdicts) {
    List<Integer> order = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(verdicts::get)); // stable: ties keep their order
    return order.stream().map(items::get).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<Decision> bestPermitted(List<Decision> decisions) {
    return decisions.stream()
        .filter(Decision::permits)
        .sorted(Comparator.comparing(Decision::verdict))
        .collect(ImmutableList.toImmutableList());
  }

  private void log(Community community, Decision decision) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "policy={} community={} action={} verdict={} rules={}",
          policy.id(),
          community.id(),
          decision.action().id(),
          decision.verdict(),
          decision.reasons().stream().map(Reason::ruleId).collect(Collectors.joining(",")));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Compiling

  private void compile(List<String> namedActions) {
    int traits = Shape.ACTION_TRAITS;
    // Rules that can match each action shape, whatever the community: most rules drop out here.
    BitSet[] byAction = new BitSet[actionKeys];
    for (int id = 0; id <= namedActions.size(); id++) {
      String actionId = id < namedActions.size() ? namedActions.get(id) : null;
      for (int trait = 0; trait < traits; trait++) {
        byAction[id * traits + trait] = possible(Shape.action(actionId, trait));
      }
    }
    Map<BitSet, Outcome> outcomes = new HashMap<>();
    for (int shape = 0; shape < Shape.COMMUNITY_SHAPES; shape++) {
      Shape communityOnly = Shape.community(shape);
      if (!communityOnly.isPossible()) {
        continue;
      }
      BitSet byCommunity = possible(communityOnly);
      for (int over = 0; over < overStates; over++) {
        int row = shape * overStates + over;
        for (int id = 0; id <= namedActions.size(); id++) {
          String actionId = id < namedActions.size() ? namedActions.get(id) : null;
          for (int trait = 0; trait < traits; trait++) {
            int key = id * traits + trait;
            BitSet both = (BitSet) byCommunity.clone();
            both.and(byAction[key]);
            Shape point = Shape.full(shape, actionId, trait, over == 1);
            BitSet candidates = new BitSet(rules.size());
            boolean known = true;
            for (int i = both.nextSetBit(0); i >= 0; i = both.nextSetBit(i + 1)) {
              Tri value = point.eval(rules.get(i).condition());
              if (value != Tri.FALSE) {
                candidates.set(i);
                known &= value == Tri.TRUE;
              }
            }
            Outcome outcome =
                known
                    ? outcomes.computeIfAbsent(
                        candidates,
                        m -> Outcome.resolve(policy, rules, ruleReasons, m, balanceRules))
                    : null;
            cells[row * actionKeys + key] = new Cell(candidates, outcome);
          }
        }
        completeRow(row, namedActions.size(), over == 1);
      }
    }
  }

  /** Indices of the rules whose condition is not false at {@code point}. */
  private BitSet possible(Shape point) {
    BitSet result = new BitSet(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      if (point.eval(rules.get(i).condition()) != Tri.FALSE) {
        result.set(i);
      }
    }
    return result;
  }

  /** Fills in what a row knows ahead of time: alternatives, standard decisions, the best list. */
  private void completeRow(int row, int namedActionCount, boolean over) {
    EnumSet<Intent> knownIntents = EnumSet.allOf(Intent.class);
    for (EngagementAction standard : CATALOG) {
      if (cell(row, standard).outcome == null) {
        knownIntents.remove(standard.intent());
      }
    }
    Map<Intent, Map<Verdict, ImmutableList<EngagementAction>>> alternatives =
        new EnumMap<>(Intent.class);
    int traits = Shape.ACTION_TRAITS;
    for (int id = 0; id <= namedActionCount; id++) {
      for (int trait = 0; trait < traits; trait++) {
        Cell cell = requireNonNull(cells[row * actionKeys + id * traits + trait], "cell");
        Outcome outcome = cell.outcome;
        Intent intent = Shape.Traits.of(trait).intent();
        if (outcome != null && knownIntents.contains(intent)) {
          cell.alternatives =
              alternatives
                  .computeIfAbsent(intent, i -> new EnumMap<>(Verdict.class))
                  .computeIfAbsent(outcome.verdict, v -> alternatives(row, null, intent, v, over));
        }
      }
    }
    boolean allKnown = true;
    List<Decision> standards = new ArrayList<>(CATALOG.size());
    for (int i = 0; i < CATALOG.size(); i++) {
      EngagementAction standard = CATALOG.get(i);
      Cell cell = cell(row, standard);
      Outcome outcome = cell.outcome;
      ImmutableList<EngagementAction> known = cell.alternatives;
      if (outcome == null || known == null || (over && outcome.decidedByBalance)) {
        allKnown = false;
      } else {
        Decision decision =
            Decision.of(
                standard,
                outcome.verdict,
                outcome.reasons,
                outcome.overridden,
                outcome.obligations,
                known);
        standardDecisions[row * CATALOG.size() + i] = decision;
        standards.add(decision);
      }
    }
    appropriateByRow.set(row, allKnown ? bestPermitted(standards) : null);
  }

  private static ImmutableMap<String, Integer> indexOf(List<String> ids) {
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index.buildOrThrow();
  }
}
