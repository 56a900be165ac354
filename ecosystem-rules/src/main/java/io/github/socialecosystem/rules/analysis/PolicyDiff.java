package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.analysis.TopicGroups.Group;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.Catalog;
import io.github.socialecosystem.rules.internal.Outcome;
import io.github.socialecosystem.rules.internal.PartialSituation;
import io.github.socialecosystem.rules.internal.RuleIndex;
import io.github.socialecosystem.rules.internal.Tri;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
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
 * diff.cell(StandardActions.ANNOUNCE_DEAL, CommunityType.MANAGED).flips();   // one cell of the grid
 * System.out.print(diff.plan());          // the grid, custom actions by traits, then the details
 * }</pre>
 *
 * <p>Situations are every community shape and action traits either policy can tell apart, decided
 * with no recent activity, with nothing but promotion recently, and, when the balance limits
 * differ, with a promotional share between the two limits: the one with the fewest recent actions
 * that the engine tells apart from both. When no counts of recent actions can give a share between
 * the limits, none is needed: every recent activity passes both limits or neither. Recent activity
 * is varied only where a policy's balance limit applies at all.
 *
 * <p>Situations are told apart as {@link PolicyAnalyzer} tells them apart. An action id that a rule
 * of either policy names is listed on its own only where such a rule applies; elsewhere it changes
 * as any other id does, and the change listed for an action with the same traits and an id no
 * rule names (a standard action whose id no rule names, or {@code any-other-action}) stands for
 * it. Topics are compared in each situation over every combination of the topics that can change
 * either policy's answer there. A change is listed once per situation and pair of verdicts, with
 * the fewest topics that show it: every community whose verdict changes is covered by one listed
 * change, and every change listed is real.
 *
 * <p>Because a rule naming an id matches every action with that id, an action that borrows a
 * standard action's id with other traits is a situation of its own wherever such a rule applies;
 * it is listed and described as such, never as the standard action. {@link #grid()} sums the
 * changes up for the standard actions themselves, each with its own traits.
 *
 * @since 0.1.0
 */
public final class PolicyDiff {
  private static final long NONE = Long.MIN_VALUE;

  private static final List<CommunityType> TYPES = List.of(CommunityType.values());

  /** The catalog index of each standard action's id. */
  private static final ImmutableMap<String, Integer> CATALOG_INDEX = catalogIndex();

  /** The catalog indices of the standard actions with each combination of traits. */
  private static final int[][] STANDARD_BY_TRAITS = standardByTraits();

  private static ImmutableMap<String, Integer> catalogIndex() {
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int a = 0; a < Catalog.SIZE; a++) {
      index.put(Catalog.ACTIONS.get(a).id(), a);
    }
    return index.buildOrThrow();
  }

  private static int[][] standardByTraits() {
    int[][] byTraits = new int[AttributeSpace.ACTION_TRAITS][];
    for (int traits = 0; traits < byTraits.length; traits++) {
      List<Integer> standard = new ArrayList<>();
      for (int a = 0; a < Catalog.SIZE; a++) {
        if (AttributeSpace.traitsOf(Catalog.ACTIONS.get(a)) == traits) {
          standard.add(a);
        }
      }
      byTraits[traits] = standard.stream().mapToInt(Integer::intValue).toArray();
    }
    return byTraits;
  }

  private final EngagementPolicy before;
  private final EngagementPolicy after;
  private final ImmutableList<VerdictChange> changes;
  private final boolean complete;
  private final DiffSummary summary;
  private final ImmutableList<GridCell> grid;

  private PolicyDiff(
      EngagementPolicy before,
      EngagementPolicy after,
      ImmutableList<VerdictChange> changes,
      boolean complete,
      DiffSummary summary) {
    this.before = before;
    this.after = after;
    this.changes = changes;
    this.complete = complete;
    this.summary = summary;
    this.grid = summary.grid();
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
    private final RuleIndex indexBefore;
    private final RuleIndex indexAfter;
    private final ImmutableList.Builder<VerdictChange> changes = ImmutableList.builder();
    private boolean complete = true;
    /** Groups already tried, by what their rules depend on besides topics. */
    private final Map<List<Object>, Map<List<Long>, Integer>> triedBefore = new HashMap<>();
    /** The groups of each set of topic-dependent rules met so far. */
    private final Map<List<Integer>, List<Group>> groupsBefore = new HashMap<>();
    /** The flips of each signature of a situation met so far. */
    private final Map<List<Object>, Map<List<Verdict>, Flip>> flipsBefore = new HashMap<>();

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
      this.indexBefore = RuleIndex.of(before.rules());
      this.indexAfter = RuleIndex.of(after.rules());
    }

    PolicyDiff diff() {
      List<EngagementContext> contexts = contexts(before, after);
      DiffSummary summary = new DiffSummary(contexts);
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        PartialSituation atShape = PartialSituation.anything().shape(shape);
        List<String> ids = new ArrayList<>();
        for (String id : witnesses.space().actionIds()) {
          if (!actsAsOther(id, atShape, atShape)) {
            ids.add(id);
          }
        }
        plain(shape, summary);
        for (int traits = 0; traits < AttributeSpace.ACTION_TRAITS; traits++) {
          for (int c = 0; c < contexts.size(); c++) {
            EngagementContext context = contexts.get(c);
            PartialSituation at = atShape.traits(traits);
            PartialSituation anyBefore = at.over(context.isPromotionOver(before.balanceLimit()));
            PartialSituation anyAfter = at.over(context.isPromotionOver(after.balanceLimit()));
            Side any = side(shape, null, traits, anyBefore.actionId(null), anyAfter.actionId(null));
            Map<List<Verdict>, Flip> anyFlips =
                list(shape, null, traits, context, anyAfter.actionId(null), any);
            tally(summary.custom(traits), shape, c, anyFlips);
            // Standard actions with these traits are decided as any other id, unless their own
            // id is examined on its own here.
            long own = 0;
            for (String id : ids) {
              if (!actsAsOther(id, anyBefore, anyAfter)) {
                Map<List<Verdict>, Flip> flips =
                    list(
                        shape,
                        id,
                        traits,
                        context,
                        anyAfter.actionId(id),
                        any.forId(id, anyBefore.actionId(id), anyAfter.actionId(id)));
                Integer standard = CATALOG_INDEX.get(id);
                if (standard != null && AttributeSpace.traitsOf(Catalog.ACTIONS.get(standard)) == traits) {
                  own |= 1L << standard;
                  tally(summary.standard(standard), shape, c, flips);
                } else {
                  tally(summary.named(id), shape, c, flips);
                }
              }
            }
            for (int standard : STANDARD_BY_TRAITS[traits]) {
              if ((own & (1L << standard)) == 0) {
                tally(summary.standard(standard), shape, c, anyFlips);
              }
            }
          }
        }
      }
      return new PolicyDiff(before, after, changes.build(), complete, summary);
    }

    /** Adds the flips listed at a situation to a row of the summary. */
    private static void tally(
        DiffSummary.Row row, CommunityShape shape, int context, Map<List<Verdict>, Flip> flips) {
      for (Map.Entry<List<Verdict>, Flip> flip : flips.entrySet()) {
        row.flip(
            shape,
            context,
            flip.getKey().get(0),
            flip.getKey().get(1),
            !flip.getValue().topics().isEmpty());
      }
    }

    /**
     * Records each standard action's verdicts in a community of the shape that carries no named
     * topic, with no recent activity: what its grid cell shows as the usual case.
     */
    private void plain(CommunityShape shape, DiffSummary summary) {
      for (int a = 0; a < Catalog.SIZE; a++) {
        EngagementAction action = Catalog.ACTIONS.get(a);
        int traits = AttributeSpace.traitsOf(action);
        PartialSituation partial =
            PartialSituation.anything().shape(shape).actionId(action.id()).traits(traits).over(false).topics(Set.of());
        String named = witnesses.space().actionIds().contains(action.id()) ? action.id() : null;
        summary.standard(a).plain(
            shape,
            verdict(before, top(candidatesBefore.at(shape.index(), named, traits), 0, partial)),
            verdict(after, top(candidatesAfter.at(shape.index(), named, traits), split, partial)));
      }
    }

    /** The top rank of the given rules (indices within their policy, from {@code offset}) at a situation. */
    private long top(int[] candidates, int offset, PartialSituation partial) {
      long top = NONE;
      for (int i : candidates) {
        if (ranks[offset + i] > top && partial.holds(rules.get(offset + i).condition())) {
          top = ranks[offset + i];
        }
      }
      return top;
    }

    private boolean actsAsOther(String id, PartialSituation pointBefore, PartialSituation pointAfter) {
      return candidatesBefore.actsAsOther(id, pointBefore) && candidatesAfter.actsAsOther(id, pointAfter);
    }

    /** Both policies' rules at a situation for an action id no rule names. */
    private Side side(
        CommunityShape shape, @Nullable String id, int traits, PartialSituation pointBefore, PartialSituation pointAfter) {
      List<Integer> always = new ArrayList<>();
      List<Integer> dependent = new ArrayList<>();
      for (int i : candidatesBefore.at(shape.index(), id, traits)) {
        classify(i, pointBefore, always, dependent);
      }
      for (int i : candidatesAfter.at(shape.index(), id, traits)) {
        classify(split + i, pointAfter, always, dependent);
      }
      return new Side(always, dependent, pointBefore, pointAfter);
    }

    /**
     * The rules of both policies that always hold at a situation (before's first, by index), and the
     * groups of those that depend on topics, each tried once per way they depend on the situation.
     */
    private final class Side {
      final List<Integer> always;
      final List<Integer> dependent;
      final List<Group> groups;
      final List<Map<List<Long>, Integer>> tried;
      final IdentityList triedKey;

      Side(List<Integer> always, List<Integer> dependent, PartialSituation pointBefore, PartialSituation pointAfter) {
        this.always = always;
        this.dependent = dependent;
        this.groups =
            dependent.isEmpty()
                ? List.of()
                : groupsBefore.computeIfAbsent(
                    dependent,
                    d -> TopicGroups.of(d.stream().mapToInt(Integer::intValue).toArray(), topicTests));
        List<Map<List<Long>, Integer>> tried = new ArrayList<>(groups.size());
        for (Group group : groups) {
          complete &= group.complete();
          tried.add(
              triedBefore.computeIfAbsent(
                  TopicGroups.residualKey(
                      group, i -> rules.get(i).condition(), i -> i < split ? pointBefore : pointAfter),
                  k -> tops(group, pointBefore, pointAfter)));
        }
        this.tried = tried;
        this.triedKey = new IdentityList(tried);
      }

      private Side(List<Integer> always, Side same) {
        this.always = always;
        this.dependent = same.dependent;
        this.groups = same.groups;
        this.tried = same.tried;
        this.triedKey = same.triedKey;
      }

      /** The same for a named id: only the rules naming it can answer differently. */
      Side forId(String id, PartialSituation pointBefore, PartialSituation pointAfter) {
        List<Integer> naming = new ArrayList<>();
        for (int i : indexBefore.rulesNamingAction(id)) {
          naming.add(i);
        }
        for (int i : indexAfter.rulesNamingAction(id)) {
          naming.add(split + i);
        }
        List<Integer> always = new ArrayList<>(this.always);
        List<Integer> dependent = new ArrayList<>(this.dependent);
        boolean sameDependent = true;
        for (int i : naming) {
          always.remove(Integer.valueOf(i));
          sameDependent &= !dependent.remove(Integer.valueOf(i));
          Tri value = (i < split ? pointBefore : pointAfter).eval(rules.get(i).condition());
          if (value == Tri.TRUE) {
            always.add(i);
          } else if (value == Tri.UNKNOWN) {
            dependent.add(i);
            sameDependent = false;
          }
        }
        Collections.sort(always);
        if (sameDependent) {
          return new Side(always, this);
        }
        Collections.sort(dependent);
        return new Side(always, dependent, pointBefore, pointAfter);
      }

      /** The top rank of the rules that always hold, before (0) and after (1). */
      long[] alwaysTop() {
        long[] top = {NONE, NONE};
        for (int i : always) {
          int side = i < split ? 0 : 1;
          top[side] = Math.max(top[side], ranks[i]);
        }
        return top;
      }
    }

    /**
     * Lists every pair of different verdicts the two policies give at one situation, whatever the
     * topics, and returns them.
     */
    private Map<List<Verdict>, Flip> list(
        CommunityShape shape,
        @Nullable String id,
        int traits,
        EngagementContext context,
        PartialSituation pointAfter,
        Side side) {
      long[] always = side.alwaysTop();
      // Situations whose rules answer alike flip alike: work each signature out once.
      Map<List<Verdict>, Flip> flips =
          flipsBefore.computeIfAbsent(
              List.of(always[0], always[1], side.triedKey), k -> flips(always, side.groups, side.tried));
      for (Map.Entry<List<Verdict>, Flip> flip : flips.entrySet()) {
        Set<String> topics = flip.getValue().topics();
        Situation situation =
            witnesses.situation(shape, topics, id, traits, context.isPromotionOver(after.balanceLimit()));
        changes.add(
            new VerdictChange(
                situation,
                context,
                flip.getKey().get(0),
                flip.getKey().get(1),
                decidingAfter(side, pointAfter.topics(topics), flip.getValue().topAfter())));
      }
      return flips;
    }

    /**
     * The rules of the new policy that decide at a situation whose topics are known, given the top
     * rank there: those of that rank that hold, in the policy's order; or its default.
     */
    private List<String> decidingAfter(Side side, PartialSituation partial, long top) {
      if (top == NONE) {
        return List.of(Reason.DEFAULT_RULE_ID);
      }
      List<Integer> deciding = new ArrayList<>();
      for (List<Integer> rulesHere : List.of(side.always, side.dependent)) {
        for (int i : rulesHere) {
          if (i >= split && ranks[i] == top && partial.holds(rules.get(i).condition())) {
            deciding.add(i);
          }
        }
      }
      Collections.sort(deciding);
      List<String> ids = new ArrayList<>(deciding.size());
      deciding.forEach(i -> ids.add(rules.get(i).id()));
      return ids;
    }

    /** A pair of verdicts that differ: the fewest topics that show it, and the ranks on top. */
    private record Flip(Set<String> topics, long topBefore, long topAfter) {}

    /** Each pair of verdicts (before, after) that differ, with the fewest topics that show it. */
    private Map<List<Verdict>, Flip> flips(
        long[] always, List<Group> groups, List<Map<List<Long>, Integer>> tried) {
      // Reachable pairs of top ranks (before, after), each with the topics that reach it.
      Map<List<Long>, Set<String>> reachable = new LinkedHashMap<>();
      reachable.put(List.of(always[0], always[1]), Set.of());
      for (int g = 0; g < groups.size(); g++) {
        Group group = groups.get(g);
        Map<List<Long>, Set<String>> next = new LinkedHashMap<>();
        for (Map.Entry<List<Long>, Set<String>> state : reachable.entrySet()) {
          for (Map.Entry<List<Long>, Integer> pair : tried.get(g).entrySet()) {
            List<Long> combined =
                List.of(
                    Math.max(state.getKey().get(0), pair.getKey().get(0)),
                    Math.max(state.getKey().get(1), pair.getKey().get(1)));
            Set<String> topics = new TreeSet<>(state.getValue());
            topics.addAll(group.topicsOf(pair.getValue()));
            // Groups share no topic, so the fewest topics for a state lead to the fewest after it.
            Set<String> known = next.get(combined);
            if (known == null || topics.size() < known.size()) {
              next.put(combined, topics);
            }
          }
        }
        reachable = next;
      }
      Map<List<Verdict>, Flip> flips = new LinkedHashMap<>();
      for (Map.Entry<List<Long>, Set<String>> state : reachable.entrySet()) {
        Verdict was = verdict(before, state.getKey().get(0));
        Verdict now = verdict(after, state.getKey().get(1));
        Flip known = flips.get(List.of(was, now));
        if (was != now && (known == null || state.getValue().size() < known.topics().size())) {
          flips.put(List.of(was, now), new Flip(state.getValue(), state.getKey().get(0), state.getKey().get(1)));
        }
      }
      return flips;
    }

    /** The pairs of top ranks (before, after) the group reaches, each with a combination for it. */
    private Map<List<Long>, Integer> tops(Group group, PartialSituation pointBefore, PartialSituation pointAfter) {
      Map<List<Long>, Integer> pairs = new LinkedHashMap<>();
      for (int combination : group.combinations()) {
        Set<String> topics = group.topicsOf(combination);
        long[] top = {NONE, NONE};
        for (int i : group.rules()) {
          boolean mine = i < split;
          PartialSituation partial = (mine ? pointBefore : pointAfter).topics(topics);
          if (partial.holds(rules.get(i).condition())) {
            int side = mine ? 0 : 1;
            top[side] = Math.max(top[side], ranks[i]);
          }
        }
        pairs.putIfAbsent(List.of(top[0], top[1]), combination);
      }
      return pairs;
    }

    private void classify(int rule, PartialSituation partial, List<Integer> always, List<Integer> dependent) {
      Tri value = partial.eval(rules.get(rule).condition());
      if (value == Tri.TRUE) {
        always.add(rule);
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
      between(Math.min(oldLimit, newLimit), Math.max(oldLimit, newLimit)).ifPresent(candidates::add);
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

  /**
   * Recent activity whose share of promotion is above {@code low} and at most {@code high}, as the
   * engine compares them, if any can be written down: the fraction with the fewest actions in
   * between (found by walking the Stern-Brocot tree, exactly), spread over intents so that each
   * count fits. None means no recent activity tells the two limits apart.
   */
  static Optional<EngagementContext> between(double low, double high) {
    // The exact values between which a share's double rounds above low and to at most high.
    BigDecimal lower = halfwayUp(low);
    BigDecimal upper = halfwayUp(high).min(BigDecimal.ONE);
    BigInteger a = BigInteger.ZERO;
    BigInteger b = BigInteger.ONE;
    BigInteger c = BigInteger.ONE;
    BigInteger d = BigInteger.ZERO;
    BigInteger most = BigInteger.valueOf(MOST_RECENT_ACTIONS);
    while (b.add(d).compareTo(most) <= 0) {
      BigInteger p = a.add(c);
      BigInteger q = b.add(d);
      if (compare(p, q, lower) <= 0) {
        // Move the left end right as far as it stays at or below lower: (a + k c) / (b + k d).
        BigInteger k = steps(lower, a, b, c, d);
        a = a.add(k.multiply(c));
        b = b.add(k.multiply(d));
      } else if (compare(p, q, upper) > 0) {
        BigInteger k = steps(upper, c, d, a, b);
        c = c.add(k.multiply(a));
        d = d.add(k.multiply(b));
      } else {
        Optional<EngagementContext> context = context(p.longValueExact(), q.longValueExact());
        return context.filter(x -> x.isPromotionOver(low) && !x.isPromotionOver(high));
      }
    }
    return Optional.empty();
  }

  /** The most recent actions a context can count: every intent at its largest count. */
  private static final long MOST_RECENT_ACTIONS = (long) Intent.values().length * Integer.MAX_VALUE;

  /** How many steps the end {@code (e + k f) / (g + k h)} moves while staying on its side. */
  private static BigInteger steps(BigDecimal bound, BigInteger e, BigInteger g, BigInteger f, BigInteger h) {
    // The largest k with (e + k f) / (g + k h) on the same side of bound as e / g, at least 1.
    BigDecimal numerator = bound.multiply(new BigDecimal(g)).subtract(new BigDecimal(e));
    BigDecimal denominator = new BigDecimal(f).subtract(bound.multiply(new BigDecimal(h)));
    if (denominator.signum() == 0) {
      return BigInteger.ONE;
    }
    BigInteger k = numerator.divide(denominator, 0, RoundingMode.FLOOR).toBigInteger().abs();
    return k.signum() > 0 ? k : BigInteger.ONE;
  }

  private static int compare(BigInteger p, BigInteger q, BigDecimal bound) {
    return new BigDecimal(p).compareTo(bound.multiply(new BigDecimal(q)));
  }

  /** Halfway between {@code value} and the next double up: where rounding starts to go up. */
  private static BigDecimal halfwayUp(double value) {
    BigDecimal here = new BigDecimal(value);
    return here.add(new BigDecimal(Math.nextUp(value)).subtract(here).divide(BigDecimal.valueOf(2)));
  }

  /** {@code promoted} of {@code total} recent actions, the rest spread over the other intents. */
  private static Optional<EngagementContext> context(long promoted, long total) {
    if (promoted > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    EngagementContext.Builder context = EngagementContext.builder();
    context.putRecentActivity(Intent.PROMOTE, (int) promoted);
    long rest = total - promoted;
    for (Intent intent : Intent.values()) {
      if (intent != Intent.PROMOTE && rest > 0) {
        int count = (int) Math.min(rest, Integer.MAX_VALUE);
        context.putRecentActivity(intent, count);
        rest -= count;
      }
    }
    return rest == 0 ? Optional.of(context.build()) : Optional.empty();
  }

  /** The old policy. */
  public EngagementPolicy before() {
    return before;
  }

  /** The new policy. */
  public EngagementPolicy after() {
    return after;
  }

  /** Every change, by community shape, then action traits. */
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
   * The summary grid: for each standard action with its own traits (catalog order) and each
   * community type (declaration order), the usual verdicts and every change of verdict there.
   * This is the grid that {@link #plan()} opens with.
   */
  public List<GridCell> grid() {
    return grid;
  }

  /** The cell of {@link #grid()} for a standard action and a community type. */
  public GridCell cell(EngagementAction standardAction, CommunityType type) {
    requireNonNull(standardAction, "standardAction");
    requireNonNull(type, "type");
    Integer index = CATALOG_INDEX.get(standardAction.id());
    if (index == null || Catalog.indexOf(standardAction) < 0) {
      throw new IllegalArgumentException(
          "standardAction must be one of StandardActions.all(): " + standardAction);
    }
    return grid.get(index * CommunityType.values().length + TYPES.indexOf(type));
  }

  /**
   * The changes as a review plan. It opens with a summary that fits on a screen: a grid of the
   * standard actions by community type, where each cell shows the usual verdict and every change
   * that happens in some community of the type; then the ids a rule names that are decided apart
   * from them; then actions whose id no rule names, one row per pattern of traits that change
   * alike. The details follow: per community type, each distinct change of verdict for an action,
   * with how many community shapes it affects and one example.
   */
  public String plan() {
    StringBuilder out = new StringBuilder();
    out.append("Policy change '").append(before.id()).append("' -> '").append(after.id())
        .append("': ").append(complete ? "" : "at least ").append(changes.size())
        .append(changes.size() == 1 ? " situation" : " situations")
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
    if (changes.isEmpty()) {
      return out.toString();
    }
    out.append('\n');
    summary.appendTo(out, grid);
    out.append("\nDetails, by community type: each change with the rules that decide it now.\n");
    ImmutableListMultimap<CommunityType, VerdictChange> byType = byType();
    for (CommunityType type : CommunityType.values()) {
      List<VerdictChange> inType = byType.get(type);
      if (inType.isEmpty()) {
        continue;
      }
      out.append('\n').append(type).append(" (").append(inType.size()).append(")\n");
      Map<String, List<VerdictChange>> grouped = new LinkedHashMap<>();
      for (VerdictChange change : inType) {
        String key = change.situation().describeAction() + contextLabel(change.context())
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
