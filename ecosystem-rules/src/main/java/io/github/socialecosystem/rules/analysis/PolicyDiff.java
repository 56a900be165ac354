package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every situation whose verdict changes between two policies: a reviewable plan before a policy
 * change ships.
 *
 * <pre>{@code
 * PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), mine);
 * diff.changes(CommunityType.EXTERNAL);   // what flips in external communities
 * System.out.print(diff.plan());
 * }</pre>
 *
 * <p>Situations are every community shape and action shape either policy can tell apart, decided
 * with no recent activity, with nothing but promotion recently, and, when the balance limits
 * differ, with a promotional share between the two limits (when the limits differ by less than
 * one in a billion, no such share can be written down and the plan only states the change).
 */
public final class PolicyDiff {
  private final EngagementPolicy before;
  private final EngagementPolicy after;
  private final ImmutableList<VerdictChange> changes;

  private PolicyDiff(
      EngagementPolicy before, EngagementPolicy after, ImmutableList<VerdictChange> changes) {
    this.before = before;
    this.after = after;
    this.changes = changes;
  }

  /** The changes from {@code before} to {@code after}. */
  public static PolicyDiff between(EngagementPolicy before, EngagementPolicy after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    AttributeSpace space = AttributeSpace.of(List.of(before, after));
    PolicyEngine oldEngine = PolicyEngine.of(before);
    PolicyEngine newEngine = PolicyEngine.of(after);
    List<EngagementContext> contexts = contexts(before.balanceLimit(), after.balanceLimit());
    ImmutableList.Builder<VerdictChange> changes = ImmutableList.builder();
    for (Community community : space.communities) {
      for (EngagementAction action : space.actions) {
        for (EngagementContext context : contexts) {
          Decision was = oldEngine.decide(community, action, context);
          Decision now = newEngine.decide(community, action, context);
          if (was.verdict() != now.verdict()) {
            changes.add(
                new VerdictChange(
                    new Situation(community, action, context.isPromotionOver(after.balanceLimit())),
                    context,
                    was.verdict(),
                    now.verdict(),
                    now.reasons().stream().map(Reason::ruleId).collect(Collectors.toList())));
          }
        }
      }
    }
    return new PolicyDiff(before, after, changes.build());
  }

  private static List<EngagementContext> contexts(double oldLimit, double newLimit) {
    List<EngagementContext> contexts = new ArrayList<>();
    contexts.add(EngagementContext.none());
    contexts.add(EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build());
    if (oldLimit != newLimit) {
      // A share strictly between the limits: above the lower one, at or below the higher one.
      double low = Math.min(oldLimit, newLimit);
      double high = Math.max(oldLimit, newLimit);
      for (int total = 10; total > 0 && total <= 1_000_000_000; total *= 10) {
        int promoted = (int) Math.floor(high * total);
        if (promoted / (double) total > low && promoted / (double) total <= high) {
          contexts.add(
              EngagementContext.builder()
                  .putRecentActivity(Intent.PROMOTE, promoted)
                  .putRecentActivity(Intent.CONVERSE, total - promoted)
                  .build());
          break;
        }
      }
    }
    return contexts;
  }

  /** The old policy. */
  public EngagementPolicy before() {
    return before;
  }

  /** The new policy. */
  public EngagementPolicy after() {
    return after;
  }

  /** Every change, by community shape, then action shape. */
  public List<VerdictChange> changes() {
    return changes;
  }

  /** The changes in communities of one type. */
  public List<VerdictChange> changes(CommunityType type) {
    requireNonNull(type, "type");
    return byType().get(type);
  }

  /** Whether no verdict changes. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes as a review plan: per community type, each distinct change of verdict for an
   * action shape, with how many community shapes it affects and one example.
   */
  public String plan() {
    StringBuilder out = new StringBuilder();
    out.append("Policy change '").append(before.id()).append("' -> '").append(after.id())
        .append("': ").append(changes.size()).append(changes.size() == 1 ? " situation" : " situations")
        .append(" change verdict.\n");
    if (before.balanceLimit() != after.balanceLimit()) {
      out.append("The balance limit changes from ").append(PolicyLanguage.percent(before.balanceLimit()))
          .append(" to ").append(PolicyLanguage.percent(after.balanceLimit())).append(".\n");
    }
    ImmutableListMultimap<CommunityType, VerdictChange> byType = byType();
    for (CommunityType type : CommunityType.values()) {
      List<VerdictChange> inType = byType.get(type);
      if (inType.isEmpty()) {
        continue;
      }
      out.append('\n').append(type).append(" (").append(inType.size()).append(")\n");
      Map<String, List<VerdictChange>> grouped = new LinkedHashMap<>();
      for (VerdictChange change : inType) {
        String key = Situation.describe(change.situation().action()) + contextLabel(change.context())
            + ": " + change.before() + " -> " + change.after() + " (decided by "
            + String.join(", ", change.decidingRulesAfter()) + ")";
        grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
      }
      for (Map.Entry<String, List<VerdictChange>> entry : grouped.entrySet()) {
        int shapes = entry.getValue().size();
        out.append("  ").append(entry.getKey()).append('\n')
            .append("      in ").append(shapes).append(shapes == 1 ? " community shape" : " community shapes")
            .append(", e.g. ").append(Situation.describe(entry.getValue().get(0).situation().community()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private ImmutableListMultimap<CommunityType, VerdictChange> byType() {
    return Multimaps.index(changes, c -> c.situation().community().type());
  }

  private static String contextLabel(EngagementContext context) {
    if (context.total() == 0) {
      return "";
    }
    return " with " + Texts.percent(context.promotionalShare()) + " recent promotion";
  }

  @Override
  public String toString() {
    return "PolicyDiff{" + before.id() + " -> " + after.id() + ", " + changes.size() + " changes}";
  }
}
