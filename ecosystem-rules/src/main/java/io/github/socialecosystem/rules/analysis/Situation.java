package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.internal.Texts;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A situation: one point of the finite attribute space the engine decides over. It is a community
 * of one community shape (steward, platform kind, membership, audience) carrying some topics, an
 * action with its id and traits (intent, format, reach), and whether promotion is over the
 * balance limit. The analyzer, diffs, guarantees and counterfactuals all speak of situations;
 * one serves as the witness of a finding.
 *
 * <p>A rule that names an action id matches every action with that id, whatever its traits; so
 * an action that borrows a standard action's id but has other traits is a situation of its own,
 * decided neither as the standard action nor as a custom action with those traits. {@link
 * #describe()} says which kind of action a situation holds.
 *
 * @param community a community of the shape, with a made-up id and name
 * @param action the action, with its traits
 * @param promotionOverBalanceLimit whether recent promotion is above the policy's balance limit
 * @param anyActionId whether {@code action} stands for every action id that no rule names: then
 *     only its traits matter, and its id is a standard action's with those very traits or a
 *     made-up one ({@code any-other-action})
 *
 * @since 0.1.0
 */
public record Situation(
    Community community,
    EngagementAction action,
    boolean promotionOverBalanceLimit,
    boolean anyActionId) {

  /** Checks the fields. */
  public Situation {
    requireNonNull(community, "community");
    requireNonNull(action, "action");
  }

  /**
   * The situation in words, e.g. {@code announce-deal (promote, offer, one-to-many) in a managed
   * community (...)}. A standard action's id appears only with that action's own traits; see
   * {@link #describeAction()}.
   */
  public String describe() {
    return describeAction() + " in " + describe(community)
        + (promotionOverBalanceLimit ? ", promotion over the balance limit" : "");
  }

  /**
   * The action in words: a standard action as {@code announce-deal (promote, offer, one-to-many)};
   * an action that stands for every id no rule names as {@code a custom action (promote, offer,
   * one-to-many)}; an action with an id that a rule names, by that id; and one that borrows a
   * standard action's id with other traits as {@code an action with id send-direct-message but
   * traits (listen, video, one-to-many)}.
   */
  public String describeAction() {
    return describe(action, anyActionId);
  }

  static String describe(EngagementAction action, boolean anyActionId) {
    Optional<EngagementAction> standard = StandardActions.byId(action.id());
    if (standard.isPresent() && !sameTraits(standard.get(), action)) {
      return "an action with id " + action.id() + " but traits " + traits(action);
    }
    if (anyActionId && standard.isEmpty()) {
      return "a custom action " + traits(action);
    }
    return action.id() + " " + traits(action);
  }

  /** Whether two actions have the same intent, format and reach. */
  static boolean sameTraits(EngagementAction a, EngagementAction b) {
    return a.intent() == b.intent() && a.format() == b.format() && a.reach() == b.reach();
  }

  /** An action's traits in words: {@code (promote, offer, one-to-many)}. */
  static String traits(EngagementAction action) {
    return "(" + word(action.intent()) + ", " + word(action.format()) + ", " + word(action.reach())
        + ")";
  }

  static String describe(Community community) {
    String topics =
        community.topics().isEmpty()
            ? "no topic the policy names"
            : "topics " + community.topics().stream().sorted().collect(Collectors.joining(", "));
    String type = word(community.type());
    return Texts.article(type) + " " + type + " community ("
        + word(community.steward()) + " on "
        + word(community.platform().kind()) + ", " + word(community.membership()) + ", "
        + word(community.audience()) + ", " + topics + ")";
  }

  static String word(Enum<?> value) {
    return Texts.kebab(value);
  }
}
