package io.github.socialecosystem.rules.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.internal.Checks;
import java.util.List;

/**
 * One cell of a {@linkplain PolicyDiff#grid() diff's summary grid}: what a policy change does to
 * one standard action, with its own traits, in the communities of one type.
 *
 * <p>A type spans several community shapes (steward, platform kind, membership, audience), and in
 * each the verdict may also depend on the topics a community carries and on recent activity. The
 * cell shows the usual verdicts, {@code before} and {@code after}; {@code flips} lists every pair
 * of verdicts that differ anywhere in the cell, so that no change hides behind the usual case.
 *
 * @param action the standard action
 * @param type the community type
 * @param shapes how many community shapes the type has
 * @param before the old verdict with no recent activity, for a community carrying no topic a
 *     rule names, in most of the type's shapes (the first of them in shape order on a tie)
 * @param after the new verdict in the same case
 * @param flips every change of verdict in some shape of the type, for some topics or recent
 *     activity: the usual one first if the usual verdicts differ, then by how many shapes show
 *     it, most first
 *
 * @since 0.1.0
 */
public record GridCell(
    EngagementAction action,
    CommunityType type,
    int shapes,
    Verdict before,
    Verdict after,
    List<Flip> flips) {

  /** Checks and copies the fields. */
  public GridCell {
    requireNonNull(action, "action");
    requireNonNull(type, "type");
    checkArgument(shapes > 0, "shapes must be positive: %s", shapes);
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    flips = Checks.copy("flips", flips);
  }

  /** Whether the change flips the verdict anywhere in this cell. */
  public boolean changes() {
    return !flips.isEmpty();
  }

  /** The cell as the grid in {@link PolicyDiff#plan()} prints it. */
  public String text() {
    return DiffSummary.cellText(before, after, shapes, flips);
  }

  /**
   * One change of verdict in a cell.
   *
   * @param before the old verdict
   * @param after the new verdict, different from {@code before}
   * @param shapes in how many of the type's community shapes it happens, for some topics or
   *     recent activity
   * @param onlyWithTopics whether it happens only in communities carrying some topic a rule
   *     names; the topics are in the diff's {@linkplain PolicyDiff#changes() changes}
   * @param contexts the recent activities it happens with, in the order the diff tries them; it
   *     happens with no recent activity only if {@link EngagementContext#none()} is among them
   */
  public record Flip(
      Verdict before,
      Verdict after,
      int shapes,
      boolean onlyWithTopics,
      List<EngagementContext> contexts) {

    /** Checks and copies the fields. */
    public Flip {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      checkArgument(before != after, "a flip needs two different verdicts: %s", before);
      checkArgument(shapes > 0, "shapes must be positive: %s", shapes);
      contexts = Checks.copy("contexts", contexts);
      checkArgument(!contexts.isEmpty(), "contexts must not be empty");
    }

    /** Whether it happens only with some recent promotion, never with no recent activity. */
    public boolean onlyWithRecentPromotion() {
      return !contexts.contains(EngagementContext.none());
    }
  }
}
