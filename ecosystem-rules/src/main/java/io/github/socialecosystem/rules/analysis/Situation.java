package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.internal.Texts;
import java.util.stream.Collectors;

/**
 * One point of the attribute space: a community of one shape, an action of one shape, and whether
 * promotion is over the balance limit. Serves as the witness of a finding.
 *
 * @param community a community of the shape, with a made-up id and name
 * @param action an action of the shape; {@code any-other-action} stands for every id no rule names
 * @param promotionOverBalanceLimit whether recent promotion is above the policy's balance limit
 */
public record Situation(
    Community community, EngagementAction action, boolean promotionOverBalanceLimit) {

  /** Checks the fields. */
  public Situation {
    requireNonNull(community, "community");
    requireNonNull(action, "action");
  }

  /** The situation in words, e.g. {@code announce-deal (promote, offer, one-to-many) in a managed community (...)}. */
  public String describe() {
    return describe(action) + " in " + describe(community)
        + (promotionOverBalanceLimit ? ", promotion over the balance limit" : "");
  }

  static String describe(EngagementAction action) {
    return action.id() + " (" + word(action.intent()) + ", " + word(action.format()) + ", "
        + word(action.reach()) + ")";
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
