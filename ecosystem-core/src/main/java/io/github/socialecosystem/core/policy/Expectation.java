package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An example a policy carries, checked like a test: this action, in every community of this type
 * or layer (with these topics, and perhaps with promotion over the balance limit), gets this
 * verdict.
 *
 * <pre>{@code
 * Expectation deals = Expectation.builder()
 *     .action(StandardActions.ANNOUNCE_DEAL)
 *     .type(CommunityType.MANAGED)
 *     .verdict(Verdict.APPROPRIATE)
 *     .build();
 * }</pre>
 *
 * <p>In the policy language: {@code expect announce-deal in managed is appropriate}. A place that
 * is both a layer and a type (participating, managed) is always held as the type.
 *
 * @since 0.1.0
 */
public final class Expectation {
  /** The most topics an expectation may name. */
  public static final int MAX_TOPICS = 100;

  private final EngagementAction action;
  private final @Nullable CommunityType type;
  private final Layer layer;
  private final ImmutableSortedSet<String> topics;
  private final boolean over;
  private final Verdict verdict;

  private Expectation(
      EngagementAction action,
      @Nullable CommunityType type,
      Layer layer,
      Set<String> topics,
      boolean over,
      Verdict verdict) {
    this.action = action;
    this.type = type;
    this.layer = layer;
    this.topics = ImmutableSortedSet.copyOf(topics);
    this.over = over;
    this.verdict = verdict;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The action. */
  public EngagementAction action() {
    return action;
  }

  /** The type of community it is about; empty when it is about every type of {@link #layer()}. */
  public Optional<CommunityType> type() {
    return Optional.ofNullable(type);
  }

  /** The layer of community it is about. */
  public Layer layer() {
    return layer;
  }

  /** The topics the communities carry, sorted; often none. */
  public Set<String> topics() {
    return topics;
  }

  /** Whether recent promotion there is over the policy's balance limit. */
  public boolean promotionOverBalanceLimit() {
    return over;
  }

  /** The verdict expected. */
  public Verdict verdict() {
    return verdict;
  }

  /** Whether a community of {@code communityType} is one the expectation is about. */
  public boolean covers(CommunityType communityType) {
    requireNonNull(communityType, "communityType");
    return type != null ? type == communityType : communityType.layer() == layer;
  }

  /** Whether the action is written by its id alone: a standard action with its own traits. */
  public boolean isStandardAction() {
    return StandardActions.byId(action.id()).map(action::equals).orElse(false);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Expectation that
        && action.equals(that.action)
        && type == that.type
        && layer == that.layer
        && topics.equals(that.topics)
        && over == that.over
        && verdict == that.verdict;
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, type, layer, topics, over, verdict);
  }

  /** The expectation as the policy language writes it. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("expect ").append(action.id());
    if (!isStandardAction()) {
      text.append(" (").append(Texts.kebab(action.intent())).append(", ")
          .append(Texts.kebab(action.format())).append(", ")
          .append(Texts.kebab(action.reach())).append(')');
    }
    text.append(" in ").append(type != null ? Texts.kebab(type) : Texts.kebab(layer));
    if (!topics.isEmpty()) {
      text.append(" with topics [").append(String.join(", ", topics)).append(']');
    }
    if (over) {
      text.append(" with promotion over balance limit");
    }
    return text.append(" is ").append(Texts.kebab(verdict)).toString();
  }

  /** Builds an {@link Expectation}; {@code build()} validates it. */
  public static final class Builder {
    private @Nullable EngagementAction action;
    private @Nullable CommunityType type;
    private @Nullable Layer layer;
    private final Set<String> topics = new TreeSet<>();
    private boolean over;
    private @Nullable Verdict verdict;

    private Builder() {}

    /** The action; required. */
    public Builder action(EngagementAction action) {
      this.action = requireNonNull(action, "action");
      return this;
    }

    /** The type of community; this or a {@link #layer(Layer)} is required. */
    public Builder type(CommunityType type) {
      this.type = requireNonNull(type, "type");
      return this;
    }

    /** Every type of community of a layer; this or a {@link #type(CommunityType)} is required. */
    public Builder layer(Layer layer) {
      this.layer = requireNonNull(layer, "layer");
      return this;
    }

    /** Topics the communities carry, each kebab-case. */
    public Builder addTopics(String... topics) {
      return addAllTopics(Arrays.asList(topics));
    }

    /** Topics the communities carry, each kebab-case. */
    public Builder addAllTopics(Iterable<String> topics) {
      for (String topic : topics) {
        Checks.kebabCase("expectation topic", requireNonNull(topic, "topic"));
        this.topics.add(topic);
      }
      return this;
    }

    /** Whether recent promotion is over the balance limit; false unless set. */
    public Builder promotionOverBalanceLimit(boolean over) {
      this.over = over;
      return this;
    }

    /** The verdict expected; required. */
    public Builder verdict(Verdict verdict) {
      this.verdict = requireNonNull(verdict, "verdict");
      return this;
    }

    /**
     * The expectation.
     *
     * @throws IllegalStateException if the action, the verdict or the place is missing
     * @throws IllegalArgumentException if both a type and a layer are given and do not agree, or
     *     there are more than {@link #MAX_TOPICS} topics
     */
    public Expectation build() {
      EngagementAction a = action;
      if (a == null) {
        throw new IllegalStateException("an expectation needs an action");
      }
      Verdict v = verdict;
      if (v == null) {
        throw new IllegalStateException("an expectation of " + a.id() + " needs a verdict");
      }
      CommunityType t = type;
      Layer l = layer;
      if (t == null && l == null) {
        throw new IllegalStateException("an expectation of " + a.id() + " needs a type or a layer");
      }
      checkArgument(
          t == null || l == null || t.layer() == l, "expectation type %s is not in layer %s", t, l);
      checkArgument(
          topics.size() <= MAX_TOPICS,
          "an expectation may name at most %s topics, but has %s",
          MAX_TOPICS,
          topics.size());
      if (t == null) {
        // A layer with a single type is held as that type, so that its text reads back the same.
        for (CommunityType each : CommunityType.values()) {
          if (Texts.kebab(each).equals(Texts.kebab(requireNonNull(l, "layer")))) {
            t = each;
          }
        }
      }
      return new Expectation(a, t, t != null ? t.layer() : requireNonNull(l, "layer"), topics, over, v);
    }
  }
}
