package io.github.socialecosystem.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a policy by the topics and action ids they name, and a compact key for the named
 * topics a community carries.
 *
 * <p>The key answers the question most decisions ask first, "does this community carry any topic a
 * rule names, and which?", without allocating: each named topic has a number, and the numbers of
 * the ones a community carries are packed, sorted, into one {@code long}. Zero means none; {@link
 * #TOO_MANY_TOPICS} means more than fit.
 *
 * <p>Working a key out walks the community's topics, which allocates an iterator for most sets;
 * {@link DecisionTable} remembers the key of each community it has seen recently.
 *
 * <p>Not part of the public API.
 */
public final class RuleIndex {
  /** The key of a community carrying more of the named topics than a key can hold. */
  public static final long TOO_MANY_TOPICS = -1L;

  private static final int[] NONE = new int[0];

  /** Named topics by open addressing: keys, their spread hash codes, their numbers from 1. */
  private final @Nullable String[] topicKeys;

  private final int[] topicHashes;
  private final int[] topicNumbers;
  private final int mask;
  /** Rule indices by topic number. */
  private final int[][] rulesByTopic;

  private final int bitsPerTopic;
  private final int topicsPerKey;
  private final ImmutableMap<String, int[]> rulesByAction;

  private RuleIndex(Map<String, List<Integer>> byTopic, Map<String, List<Integer>> byAction) {
    int count = byTopic.size();
    int size = Integer.highestOneBit(Math.max(4, count * 4) - 1) * 2; // power of two, load <= 1/4
    this.topicKeys = new String[size];
    this.topicHashes = new int[size];
    this.topicNumbers = new int[size];
    this.mask = size - 1;
    this.rulesByTopic = new int[count + 1][];
    rulesByTopic[0] = NONE;
    int number = 0;
    for (Map.Entry<String, List<Integer>> entry : byTopic.entrySet()) {
      number++;
      int hash = spread(entry.getKey().hashCode());
      int slot = hash & mask;
      while (topicKeys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      topicKeys[slot] = entry.getKey();
      topicHashes[slot] = hash;
      topicNumbers[slot] = number;
      rulesByTopic[number] = Ints.toArray(entry.getValue());
    }
    this.bitsPerTopic = Math.max(1, 32 - Integer.numberOfLeadingZeros(count));
    this.topicsPerKey = 63 / bitsPerTopic;
    ImmutableMap.Builder<String, int[]> actions = ImmutableMap.builderWithExpectedSize(byAction.size());
    byAction.forEach((id, rules) -> actions.put(id, Ints.toArray(rules)));
    this.rulesByAction = actions.buildOrThrow();
  }

  /** The index of {@code rules}; rule indices are positions in that list. */
  public static RuleIndex of(List<EngagementRule> rules) {
    Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
    Map<String, List<Integer>> byAction = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      Integer rule = i;
      for (String topic : rules.get(i).condition().valuesOf(Attribute.TOPIC)) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(rule);
      }
      for (String id : rules.get(i).condition().valuesOf(Attribute.ACTION)) {
        byAction.computeIfAbsent(id, t -> new ArrayList<>()).add(rule);
      }
    }
    return new RuleIndex(byTopic, byAction);
  }

  /** Whether some rule names a topic. */
  public boolean namesTopics() {
    return rulesByTopic.length > 1;
  }

  /**
   * The key of the named topics among {@code topics}: 0 if there is none, {@link
   * #TOO_MANY_TOPICS} if there are more than a key holds (at least three; more when the policy
   * names fewer topics), otherwise their numbers packed in ascending order. Equal keys mean the
   * same named topics.
   */
  public long topicKey(Set<String> topics) {
    if (rulesByTopic.length == 1 || topics.isEmpty()) {
      return 0;
    }
    long key = 0;
    int count = 0;
    for (String topic : topics) {
      int number = numberOf(topic);
      if (number != 0) {
        if (count == topicsPerKey) {
          return TOO_MANY_TOPICS;
        }
        key = insert(key, count, number);
        count++;
      }
    }
    return key;
  }

  /** The indices of the rules that name a topic whose number is in {@code key}, each once. */
  public int[] rulesNamingTopics(long key) {
    if (key == 0) {
      return NONE;
    }
    int fieldMask = (1 << bitsPerTopic) - 1;
    int[] first = rulesByTopic[(int) (key & fieldMask)];
    if (key >>> bitsPerTopic == 0) {
      return first;
    }
    BitSet rules = new BitSet();
    for (long rest = key; rest != 0; rest >>>= bitsPerTopic) {
      for (int rule : rulesByTopic[(int) (rest & fieldMask)]) {
        rules.set(rule);
      }
    }
    return rules.stream().toArray();
  }

  /** The indices of the rules that name any of {@code topics}, each once. */
  public int[] rulesNamingTopics(Set<String> topics) {
    BitSet rules = new BitSet();
    for (String topic : topics) {
      for (int rule : rulesByTopic[numberOf(topic)]) {
        rules.set(rule);
      }
    }
    return rules.stream().toArray();
  }

  /** The indices of the rules that name action id {@code id}; empty if none does. */
  public int[] rulesNamingAction(String id) {
    int[] rules = rulesByAction.get(id);
    return rules == null ? NONE : rules;
  }

  /** The number of a named topic, from 1; 0 if no rule names it. */
  private int numberOf(String topic) {
    int hash = spread(topic.hashCode());
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String key = topicKeys[slot];
      if (key == null) {
        return 0;
      }
      if (topicHashes[slot] == hash && key.equals(topic)) {
        return topicNumbers[slot];
      }
    }
  }

  /** Inserts {@code number} into a key of {@code count} ascending numbers. */
  private long insert(long key, int count, int number) {
    int fieldMask = (1 << bitsPerTopic) - 1;
    int position = 0;
    while (position < count && ((key >>> (position * bitsPerTopic)) & fieldMask) < number) {
      position++;
    }
    int shift = position * bitsPerTopic;
    long low = shift == 0 ? 0 : key & ((1L << shift) - 1);
    long high = shift == 0 ? key : key >>> shift;
    return low | ((long) number << shift) | (high << (shift + bitsPerTopic));
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
