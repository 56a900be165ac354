package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.socialecosystem.core.Intent;
import java.util.Map;
import org.immutables.value.Value;

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
 */
@Value.Immutable
public abstract class EngagementContext {
  private static final EngagementContext NONE = builder().build();

  EngagementContext() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EngagementContext}. */
  public static final class Builder extends ImmutableEngagementContext.Builder {
    Builder() {}
  }

  /** No recent activity: the context of a decision made without history. */
  public static EngagementContext none() {
    return NONE;
  }

  /** How many recent actions of each intent the organisation took here; absent means none. */
  public abstract Map<Intent, Integer> recentActivity();

  /** The number of recent actions of every intent. */
  @Value.Derived
  public long total() {
    long total = 0;
    for (int count : recentActivity().values()) {
      total += count;
    }
    return total;
  }

  /** The share of recent actions that promoted, from 0 to 1; 0 when there was no activity. */
  @Value.Derived
  public double promotionalShare() {
    long total = total();
    return total <= 0 ? 0.0 : recentActivity().getOrDefault(Intent.PROMOTE, 0) / (double) total;
  }

  /** Whether the promotional share is strictly above {@code limit}. */
  public final boolean isPromotionOver(double limit) {
    return promotionalShare() > limit;
  }

  @Value.Check
  final void check() {
    for (Map.Entry<Intent, Integer> entry : recentActivity().entrySet()) {
      checkArgument(
          entry.getValue() >= 0,
          "recentActivity count for %s must not be negative: %s",
          entry.getKey(),
          entry.getValue());
    }
  }
}
