package io.github.socialecosystem.rules.internal;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.rules.internal.AttributeSpace.ActionTraits;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A situation of the {@link AttributeSpace}, possibly partly known: a community shape, its topics,
 * an action's id and traits, and whether promotion is over the balance limit. Conditions evaluate
 * against it in three-valued logic; whatever the situation does not fix is {@link Tri#UNKNOWN}.
 *
 * <p>An action id that is known but {@code null} stands for every id no rule names. Known topics
 * are the community's topics; an empty set stands for every community that carries none of the
 * topics the policy names.
 *
 * <p>Not part of the public API.
 */
public final class PartialSituation implements Condition.Visitor<Tri> {
  private static final PartialSituation ANYTHING = new PartialSituation(null, false, null, null, null, null);

  private final @Nullable CommunityShape shape;
  private final @Nullable CommunityType type;
  private final boolean actionKnown;
  private final @Nullable String actionId;
  private final @Nullable ActionTraits traits;
  private final @Nullable Boolean over;
  private final @Nullable Set<String> topics;

  private PartialSituation(
      @Nullable CommunityShape shape,
      boolean actionKnown,
      @Nullable String actionId,
      @Nullable ActionTraits traits,
      @Nullable Boolean over,
      @Nullable Set<String> topics) {
    this.shape = shape;
    this.type = shape == null || !shape.isPossible() ? null : shape.type();
    this.actionKnown = actionKnown;
    this.actionId = actionId;
    this.traits = traits;
    this.over = over;
    this.topics = topics;
  }

  /** Nothing is known. */
  public static PartialSituation anything() {
    return ANYTHING;
  }

  /** This situation with the community shape known. */
  public PartialSituation shape(CommunityShape communityShape) {
    return new PartialSituation(communityShape, actionKnown, actionId, traits, over, topics);
  }

  /** This situation with the community shape of the given index known. */
  public PartialSituation shape(int communityShape) {
    return shape(AttributeSpace.communityShape(communityShape));
  }

  /** This situation with the action's id known; {@code null} means an id no rule names. */
  public PartialSituation actionId(@Nullable String id) {
    return new PartialSituation(shape, true, id, traits, over, topics);
  }

  /** This situation with the action's traits of the given index known. */
  public PartialSituation traits(int actionTraits) {
    return new PartialSituation(shape, actionKnown, actionId, AttributeSpace.actionTraits(actionTraits), over, topics);
  }

  /** This situation with the balance state known. */
  public PartialSituation over(boolean promotionOverBalanceLimit) {
    return new PartialSituation(shape, actionKnown, actionId, traits, promotionOverBalanceLimit, topics);
  }

  /** This situation with the community's topics known: exactly {@code present}, among named ones. */
  public PartialSituation topics(Set<String> present) {
    return new PartialSituation(shape, actionKnown, actionId, traits, over, present);
  }

  /** The value of {@code condition} here. */
  public Tri eval(Condition condition) {
    return condition.accept(this);
  }

  /**
   * Whether {@code condition} holds here.
   *
   * @throws IllegalStateException if the situation does not fix everything the condition looks at
   */
  public boolean holds(Condition condition) {
    Tri value = eval(condition);
    if (value == Tri.UNKNOWN) {
      throw new IllegalStateException("condition undecided at a partial: " + condition);
    }
    return value == Tri.TRUE;
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
      case STEWARD -> test(values, shape == null ? null : shape.steward());
      case PLATFORM -> test(values, shape == null ? null : shape.platform());
      case MEMBERSHIP -> test(values, shape == null ? null : shape.membership());
      case AUDIENCE -> test(values, shape == null ? null : shape.audience());
      case TOPIC -> topics == null ? Tri.UNKNOWN : Tri.of(intersects(values, topics));
      case ACTION -> actionKnown ? Tri.of(actionId != null && values.contains(actionId)) : Tri.UNKNOWN;
      case INTENT -> test(values, traits == null ? null : traits.intent());
      case FORMAT -> test(values, traits == null ? null : traits.format());
      case REACH -> test(values, traits == null ? null : traits.reach());
    };
  }

  private static Tri test(Set<String> values, @Nullable Enum<?> value) {
    return value == null ? Tri.UNKNOWN : Tri.of(values.contains(value.name()));
  }

  private static boolean intersects(Set<String> values, Set<String> present) {
    Set<String> small = values.size() <= present.size() ? values : present;
    Set<String> large = small == values ? present : values;
    for (String value : small) {
      if (large.contains(value)) {
        return true;
      }
    }
    return false;
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
