package io.github.socialecosystem.rules.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.List;
import java.util.TreeSet;

/**
 * The finite space every decision lives in, defined once for the engine's compiler, the analyzer
 * and the diff: community shapes (steward, platform kind, membership, audience), action traits
 * (intent, format, reach), whether promotion is over the balance limit, and the topics and action
 * ids that a set of policies names.
 *
 * <p>Shapes and traits are numbered densely so that tables can be indexed by them. Topics and
 * action ids are open-ended, but a rule can only tell apart the ones it names: every id no rule
 * names behaves alike, and so does every community that carries none of the named topics.
 *
 * <p>Not part of the public API.
 */
// Ordinals number the dense tables; the tables are rebuilt with the enums and never persisted.
@SuppressWarnings("EnumOrdinal")
public final class AttributeSpace {
  private static final ImmutableList<Steward> STEWARDS = ImmutableList.copyOf(Steward.values());
  private static final ImmutableList<PlatformKind> PLATFORMS =
      ImmutableList.copyOf(PlatformKind.values());
  private static final ImmutableList<Membership> MEMBERSHIPS =
      ImmutableList.copyOf(Membership.values());
  private static final ImmutableList<Audience> AUDIENCES = ImmutableList.copyOf(Audience.values());
  private static final ImmutableList<Intent> INTENTS = ImmutableList.copyOf(Intent.values());
  private static final ImmutableList<Format> FORMATS = ImmutableList.copyOf(Format.values());
  private static final ImmutableList<Reach> REACHES = ImmutableList.copyOf(Reach.values());

  /** Number of community shapes, possible or not: steward x platform kind x membership x audience. */
  public static final int COMMUNITY_SHAPES =
      STEWARDS.size() * PLATFORMS.size() * MEMBERSHIPS.size() * AUDIENCES.size();

  /** Number of action trait combinations: intent x format x reach. */
  public static final int ACTION_TRAITS = INTENTS.size() * FORMATS.size() * REACHES.size();

  private static final ImmutableList<CommunityShape> SHAPES = shapes();
  private static final ImmutableList<ActionTraits> TRAITS = traitList();

  private final ImmutableSortedSet<String> topics;
  private final ImmutableSortedSet<String> actionIds;

  private AttributeSpace(ImmutableSortedSet<String> topics, ImmutableSortedSet<String> actionIds) {
    this.topics = topics;
    this.actionIds = actionIds;
  }

  /** The space the given policies can tell apart: the topics and action ids any of them names. */
  public static AttributeSpace of(List<EngagementPolicy> policies) {
    TreeSet<String> topics = new TreeSet<>();
    TreeSet<String> actionIds = new TreeSet<>();
    for (EngagementPolicy policy : policies) {
      for (EngagementRule rule : policy.rules()) {
        topics.addAll(rule.condition().valuesOf(Attribute.TOPIC));
        actionIds.addAll(rule.condition().valuesOf(Attribute.ACTION));
      }
    }
    return new AttributeSpace(ImmutableSortedSet.copyOf(topics), ImmutableSortedSet.copyOf(actionIds));
  }

  /**
   * The space the given policies and further conditions (such as a policy's guarantees) can tell
   * apart.
   */
  public static AttributeSpace of(List<EngagementPolicy> policies, List<Condition> conditions) {
    AttributeSpace space = of(policies);
    TreeSet<String> topics = new TreeSet<>(space.topics);
    TreeSet<String> actionIds = new TreeSet<>(space.actionIds);
    for (Condition condition : conditions) {
      topics.addAll(condition.valuesOf(Attribute.TOPIC));
      actionIds.addAll(condition.valuesOf(Attribute.ACTION));
    }
    return new AttributeSpace(ImmutableSortedSet.copyOf(topics), ImmutableSortedSet.copyOf(actionIds));
  }

  /** The topics named by the policies, sorted. */
  public ImmutableSortedSet<String> topics() {
    return topics;
  }

  /** The action ids named by the policies, sorted. */
  public ImmutableSortedSet<String> actionIds() {
    return actionIds;
  }

  // ---------------------------------------------------------------------------------------------
  // Community shapes

  /** A community shape: what a community's type, layer and data ownership derive from. */
  public record CommunityShape(
      int index, Steward steward, PlatformKind platform, Membership membership, Audience audience) {
    /** Whether a community of this shape can exist. */
    public boolean isPossible() {
      return CommunityType.exists(steward, platform, membership, audience);
    }

    /** The type of a community of this shape; only for possible shapes. */
    public CommunityType type() {
      return CommunityType.classify(steward, platform, membership, audience);
    }
  }

  /** The shape with the given index. */
  public static CommunityShape communityShape(int index) {
    return SHAPES.get(index);
  }

  /** Every shape a community can have, in index order. */
  public static ImmutableList<CommunityShape> possibleShapes() {
    return SHAPES.stream().filter(CommunityShape::isPossible).collect(ImmutableList.toImmutableList());
  }

  /** The index of a community's shape. */
  public static int shapeOf(Community community) {
    return shapeOf(
        community.steward(), community.platform().kind(), community.membership(), community.audience());
  }

  /** The index of a shape. */
  public static int shapeOf(
      Steward steward, PlatformKind platform, Membership membership, Audience audience) {
    return ((steward.ordinal() * PLATFORMS.size() + platform.ordinal()) * MEMBERSHIPS.size()
                + membership.ordinal())
            * AUDIENCES.size()
        + audience.ordinal();
  }

  private static ImmutableList<CommunityShape> shapes() {
    ImmutableList.Builder<CommunityShape> shapes = ImmutableList.builder();
    for (Steward steward : STEWARDS) {
      for (PlatformKind platform : PLATFORMS) {
        for (Membership membership : MEMBERSHIPS) {
          for (Audience audience : AUDIENCES) {
            shapes.add(
                new CommunityShape(
                    shapeOf(steward, platform, membership, audience),
                    steward,
                    platform,
                    membership,
                    audience));
          }
        }
      }
    }
    return shapes.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Action traits

  /** An action's traits: what rules judge an action by, besides its id. */
  public record ActionTraits(int index, Intent intent, Format format, Reach reach) {}

  /** The traits with the given index. */
  public static ActionTraits actionTraits(int index) {
    return TRAITS.get(index);
  }

  /** The index of an action's traits. */
  public static int traitsOf(EngagementAction action) {
    return traitsOf(action.intent(), action.format(), action.reach());
  }

  /** The index of a combination of traits. */
  public static int traitsOf(Intent intent, Format format, Reach reach) {
    return (intent.ordinal() * FORMATS.size() + format.ordinal()) * REACHES.size() + reach.ordinal();
  }

  private static ImmutableList<ActionTraits> traitList() {
    ImmutableList.Builder<ActionTraits> traits = ImmutableList.builder();
    for (Intent intent : INTENTS) {
      for (Format format : FORMATS) {
        for (Reach reach : REACHES) {
          traits.add(new ActionTraits(traitsOf(intent, format, reach), intent, format, reach));
        }
      }
    }
    return traits.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Balance

  /**
   * Whether the policy's balance limit can change a decision: some rule looks at it, and the limit
   * is below 100% (promotion can never be above all of recent activity).
   */
  public static boolean balanceApplies(EngagementPolicy policy) {
    return policy.balanceLimit() < 1.0
        && policy.rules().stream().anyMatch(r -> r.condition().mentionsBalanceLimit());
  }

  /** How many balance states tell decisions apart: 2 if the balance limit applies, else 1. */
  public static int balanceStates(EngagementPolicy policy) {
    return balanceApplies(policy) ? 2 : 1;
  }
}
