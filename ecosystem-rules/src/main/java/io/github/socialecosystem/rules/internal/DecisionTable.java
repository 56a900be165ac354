package io.github.socialecosystem.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A policy compiled for deciding: what {@link TableCompiler} worked out ahead of time, and a
 * {@link Memo} for what it works out on first use.
 *
 * <p>Ahead of time, for every row (a community shape, and whether promotion is over the balance
 * limit) the table holds a cell per action traits, for communities that carry none of the
 * policy's topics and actions whose id no rule names; and a finished decision per standard
 * action. A community that carries some of the policy's topics, or an action whose id a rule names
 * or that is not a standard action, is decided from the cell by testing again only the rules that
 * name those topics or that id, once; the decision is then remembered by row, named topics and
 * action ({@link Memo}: {@value #DECISIONS} decisions, {@value #APPROPRIATE} lists of permitted
 * actions), so that an equal community or action asked about later finds it. For a policy that
 * names topics, the last {@value #SEEN} communities asked about are also remembered by identity
 * with their topic key and their answers for standard actions, so that asking about the same
 * community again neither walks its topics nor looks anything up by value. A decision that names
 * more than {@value #MOST_RULES_REMEMBERED} rules (deciding and overridden) is not remembered, so
 * that each remembered one stays small; it and a decision whose reason reports the measured share
 * of promotion are built anew on each call.
 *
 * <p>Not part of the public API.
 */
public final class DecisionTable {
  private static final ImmutableList<EngagementAction> CATALOG = Catalog.ACTIONS;
  private static final int TRAITS = AttributeSpace.ACTION_TRAITS;
  private static final int[] NONE = {};

  private final EngagementPolicy policy;
  private final ImmutableList<EngagementRule> rules;
  private final ImmutableList<Reason> ruleReasons;
  private final BitSet balanceRules;
  private final ImmutableSet<String> balanceRuleIds;
  private final int overStates;
  private final RuleIndex index;
  private final Cell[] cells;
  private final Verdict[] standardVerdicts;
  private final @Nullable Decision[] standardDecisions;
  private final List<@Nullable ImmutableList<Decision>> appropriateByRow;
  /** Decisions worked out once: a {@link Decision}, or a {@link NeedsDetail} holding one. */
  private final Memo<Object> decisions = new Memo<>(DECISIONS);
  private final Memo<Appropriate> appropriate = new Memo<>(APPROPRIATE);
  /** Communities asked about recently, by identity; only for policies that name topics. */
  private final @Nullable Seen[] seen;

  /** How many decisions the engine remembers by row, named topics and action. */
  public static final int DECISIONS = 1 << 14;

  /** How many lists of permitted actions it remembers by row and named topics. */
  public static final int APPROPRIATE = 1 << 12;

  /** How many communities {@link #seen} holds. */
  public static final int SEEN = 1 << 10;

  /** The most rules (deciding and overridden) a decision may name to be remembered. */
  public static final int MOST_RULES_REMEMBERED = 32;

  /**
   * A community asked about recently: the key of the policy's topics it carries (working it out
   * walks the topics), and its answers for standard actions as they are asked for. Filled by any
   * thread without locks: a slot holds nothing or the one answer there is.
   */
  private static final class Seen {
    final Community community;
    final long topics;
    /** Decisions for standard actions: not over the balance limit first, then over it. */
    final @Nullable Decision[] standard = new Decision[2 * Catalog.SIZE];
    /** The permitted standard actions, not over the balance limit and over it. */
    private final @Nullable Object[] appropriate = new Object[2];

    Seen(Community community, long topics) {
      this.community = community;
      this.topics = topics;
    }

    @SuppressWarnings("unchecked") // only lists of decisions are remembered
    @Nullable ImmutableList<Decision> appropriate(boolean over) {
      return (ImmutableList<Decision>) appropriate[over ? 1 : 0];
    }

    void remember(boolean over, ImmutableList<Decision> decisions) {
      appropriate[over ? 1 : 0] = decisions;
    }
  }

  /**
   * One precomputed situation of the table: the rules that match there, what they add up to, and
   * the standard actions with the same intent rated better there, best first.
   */
  static final class Cell {
    final BitSet matching;
    final Outcome outcome;
    final ImmutableList<EngagementAction> alternatives;

    Cell(BitSet matching, Outcome outcome, ImmutableList<EngagementAction> alternatives) {
      this.matching = matching;
      this.outcome = outcome;
      this.alternatives = alternatives;
    }
  }

  /**
   * A decision decided by the balance limit, whose reasons get the measured share per call. Other
   * decisions are remembered as they are, one reference away.
   */
  private record NeedsDetail(Decision decision) {}

  /** The permitted standard actions, best first; null when one of them needs its detail. */
  private record Appropriate(@Nullable ImmutableList<Decision> decisions) {}

  DecisionTable(
      EngagementPolicy policy,
      ImmutableList<Reason> ruleReasons,
      BitSet balanceRules,
      int overStates,
      RuleIndex index,
      Cell[] cells,
      Verdict[] standardVerdicts,
      @Nullable Decision[] standardDecisions,
      List<@Nullable ImmutableList<Decision>> appropriateByRow) {
    this.policy = policy;
    this.rules = ImmutableList.copyOf(policy.rules());
    this.ruleReasons = ruleReasons;
    this.balanceRules = balanceRules;
    this.balanceRuleIds =
        balanceRules.stream().mapToObj(i -> rules.get(i).id()).collect(ImmutableSet.toImmutableSet());
    this.overStates = overStates;
    this.index = index;
    this.cells = cells;
    this.standardVerdicts = standardVerdicts;
    this.standardDecisions = standardDecisions;
    this.appropriateByRow = appropriateByRow;
    this.seen = new Seen[index.namesTopics() ? SEEN : 0];
  }

  /** Compiles {@code policy}. */
  public static DecisionTable compile(EngagementPolicy policy) {
    return new TableCompiler(policy).compile();
  }

  /** Whether recent activity puts promotion over the balance limit, where that can matter. */
  public boolean isOver(EngagementContext context) {
    return overStates == 2 && context.isPromotionOver(policy.balanceLimit());
  }

  /** How appropriate {@code action} is in {@code community}; {@code over} from {@link #isOver}. */
  public Decision decide(
      Community community, EngagementAction action, boolean over, EngagementContext context) {
    int row = row(community, over);
    int standard = Catalog.indexOf(action);
    if (!index.namesTopics()) {
      if (standard >= 0) {
        Decision known = standardDecisions[row * Catalog.SIZE + standard];
        if (known != null) {
          return known;
        }
      }
      return finish(known(row, 0, community, action, over), context);
    }
    Seen seen = seen(community);
    if (standard >= 0) {
      Decision known =
          seen.topics == 0
              ? standardDecisions[row * Catalog.SIZE + standard]
              : seen.standard[(over ? Catalog.SIZE : 0) + standard];
      if (known != null) {
        return known;
      }
    }
    Object known = known(row, seen.topics, community, action, over);
    if (standard >= 0 && known instanceof Decision decision && small(decision)) {
      seen.standard[(over ? Catalog.SIZE : 0) + standard] = decision;
    }
    return finish(known, context);
  }

  /**
   * The verdict alone at a situation of the space, for searches that visit many situations: a community
   * shape, action traits, whether promotion is over the balance limit (false unless {@link
   * #isOver} can be true), an action id, and the named topics the community carries. Nothing is
   * remembered.
   */
  public Verdict verdictAt(
      int shape, int traits, boolean over, String actionId, Set<String> namedTopics) {
    Cell cell = cells[(shape * overStates + (over ? 1 : 0)) * TRAITS + traits];
    int[] byAction = index.rulesNamingAction(actionId);
    int[] byTopic = namedTopics.isEmpty() ? NONE : index.rulesNamingTopics(namedTopics);
    if (byAction.length == 0 && byTopic.length == 0) {
      return cell.outcome.verdict;
    }
    PartialSituation partial =
        PartialSituation.anything().shape(shape).traits(traits).over(over).actionId(actionId).topics(namedTopics);
    BitSet matching = (BitSet) cell.matching.clone();
    for (int i : byAction) {
      matching.set(i, partial.holds(rules.get(i).condition()));
    }
    for (int i : byTopic) {
      matching.set(i, partial.holds(rules.get(i).condition()));
    }
    return Outcome.verdictOf(policy, rules, matching);
  }

  /** The permitted standard actions in {@code community}, best first; ties in catalog order. */
  public ImmutableList<Decision> appropriateActions(
      Community community, boolean over, EngagementContext context) {
    int row = row(community, over);
    Seen seen = index.namesTopics() ? seen(community) : null;
    long topics = seen == null ? 0 : seen.topics;
    if (topics == 0) {
      ImmutableList<Decision> known = appropriateByRow.get(row);
      if (known != null) {
        return known;
      }
    } else if (seen != null) { // a community carries named topics only if the policy names some
      ImmutableList<Decision> mine = seen.appropriate(over);
      if (mine != null) {
        return mine;
      }
      Appropriate known =
          topics == RuleIndex.TOO_MANY_TOPICS ? null : appropriate.find(row, topics, null);
      if (known != null && known.decisions() != null) {
        seen.remember(over, known.decisions());
        return known.decisions();
      }
    }
    List<Decision> permitted = new ArrayList<>(Catalog.SIZE);
    boolean remember = true; // none needs its detail per call, and each is small
    for (EngagementAction standard : CATALOG) {
      Object known = known(row, topics, community, standard, over);
      remember &= known instanceof Decision && small(known);
      Decision decision = finish(known, context);
      if (decision.permits()) {
        permitted.add(decision);
      }
    }
    ImmutableList<Decision> best = sortedByVerdict(permitted, Decision::verdict);
    if (seen != null && topics != 0 && remember) {
      seen.remember(over, best);
    }
    if (topics != 0 && topics != RuleIndex.TOO_MANY_TOPICS) {
      appropriate.put(row, topics, null, new Appropriate(remember ? best : null));
    }
    return best;
  }

  /** The entry of a community asked about recently, or a new one that replaces an older one. */
  private Seen seen(Community community) {
    // Found by its id's hash code (cached by the string) and told apart by identity; two slots per
    // community, so that two whose hashes meet do not keep replacing each other.
    int hash = community.id().hashCode() * 0x9E3779B9;
    int slot = (hash ^ (hash >>> 16)) & (SEEN - 2);
    Seen first = seen[slot];
    if (first != null && first.community == community) {
      return first;
    }
    Seen second = seen[slot + 1];
    if (second != null && second.community == community) {
      return second;
    }
    Seen fresh = new Seen(community, index.topicKey(community.topics()));
    seen[first == null || second != null ? slot : slot + 1] = fresh;
    return fresh;
  }

  /** The decision for the key, remembered unless the community has too many named topics. */
  private Object known(
      int row, long topics, Community community, EngagementAction action, boolean over) {
    if (topics == RuleIndex.TOO_MANY_TOPICS) {
      return work(row, community, action, over);
    }
    Object known = decisions.find(row, topics, action);
    if (known != null) {
      return known;
    }
    Object worked = work(row, community, action, over);
    return small(worked) ? decisions.put(row, topics, action, worked) : worked;
  }

  /** Whether a worked-out decision is small enough to remember. */
  private static boolean small(Object known) {
    Decision decision = known instanceof Decision d ? d : ((NeedsDetail) known).decision();
    return decision.reasons().size() + decision.overridden().size() <= MOST_RULES_REMEMBERED;
  }

  private Decision finish(Object known, EngagementContext context) {
    return known instanceof Decision decision
        ? decision
        : withDetail(((NeedsDetail) known).decision(), context);
  }

  private int row(Community community, boolean over) {
    return AttributeSpace.shapeOf(community) * overStates + (over ? 1 : 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Working a decision out

  /** Works out the decision for an action or a community the table does not hold outright. */
  private Object work(int row, Community community, EngagementAction action, boolean over) {
    Cell cell = cells[row * TRAITS + AttributeSpace.traitsOf(action)];
    Outcome outcome = outcome(cell, community, action, over);
    ImmutableList<EngagementAction> alternatives =
        outcome == cell.outcome && index.topicKey(community.topics()) == 0 && !borrowsId(action)
            ? cell.alternatives
            : alternatives(row, community, action, outcome.verdict, over);
    Decision decision =
        Decision.builder()
            .action(action)
            .verdict(outcome.verdict)
            .reasons(outcome.reasons)
            .overridden(outcome.overridden)
            .obligations(outcome.obligations)
            .alternatives(alternatives)
            .build();
    return over && outcome.decidedByBalance ? new NeedsDetail(decision) : decision;
  }

  /** The cell's outcome, with the rules naming the community's topics or the action's id tested. */
  private Outcome outcome(Cell cell, Community community, EngagementAction action, boolean over) {
    int[] byAction = index.rulesNamingAction(action.id());
    long topics = index.topicKey(community.topics());
    int[] byTopic =
        topics == RuleIndex.TOO_MANY_TOPICS
            ? index.rulesNamingTopics(community.topics())
            : index.rulesNamingTopics(topics);
    if (byAction.length == 0 && byTopic.length == 0) {
      return cell.outcome;
    }
    BitSet matching = (BitSet) cell.matching.clone();
    for (int i : byAction) {
      matching.set(i, rules.get(i).condition().test(community, action, over));
    }
    for (int i : byTopic) {
      matching.set(i, rules.get(i).condition().test(community, action, over));
    }
    return matching.equals(cell.matching)
        ? cell.outcome
        : Outcome.resolve(policy, rules, ruleReasons, matching, balanceRules);
  }

  /** Standard actions with the action's intent (not its id) rated better than {@code verdict}. */
  private ImmutableList<EngagementAction> alternatives(
      int row, Community community, EngagementAction action, Verdict verdict, boolean over) {
    boolean topical = index.topicKey(community.topics()) != 0;
    List<EngagementAction> better = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < Catalog.SIZE; i++) {
      EngagementAction standard = CATALOG.get(i);
      if (standard.intent() != action.intent() || standard.id().equals(action.id())) {
        continue;
      }
      Verdict here =
          topical
              ? outcome(cells[row * TRAITS + AttributeSpace.traitsOf(standard)], community, standard, over)
                  .verdict
              : standardVerdicts[row * Catalog.SIZE + i];
      if (here.compareTo(verdict) < 0) {
        better.add(standard);
        verdicts.add(here);
      }
    }
    List<Integer> order = new ArrayList<>(better.size());
    for (int i = 0; i < better.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(verdicts::get)); // stable: ties keep catalog order
    return order.stream().map(better::get).collect(ImmutableList.toImmutableList());
  }

  /** Whether {@code action} has a standard action's id without being that action. */
  private static boolean borrowsId(EngagementAction action) {
    for (EngagementAction standard : CATALOG) {
      if (standard.id().equals(action.id())) {
        return !standard.equals(action);
      }
    }
    return false;
  }

  /** The decision, with the measured share of promotion in the reasons of its balance rules. */
  private Decision withDetail(Decision decision, EngagementContext context) {
    List<String> shares = Texts.percents(context.promotionalShare(), policy.balanceLimit());
    String detail =
        "promotion was "
            + shares.get(0)
            + " of the "
            + context.total()
            + " recent actions here, above the balance limit of "
            + shares.get(1);
    ImmutableList<Reason> reasons =
        decision.reasons().stream()
            .map(
                r ->
                    balanceRuleIds.contains(r.ruleId())
                        ? Reason.builder().from(r).detail(detail).build()
                        : r)
            .collect(ImmutableList.toImmutableList());
    return Decision.builder()
        .action(decision.action())
        .verdict(decision.verdict())
        .reasons(reasons)
        .overridden(decision.overridden())
        .obligations(decision.obligations())
        .alternatives(decision.alternatives())
        .build();
  }

  /** The items sorted by their verdict, best first; ties keep their order. */
  static <T> ImmutableList<T> sortedByVerdict(List<T> items, Function<T, Verdict> verdict) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(verdict)); // stable
    return ImmutableList.copyOf(sorted);
  }
}
