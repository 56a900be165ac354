package io.github.socialecosystem.rules.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One thing the analyzer found in a policy.
 *
 * @param kind what was found
 * @param ruleIds the rules concerned, possibly none (a gap concerns no rule)
 * @param witness a situation that shows it; empty only for an unsatisfiable rule
 * @param occurrences in how many situations of the attribute space it shows (a situation is a
 *     community shape, an action with its traits and a balance state, whatever topics the community has)
 * @param message what was found, for a person
 * @param proven whether the analysis examined everything the finding depends on; an unproven
 *     finding is never an error, see {@link PolicyAnalysis#isComplete()}
 *
 * @since 0.1.0
 */
public record PolicyFinding(
    Kind kind,
    List<String> ruleIds,
    Optional<Situation> witness,
    int occurrences,
    String message,
    boolean proven) {

  /** Checks and copies the fields. */
  public PolicyFinding {
    requireNonNull(kind, "kind");
    ruleIds = Checks.ids("finding ruleIds", ruleIds);
    requireNonNull(witness, "witness");
    checkArgument(occurrences >= 0, "finding occurrences must not be negative: %s", occurrences);
    Checks.nonBlank("finding message", message);
  }

  /** Whether the finding is an error rather than a warning: of an error kind, and proven. */
  public boolean isError() {
    return kind.isError() && proven;
  }

  /**
   * The kinds of findings; rules that can never decide anything, failed guarantees and failed
   * expectations are errors.
   */
  public enum Kind {
    /** No rule can match: no community and action satisfy the condition. An error. */
    UNSATISFIABLE(true),
    /** The rule can match, but other rules always decide where it does. An error. */
    SHADOWED(true),
    /**
     * A guarantee of the policy fails in some situation, shown by the witness; the rule ids are
     * the rules that decide there. An error. When the analysis could not examine every
     * combination of topics and found no failure, the finding has no witness and is not proven.
     */
    GUARANTEE(true),
    /**
     * An expectation of the policy does not hold in some community shape it covers, shown by the
     * witness; the rule ids are the rules that decide there. An error.
     */
    EXPECTATION(true),
    /** Rules of equal priority with different verdicts match together; the stricter wins. */
    CONFLICT(false),
    /** No rule matches, so the policy's default verdict decides. */
    GAP(false);

    private final boolean error;

    Kind(boolean error) {
      this.error = error;
    }

    /** Whether findings of this kind are errors. */
    public boolean isError() {
      return error;
    }
  }
}
