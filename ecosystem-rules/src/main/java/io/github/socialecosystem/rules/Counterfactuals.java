package io.github.socialecosystem.rules;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A decision and what would change it: for each other verdict, the nearest situation that gets
 * it. Asked for with {@link PolicyEngine#counterfactuals}.
 *
 * <pre>{@code
 * Counterfactuals whatIf = engine.counterfactuals(forum, StandardActions.POST_PRESS_RELEASE);
 * whatIf.decision().verdict();                  // INAPPROPRIATE in a participating community
 * whatIf.nearest().get(0).changes();            // e.g. [steward independent -> organization]
 * System.out.println(whatIf.explain());         // the decision, then one line per other verdict
 * }</pre>
 *
 * <p>A situation is changed by the community's steward, platform kind, membership, audience and
 * the topics the policy names, the action's intent, format and reach (its id stays), and whether
 * recent promotion is over the policy's balance limit (only when a rule looks at it). Only
 * communities that can exist are considered. Nearest means fewest changes, a topic counting
 * once for each topic added or removed. Of equally near situations, the one whose changed
 * attributes come first in the order of {@link Counterfactual.Attribute} wins (topics among
 * themselves in alphabetical order), comparing the changed attributes one by one; then the one
 * whose new values come first in their declared order. Among several topics that no rule tells
 * apart, the alphabetically first is the one added.
 *
 * <p>The search is exact: it tries situations nearest first over the whole finite space, so a
 * counterfactual it reports has no nearer one with that verdict, and a verdict it does not report
 * is given by no situation at all. A policy that names very many topics can make the space too
 * large to try in full: then {@link #complete()} is false, and a verdict missing from {@link
 * #nearest()} may still be reachable by more changes than were tried; those reported are still
 * the nearest.
 *
 * @since 0.1.0
 */
public final class Counterfactuals {
  private final Decision decision;
  private final ImmutableList<Counterfactual> nearest;
  private final boolean complete;

  Counterfactuals(Decision decision, List<Counterfactual> nearest, boolean complete) {
    this.decision = decision;
    this.nearest = ImmutableList.copyOf(nearest);
    this.complete = complete;
  }

  /** The decision as it stands. */
  public Decision decision() {
    return decision;
  }

  /** For each other verdict some situation gets, the nearest such situation; best verdict first. */
  public List<Counterfactual> nearest() {
    return nearest;
  }

  /** The nearest situation with {@code verdict}, if some situation gets it and it is not the current one. */
  public Optional<Counterfactual> nearest(Verdict verdict) {
    return nearest.stream().filter(c -> c.verdict() == verdict).findFirst();
  }

  /** Whether the whole space was tried; see the class comment. */
  public boolean complete() {
    return complete;
  }

  /**
   * The decision as {@link Decision#explain()} writes it, followed by what would change it: one
   * line per counterfactual, and a line for every verdict no situation gets.
   */
  public String explain() {
    return decision.explain() + whatWouldChange();
  }

  /**
   * Only the lines {@link #explain()} adds to the decision: a heading, then per other verdict the
   * nearest counterfactual, or that no change gives it, or (when not {@linkplain #complete()
   * complete}) that none was found among the situations tried.
   */
  public String whatWouldChange() {
    StringBuilder text = new StringBuilder("  what would change the answer:\n");
    for (Verdict verdict : Verdict.values()) {
      if (verdict == decision.verdict()) {
        continue;
      }
      Optional<Counterfactual> found = nearest(verdict);
      if (found.isPresent()) {
        text.append("    ").append(found.get().describe()).append('\n');
      } else if (complete) {
        text.append("    ").append(verdict).append(": no change gives it\n");
      } else {
        text.append("    ").append(verdict).append(": not found within the situations tried\n");
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof Counterfactuals that
            && decision.equals(that.decision)
            && nearest.equals(that.nearest)
            && complete == that.complete);
  }

  @Override
  public int hashCode() {
    return Objects.hash(decision, nearest, complete);
  }

  @Override
  public String toString() {
    return "Counterfactuals{" + decision.verdict() + ", " + nearest + (complete ? "" : ", incomplete") + "}";
  }
}
