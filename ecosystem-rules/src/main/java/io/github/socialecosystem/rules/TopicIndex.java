package io.github.socialecosystem.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Ints;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a policy that test topics, by the topics they name, with a quick answer to the
 * question most decisions ask: does this community have any of those topics at all? A bitmap
 * over the topics' hash codes answers "no" for almost every topic the policy does not name
 * without touching the map.
 */
final class TopicIndex {
  private static final TopicIndex EMPTY = new TopicIndex(ImmutableMap.of());

  private final ImmutableMap<String, int[]> rulesByTopic;
  private final long[] bits;
  private final int shift;

  private TopicIndex(ImmutableMap<String, int[]> rulesByTopic) {
    this.rulesByTopic = rulesByTopic;
    // About sixteen bits per topic: one topic in sixteen that the policy does not name gets past
    // the bitmap to the map.
    int size = Math.max(64, Integer.highestOneBit(Math.max(1, rulesByTopic.size()) * 16 - 1) * 2);
    this.bits = new long[size / 64];
    this.shift = 32 - Integer.numberOfTrailingZeros(size);
    for (String topic : rulesByTopic.keySet()) {
      int bit = bit(topic.hashCode());
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  /** The index of {@code rules}: rule indices are positions in that list. */
  static TopicIndex of(List<EngagementRule> rules) {
    Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String topic : Shape.named(Attribute.TOPIC, List.of(rules.get(i).condition()))) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(i);
      }
    }
    if (byTopic.isEmpty()) {
      return EMPTY;
    }
    ImmutableMap.Builder<String, int[]> index = ImmutableMap.builderWithExpectedSize(byTopic.size());
    byTopic.forEach((topic, indices) -> index.put(topic, Ints.toArray(indices)));
    return new TopicIndex(index.buildOrThrow());
  }

  /** Whether any of {@code topics} is named by a rule. */
  boolean namesAny(Set<String> topics) {
    int size = topics.size();
    if (size == 0 || rulesByTopic.isEmpty()) {
      return false;
    }
    // First the bitmap, without allocating: a set of one has its element's hash code (the Set
    // contract), and an immutable set of more has a cached list view to index.
    if (size == 1) {
      if (!mayName(topics.hashCode())) {
        return false;
      }
    } else if (topics instanceof ImmutableSet<String> immutable) {
      ImmutableList<String> list = immutable.asList();
      boolean maybe = false;
      for (int i = 0; i < size && !maybe; i++) {
        maybe = mayName(list.get(i).hashCode());
      }
      if (!maybe) {
        return false;
      }
    }
    for (String topic : topics) {
      if (rulesByTopic.containsKey(topic)) {
        return true;
      }
    }
    return false;
  }

  /** The indices of the rules that name {@code topic}, if any. */
  int @Nullable [] rules(String topic) {
    return rulesByTopic.get(topic);
  }

  /** Whether a topic with this hash code may be named by a rule; false means it is not. */
  private boolean mayName(int hash) {
    int bit = bit(hash);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  /** A bit for a hash code: Fibonacci hashing into the bitmap. */
  private int bit(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
