package io.github.socialecosystem.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.Reason;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One nearest situation where a decision comes out differently: the changes that lead there from
 * the situation asked about, and the decision the engine makes there. Found by {@link
 * PolicyEngine#counterfactuals}; see {@link Counterfactuals} for what "nearest" means.
 *
 * <p>The changed situation is a real one: {@link #community()}, {@link #action()} and {@link
 * #context()} are values the engine can be asked about again, and it answers {@link #decision()}.
 *
 * @since 0.1.0
 */
public final class Counterfactual {
  /** What a change can be about: a community attribute, an action trait or the balance state. */
  public enum Attribute {
    /** Who runs the community. */
    STEWARD,
    /** The kind of platform it runs on. */
    PLATFORM,
    /** Whether its membership is open or controlled. */
    MEMBERSHIP,
    /** Who its members are. */
    AUDIENCE,
    /** One topic the policy names, added to or removed from the community. */
    TOPIC,
    /** The action's intent. */
    INTENT,
    /** The action's format. */
    FORMAT,
    /** The action's reach. */
    REACH,
    /** Whether recent promotion in the community is over the policy's balance limit. */
    BALANCE;

    /** The attribute as the policy language writes it, e.g. {@code platform}. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The words {@link Change} uses for the balance state. */
  public static final String WITHIN_LIMIT = "within-limit";

  /** See {@link #WITHIN_LIMIT}. */
  public static final String OVER_LIMIT = "over-limit";

  /**
   * One attribute changed, with its value before and after in the languages' kebab-case words
   * ({@code independent} to {@code organization}). A topic is added when {@code from} is empty
   * and {@code to} names it, and removed the other way round. The balance state goes between
   * {@value #WITHIN_LIMIT} and {@value #OVER_LIMIT}.
   *
   * @param attribute what changes
   * @param from the value before, or empty for a topic added
   * @param to the value after, or empty for a topic removed
   */
  public record Change(Attribute attribute, String from, String to) {
    /** Checks the fields: the two values differ, and only a topic may have an empty one. */
    public Change {
      requireNonNull(attribute, "attribute");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      checkArgument(!from.equals(to), "a change must change the value: '%s'", from);
      checkArgument(
          attribute == Attribute.TOPIC ? from.isEmpty() != to.isEmpty() : !from.isEmpty() && !to.isEmpty(),
          "%s change needs %s: '%s' to '%s'",
          attribute.word(),
          attribute == Attribute.TOPIC ? "exactly one empty value" : "two values",
          from,
          to);
    }

    /**
     * The change in words: {@code steward independent -> organization}, {@code + topic crafting},
     * {@code - topic crafting}.
     */
    @Override
    public String toString() {
      if (attribute == Attribute.TOPIC) {
        return from.isEmpty() ? "+ topic " + to : "- topic " + from;
      }
      return attribute.word() + " " + from + " -> " + to;
    }
  }

  private final ImmutableList<Change> changes;
  private final Community community;
  private final EngagementAction action;
  private final EngagementContext context;
  private final Decision decision;

  Counterfactual(
      List<Change> changes,
      Community community,
      EngagementAction action,
      EngagementContext context,
      Decision decision) {
    this.changes = ImmutableList.copyOf(changes);
    this.community = community;
    this.action = action;
    this.context = context;
    this.decision = decision;
  }

  /** The verdict there: the decision's. */
  public Verdict verdict() {
    return decision.verdict();
  }

  /** The changes, one per attribute (one per topic), in the order of {@link Attribute}. */
  public List<Change> changes() {
    return changes;
  }

  /** The community with the changes made: same id, name, platform name and member count. */
  public Community community() {
    return community;
  }

  /** The action with the changes made: same id. */
  public EngagementAction action() {
    return action;
  }

  /**
   * The recent activity with the changes made: the one asked about unless the balance changes;
   * then no activity ({@link EngagementContext#none()}) to go back within the limit, or a single
   * recent promotion to go over it.
   */
  public EngagementContext context() {
    return context;
  }

  /** The engine's decision in the changed situation: its verdict and the rules that decide it. */
  public Decision decision() {
    return decision;
  }

  /**
   * One line: {@code APPROPRIATE with format press-release -> conversation (decided by
   * managed-conversation)}.
   */
  public String describe() {
    return verdict()
        + " with "
        + changes.stream().map(Change::toString).collect(Collectors.joining(", "))
        + " (decided by "
        + decision.reasons().stream().map(Reason::ruleId).collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof Counterfactual that
            && changes.equals(that.changes)
            && community.equals(that.community)
            && action.equals(that.action)
            && context.equals(that.context)
            && decision.equals(that.decision));
  }

  @Override
  public int hashCode() {
    return Objects.hash(changes, community, action, context, decision);
  }

  @Override
  public String toString() {
    return "Counterfactual{" + describe() + "}";
  }
}
