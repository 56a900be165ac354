package io.github.socialecosystem.rules;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.Counterfactual.Change;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.DecisionTable;
import io.github.socialecosystem.rules.internal.PartialSituation;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search behind {@link PolicyEngine#counterfactuals}: every change of a situation, fewest
 * changes first and in the tie order {@link Counterfactuals} documents, until each other verdict
 * that can occur has been met or the space is exhausted.
 *
 * <p>Each attribute of a situation is a dimension: the four of the community's shape, one per
 * class of named topics that no rule tells apart, the three action traits and the balance state.
 * Adding one topic of a class has the effect of adding any of them, and a class is gone only when
 * every topic of it is removed; so a class costs one change to add and as many as the community
 * carries of it to remove, and nothing between those is ever nearer. Situations are judged by the
 * engine's compiled table ({@link DecisionTable#verdictAt}); only the few situations reported are
 * built as values and decided in full.
 */
// Ordinals index the enums' constants, in the same run of the program.
@SuppressWarnings("EnumOrdinal")
final class CounterfactualSearch {
  /** The most situations and partial choices one search visits before it gives up the rest. */
  static final long BUDGET = 1L << 19;

  private static final Steward[] STEWARDS = Steward.values();
  private static final PlatformKind[] PLATFORMS = PlatformKind.values();
  private static final Membership[] MEMBERSHIPS = Membership.values();
  private static final Audience[] AUDIENCES = Audience.values();
  private static final Intent[] INTENTS = Intent.values();
  private static final Format[] FORMATS = Format.values();
  private static final Reach[] REACHES = Reach.values();

  /** The slots of {@link #values}: the enum-valued dimensions, then the balance state. */
  private static final int STEWARD = 0;

  private static final int PLATFORM = 1;
  private static final int MEMBERSHIP = 2;
  private static final int AUDIENCE = 3;
  private static final int INTENT = 4;
  private static final int FORMAT = 5;
  private static final int REACH = 6;
  private static final int OVER = 7;

  /** The topics a policy names, in classes that no test of its rules tells apart. */
  static final class TopicClasses {
    /** Each class sorted; the classes in the order of their first topics. */
    final ImmutableList<ImmutableList<String>> classes;

    /** The class of each named topic. */
    final Map<String, Integer> classOf;

    private TopicClasses(List<ImmutableList<String>> classes) {
      this.classes = ImmutableList.copyOf(classes);
      Map<String, Integer> of = new LinkedHashMap<>();
      for (int c = 0; c < classes.size(); c++) {
        for (String topic : classes.get(c)) {
          of.put(topic, c);
        }
      }
      this.classOf = of;
    }

    static TopicClasses of(EngagementPolicy policy) {
      List<Set<String>> tests = new ArrayList<>();
      Set<Set<String>> seen = new HashSet<>();
      for (EngagementRule rule : policy.rules()) {
        collectTopicTests(rule.condition(), tests, seen);
      }
      Map<String, BitSet> signatures = new TreeMap<>();
      for (int t = 0; t < tests.size(); t++) {
        for (String topic : tests.get(t)) {
          signatures.computeIfAbsent(topic, k -> new BitSet()).set(t);
        }
      }
      Map<BitSet, List<String>> bySignature = new LinkedHashMap<>();
      signatures.forEach(
          (topic, signature) -> bySignature.computeIfAbsent(signature, k -> new ArrayList<>()).add(topic));
      // Topics arrive sorted, so each class is sorted, and a class enters bySignature with its
      // first topic: the classes are already in the order of their first topics.
      List<ImmutableList<String>> classes = new ArrayList<>();
      bySignature.values().forEach(c -> classes.add(ImmutableList.copyOf(c)));
      return new TopicClasses(classes);
    }

    private static void collectTopicTests(
        Condition condition, List<Set<String>> tests, Set<Set<String>> seen) {
      condition.accept(
          new Condition.Visitor<Void>() {
            @Override
            public Void visitAlways() {
              return null;
            }

            @Override
            public Void visitMatch(Attribute attribute, Set<String> values) {
              if (attribute == Attribute.TOPIC && seen.add(values)) {
                tests.add(values);
              }
              return null;
            }

            @Override
            public Void visitOverBalanceLimit() {
              return null;
            }

            @Override
            public Void visitAll(List<Condition> operands) {
              operands.forEach(o -> o.accept(this));
              return null;
            }

            @Override
            public Void visitAny(List<Condition> operands) {
              operands.forEach(o -> o.accept(this));
              return null;
            }

            @Override
            public Void visitNot(Condition operand) {
              return operand.accept(this);
            }
          });
    }
  }

  /**
   * One dimension: an enum slot of {@link #values} with the other values it can take, in declared
   * order; or a class of topics, toggled at a cost.
   */
  private static final class Dim {
    private final int slot;
    private final int[] options;
    private final int topicClass;
    private final int cost;

    Dim(int slot, int[] options, int topicClass, int cost) {
      this.slot = slot;
      this.options = options;
      this.topicClass = topicClass;
      this.cost = cost;
    }

    int slot() {
      return slot;
    }

    int[] options() {
      return options;
    }

    int topicClass() {
      return topicClass;
    }

    int cost() {
      return cost;
    }
  }

  private final PolicyEngine engine;
  private final DecisionTable table;
  private final Community community;
  private final EngagementAction action;
  private final EngagementContext context;
  private final Decision decision;
  private final TopicClasses topics;

  private final List<Dim> dims = new ArrayList<>();
  private final int[] suffixCost;
  private final int[] origin = new int[OVER + 1];
  private final int[] values = new int[OVER + 1];
  /** The named topics the community carries, by class. */
  private final Map<Integer, List<String>> carried = new TreeMap<>();

  private final Set<Verdict> wanted;
  private final Map<Verdict, int[][]> found = new EnumMap<>(Verdict.class);
  private final List<Integer> chosen = new ArrayList<>();
  private long visits;
  private boolean stopped;

  private CounterfactualSearch(
      PolicyEngine engine,
      DecisionTable table,
      TopicClasses topics,
      Community community,
      EngagementAction action,
      EngagementContext context,
      Decision decision) {
    this.engine = engine;
    this.table = table;
    this.topics = topics;
    this.community = community;
    this.action = action;
    this.context = context;
    this.decision = decision;
    origin[STEWARD] = community.steward().ordinal();
    origin[PLATFORM] = community.platform().kind().ordinal();
    origin[MEMBERSHIP] = community.membership().ordinal();
    origin[AUDIENCE] = community.audience().ordinal();
    origin[INTENT] = action.intent().ordinal();
    origin[FORMAT] = action.format().ordinal();
    origin[REACH] = action.reach().ordinal();
    origin[OVER] = table.isOver(context) ? 1 : 0;
    for (String topic : community.topics()) {
      Integer c = topics.classOf.get(topic);
      if (c != null) {
        carried.computeIfAbsent(c, k -> new ArrayList<>()).add(topic);
      }
    }
    carried.values().forEach(list -> list.sort(Comparator.naturalOrder()));

    addEnumDim(STEWARD, STEWARDS.length);
    addEnumDim(PLATFORM, PLATFORMS.length);
    addEnumDim(MEMBERSHIP, MEMBERSHIPS.length);
    addEnumDim(AUDIENCE, AUDIENCES.length);
    List<Dim> topicDims = new ArrayList<>();
    for (int c = 0; c < topics.classes.size(); c++) {
      List<String> mine = carried.get(c);
      topicDims.add(new Dim(-1, new int[] {1}, c, mine == null ? 1 : mine.size()));
    }
    topicDims.sort(Comparator.comparing(this::firstTopicChanged));
    dims.addAll(topicDims);
    addEnumDim(INTENT, INTENTS.length);
    addEnumDim(FORMAT, FORMATS.length);
    addEnumDim(REACH, REACHES.length);
    if (AttributeSpace.balanceApplies(engine.policy())) {
      dims.add(new Dim(OVER, new int[] {1 - origin[OVER]}, -1, 1));
    }
    suffixCost = new int[dims.size() + 1];
    for (int i = dims.size() - 1; i >= 0; i--) {
      suffixCost[i] = suffixCost[i + 1] + dims.get(i).cost();
    }
    wanted = possibleVerdicts(engine.policy(), action.id());
    wanted.remove(decision.verdict());
  }

  static Counterfactuals search(
      PolicyEngine engine,
      DecisionTable table,
      TopicClasses topics,
      Community community,
      EngagementAction action,
      EngagementContext context,
      Decision decision) {
    return new CounterfactualSearch(engine, table, topics, community, action, context, decision).run();
  }

  private void addEnumDim(int slot, int size) {
    int[] options = new int[size - 1];
    int next = 0;
    for (int value = 0; value < size; value++) {
      if (value != origin[slot]) {
        options[next++] = value;
      }
    }
    dims.add(new Dim(slot, options, -1, 1));
  }

  /** The topic a class's change names first: the one added, or the first one removed. */
  private String firstTopicChanged(Dim dim) {
    List<String> mine = carried.get(dim.topicClass());
    return mine == null ? topics.classes.get(dim.topicClass()).get(0) : mine.get(0);
  }

  /**
   * The verdicts some situation may give this action id: the default, and those of the rules that
   * are not false for the id alone. Any other verdict is given nowhere, so it need not be sought.
   */
  private static Set<Verdict> possibleVerdicts(EngagementPolicy policy, String actionId) {
    Set<Verdict> possible = EnumSet.of(policy.defaultVerdict());
    PartialSituation partial = PartialSituation.anything().actionId(actionId);
    for (EngagementRule rule : policy.rules()) {
      if (!possible.contains(rule.verdict()) && partial.eval(rule.condition()) != Tri.FALSE) {
        possible.add(rule.verdict());
      }
    }
    return possible;
  }

  private Counterfactuals run() {
    for (int distance = 1; distance <= suffixCost[0] && !wanted.isEmpty() && !stopped; distance++) {
      choose(0, distance);
    }
    List<Counterfactual> nearest = new ArrayList<>();
    found.forEach((verdict, choice) -> nearest.add(build(verdict, choice)));
    return new Counterfactuals(decision, nearest, !stopped || wanted.isEmpty());
  }

  /** Chooses dimensions from {@code from} on whose costs add up to {@code remaining}. */
  private void choose(int from, int remaining) {
    if (stopped || wanted.isEmpty()) {
      return;
    }
    if (++visits > BUDGET) {
      stopped = true;
      return;
    }
    if (remaining == 0) {
      visit();
      return;
    }
    for (int i = from; i < dims.size() && suffixCost[i] >= remaining; i++) {
      if (dims.get(i).cost() <= remaining) {
        chosen.add(i);
        choose(i + 1, remaining - dims.get(i).cost());
        chosen.remove(chosen.size() - 1);
        if (stopped || wanted.isEmpty()) {
          return;
        }
      }
    }
  }

  /** Tries every combination of new values of the chosen dimensions, in the tie order. */
  private void visit() {
    Set<String> named = namedTopics();
    int[] at = new int[chosen.size()];
    while (true) {
      System.arraycopy(origin, 0, values, 0, origin.length);
      for (int k = 0; k < at.length; k++) {
        Dim dim = dims.get(chosen.get(k));
        if (dim.slot() >= 0) {
          values[dim.slot()] = dim.options()[at[k]];
        }
      }
      if (++visits > BUDGET) {
        stopped = true;
        return;
      }
      Steward steward = STEWARDS[values[STEWARD]];
      PlatformKind platform = PLATFORMS[values[PLATFORM]];
      Membership membership = MEMBERSHIPS[values[MEMBERSHIP]];
      Audience audience = AUDIENCES[values[AUDIENCE]];
      int shape = AttributeSpace.shapeOf(steward, platform, membership, audience);
      if (AttributeSpace.communityShape(shape).isPossible()) {
        int traits =
            AttributeSpace.traitsOf(INTENTS[values[INTENT]], FORMATS[values[FORMAT]], REACHES[values[REACH]]);
        Verdict verdict = table.verdictAt(shape, traits, values[OVER] == 1, action.id(), named);
        if (wanted.remove(verdict)) {
          int[][] choice = new int[chosen.size()][];
          for (int k = 0; k < at.length; k++) {
            choice[k] = new int[] {chosen.get(k), at[k]};
          }
          found.put(verdict, choice);
          if (wanted.isEmpty()) {
            return;
          }
        }
      }
      // The next combination: the last chosen dimension turns fastest.
      int k = at.length - 1;
      while (k >= 0 && ++at[k] == dims.get(chosen.get(k)).options().length) {
        at[k] = 0;
        k--;
      }
      if (k < 0) {
        return;
      }
    }
  }

  /** The named topics the community carries once the chosen topic classes are toggled. */
  private Set<String> namedTopics() {
    Set<String> named = new HashSet<>();
    carried.values().forEach(named::addAll);
    for (int i : chosen) {
      Dim dim = dims.get(i);
      if (dim.slot() < 0) {
        List<String> mine = carried.get(dim.topicClass());
        if (mine == null) {
          named.add(topics.classes.get(dim.topicClass()).get(0));
        } else {
          named.removeAll(mine);
        }
      }
    }
    return named;
  }

  /** The counterfactual for a choice of dimensions and values, decided in full. */
  private Counterfactual build(Verdict verdict, int[][] choice) {
    int[] to = origin.clone();
    List<Change> changes = new ArrayList<>();
    Set<String> newTopics = new LinkedHashSet<>(community.topics());
    for (int[] pick : choice) {
      Dim dim = dims.get(pick[0]);
      if (dim.slot() < 0) {
        List<String> mine = carried.get(dim.topicClass());
        if (mine == null) {
          String added = topics.classes.get(dim.topicClass()).get(0);
          newTopics.add(added);
          changes.add(new Change(Counterfactual.Attribute.TOPIC, "", added));
        } else {
          newTopics.removeAll(mine);
          mine.forEach(t -> changes.add(new Change(Counterfactual.Attribute.TOPIC, t, "")));
        }
        continue;
      }
      int value = dim.options()[pick[1]];
      to[dim.slot()] = value;
      changes.add(change(dim.slot(), value));
    }
    Community changedCommunity = community;
    if (to[STEWARD] != origin[STEWARD]
        || to[PLATFORM] != origin[PLATFORM]
        || to[MEMBERSHIP] != origin[MEMBERSHIP]
        || to[AUDIENCE] != origin[AUDIENCE]
        || !newTopics.equals(community.topics())) {
      Community.Builder builder = Community.builder().from(community);
      builder.steward(STEWARDS[to[STEWARD]]).membership(MEMBERSHIPS[to[MEMBERSHIP]]);
      builder.audience(AUDIENCES[to[AUDIENCE]]).topics(newTopics);
      if (to[PLATFORM] != origin[PLATFORM]) {
        builder.platform(Platform.of(community.platform().name(), PLATFORMS[to[PLATFORM]]));
      }
      changedCommunity = builder.build();
    }
    EngagementAction changedAction =
        to[INTENT] == origin[INTENT] && to[FORMAT] == origin[FORMAT] && to[REACH] == origin[REACH]
            ? action
            : EngagementAction.of(action.id(), INTENTS[to[INTENT]], FORMATS[to[FORMAT]], REACHES[to[REACH]]);
    EngagementContext changedContext = context;
    if (to[OVER] != origin[OVER]) {
      changedContext =
          to[OVER] == 1
              ? EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build()
              : EngagementContext.none();
    }
    Decision there = engine.decide(changedCommunity, changedAction, changedContext);
    if (there.verdict() != verdict) {
      throw new IllegalStateException(
          "the search expected " + verdict + " but the engine decides " + there.verdict());
    }
    return new Counterfactual(changes, changedCommunity, changedAction, changedContext, there);
  }

  private Change change(int slot, int value) {
    return switch (slot) {
      case STEWARD -> enumChange(Counterfactual.Attribute.STEWARD, STEWARDS, slot, value);
      case PLATFORM -> enumChange(Counterfactual.Attribute.PLATFORM, PLATFORMS, slot, value);
      case MEMBERSHIP -> enumChange(Counterfactual.Attribute.MEMBERSHIP, MEMBERSHIPS, slot, value);
      case AUDIENCE -> enumChange(Counterfactual.Attribute.AUDIENCE, AUDIENCES, slot, value);
      case INTENT -> enumChange(Counterfactual.Attribute.INTENT, INTENTS, slot, value);
      case FORMAT -> enumChange(Counterfactual.Attribute.FORMAT, FORMATS, slot, value);
      case REACH -> enumChange(Counterfactual.Attribute.REACH, REACHES, slot, value);
      default ->
          new Change(
              Counterfactual.Attribute.BALANCE,
              value == 1 ? Counterfactual.WITHIN_LIMIT : Counterfactual.OVER_LIMIT,
              value == 1 ? Counterfactual.OVER_LIMIT : Counterfactual.WITHIN_LIMIT);
    };
  }

  private Change enumChange(
      Counterfactual.Attribute attribute, Enum<?>[] constants, int slot, int value) {
    return new Change(attribute, Texts.kebab(constants[origin[slot]]), Texts.kebab(constants[value]));
  }
}
