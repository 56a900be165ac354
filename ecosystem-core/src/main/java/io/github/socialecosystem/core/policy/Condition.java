package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.PolicyText;
import io.github.socialecosystem.core.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * When a rule applies: an immutable, inspectable condition over a community, an action and the
 * recent activity in the community. Not a lambda, so that engines can compile it, tools can
 * analyse it and it prints the way it reads.
 *
 * <pre>{@code
 * Condition promotionInParticipating =
 *     Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE));
 * promotionInParticipating.toString();  // layer is participating and intent is promote
 * }</pre>
 *
 * <p>Conditions compare by structure: two conditions built the same way are equal. Their {@code
 * toString()} is the condition syntax of the policy language, and parses back to an equal
 * condition. A condition nests at most {@link Limits#MAX_CONDITION_DEPTH} levels deep (see
 * {@link #depth()}): however it is built, a deeper one is refused with an {@link
 * IllegalArgumentException}.
 *
 * @since 0.1.0
 */
public sealed interface Condition
    permits Condition.Always,
        Condition.Match,
        Condition.OverBalanceLimit,
        Condition.All,
        Condition.Any,
        Condition.Not {

  /**
   * Whether the condition holds for {@code action} in {@code community}.
   *
   * @param overBalanceLimit whether the promotional share of recent activity in the community is
   *     above the policy's balance limit
   */
  boolean test(Community community, EngagementAction action, boolean overBalanceLimit);

  /** Calls the visitor method for this kind of condition. */
  <R> R accept(Visitor<R> visitor);

  /**
   * The values this condition tests {@code attribute} for, anywhere in it: each once, in the order
   * they first appear (within one test, in canonical order).
   */
  default Set<String> valuesOf(Attribute attribute) {
    return Traversals.valuesOf(this, requireNonNull(attribute, "attribute"));
  }

  /** Whether this condition looks at the balance limit anywhere. */
  default boolean mentionsBalanceLimit() {
    return Traversals.mentionsBalanceLimit(this);
  }

  /**
   * How deep the condition nests, as the policy language writes it: each {@code not} is a level,
   * and so is each combination ({@code and}, {@code or}) inside another combination or a {@code
   * not}, which the language writes in parentheses. {@code intent is promote} is 0 deep, {@code
   * (a or b) and c} 1, {@code not (a and b)} 2; at most {@link Limits#MAX_CONDITION_DEPTH}.
   */
  default int depth() {
    return Traversals.depth(this);
  }

  /** This condition and {@code other}. */
  default Condition and(Condition other) {
    return all(this, other);
  }

  /** This condition or {@code other}. */
  default Condition or(Condition other) {
    return any(this, other);
  }

  /** Holds everywhere. */
  static Condition always() {
    return Always.INSTANCE;
  }

  /** The community is of one of the given types. */
  static Condition type(CommunityType... types) {
    return match(Attribute.TYPE, names(types));
  }

  /** The community is in one of the given layers. */
  static Condition layer(Layer... layers) {
    return match(Attribute.LAYER, names(layers));
  }

  /** The community is run by one of the given stewards. */
  static Condition steward(Steward... stewards) {
    return match(Attribute.STEWARD, names(stewards));
  }

  /** The community runs on a platform of one of the given kinds. */
  static Condition platform(PlatformKind... kinds) {
    return match(Attribute.PLATFORM, names(kinds));
  }

  /** The community has one of the given memberships. */
  static Condition membership(Membership... memberships) {
    return match(Attribute.MEMBERSHIP, names(memberships));
  }

  /** The community is for one of the given audiences. */
  static Condition audience(Audience... audiences) {
    return match(Attribute.AUDIENCE, names(audiences));
  }

  /** The community has at least one of the given kebab-case topics. */
  static Condition topic(String... topics) {
    return match(Attribute.TOPIC, nonNull(topics));
  }

  /** The action has one of the given kebab-case ids. */
  static Condition action(String... actionIds) {
    return match(Attribute.ACTION, nonNull(actionIds));
  }

  /** The action has the id of one of the given actions (its traits are not compared). */
  static Condition action(EngagementAction... actions) {
    return match(
        Attribute.ACTION,
        Arrays.stream(actions)
            .map(a -> requireNonNull(a, "a condition value is null").id())
            .collect(Collectors.toList()));
  }

  /** The action has one of the given intents. */
  static Condition intent(Intent... intents) {
    return match(Attribute.INTENT, names(intents));
  }

  /** The action has one of the given formats. */
  static Condition format(Format... formats) {
    return match(Attribute.FORMAT, names(formats));
  }

  /** The action has one of the given reaches. */
  static Condition reach(Reach... reaches) {
    return match(Attribute.REACH, names(reaches));
  }

  /**
   * The attribute has one of the given values.
   *
   * @throws IllegalArgumentException if there are no values, or a value is not a constant name of
   *     a closed attribute or not a kebab-case id of an open one
   */
  static Condition match(Attribute attribute, Collection<String> values) {
    requireNonNull(attribute, "attribute");
    requireNonNull(values, "values");
    for (String value : values) {
      requireNonNull(value, "a condition value is null");
    }
    return new Match(attribute, ImmutableSet.copyOf(values));
  }

  /** The values in canonical order: an enum's declaration order, or alphabetical for ids. */
  private static ImmutableSet<String> canonical(Attribute attribute, Collection<String> values) {
    Comparator<String> order =
        attribute.isOpen()
            ? Comparator.naturalOrder()
            : Comparator.comparingInt(v -> attribute.domain().indexOf(v));
    return values.stream().sorted(order).collect(ImmutableSet.toImmutableSet());
  }

  /** The promotional share of recent activity is above the policy's balance limit. */
  static Condition promotionOverBalanceLimit() {
    return OverBalanceLimit.INSTANCE;
  }

  /**
   * Every one of the operands holds; a single operand is returned as it is.
   *
   * @throws IllegalArgumentException if there is no operand, or the condition would nest deeper
   *     than {@link Limits#MAX_CONDITION_DEPTH} levels
   */
  static Condition all(Condition... operands) {
    checkOperands(operands);
    checkArgument(operands.length > 0, "all needs at least one operand");
    return operands.length == 1
        ? requireNonNull(operands[0], "operand")
        : new All(ImmutableList.copyOf(operands));
  }

  /**
   * At least one of the operands holds; a single operand is returned as it is.
   *
   * @throws IllegalArgumentException if there is no operand, or the condition would nest deeper
   *     than {@link Limits#MAX_CONDITION_DEPTH} levels
   */
  static Condition any(Condition... operands) {
    checkOperands(operands);
    checkArgument(operands.length > 0, "any needs at least one operand");
    return operands.length == 1
        ? requireNonNull(operands[0], "operand")
        : new Any(ImmutableList.copyOf(operands));
  }

  /**
   * The operand does not hold.
   *
   * @throws IllegalArgumentException if the condition would nest deeper than {@link
   *     Limits#MAX_CONDITION_DEPTH} levels
   */
  static Condition not(Condition operand) {
    return new Not(operand);
  }

  private static void checkOperands(@Nullable Condition[] operands) {
    requireNonNull(operands, "operands");
    for (int i = 0; i < operands.length; i++) {
      if (operands[i] == null) {
        throw new NullPointerException("operand " + (i + 1) + " of " + operands.length + " is null");
      }
    }
  }

  private static List<String> nonNull(String... values) {
    for (String value : values) {
      requireNonNull(value, "a condition value is null");
    }
    return Arrays.asList(values);
  }

  private static List<String> names(Enum<?>... constants) {
    return Arrays.stream(constants)
        .map(c -> requireNonNull(c, "a condition value is null").name())
        .collect(Collectors.toList());
  }

  /** Operations over every kind of condition. */
  interface Visitor<R> {
    /** Visits {@link Condition#always()}. */
    R visitAlways();

    /** Visits an attribute match. */
    R visitMatch(Attribute attribute, Set<String> values);

    /** Visits {@link Condition#promotionOverBalanceLimit()}. */
    R visitOverBalanceLimit();

    /** Visits a conjunction. */
    R visitAll(List<Condition> operands);

    /** Visits a disjunction. */
    R visitAny(List<Condition> operands);

    /** Visits a negation. */
    R visitNot(Condition operand);
  }

  /** Holds everywhere; printed {@code always}. */
  enum Always implements Condition {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean test(Community community, EngagementAction action, boolean overBalanceLimit) {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAlways();
    }

    @Override
    public String toString() {
      return PolicyText.print(this);
    }
  }

  /** The promotional share of recent activity is above the balance limit. */
  enum OverBalanceLimit implements Condition {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean test(Community community, EngagementAction action, boolean overBalanceLimit) {
      return overBalanceLimit;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitOverBalanceLimit();
    }

    @Override
    public String toString() {
      return PolicyText.print(this);
    }
  }

  /**
   * An attribute has one of a set of values.
   *
   * @param attribute what is looked at
   * @param values the accepted values: constant names for a closed attribute, kebab-case ids for
   *     an open one; copied and kept in canonical order (declaration order, or alphabetical
   *     for ids), unmodifiable
   */
  record Match(Attribute attribute, Set<String> values) implements Condition {
    /** Checks the values against the attribute. */
    public Match {
      requireNonNull(attribute, "attribute");
      requireNonNull(values, "values");
      // copied before it is checked, so that what is checked is what is kept
      List<String> copy = new ArrayList<>(values.size());
      for (String value : values) {
        copy.add(requireNonNull(value, "a condition value is null"));
      }
      checkArgument(!copy.isEmpty(), "a %s condition needs at least one value", attribute.keyword());
      for (String value : copy) {
        if (attribute.isOpen()) {
          Checks.kebabCase(attribute.keyword(), value);
        } else {
          checkArgument(
              attribute.domain().contains(value),
              "%s must be one of %s: %s",
              attribute.keyword(),
              attribute.domain(),
              Texts.quote(value));
        }
      }
      values = canonical(attribute, copy);
    }

    @Override
    public boolean test(Community community, EngagementAction action, boolean overBalanceLimit) {
      return attribute.matches(values, community, action);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitMatch(attribute, values);
    }

    @Override
    public String toString() {
      return PolicyText.print(this);
    }
  }

  /**
   * Every operand holds.
   *
   * @param operands at least two conditions; copied, unmodifiable
   */
  record All(List<Condition> operands) implements Condition {
    /**
     * Checks that there are at least two operands and that the whole is not too deep.
     *
     * @throws IllegalArgumentException if there are fewer than two operands, or the condition
     *     would nest deeper than {@link Limits#MAX_CONDITION_DEPTH} levels or hold more than
     *     {@link Limits#MAX_CONDITION_SIZE} tests and combinations written out
     */
    public All {
      requireNonNull(operands, "operands");
      for (Condition operand : operands) {
        requireNonNull(operand, "an operand is null");
      }
      operands = ImmutableList.copyOf(operands);
      checkArgument(
          operands.size() >= 2, "all needs at least two operands, but has %s", operands.size());
      Traversals.checkDepth(Traversals.depthOfOperands(operands));
      Traversals.checkSize(Traversals.sizeOfOperands(operands));
    }

    @Override
    public boolean test(Community community, EngagementAction action, boolean overBalanceLimit) {
      for (Condition operand : operands) {
        if (!operand.test(community, action, overBalanceLimit)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAll(operands);
    }

    @Override
    public String toString() {
      return PolicyText.print(this);
    }
  }

  /**
   * At least one operand holds.
   *
   * @param operands at least two conditions; copied, unmodifiable
   */
  record Any(List<Condition> operands) implements Condition {
    /**
     * Checks that there are at least two operands and that the whole is not too deep.
     *
     * @throws IllegalArgumentException if there are fewer than two operands, or the condition
     *     would nest deeper than {@link Limits#MAX_CONDITION_DEPTH} levels or hold more than
     *     {@link Limits#MAX_CONDITION_SIZE} tests and combinations written out
     */
    public Any {
      requireNonNull(operands, "operands");
      for (Condition operand : operands) {
        requireNonNull(operand, "an operand is null");
      }
      operands = ImmutableList.copyOf(operands);
      checkArgument(
          operands.size() >= 2, "any needs at least two operands, but has %s", operands.size());
      Traversals.checkDepth(Traversals.depthOfOperands(operands));
      Traversals.checkSize(Traversals.sizeOfOperands(operands));
    }

    @Override
    public boolean test(Community community, EngagementAction action, boolean overBalanceLimit) {
      for (Condition operand : operands) {
        if (operand.test(community, action, overBalanceLimit)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAny(operands);
    }

    @Override
    public String toString() {
      return PolicyText.print(this);
    }
  }

  /**
   * The operand does not hold.
   *
   * @param operand the negated condition
   */
  record Not(Condition operand) implements Condition {
    /**
     * Checks the operand, and that the whole is not too deep.
     *
     * @throws IllegalArgumentException if the condition would nest deeper than {@link
     *     Limits#MAX_CONDITION_DEPTH} levels or hold more than {@link Limits#MAX_CONDITION_SIZE}
     *     tests and combinations written out
     */
    public Not {
      requireNonNull(operand, "operand");
      Traversals.checkDepth(Traversals.depthOfNot(operand));
      Traversals.checkSize(Traversals.sizeOfOperands(List.of(operand)));
    }

    @Override
    public boolean test(Community community, EngagementAction action, boolean overBalanceLimit) {
      return !operand.test(community, action, overBalanceLimit);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNot(operand);
    }

    @Override
    public String toString() {
      return PolicyText.print(this);
    }
  }
}
