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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
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
 * rules. The table holds for communities with none of the topics the policy names; rules that
 * test topics are indexed by topic, and for a community that has some of them, only the rules
 * naming those topics are evaluated at decision time. Engines are immutable and safe to share
 * between threads; deciding takes no locks.
 *
 * <p>Each decision is logged at DEBUG on this class's logger: policy, community, action, verdict
 * and deciding rules.
 */
public final class PolicyEngine {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

  private static final ImmutableList<EngagementAction> CATALOG = Catalog.ACTIONS;
  private static final int CATALOG_SIZE = CATALOG.size();

  private final EngagementPolicy policy;
  private final ImmutableList<EngagementRule> rules;
  private final ImmutableList<Reason> ruleReasons;
  private final BitSet balanceRules;
  /** The limit as the balance detail prints it, e.g. {@code 50%}. */
  private final String balanceLimit;
  private final ImmutableMap<String, Integer> actionIndex;
  private final int actionKeys;
  private final int overStates;
  /** The rules that test topics, by the topics they name. */
  private final TopicIndex topics;
  private final @Nullable Cell[] cells;
  private final @Nullable Decision[] standardDecisions;
  private final List<@Nullable ImmutableList<Decision>> appropriateByRow;

  /**
   * One precomputed point of the table, for a community with none of the policy's topics: a
   * community shape, an action shape, over the balance limit or not. Equal points share one cell.
   */
  private static final class Cell {
    /** Indices of the rules that match here. */
    final BitSet matching;
    /** What they add up to. */
    final Outcome outcome;
    /** The standard actions with the same intent rated better here, best first. */
    final ImmutableList<EngagementAction> alternatives;

    Cell(Matched matched, ImmutableList<EngagementAction> alternatives) {
      this.matching = matched.matching();
      this.outcome = matched.outcome();
      this.alternatives = alternatives;
    }
  }

  /** A set of matching rules and their outcome; compiling resolves each distinct set once. */
  private record Matched(BitSet matching, Outcome outcome) {}

  private record CellKey(Matched matched, ImmutableList<EngagementAction> alternatives) {}

  private record DecisionKey(int standard, Cell cell) {}

  private PolicyEngine(EngagementPolicy policy) {
    this.policy = policy;
    this.rules = ImmutableList.copyOf(policy.rules());
    this.ruleReasons = rules.stream().map(Reason::of).collect(ImmutableList.toImmutableList());
    this.balanceRules = new BitSet(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      balanceRules.set(i, rules.get(i).condition().mentionsBalanceLimit());
    }
    this.balanceLimit = percent(policy.balanceLimit());
    ImmutableList<String> namedActions =
        rules.stream()
            .flatMap(r -> r.condition().valuesOf(Attribute.ACTION).stream())
            .distinct()
            .collect(ImmutableList.toImmutableList());
    this.actionIndex = indexOf(namedActions);
    this.actionKeys = (namedActions.size() + 1) * Shape.ACTION_TRAITS;
    // Promotion can only be over a limit below 100%.
    this.overStates = balanceRules.isEmpty() || policy.balanceLimit() >= 1.0 ? 1 : 2;
    this.topics = TopicIndex.of(rules);
    int rows = Shape.COMMUNITY_SHAPES * overStates;
    this.cells = new Cell[rows * actionKeys];
    this.standardDecisions = new Decision[rows * CATALOG_SIZE];
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
    requireNonNull(community, "community");
    requireNonNull(action, "action");
    Decision decision = decide(community, action, false, EngagementContext.none());
    log(community, decision);
    return decision;
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
    ImmutableList<Decision> appropriate =
        hasPolicyTopic(community) ? null : appropriateByRow.get(row(community, over));
    if (appropriate == null) {
      List<Decision> decisions = new ArrayList<>(CATALOG_SIZE);
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

  private int actionKey(EngagementAction action) {
    Integer named = actionIndex.get(action.id());
    int id = named == null ? actionIndex.size() : named;
    return id * Shape.ACTION_TRAITS + Shape.traits(action);
  }

  private Cell cell(int row, EngagementAction action) {
    return requireNonNull(cells[row * actionKeys + actionKey(action)], "cell");
  }

  /** Whether the community has a topic that some rule names; if not, the table decides. */
  private boolean hasPolicyTopic(Community community) {
    return topics.namesAny(community.topics());
  }

  private Decision decide(
      Community community, EngagementAction action, boolean over, EngagementContext context) {
    int row = row(community, over);
    boolean topical = hasPolicyTopic(community);
    if (!topical) {
      int standard = Catalog.indexOf(action);
      if (standard >= 0) {
        Decision known = standardDecisions[row * CATALOG_SIZE + standard];
        if (known != null) {
          return known;
        }
      }
    }
    Cell cell = cell(row, action);
    Outcome outcome = topical ? outcome(cell, community, action, over) : cell.outcome;
    ImmutableList<EngagementAction> alternatives =
        topical
            ? alternatives(row, community, action.intent(), outcome.verdict, over)
            : cell.alternatives;
    if (Catalog.borrowsId(action)) {
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

  /**
   * The outcome for a community with some of the policy's topics: the cell's matching rules,
   * with every rule that names one of the community's topics tested again.
   */
  private Outcome outcome(Cell cell, Community community, EngagementAction action, boolean over) {
    BitSet matching = (BitSet) cell.matching.clone();
    for (String topic : community.topics()) {
      int[] named = topics.rules(topic);
      if (named != null) {
        for (int i : named) {
          matching.set(i, rules.get(i).condition().test(community, action, over));
        }
      }
    }
    return matching.equals(cell.matching)
        ? cell.outcome
        : Outcome.resolve(policy, rules, ruleReasons, matching, balanceRules);
  }

  /** Standard actions with the same intent rated better than {@code verdict}, best first. */
  private ImmutableList<EngagementAction> alternatives(
      int row, Community community, Intent intent, Verdict verdict, boolean over) {
    List<EngagementAction> better = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (EngagementAction standard : CATALOG) {
      if (standard.intent() != intent) {
        continue;
      }
      Outcome outcome = outcome(cell(row, standard), community, standard, over);
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
        "promotion was "
            + percent(context.promotionalShare())
            + " of the "
            + context.total()
            + " recent actions here, above the balance limit of "
            + balanceLimit;
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

  /** A share as a percentage: {@code 80%}, or {@code 66.7%} when it is not a whole number. */
  private static String percent(double share) {
    double percent = share * 100;
    if (percent == Math.rint(percent)) {
      // Whole and positive: what "%.0f" prints, without the formatter's cost.
      return percent > 0 && percent <= 100
          ? (long) percent + "%"
          : String.format(Locale.ROOT, "%.0f%%", percent);
    }
    return String.format(Locale.ROOT, "%.1f%%", percent);
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

  /**
   * Fills the table for communities with none of the policy's topics, where every topic test is
   * false and so every condition is true or false at every point.
   */
  private void compile(List<String> namedActions) {
    int traits = Shape.ACTION_TRAITS;
    // Rules that can hold at all without topics; a rule that needs a topic drops out here.
    int[] alive = possible(Shape.anything().withoutTopics(), allRules());
    // Rules that can match each action shape, whatever the community: most rules drop out here.
    BitSet[] byAction = new BitSet[actionKeys];
    for (int id = 0; id <= namedActions.size(); id++) {
      String actionId = id < namedActions.size() ? namedActions.get(id) : null;
      for (int trait = 0; trait < traits; trait++) {
        BitSet set = new BitSet();
        for (int i : possible(Shape.action(actionId, trait).withoutTopics(), alive)) {
          set.set(i);
        }
        byAction[id * traits + trait] = set;
      }
    }
    Map<BitSet, Matched> resolved = new HashMap<>();
    Map<CellKey, Cell> cellPool = new HashMap<>();
    Map<DecisionKey, Decision> decisionPool = new HashMap<>();
    BitSet matching = new BitSet();
    for (int shape = 0; shape < Shape.COMMUNITY_SHAPES; shape++) {
      Shape communityOnly = Shape.community(shape);
      if (!communityOnly.isPossible()) {
        continue;
      }
      int[] byCommunity = possible(communityOnly.withoutTopics(), alive);
      for (int over = 0; over < overStates; over++) {
        Matched[] row = new Matched[actionKeys];
        for (int id = 0; id <= namedActions.size(); id++) {
          String actionId = id < namedActions.size() ? namedActions.get(id) : null;
          for (int trait = 0; trait < traits; trait++) {
            int key = id * traits + trait;
            Shape point = Shape.full(shape, actionId, trait, over == 1).withoutTopics();
            BitSet forAction = byAction[key];
            matching.clear();
            for (int i : byCommunity) {
              if (forAction.get(i) && holds(point, i)) {
                matching.set(i);
              }
            }
            Matched matched = resolved.get(matching);
            if (matched == null) {
              BitSet copy = (BitSet) matching.clone();
              matched =
                  new Matched(
                      copy, Outcome.resolve(policy, rules, ruleReasons, copy, balanceRules));
              resolved.put(copy, matched);
            }
            row[key] = matched;
          }
        }
        completeRow(shape * overStates + over, row, over == 1, cellPool, decisionPool);
      }
    }
  }

  private int[] allRules() {
    int[] all = new int[rules.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  /** Those of {@code candidates} whose condition is not false at {@code point}. */
  private int[] possible(Shape point, int[] candidates) {
    int[] result = new int[candidates.length];
    int count = 0;
    for (int i : candidates) {
      if (point.eval(rules.get(i).condition()) != Tri.FALSE) {
        result[count++] = i;
      }
    }
    return Arrays.copyOf(result, count);
  }

  /** Whether rule {@code i} holds at a point where everything is known. */
  private boolean holds(Shape point, int i) {
    Tri value = point.eval(rules.get(i).condition());
    if (value == Tri.UNKNOWN) {
      throw new IllegalStateException("rule " + rules.get(i).id() + " undecided at a full point");
    }
    return value == Tri.TRUE;
  }

  /** Fills in a row of the table: its cells, its standard decisions, its best list. */
  private void completeRow(
      int row,
      Matched[] matched,
      boolean over,
      Map<CellKey, Cell> cellPool,
      Map<DecisionKey, Decision> decisionPool) {
    Verdict[] standardVerdicts = new Verdict[CATALOG_SIZE];
    for (int i = 0; i < CATALOG_SIZE; i++) {
      standardVerdicts[i] = matched[actionKey(CATALOG.get(i))].outcome().verdict;
    }
    Map<Intent, Map<Verdict, ImmutableList<EngagementAction>>> alternatives =
        new EnumMap<>(Intent.class);
    for (int key = 0; key < actionKeys; key++) {
      Matched here = matched[key];
      Intent intent = Shape.Traits.of(key % Shape.ACTION_TRAITS).intent();
      ImmutableList<EngagementAction> better =
          alternatives
              .computeIfAbsent(intent, i -> new EnumMap<>(Verdict.class))
              .computeIfAbsent(
                  here.outcome().verdict, v -> betterThan(intent, v, standardVerdicts));
      cells[row * actionKeys + key] =
          cellPool.computeIfAbsent(new CellKey(here, better), k -> new Cell(here, better));
    }
    boolean allKnown = true;
    List<Decision> standards = new ArrayList<>(CATALOG_SIZE);
    for (int i = 0; i < CATALOG_SIZE; i++) {
      EngagementAction standard = CATALOG.get(i);
      Cell cell = cell(row, standard);
      Outcome outcome = cell.outcome;
      if (over && outcome.decidedByBalance) {
        allKnown = false; // its reason reports the share, which depends on the context
      } else {
        Decision decision =
            decisionPool.computeIfAbsent(
                new DecisionKey(i, cell),
                k ->
                    Decision.of(
                        standard,
                        outcome.verdict,
                        outcome.reasons,
                        outcome.overridden,
                        outcome.obligations,
                        cell.alternatives));
        standardDecisions[row * CATALOG_SIZE + i] = decision;
        standards.add(decision);
      }
    }
    appropriateByRow.set(row, allKnown ? bestPermitted(standards) : null);
  }

  /** Standard actions with {@code intent} rated better than {@code verdict}, best first. */
  private static ImmutableList<EngagementAction> betterThan(
      Intent intent, Verdict verdict, Verdict[] standardVerdicts) {
    List<EngagementAction> better = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < CATALOG_SIZE; i++) {
      EngagementAction standard = CATALOG.get(i);
      if (standard.intent() == intent && standardVerdicts[i].compareTo(verdict) < 0) {
        better.add(standard);
        verdicts.add(standardVerdicts[i]);
      }
    }
    return sortedByVerdict(better, verdicts);
  }

  private static ImmutableMap<String, Integer> indexOf(List<String> ids) {
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index.buildOrThrow();
  }

  /** The standard catalog, with a lookup by action that needs neither boxing nor a map. */
  private static final class Catalog {
    static final ImmutableList<EngagementAction> ACTIONS =
        ImmutableList.copyOf(StandardActions.all());
    /** Open addressing by id hash; a table four times the catalog keeps probes short. */
    private static final int MASK = Integer.highestOneBit(ACTIONS.size() * 4 - 1) * 2 - 1;

    private static final @Nullable EngagementAction[] TABLE = new EngagementAction[MASK + 1];
    private static final int[] INDEX = new int[MASK + 1];

    static {
      for (int i = 0; i < ACTIONS.size(); i++) {
        int slot = spread(ACTIONS.get(i).id().hashCode()) & MASK;
        while (TABLE[slot] != null) {
          slot = (slot + 1) & MASK;
        }
        TABLE[slot] = ACTIONS.get(i);
        INDEX[slot] = i;
      }
    }

    private Catalog() {}

    /** The catalog index of {@code action}, or -1 if it is not a standard action. */
    static int indexOf(EngagementAction action) {
      String id = action.id();
      for (int slot = spread(id.hashCode()) & MASK; ; slot = (slot + 1) & MASK) {
        EngagementAction standard = TABLE[slot];
        if (standard == null) {
          return -1;
        }
        if (standard == action) {
          return INDEX[slot];
        }
        if (standard.id().equals(id)) {
          return standard.equals(action) ? INDEX[slot] : -1;
        }
      }
    }

    /** Whether {@code action} has a standard action's id without being that action. */
    static boolean borrowsId(EngagementAction action) {
      String id = action.id();
      for (int slot = spread(id.hashCode()) & MASK; ; slot = (slot + 1) & MASK) {
        EngagementAction standard = TABLE[slot];
        if (standard == null) {
          return false;
        }
        if (standard.id().equals(id)) {
          return !standard.equals(action);
        }
      }
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }
  }
}
