package io.github.socialecosystem.rules.analysis;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.AttributeSpace.ActionTraits;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns points of the {@link AttributeSpace} into {@link Situation}s a person can read and an
 * engine can decide: a made-up community of the shape with the given topics, and an action of the
 * shape.
 */
final class Witnesses {
  /**
   * The id that stands for every action id no rule names, when no standard action fits; with a
   * number after it if a rule happens to name it.
   */
  static final String OTHER_ACTION = "any-other-action";

  /** Recent activity that is all promotion: over any balance limit below 100%. */
  static final EngagementContext ALL_PROMOTION =
      EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build();

  private final AttributeSpace space;
  /** {@link #OTHER_ACTION}, or the first of its numbered forms that no rule names. */
  private final String otherAction;
  /** Witness communities already made, by shape and topics: many situations share one. */
  private final Map<List<Object>, Community> communities = new HashMap<>();

  Witnesses(AttributeSpace space) {
    this.space = space;
    String other = OTHER_ACTION;
    for (int n = 2; space.actionIds().contains(other); n++) {
      other = OTHER_ACTION + "-" + n;
    }
    this.otherAction = other;
  }

  /**
   * The action ids the space tells apart: first {@code null}, which stands for every id no rule
   * names (so that witnesses read as "any action with these traits" where they can), then the
   * named ones in order.
   */
  List<@Nullable String> actionIds() {
    List<@Nullable String> ids = new ArrayList<>();
    ids.add(null);
    ids.addAll(space.actionIds());
    return Collections.unmodifiableList(ids);
  }

  /** A situation at the point: a community of the shape carrying {@code topics}, an action. */
  Situation situation(
      CommunityShape shape, Set<String> topics, @Nullable String actionId, int traits, boolean over) {
    Community community =
        communities.computeIfAbsent(List.of(shape, topics), k -> community(shape, topics));
    return new Situation(community, action(actionId, traits), over, actionId == null);
  }

  /** The space the witnesses are drawn from. */
  AttributeSpace space() {
    return space;
  }

  /** The recent activity a situation is decided with. */
  static EngagementContext context(Situation situation) {
    return situation.promotionOverBalanceLimit() ? ALL_PROMOTION : EngagementContext.none();
  }

  static Community community(CommunityShape shape, Set<String> topics) {
    CommunityType type = shape.type();
    return Community.builder()
        .id("witness-" + Situation.word(type))
        .name("A " + Situation.word(type) + " community")
        .steward(shape.steward())
        .platform(Platform.of(Situation.word(shape.platform()), shape.platform()))
        .membership(shape.membership())
        .audience(shape.audience())
        .addAllTopics(topics)
        .build();
  }

  /**
   * An action of the shape. For ids no rule names: a standard action with exactly these traits if
   * there is one whose id no rule names (it reads better in a report and is decided the same way),
   * else {@link #OTHER_ACTION}; never a standard id with traits of another action. For an id a rule
   * names: that id with these traits, which for a standard id may differ from its own; the engine
   * then decides it as such an action, so the situation is a real one.
   */
  EngagementAction action(@Nullable String actionId, int traits) {
    ActionTraits t = AttributeSpace.actionTraits(traits);
    if (actionId != null) {
      return EngagementAction.of(actionId, t.intent(), t.format(), t.reach());
    }
    for (EngagementAction standard : StandardActions.all()) {
      if (!space.actionIds().contains(standard.id()) && AttributeSpace.traitsOf(standard) == traits) {
        return standard;
      }
    }
    return EngagementAction.of(otherAction, t.intent(), t.format(), t.reach());
  }
}
