package io.github.socialecosystem.rules.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The finite space a set of policies can tell apart: every community shape (steward, platform
 * kind, membership, audience, and which of the named topics it has) and every action shape (a
 * named id or any other, intent, format, reach).
 */
final class AttributeSpace {
  /** With more named topics than this, communities carry one named topic or none. */
  static final int MAX_TOPICS_FOR_EVERY_COMBINATION = 6;

  static final String OTHER_ACTION = "any-other-action";

  final ImmutableList<Community> communities;
  final ImmutableList<EngagementAction> actions;
  final boolean everyTopicCombination;

  private AttributeSpace(
      ImmutableList<Community> communities,
      ImmutableList<EngagementAction> actions,
      boolean everyTopicCombination) {
    this.communities = communities;
    this.actions = actions;
    this.everyTopicCombination = everyTopicCombination;
  }

  static AttributeSpace of(List<EngagementPolicy> policies) {
    Set<String> topics = new TreeSet<>();
    Set<String> actionIds = new TreeSet<>();
    for (EngagementPolicy policy : policies) {
      for (EngagementRule rule : policy.rules()) {
        topics.addAll(rule.condition().valuesOf(Attribute.TOPIC));
        actionIds.addAll(rule.condition().valuesOf(Attribute.ACTION));
      }
    }
    boolean every = topics.size() <= MAX_TOPICS_FOR_EVERY_COMBINATION;
    List<Set<String>> topicSets = new ArrayList<>();
    if (every) {
      topicSets.addAll(Sets.powerSet(topics));
    } else {
      topicSets.add(Set.of());
      for (String topic : topics) {
        topicSets.add(Set.of(topic));
      }
    }
    ImmutableList.Builder<Community> communities = ImmutableList.builder();
    for (Steward steward : Steward.values()) {
      for (PlatformKind kind : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (!CommunityType.exists(steward, kind, membership, audience)) {
              continue;
            }
            CommunityType type = CommunityType.classify(steward, kind, membership, audience);
            for (Set<String> topicSet : topicSets) {
              communities.add(
                  Community.builder()
                      .id("witness-" + Situation.word(type))
                      .name("A " + Situation.word(type) + " community")
                      .steward(steward)
                      .platform(Platform.of(Situation.word(kind), kind))
                      .membership(membership)
                      .audience(audience)
                      .addAllTopics(topicSet)
                      .build());
            }
          }
        }
      }
    }
    List<String> ids = new ArrayList<>(actionIds);
    ids.add(OTHER_ACTION);
    ImmutableList.Builder<EngagementAction> actions = ImmutableList.builder();
    for (String id : ids) {
      for (Intent intent : Intent.values()) {
        for (Format format : Format.values()) {
          for (Reach reach : Reach.values()) {
            actions.add(witness(id, intent, format, reach, actionIds));
          }
        }
      }
    }
    return new AttributeSpace(communities.build(), actions.build(), every);
  }

  /**
   * An action of the shape; for ids no rule names, a standard action with these traits if there
   * is one (it reads better in a report and is decided the same way), else {@link #OTHER_ACTION}.
   */
  private static EngagementAction witness(
      String id, Intent intent, Format format, Reach reach, Set<String> named) {
    if (id.equals(OTHER_ACTION)) {
      for (EngagementAction standard : StandardActions.all()) {
        if (!named.contains(standard.id())
            && standard.intent() == intent
            && standard.format() == format
            && standard.reach() == reach) {
          return standard;
        }
      }
    }
    return EngagementAction.of(id, intent, format, reach);
  }
}
