package io.github.socialecosystem.rules.analysis;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate policy checked against a baseline: every situation where the candidate is more
 * lenient (its verdict ranks better than the baseline's). A candidate that is nowhere more lenient
 * refines the baseline: it may forbid more, never allow more. Made by {@link
 * PolicyAnalyzer#compare}.
 *
 * <pre>{@code
 * @Test
 * void ourPolicyIsNeverLaxerThanTheStandardOne() {
 *   PolicyAnalyzer.compare(ours, StandardPolicy.policy()).assertRefines();
 * }
 * }</pre>
 *
 * <p>The situations are those of {@link PolicyDiff#between PolicyDiff.between(baseline,
 * candidate)}, with its witnesses and its way of telling situations apart; only the changes
 * toward leniency are kept, in {@link #moreLenient()} and in the diff's grid cells in {@link
 * #grid()}.
 *
 * @since 0.1.0
 */
public final class PolicyComparison {
  private final PolicyDiff diff;
  private final ImmutableList<VerdictChange> moreLenient;
  private final ImmutableList<GridCell> grid;

  PolicyComparison(PolicyDiff diff) {
    this.diff = diff;
    this.moreLenient =
        diff.changes().stream()
            .filter(c -> c.before().isMoreRestrictiveThan(c.after()))
            .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<GridCell> cells = ImmutableList.builder();
    for (GridCell cell : diff.grid()) {
      List<GridCell.Flip> lenient =
          cell.flips().stream().filter(f -> f.before().isMoreRestrictiveThan(f.after())).toList();
      if (!lenient.isEmpty()) {
        cells.add(
            new GridCell(cell.action(), cell.type(), cell.shapes(), cell.before(), cell.after(), lenient));
      }
    }
    this.grid = cells.build();
  }

  /** The policy checked. */
  public EngagementPolicy candidate() {
    return diff.after();
  }

  /** The policy it is checked against. */
  public EngagementPolicy baseline() {
    return diff.before();
  }

  /**
   * Every situation where the candidate is more lenient: {@link VerdictChange#before()} is the
   * baseline's verdict, {@link VerdictChange#after()} the candidate's, with the candidate's
   * deciding rules; by community shape, then action traits.
   */
  public List<VerdictChange> moreLenient() {
    return moreLenient;
  }

  /**
   * The cells of the diff's grid (a standard action with its own traits, in communities of one
   * type) where the candidate is more lenient somewhere, each with only those flips; catalog
   * order, then type order. Custom actions and ids a rule names are in {@link #moreLenient()}.
   */
  public List<GridCell> grid() {
    return grid;
  }

  /** Whether every situation was compared in full; see {@link PolicyDiff#isComplete()}. */
  public boolean isComplete() {
    return diff.isComplete();
  }

  /** Whether the candidate is nowhere more lenient, over a comparison that is complete. */
  public boolean refines() {
    return moreLenient.isEmpty() && diff.isComplete();
  }

  /**
   * Throws unless the candidate {@linkplain #refines() refines} the baseline.
   *
   * @throws AssertionError with the {@linkplain #report(boolean) report}, if it does not
   */
  public void assertRefines() {
    if (!refines()) {
      throw new AssertionError(report(true));
    }
  }

  /** The report with each finding a warning; see {@link #report(boolean)}. */
  public String report() {
    return report(false);
  }

  /**
   * The comparison as text: a summary line; the grid cells where the candidate is more lenient
   * ({@code no -> rec}: inappropriate in the baseline, recommended in the candidate, in the
   * diff's notation); then one finding per community type, pair of verdicts and deciding rules,
   * with how many situations show it and one of them as a witness.
   *
   * @param asErrors whether findings are written as errors rather than warnings
   */
  public String report(boolean asErrors) {
    StringBuilder out = new StringBuilder();
    out.append("Policy '").append(candidate().id()).append("' against '").append(baseline().id())
        .append("': ").append(isComplete() ? "" : "at least ").append(moreLenient.size())
        .append(moreLenient.size() == 1 ? " situation" : " situations")
        .append(" more lenient.\n");
    if (!isComplete()) {
      out.append("Not complete: some rules combine more than ").append(TopicGroups.MAX_TOPICS)
          .append(" topics, whose combinations were tried only partly; other situations may be"
              + " more lenient too.\n");
    }
    if (!grid.isEmpty()) {
      out.append("\nStandard actions, by community type (baseline -> candidate; *: only with some"
          + " topic; %: only with recent promotion; 3/16: in 3 of 16 shapes):\n");
      for (GridCell cell : grid) {
        out.append("  ").append(cell.action().id()).append(" in ")
            .append(Texts.kebab(cell.type())).append(": ")
            .append(String.join(", ", DiffSummary.entries(null, null, cell.shapes(), cell.flips())))
            .append('\n');
      }
    }
    String level = asErrors ? "ERROR   " : "WARNING ";
    Map<String, List<VerdictChange>> grouped = new LinkedHashMap<>();
    for (CommunityType type : CommunityType.values()) {
      for (VerdictChange change : moreLenient) {
        if (change.situation().community().type() == type) {
          String key = "more lenient in " + Texts.kebab(type) + " communities: " + change.before()
              + " -> " + change.after() + " (decided by "
              + String.join(", ", change.decidingRulesAfter()) + ")";
          grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
        }
      }
    }
    if (!grouped.isEmpty()) {
      out.append('\n');
    }
    for (Map.Entry<String, List<VerdictChange>> entry : grouped.entrySet()) {
      int count = entry.getValue().size();
      // A standard action with its own traits makes the plainest witness, when there is one.
      VerdictChange first =
          entry.getValue().stream()
              .filter(c -> StandardActions.all().contains(c.situation().action()))
              .findFirst()
              .orElse(entry.getValue().get(0));
      out.append(level).append(entry.getKey()).append('\n')
          .append("        in ").append(count).append(count == 1 ? " situation" : " situations")
          .append(", e.g. ").append(first.situation().describeAction()).append(" in ")
          .append(Situation.describe(first.situation().community()))
          .append(withContext(first.context())).append('\n');
    }
    return out.toString();
  }

  private static String withContext(EngagementContext context) {
    return context.total() == 0
        ? ""
        : " with " + Texts.percent(context.promotionalShare()) + " recent promotion";
  }

  @Override
  public String toString() {
    return "PolicyComparison{" + candidate().id() + " against " + baseline().id() + ", "
        + moreLenient.size() + " more lenient}";
  }
}
