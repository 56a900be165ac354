package io.github.socialecosystem.core.policy;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a decision came out as it did: one rule that decided it (or the policy default), or one
 * matching rule that was overridden.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Reason {
  /** The rule id a reason carries when no rule matched and the policy's default verdict applied. */
  public static final String DEFAULT_RULE_ID = "default";

  Reason() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reason}. */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}
  }

  /** The reason a rule gives, without detail. */
  public static Reason of(EngagementRule rule) {
    return builder()
        .ruleId(rule.id())
        .verdict(rule.verdict())
        .rationale(rule.rationale())
        .citation(rule.citation())
        .build();
  }

  /** The id of the rule, or {@link #DEFAULT_RULE_ID}. */
  public abstract String ruleId();

  /** The verdict the rule gives. */
  public abstract Verdict verdict();

  /** Why the rule gives that verdict, for a person to read. */
  public abstract String rationale();

  /** The section of the source material the rule comes from, if any. */
  public abstract Optional<String> citation();

  /** Facts of this decision that the rule relied on, such as a measured share of promotion. */
  public abstract Optional<String> detail();

  /** Whether this is the policy default rather than a rule. */
  public final boolean isDefault() {
    return ruleId().equals(DEFAULT_RULE_ID);
  }

  @Value.Check
  final void check() {
    Checks.kebabCase("reason ruleId", ruleId());
    Checks.nonBlank("reason rationale", rationale());
    citation().ifPresent(c -> Checks.nonBlank("reason citation", c));
    detail().ifPresent(d -> Checks.nonBlank("reason detail", d));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(ruleId()).append(" (").append(verdict()).append("): ")
        .append(rationale());
    detail().ifPresent(d -> text.append(" [").append(d).append(']'));
    citation().ifPresent(c -> text.append(" [citation: ").append(c).append(']'));
    return text.toString();
  }
}
