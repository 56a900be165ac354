package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.analysis.TopicGroups.Group;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.Outcome;
import io.github.socialecosystem.rules.internal.Point;
import io.github.socialecosystem.rules.internal.Tri;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>Situations are told apart as {@link PolicyAnalyzer} tells them apart. An action id that a rule
 * of either policy names is listed on its own only where such a rule applies; elsewhere it changes
 * as any other id does, and the change listed for an action with the same traits and an id no
 * rule names (a standard action whose id no rule names, or {@code any-other-action}) stands for
 * it. Topics are compared in each situation over every combination of the topics that can change
 * either policy's answer there. A change is listed once per situation and pair of verdicts, with
 * the fewest topics that show it: every community whose verdict changes is covered by one listed
 * change, and every change listed is real.
 */
public final class PolicyDiff {
  private static final long NONE = Long.MIN_VALUE;

  private final EngagementPolicy before;
  private final EngagementPolicy after;
  private final ImmutableList<VerdictChange> changes;
  private final boolean complete;

  private PolicyDiff(
      EngagementPolicy before,
      EngagementPolicy after,
      ImmutableList<VerdictChange> changes,
      boolean complete) {
    this.before = before;
    this.after = after;
    this.changes = changes;
    this.complete = complete;
  }

  /** The changes from {@code before} to {@code after}. */
  public static PolicyDiff between(EngagementPolicy before, EngagementPolicy after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return new Run(before, after).diff();
  }

  /** One comparison: both policies' rules side by side, {@code before}'s first. */
  private static final class Run {
    private final EngagementPolicy before;
    private final EngagementPolicy after;
    private final List<EngagementRule> rules = new ArrayList<>();
    private final int split;
    private final long[] ranks;
    private final List<ImmutableList<ImmutableSet<String>>> topicTests = new ArrayList<>();
    private final Witnesses witnesses;
    private final Candidates candidatesBefore;
    private final Candidates candidatesAfter;
    private final PolicyEngine engineAfter;
    private final ImmutableList.Builder<VerdictChange> changes = ImmutableList.builder();
    private boolean complete = true;
    /** Groups already tried, by what their rules depend on besides topics. */
    private final Map<List<Object>, Map<List<Long>, Integer>> triedBefore = new HashMap<>();

    Run(EngagementPolicy before, EngagementPolicy after) {
      this.before = before;
      this.after = after;
      rules.addAll(before.rules());
      rules.addAll(after.rules());
      this.split = before.rules().size();
      this.ranks = new long[rules.size()];
      for (int i = 0; i < rules.size(); i++) {
        ranks[i] = Outcome.rank(rules.get(i));
        topicTests.add(TopicGroups.topicTests(rules.get(i).condition()));
      }
      this.witnesses = new Witnesses(AttributeSpace.of(List.of(before, after)));
      this.candidatesBefore = new Candidates(before.rules());
      this.candidatesAfter = new Candidates(after.rules());
      this.engineAfter = PolicyEngine.of(after);
    }

    PolicyDiff diff() {
      List<EngagementContext> contexts = contexts(before, after);
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        Point atShape = Point.anything().shape(shape);
        for (@Nullable String id : witnesses.actionIds()) {
          if (id != null && actsAsOther(id, atShape, atShape)) {
            continue; // no rule naming it applies to this shape: it changes as any other id does
          }
          for (int traits = 0; traits < AttributeSpace.ACTION_TRAITS; traits++) {
            for (EngagementContext context : contexts) {
              compare(shape, id, traits, context);
            }
          }
        }
      }
      return new PolicyDiff(before, after, changes.build(), complete);
    }

    private boolean actsAsOther(String id, Point pointBefore, Point pointAfter) {
      return candidatesBefore.actsAsOther(id, pointBefore) && candidatesAfter.actsAsOther(id, pointAfter);
    }

    /** Every pair of verdicts the two policies can give at one point, whatever the topics. */
    private void compare(CommunityShape shape, @Nullable String id, int traits, EngagementContext context) {
      Point at = Point.anything().shape(shape).traits(traits);
      Point anyBefore = at.over(context.isPromotionOver(before.balanceLimit()));
      Point anyAfter = at.over(context.isPromotionOver(after.balanceLimit()));
      if (id != null && actsAsOther(id, anyBefore, anyAfter)) {
        return; // the change, if any, is listed for any other id
      }
      Point pointBefore = anyBefore.actionId(id);
      Point pointAfter = anyAfter.actionId(id);
      long[] always = {NONE, NONE};
      List<Integer> dependent = new ArrayList<>();
      for (int i : candidatesBefore.at(shape.index(), id, traits)) {
        classify(i, pointBefore, always, dependent);
      }
      for (int i : candidatesAfter.at(shape.index(), id, traits)) {
        classify(split + i, pointAfter, always, dependent);
      }
      List<Group> groups =
          dependent.isEmpty()
              ? List.of()
              : TopicGroups.of(dependent.stream().mapToInt(Integer::intValue).toArray(), topicTests);
      // Reachable pairs of top ranks (before, after), each with the topics that reach it.
      Map<List<Long>, Set<String>> reachable = new LinkedHashMap<>();
      reachable.put(List.of(always[0], always[1]), Set.of());
      for (Group group : groups) {
        complete &= group.complete();
        Map<List<Long>, Integer> pairs =
            triedBefore.computeIfAbsent(
                TopicGroups.residualKey(
                    group, i -> rules.get(i).condition(), i -> i < split ? pointBefore : pointAfter),
                k -> tops(group, pointBefore, pointAfter));
        Map<List<Long>, Set<String>> next = new LinkedHashMap<>();
        for (Map.Entry<List<Long>, Set<String>> state : reachable.entrySet()) {
          for (Map.Entry<List<Long>, Integer> pair : pairs.entrySet()) {
            List<Long> combined =
                List.of(
                    Math.max(state.getKey().get(0), pair.getKey().get(0)),
                    Math.max(state.getKey().get(1), pair.getKey().get(1)));
            if (!next.containsKey(combined)) {
              Set<String> topics = new TreeSet<>(state.getValue());
              topics.addAll(group.topicsOf(pair.getValue()));
              next.put(combined, topics);
            }
          }
        }
        reachable = next;
      }
      Map<List<Verdict>, Set<String>> flips = new LinkedHashMap<>();
      for (Map.Entry<List<Long>, Set<String>> state : reachable.entrySet()) {
        Verdict was = verdict(before, state.getKey().get(0));
        Verdict now = verdict(after, state.getKey().get(1));
        if (was != now) {
          flips.putIfAbsent(List.of(was, now), state.getValue());
        }
      }
      for (Map.Entry<List<Verdict>, Set<String>> flip : flips.entrySet()) {
        Situation situation =
            witnesses.situation(
                shape, flip.getValue(), id, traits, context.isPromotionOver(after.balanceLimit()));
        Decision now = engineAfter.decide(situation.community(), situation.action(), context);
        changes.add(
            new VerdictChange(
                situation,
                context,
                flip.getKey().get(0),
                flip.getKey().get(1),
                now.reasons().stream().map(Reason::ruleId).collect(Collectors.toList())));
      }
    }

    /** The pairs of top ranks (before, after) the group reaches, each with a combination for it. */
    private Map<List<Long>, Integer> tops(Group group, Point pointBefore, Point pointAfter) {
      Map<List<Long>, Integer> pairs = new LinkedHashMap<>();
      for (int combination : group.combinations()) {
        Set<String> topics = group.topicsOf(combination);
        long[] top = {NONE, NONE};
        for (int i : group.rules()) {
          boolean mine = i < split;
          Point point = (mine ? pointBefore : pointAfter).topics(topics);
          if (point.holds(rules.get(i).condition())) {
            int side = mine ? 0 : 1;
            top[side] = Math.max(top[side], ranks[i]);
          }
        }
        pairs.putIfAbsent(List.of(top[0], top[1]), combination);
      }
      return pairs;
    }

    private void classify(int rule, Point point, long[] always, List<Integer> dependent) {
      Tri value = point.eval(rules.get(rule).condition());
      if (value == Tri.TRUE) {
        int side = rule < split ? 0 : 1;
        always[side] = Math.max(always[side], ranks[rule]);
      } else if (value == Tri.UNKNOWN) {
        dependent.add(rule);
      }
    }

    private static Verdict verdict(EngagementPolicy policy, long top) {
      return top == NONE ? policy.defaultVerdict() : Outcome.verdictOf(top);
    }
  }

  /**
   * Recent activity for each way the two balance limits can stand: neither passed, both passed,
   * and only the lower one passed; each once, as that is all a verdict depends on, and only as
   * far as a policy's balance limit applies at all.
   */
  private static List<EngagementContext> contexts(EngagementPolicy before, EngagementPolicy after) {
    double oldLimit = before.balanceLimit();
    double newLimit = after.balanceLimit();
    List<EngagementContext> candidates = new ArrayList<>();
    candidates.add(EngagementContext.none());
    candidates.add(EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build());
    if (oldLimit != newLimit) {
      // A share strictly between the limits: above the lower one, at or below the higher one.
      double low = Math.min(oldLimit, newLimit);
      double high = Math.max(oldLimit, newLimit);
      for (int total = 10; total > 0 && total <= 1_000_000_000; total *= 10) {
        int promoted = (int) Math.floor(high * total);
        if (promoted / (double) total > low && promoted / (double) total <= high) {
          candidates.add(
              EngagementContext.builder()
                  .putRecentActivity(Intent.PROMOTE, promoted)
                  .putRecentActivity(Intent.CONVERSE, total - promoted)
                  .build());
          break;
        }
      }
    }
    Map<List<Boolean>, EngagementContext> contexts = new LinkedHashMap<>();
    for (EngagementContext context : candidates) {
      contexts.putIfAbsent(
          List.of(
              AttributeSpace.balanceApplies(before) && context.isPromotionOver(oldLimit),
              AttributeSpace.balanceApplies(after) && context.isPromotionOver(newLimit)),
          context);
    }
    return List.copyOf(contexts.values());
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
   * Whether every situation was compared in full, with every combination of topics that can
   * change an answer there; false only when some rules combine more than {@value
   * TopicGroups#MAX_TOPICS} topics that must be tried together, and then changes may be missing.
   */
  public boolean isComplete() {
    return complete;
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
    if (!complete) {
      out.append("Not complete: some rules combine more than ").append(TopicGroups.MAX_TOPICS)
          .append(" topics, whose combinations were tried only partly; other situations may change"
              + " too.\n");
    }
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
