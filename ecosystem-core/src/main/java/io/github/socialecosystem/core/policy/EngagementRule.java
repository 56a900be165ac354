package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of an {@link EngagementPolicy}: where it applies, the verdict it gives there, and why.
 *
 * <pre>{@code
 * EngagementRule noPromotion = EngagementRule.builder()
 *     .id("participating-no-promotion")
 *     .condition(Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE)))
 *     .verdict(Verdict.INAPPROPRIATE)
 *     .rationale("Members came to talk among themselves, not to hear advertising.")
 *     .citation("participating communities")
 *     .build();
 * EngagementRule disclose = EngagementRule.builder()
 *     .id("participating-converse")
 *     .condition(Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.CONVERSE)))
 *     .verdict(Verdict.APPROPRIATE)
 *     .rationale("You may take part as any member would.")
 *     .addObligations(Obligation.discloseAffiliation())
 *     .build();
 * }</pre>
 *
 * <p>A {@link Verdict#LIMITED} rule must say what the limit is, as at least one obligation.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EngagementRule {
  EngagementRule() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EngagementRule}; {@code build()} validates it. */
  public static final class Builder extends ImmutableEngagementRule.Builder {
    Builder() {}
  }

  /** A kebab-case id, unique within its policy. */
  public abstract String id();

  /** Where the rule applies. */
  public abstract Condition condition();

  /** The verdict it gives there. */
  public abstract Verdict verdict();

  /** Why, in words a person acting on the decision understands. */
  public abstract String rationale();

  /** Higher priorities win over lower ones; 0 unless set. */
  @Value.Default
  public int priority() {
    return 0;
  }

  /** The section of the source material the rule comes from, if any. */
  public abstract Optional<String> citation();

  /** What a person must do to stay appropriate when this rule decides. */
  public abstract List<Obligation> obligations();

  @Value.Check
  final void check() {
    Checks.kebabCase("rule id", id());
    checkArgument(
        !id().equals(Reason.DEFAULT_RULE_ID),
        "rule id '%s' is reserved for the policy default",
        Reason.DEFAULT_RULE_ID);
    Checks.text("rationale of rule '" + id() + "'", rationale());
    citation().ifPresent(c -> Checks.text("citation of rule '" + id() + "'", c));
    checkArgument(
        verdict() != Verdict.LIMITED || !obligations().isEmpty(),
        "rule '%s' is LIMITED, so it must state the limit as an obligation",
        id());
  }

  @Override
  public String toString() {
    return id() + ": when " + condition() + " then " + verdict() + " (priority " + priority() + ")";
  }
}
