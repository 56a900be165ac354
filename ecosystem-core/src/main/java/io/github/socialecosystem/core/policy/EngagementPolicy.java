package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A set of rules that together say how appropriate each engagement action is in each community.
 *
 * <pre>{@code
 * EngagementPolicy mine = EngagementPolicy.builder()
 *     .id("acme-social").description("How Acme engages online")
 *     .addRules(noPromotionInParticipating, listenEverywhere)
 *     .defaultVerdict(Verdict.LIMITED)
 *     .build();
 * }</pre>
 *
 * <p>Deciding: of the rules whose condition holds, the highest priority wins; among those, the
 * most restrictive verdict. When no rule holds, the default verdict applies.
 */
@Value.Immutable
public abstract class EngagementPolicy {
  /** The balance limit unless one is set: promotion may be at most half of recent activity. */
  public static final double DEFAULT_BALANCE_LIMIT = 0.5;

  EngagementPolicy() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EngagementPolicy}; {@code build()} validates it. */
  public static final class Builder extends ImmutableEngagementPolicy.Builder {
    Builder() {}
  }

  /** A kebab-case id. */
  public abstract String id();

  /** What the policy is for. */
  public abstract String description();

  /** The rules, in the order they were added; ids are unique. */
  public abstract List<EngagementRule> rules();

  /** The verdict when no rule matches. */
  public abstract Verdict defaultVerdict();

  /**
   * The largest share of recent activity (0 to 1) that may be promotion before
   * {@link Condition#promotionOverBalanceLimit()} holds.
   */
  @Value.Default
  public double balanceLimit() {
    return DEFAULT_BALANCE_LIMIT;
  }

  /** The rule with the given id, if there is one. */
  public final Optional<EngagementRule> rule(String id) {
    requireNonNull(id, "id");
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Value.Check
  final void check() {
    Checks.kebabCase("policy id", id());
    Checks.text("policy description", description());
    checkArgument(
        balanceLimit() >= 0.0 && balanceLimit() <= 1.0,
        "balanceLimit must be between 0 and 1: %s",
        balanceLimit());
    Set<String> ids = new HashSet<>();
    for (EngagementRule rule : rules()) {
      checkArgument(
          ids.add(rule.id()),
          "rule ids must be unique in a policy, but '%s' appears more than once",
          rule.id());
    }
  }
}
