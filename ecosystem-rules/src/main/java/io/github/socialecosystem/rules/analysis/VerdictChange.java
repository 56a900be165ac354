package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.internal.Checks;
import java.util.List;

/**
 * One situation whose verdict a policy change flips.
 *
 * @param situation the community shape and action traits; its balance flag is not used, see
 *     {@code context}
 * @param context the recent activity the situation was decided with
 * @param before the verdict under the old policy
 * @param after the verdict under the new policy
 * @param decidingRulesAfter the rules that decide under the new policy
 *
 * @since 0.1.0
 */
public record VerdictChange(
    Situation situation,
    EngagementContext context,
    Verdict before,
    Verdict after,
    List<String> decidingRulesAfter) {

  /** Checks and copies the fields. */
  public VerdictChange {
    requireNonNull(situation, "situation");
    requireNonNull(context, "context");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    decidingRulesAfter = Checks.ids("decidingRulesAfter", decidingRulesAfter);
  }

  /** Whether the new policy allows less here than the old one. */
  public boolean isStricter() {
    return after.isMoreRestrictiveThan(before);
  }
}
