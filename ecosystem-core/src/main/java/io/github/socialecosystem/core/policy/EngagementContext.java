package io.github.socialecosystem.core.policy;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Intent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recent activity of the organisation in one community, counted by intent; lets a policy keep
 * promotion in balance.
 *
 * <pre>{@code
 * EngagementContext recent = EngagementContext.builder()
 *     .putRecentActivity(Intent.PROMOTE, 8)
 *     .putRecentActivity(Intent.CONVERSE, 2)
 *     .build();
 * recent.promotionalShare();   // 0.8
 * }</pre>
 *
 * <p>Each intent is counted once: the builder refuses an intent given twice rather than keep one
 * of the two counts silently.
 *
 * @since 0.1.0
 */
public final class EngagementContext {
  private static final EngagementContext NONE = builder().build();

  private final Map<Intent, Integer> recentActivity;
  private final long total;
  private final double promotionalShare;

  private EngagementContext(Map<Intent, Integer> recentActivity) {
    this.recentActivity = Collections.unmodifiableMap(recentActivity);
    long sum = 0;
    for (int count : recentActivity.values()) {
      sum += count;
    }
    this.total = sum;
    this.promotionalShare =
        sum <= 0 ? 0.0 : recentActivity.getOrDefault(Intent.PROMOTE, 0) / (double) sum;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No recent activity: the context of a decision made without history. */
  public static EngagementContext none() {
    return NONE;
  }

  /**
   * How many recent actions of each intent the organisation took here, in the order they were
   * given; absent means none.
   */
  public Map<Intent, Integer> recentActivity() {
    return recentActivity;
  }

  /** The number of recent actions of every intent. */
  public long total() {
    return total;
  }

  /** The share of recent actions that promoted, from 0 to 1; 0 when there was no activity. */
  public double promotionalShare() {
    return promotionalShare;
  }

  /** Whether the promotional share is strictly above {@code limit}. */
  public boolean isPromotionOver(double limit) {
    return promotionalShare > limit;
  }

  /** Equal when the recent activity is: the same count for the same intents. */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof EngagementContext that && recentActivity.equals(that.recentActivity));
  }

  @Override
  public int hashCode() {
    return recentActivity.hashCode();
  }

  @Override
  public String toString() {
    return "EngagementContext{recentActivity=" + recentActivity + ", total=" + total
        + ", promotionalShare=" + promotionalShare + "}";
  }

  /**
   * Builds an {@link EngagementContext}: one count per intent, none negative.
   *
   * <p>Not thread-safe; use it where it is created.
   */
  public static final class Builder {
    private final Map<Intent, Integer> recentActivity = new LinkedHashMap<>();

    Builder() {}

    /**
     * Counts {@code count} recent actions with {@code intent}.
     *
     * @throws IllegalArgumentException if the count is negative, or the intent already has a count
     */
    public Builder putRecentActivity(Intent intent, int count) {
      requireNonNull(intent, "recentActivity intent");
      if (count < 0) {
        throw new IllegalArgumentException(
            "recentActivity count for " + intent + " must not be negative: " + count);
      }
      Integer previous = recentActivity.putIfAbsent(intent, count);
      if (previous != null) {
        throw new IllegalArgumentException(
            "recentActivity has " + intent + " twice (" + previous + ", then " + count
                + "): give each intent once, with its whole count");
      }
      return this;
    }

    /**
     * Counts recent actions of each intent in {@code counts}, as {@link #putRecentActivity} does.
     *
     * @throws IllegalArgumentException if a count is negative, or an intent already has a count
     */
    public Builder putAllRecentActivity(Map<Intent, ? extends Integer> counts) {
      requireNonNull(counts, "recentActivity");
      for (Map.Entry<Intent, ? extends Integer> entry : counts.entrySet()) {
        Intent intent = requireNonNull(entry.getKey(), "recentActivity intent");
        Integer count = entry.getValue();
        putRecentActivity(intent, requireNonNull(count, () -> "recentActivity count for " + intent));
      }
      return this;
    }

    /** The context. */
    public EngagementContext build() {
      return new EngagementContext(new LinkedHashMap<>(recentActivity));
    }
  }
}
