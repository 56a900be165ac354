package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.rules.internal.PartialSituation;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Where topics can change an answer, and which topics must be tried together.
 *
 * <p>At a situation of the attribute space where everything but the community's topics is fixed, a
 * rule either holds, fails, or depends on the topics. Rules that depend on topics and share none
 * are independent: which of them match in one group says nothing about another group. So instead
 * of every subset of every topic the policy names, each group's own topics are tried, and only
 * one topic stands for several that no condition tells apart (two topics that are always named
 * together). A group with more than {@link #MAX_TOPICS} such topics is tried only partly, and says
 * so.
 */
final class TopicGroups {
  /** The most topics of one group whose every combination is tried: 4,096 combinations. */
  static final int MAX_TOPICS = 12;

  private static final Map<Integer, int[]> ORDERS = new HashMap<>();

  /** The topic tests of a condition: each {@code topic is/in} value set, once. */
  static ImmutableList<ImmutableSet<String>> topicTests(Condition condition) {
    List<ImmutableSet<String>> tests = new ArrayList<>();
    condition.accept(
        new Tests() {
          @Override
          public Void visitMatch(Attribute attribute, Set<String> values) {
            if (attribute == Attribute.TOPIC) {
              ImmutableSet<String> test = ImmutableSet.copyOf(values);
              if (!tests.contains(test)) {
                tests.add(test);
              }
            }
            return null;
          }

          @Override
          public Void visitOverBalanceLimit() {
            return null;
          }
        });
    return ImmutableList.copyOf(tests);
  }

  /**
   * A walk over every test of a condition (attribute matches and the balance limit), in the order
   * they are written; combinations are walked through, {@code always} tests nothing.
   */
  private abstract static class Tests implements Condition.Visitor<Void> {
    @Override
    public final Void visitAlways() {
      return null;
    }

    @Override
    public final Void visitAll(List<Condition> operands) {
      operands.forEach(o -> o.accept(this));
      return null;
    }

    @Override
    public final Void visitAny(List<Condition> operands) {
      operands.forEach(o -> o.accept(this));
      return null;
    }

    @Override
    public final Void visitNot(Condition operand) {
      return operand.accept(this);
    }
  }

  /** A group of rules that depend on topics, with the topics to try. */
  static final class Group {
    private final int[] rules;
    private final ImmutableList<String> topics;

    Group(int[] rules, ImmutableList<String> topics) {
      this.rules = rules;
      this.topics = topics;
    }

    /** The rules, as indices into the caller's list. */
    int[] rules() {
      return rules;
    }

    /** One topic for each set of topics that no test of these rules tells apart. */
    ImmutableList<String> topics() {
      return topics;
    }

    /** Whether every combination of the topics is tried. */
    boolean complete() {
      return topics.size() <= MAX_TOPICS;
    }

    /** The combinations to try, as bit masks over {@code topics}: fewest topics first. */
    int[] combinations() {
      return combinationsOf(topics.size());
    }

    /** The topics of a combination. */
    Set<String> topicsOf(int combination) {
      Set<String> chosen = new TreeSet<>();
      for (int bit = 0; bit < Math.min(topics.size(), 31); bit++) {
        if ((combination & (1 << bit)) != 0) {
          chosen.add(topics.get(bit));
        }
      }
      return chosen;
    }
  }

  private TopicGroups() {}

  /**
   * What the group's rules depend on at a situation besides topics: the value there of each test that
   * is not about topics, in order, with the rules themselves. Two situations with equal keys give the
   * group's rules the same answers for every combination of topics, so one trying serves both.
   */
  static List<Object> residualKey(Group group, IntFunction<Condition> conditions, IntFunction<PartialSituation> situations) {
    BitSet values = new BitSet();
    int[] next = {0};
    for (int rule : group.rules()) {
      PartialSituation partial = situations.apply(rule);
      conditions.apply(rule).accept(
          new Tests() {
            @Override
            public Void visitMatch(Attribute attribute, Set<String> matched) {
              if (attribute != Attribute.TOPIC) {
                values.set(next[0]++, partial.visitMatch(attribute, matched) == Tri.TRUE);
              }
              return null;
            }

            @Override
            public Void visitOverBalanceLimit() {
              values.set(next[0]++, partial.visitOverBalanceLimit() == Tri.TRUE);
              return null;
            }
          });
    }
    List<Integer> rules = new ArrayList<>();
    for (int rule : group.rules()) {
      rules.add(rule);
    }
    return List.of(rules, values);
  }

  /**
   * Splits {@code dependent} rules into groups that share no topic.
   *
   * @param dependent indices of the rules that depend on topics here
   * @param tests the topic tests of every rule, by index
   */
  static List<Group> of(int[] dependent, List<ImmutableList<ImmutableSet<String>>> tests) {
    Map<String, String> parent = new HashMap<>();
    for (int rule : dependent) {
      String first = null;
      for (Set<String> test : tests.get(rule)) {
        for (String topic : test) {
          parent.putIfAbsent(topic, topic);
          if (first == null) {
            first = topic;
          } else {
            union(parent, first, topic);
          }
        }
      }
    }
    Map<String, List<Integer>> rulesByRoot = new LinkedHashMap<>();
    for (int rule : dependent) {
      String any = tests.get(rule).get(0).iterator().next();
      rulesByRoot.computeIfAbsent(find(parent, any), r -> new ArrayList<>()).add(rule);
    }
    List<Group> groups = new ArrayList<>();
    for (List<Integer> rules : rulesByRoot.values()) {
      // Which tests each topic of the group appears in; equal signatures cannot be told apart.
      List<Set<String>> distinct = new ArrayList<>();
      for (int rule : rules) {
        for (Set<String> test : tests.get(rule)) {
          if (!distinct.contains(test)) {
            distinct.add(test);
          }
        }
      }
      Map<String, BitSet> signatures = new TreeMap<>();
      for (int t = 0; t < distinct.size(); t++) {
        for (String topic : distinct.get(t)) {
          signatures.computeIfAbsent(topic, k -> new BitSet()).set(t);
        }
      }
      Map<BitSet, String> representatives = new LinkedHashMap<>();
      signatures.forEach((topic, signature) -> representatives.putIfAbsent(signature, topic));
      groups.add(
          new Group(
              rules.stream().mapToInt(Integer::intValue).toArray(),
              ImmutableList.copyOf(representatives.values())));
    }
    return groups;
  }

  /**
   * Every subset of {@code n} topics as a mask (topic {@code i} is bit {@code i}): fewest topics
   * first and, among subsets of as many, in the order of their masks. Past {@link #MAX_TOPICS}
   * topics only the empty set, each topic alone and each pair of the first 31 topics.
   */
  private static synchronized int[] combinationsOf(int n) {
    return ORDERS.computeIfAbsent(n, TopicGroups::order);
  }

  /**
   * The combinations of {@link #combinationsOf}, worked out afresh (that method keeps them for
   * every group of the same size, for the life of the JVM).
   */
  static int[] order(int n) {
    List<Integer> masks = new ArrayList<>();
    if (n <= MAX_TOPICS) {
      for (int mask = 0; mask < 1 << n; mask++) {
        masks.add(mask);
      }
      masks.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b)
          ? Integer.compare(Integer.bitCount(a), Integer.bitCount(b))
          : Integer.compare(a, b));
    } else {
      // Too many to try every one (masks here index at most 31 topics; the rest go untried).
      int usable = Math.min(n, 31);
      masks.add(0);
      for (int i = 0; i < usable; i++) {
        masks.add(1 << i);
      }
      for (int i = 0; i < usable; i++) {
        for (int j = i + 1; j < usable; j++) {
          masks.add((1 << i) | (1 << j));
        }
      }
    }
    return masks.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String find(Map<String, String> parent, String topic) {
    String root = topic;
    for (String up = parentOf(parent, root); !up.equals(root); up = parentOf(parent, root)) {
      root = up;
    }
    String walk = topic;
    while (!walk.equals(root)) {
      String next = parentOf(parent, walk);
      parent.put(walk, root);
      walk = next;
    }
    return root;
  }

  private static String parentOf(Map<String, String> parent, String topic) {
    return requireNonNull(parent.get(topic), topic);
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String rootA = find(parent, a);
    String rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      parent.put(rootB, rootA);
    }
  }
}
