package io.github.socialecosystem.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A point of the finite attribute space: a community shape (without topics) and, optionally, an
 * action shape and whether promotion is over the balance limit. Conditions evaluate against it in
 * three-valued logic: what the shape does not fix is {@link Tri#UNKNOWN}. Topics are unknown too,
 * unless the shape stands for communities with none of the topics a policy names ({@link
 * #withoutTopics()}), where every topic test is false.
 */
// Ordinals index the dense decision table; the table is rebuilt with the enums, never persisted.
@SuppressWarnings("EnumOrdinal")
final class Shape implements Condition.Visitor<Tri> {
  // The constants, decoded from table indices without cloning values() each time.
  private static final ImmutableList<Steward> STEWARD = ImmutableList.copyOf(Steward.values());
  private static final ImmutableList<PlatformKind> PLATFORM =
      ImmutableList.copyOf(PlatformKind.values());
  private static final ImmutableList<Membership> MEMBERSHIP =
      ImmutableList.copyOf(Membership.values());
  private static final ImmutableList<Audience> AUDIENCE = ImmutableList.copyOf(Audience.values());
  private static final ImmutableList<Intent> INTENT = ImmutableList.copyOf(Intent.values());
  private static final ImmutableList<Format> FORMAT = ImmutableList.copyOf(Format.values());
  private static final ImmutableList<Reach> REACH = ImmutableList.copyOf(Reach.values());

  static final int STEWARDS = Steward.values().length;
  static final int PLATFORMS = PlatformKind.values().length;
  static final int MEMBERSHIPS = Membership.values().length;
  static final int AUDIENCES = Audience.values().length;
  static final int INTENTS = Intent.values().length;
  static final int FORMATS = Format.values().length;
  static final int REACHES = Reach.values().length;

  /** Number of community shapes: steward x platform kind x membership x audience. */
  static final int COMMUNITY_SHAPES = STEWARDS * PLATFORMS * MEMBERSHIPS * AUDIENCES;

  /** Number of action trait combinations: intent x format x reach. */
  static final int ACTION_TRAITS = INTENTS * FORMATS * REACHES;

  private final @Nullable Steward steward;
  private final @Nullable PlatformKind platform;
  private final @Nullable Membership membership;
  private final @Nullable Audience audience;
  private final @Nullable CommunityType type;
  private final @Nullable String actionId;
  private final @Nullable Intent intent;
  private final @Nullable Format format;
  private final @Nullable Reach reach;
  private final @Nullable Boolean over;
  private final boolean noTopics;

  private Shape(
      int communityShape,
      @Nullable String actionId,
      @Nullable Intent intent,
      @Nullable Format format,
      @Nullable Reach reach,
      @Nullable Boolean over) {
    if (communityShape < 0) {
      this.audience = null;
      this.membership = null;
      this.platform = null;
      this.steward = null;
      this.type = null;
    } else {
      int rest = communityShape;
      Audience audience = AUDIENCE.get(rest % AUDIENCES);
      rest /= AUDIENCES;
      Membership membership = MEMBERSHIP.get(rest % MEMBERSHIPS);
      rest /= MEMBERSHIPS;
      PlatformKind platform = PLATFORM.get(rest % PLATFORMS);
      rest /= PLATFORMS;
      Steward steward = STEWARD.get(rest);
      this.audience = audience;
      this.membership = membership;
      this.platform = platform;
      this.steward = steward;
      this.type = CommunityType.classify(steward, platform, membership, audience);
    }
    this.actionId = actionId;
    this.intent = intent;
    this.format = format;
    this.reach = reach;
    this.over = over;
    this.noTopics = false;
  }

  private Shape(Shape other, boolean noTopics) {
    this.steward = other.steward;
    this.platform = other.platform;
    this.membership = other.membership;
    this.audience = other.audience;
    this.type = other.type;
    this.actionId = other.actionId;
    this.intent = other.intent;
    this.format = other.format;
    this.reach = other.reach;
    this.over = other.over;
    this.noTopics = noTopics;
  }

  /** Nothing is known. */
  static Shape anything() {
    return new Shape(-1, null, null, null, null, null);
  }

  /** The same point, for communities with none of the topics the policy names. */
  Shape withoutTopics() {
    return new Shape(this, true);
  }

  /** Only the action side is known; {@code actionId} null means an id no rule names. */
  static Shape action(@Nullable String actionId, int traits) {
    Traits t = Traits.of(traits);
    return new Shape(-1, actionId, t.intent(), t.format(), t.reach(), null);
  }

  /** Only the community side is known. */
  static Shape community(int communityShape) {
    return new Shape(communityShape, null, null, null, null, null);
  }

  /**
   * The community and the action are known; {@code actionId} null means an id no rule names.
   */
  static Shape full(int communityShape, @Nullable String actionId, int traits, boolean over) {
    Traits t = Traits.of(traits);
    return new Shape(communityShape, actionId, t.intent(), t.format(), t.reach(), over);
  }

  /** An action's traits, decoded from their index. */
  record Traits(Intent intent, Format format, Reach reach) {
    static Traits of(int index) {
      int rest = index;
      Reach reach = REACH.get(rest % REACHES);
      rest /= REACHES;
      Format format = FORMAT.get(rest % FORMATS);
      rest /= FORMATS;
      return new Traits(INTENT.get(rest), format, reach);
    }
  }

  /** The community shape index of a community. */
  static int communityShape(Community c) {
    return communityShape(c.steward(), c.platform().kind(), c.membership(), c.audience());
  }

  static int communityShape(
      Steward steward, PlatformKind platform, Membership membership, Audience audience) {
    return ((steward.ordinal() * PLATFORMS + platform.ordinal()) * MEMBERSHIPS
                + membership.ordinal())
            * AUDIENCES
        + audience.ordinal();
  }

  /** The trait index of an action: intent x format x reach. */
  static int traits(EngagementAction action) {
    return (action.intent().ordinal() * FORMATS + action.format().ordinal()) * REACHES
        + action.reach().ordinal();
  }

  /** Whether a community of this shape can exist; only for shapes with the community known. */
  boolean isPossible() {
    return CommunityType.exists(
        requireNonNull(steward, "steward"),
        requireNonNull(platform, "platform"),
        requireNonNull(membership, "membership"),
        requireNonNull(audience, "audience"));
  }

  Tri eval(Condition condition) {
    return condition.accept(this);
  }

  @Override
  public Tri visitAlways() {
    return Tri.TRUE;
  }

  @Override
  public Tri visitMatch(Attribute attribute, Set<String> values) {
    return switch (attribute) {
      case TYPE -> test(values, type);
      case LAYER -> test(values, type == null ? null : type.layer());
      case STEWARD -> test(values, steward);
      case PLATFORM -> test(values, platform);
      case MEMBERSHIP -> test(values, membership);
      case AUDIENCE -> test(values, audience);
      case TOPIC -> noTopics ? Tri.FALSE : Tri.UNKNOWN;
      case ACTION -> intent == null ? Tri.UNKNOWN : Tri.of(actionId != null && values.contains(actionId));
      case INTENT -> test(values, intent);
      case FORMAT -> test(values, format);
      case REACH -> test(values, reach);
    };
  }

  private static Tri test(Set<String> values, @Nullable Enum<?> value) {
    return value == null ? Tri.UNKNOWN : Tri.of(values.contains(value.name()));
  }

  @Override
  public Tri visitOverBalanceLimit() {
    return over == null ? Tri.UNKNOWN : Tri.of(over);
  }

  @Override
  public Tri visitAll(List<Condition> operands) {
    Tri result = Tri.TRUE;
    for (Condition operand : operands) {
      Tri value = operand.accept(this);
      if (value == Tri.FALSE) {
        return Tri.FALSE;
      }
      if (value == Tri.UNKNOWN) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  @Override
  public Tri visitAny(List<Condition> operands) {
    Tri result = Tri.FALSE;
    for (Condition operand : operands) {
      Tri value = operand.accept(this);
      if (value == Tri.TRUE) {
        return Tri.TRUE;
      }
      if (value == Tri.UNKNOWN) {
        result = Tri.UNKNOWN;
      }
    }
    return result;
  }

  @Override
  public Tri visitNot(Condition operand) {
    return operand.accept(this).not();
  }
}
