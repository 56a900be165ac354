package io.github.socialecosystem.rules;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.internal.DecisionTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * <p>An engine compiles its {@link EngagementPolicy} once into a decision table over every
 * community shape (steward, platform kind, membership, audience), every action's traits (intent,
 * format, reach) and the balance state, so deciding does not scan the rules. A community that
 * carries some of the topics the policy names, or an action whose id a rule names or that is not a
 * standard action, is worked out on first use from the table and the few rules naming those
 * topics or that id, then remembered in a bounded cache; the answer is the same either way.
 * Engines are immutable in what they answer and safe to share between threads; deciding takes no
 * locks.
 *
 * <p>Each decision is logged at DEBUG on this class's logger: policy, community, action, verdict
 * and deciding rules.
 *
 * @since 0.1.0
 */
public final class PolicyEngine {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

  private final EngagementPolicy policy;
  private final DecisionTable table;
  /** Worked out on the first search; a race only works it out twice. */
  private volatile CounterfactualSearch.@Nullable TopicClasses topicClasses;

  private PolicyEngine(EngagementPolicy policy) {
    this.policy = policy;
    this.table = DecisionTable.compile(policy);
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
    Decision decision = table.decide(community, action, false, EngagementContext.none());
    log(community, decision);
    return decision;
  }

  /** How appropriate {@code action} is in {@code community}, given the recent activity there. */
  public Decision decide(Community community, EngagementAction action, EngagementContext context) {
    requireNonNull(community, "community");
    requireNonNull(action, "action");
    requireNonNull(context, "context");
    Decision decision = table.decide(community, action, table.isOver(context), context);
    log(community, decision);
    return decision;
  }

  /**
   * The decision for {@code action} in {@code community} with no recent activity known, and what
   * would change it; see {@link #counterfactuals(Community, EngagementAction, EngagementContext)}.
   */
  public Counterfactuals counterfactuals(Community community, EngagementAction action) {
    return counterfactuals(community, action, EngagementContext.none());
  }

  /**
   * The decision for {@code action} in {@code community} given the recent activity there, and
   * for each other verdict the nearest situation that gets it: the fewest changes to the
   * community's attributes, the action's traits and the balance state.
   *
   * <pre>{@code
   * Counterfactuals whatIf = engine.counterfactuals(forum, StandardActions.BROADCAST_PROMOTION);
   * for (Counterfactual c : whatIf.nearest()) {
   *   System.out.println(c.verdict() + ": " + c.changes());
   * }
   * }</pre>
   *
   * <p>Unlike {@link #decide}, this searches the attribute space: up to a few thousand situations
   * for a policy that names no topics, more for one that does. It is meant for explaining a
   * decision to a person, not for a hot path.
   */
  public Counterfactuals counterfactuals(
      Community community, EngagementAction action, EngagementContext context) {
    Decision decision = decide(community, action, context);
    return CounterfactualSearch.search(
        this, table, topicClasses(), community, action, context, decision);
  }

  private CounterfactualSearch.TopicClasses topicClasses() {
    CounterfactualSearch.TopicClasses classes = topicClasses;
    if (classes == null) {
      classes = CounterfactualSearch.TopicClasses.of(policy);
      topicClasses = classes;
    }
    return classes;
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
    List<Decision> appropriate =
        table.appropriateActions(community, table.isOver(context), context);
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
    List<Integer> order = new ArrayList<>(permitted.size());
    for (int i = 0; i < permitted.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(verdicts::get)); // stable: ties keep the ecosystem's order
    return order.stream().map(permitted::get).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "PolicyEngine{" + policy.id() + ", " + policy.rules().size() + " rules}";
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
}
