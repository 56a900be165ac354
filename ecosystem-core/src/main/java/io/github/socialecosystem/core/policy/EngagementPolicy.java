package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.PolicyText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>A policy holds at most {@link Limits#MAX_RULES} rules, and its text in the policy language is
 * at most {@link Limits#MAX_POLICY_CHARS} characters long, so that every policy that can be built
 * can be printed and read back; {@code build()} refuses a larger one and says what to shrink.
 *
 * @since 0.1.0
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

  /**
   * What the policy promises over every situation a condition covers; the analyzer proves each,
   * or shows where it fails. Deciding ignores them.
   */
  public abstract List<Guarantee> guarantees();

  /** Examples the policy carries, checked by the analyzer like tests. Deciding ignores them. */
  public abstract List<Expectation> expectations();

  /** The verdict when no rule matches. */
  public abstract Verdict defaultVerdict();

  /**
   * The largest share of recent activity (0 to 1) that may be promotion before
   * {@link Condition#promotionOverBalanceLimit()} holds. A limit of {@code -0.0} is kept as
   * {@code 0.0}.
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
  final EngagementPolicy check() {
    Checks.kebabCase("policy id", id());
    Checks.text("policy description", description());
    checkArgument(
        balanceLimit() >= 0.0 && balanceLimit() <= 1.0,
        "balanceLimit must be between 0 and 1: %s",
        balanceLimit());
    if (Double.doubleToRawLongBits(balanceLimit()) != 0L && balanceLimit() == 0.0) {
      return builder().from(this).balanceLimit(0.0).build();  // -0.0 prints as 0%: keep 0.0
    }
    checkArgument(
        guarantees().size() <= Limits.MAX_RULES && expectations().size() <= Limits.MAX_RULES,
        "policy '%s' has %s guarantees and %s expectations; each may be at most %s"
            + " (Limits.MAX_RULES)",
        id(),
        guarantees().size(),
        expectations().size(),
        Limits.MAX_RULES);
    if (rules().size() > Limits.MAX_RULES) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "policy '%s' has %,d rules, more than the %,d a policy may hold"
                  + " (Limits.MAX_RULES): split it into several policies",
              id(),
              rules().size(),
              Limits.MAX_RULES));
    }
    Set<String> ids = new HashSet<>();
    for (EngagementRule rule : rules()) {
      checkArgument(
          ids.add(rule.id()),
          "rule ids must be unique in a policy, but '%s' appears more than once",
          rule.id());
    }
    checkLength();
    return this;
  }

  /** Refuses a policy whose text would be too long for the policy language to read back. */
  private void checkLength() {
    long counted = 4L * Limits.MAX_POLICY_CHARS;  // enough to say by how much it is over
    long length = PolicyText.length(this, counted);
    if (length <= Limits.MAX_POLICY_CHARS) {
      return;
    }
    EngagementRule longest = rules().get(0);
    long longestLength = 0;
    for (EngagementRule rule : rules()) {
      long ruleLength = PolicyText.length(rule, counted);
      if (ruleLength > longestLength) {
        longest = rule;
        longestLength = ruleLength;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "policy '%s' would be %s long as text, but the policy language reads at most %,d"
                + " (Limits.MAX_POLICY_CHARS): shorten it by %s (its longest rule, '%s', takes %s),"
                + " or split it into several policies",
            id(),
            characters(length, counted),
            Limits.MAX_POLICY_CHARS,
            characters(length - Limits.MAX_POLICY_CHARS, counted - Limits.MAX_POLICY_CHARS),
            longest.id(),
            characters(longestLength, counted)));
  }

  /** "1 character", "1,234 characters", or "more than 16,000,000 characters" past {@code counted}. */
  private static String characters(long length, long counted) {
    if (length > counted) {
      return String.format(Locale.ROOT, "more than %,d characters", counted);
    }
    return String.format(Locale.ROOT, length == 1 ? "%,d character" : "%,d characters", length);
  }
}
