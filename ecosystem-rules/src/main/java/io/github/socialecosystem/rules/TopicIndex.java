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
 * over the topics' hash codes (a Bloom filter with two probes) answers "no" for almost every topic
 * the policy does not name, without touching the map and without allocating.
 */
final class TopicIndex {
  private static final TopicIndex EMPTY = new TopicIndex(ImmutableMap.of());

  /** Bits per named topic: about one unnamed topic in 250 gets past both probes. */
  private static final int BITS_PER_TOPIC = 32;

  private final ImmutableMap<String, int[]> rulesByTopic;
  private final long[] bits;
  private final int shift;

  private TopicIndex(ImmutableMap<String, int[]> rulesByTopic) {
    this.rulesByTopic = rulesByTopic;
    int wanted = Math.max(64, rulesByTopic.size() * BITS_PER_TOPIC);
    int size = Integer.highestOneBit(wanted - 1) * 2; // a power of two, at least wanted
    this.bits = new long[size / 64];
    this.shift = 32 - Integer.numberOfTrailingZeros(size);
    for (String topic : rulesByTopic.keySet()) {
      int hash = topic.hashCode();
      set(first(hash));
      set(second(hash));
    }
  }

  /** The index of {@code rules}: rule indices are positions in that list. */
  static TopicIndex of(List<EngagementRule> rules) {
    Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String topic : rules.get(i).condition().valuesOf(Attribute.TOPIC)) {
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
    if (rulesByTopic.isEmpty()) {
      return false;
    }
    int size = topics.size();
    if (size == 0) {
      return false;
    }
    if (!(topics instanceof ImmutableSet<String> immutable)) {
      return namedAmong(topics);
    }
    if (size == 1) {
      // A set of one has its element's hash code (the Set contract): no element to fetch.
      return mayName(immutable.hashCode()) && namedAmong(immutable);
    }
    // An indexed loop over the cached list view: no iterator to allocate.
    ImmutableList<String> list = immutable.asList();
    for (int i = 0; i < size; i++) {
      String topic = list.get(i);
      if (mayName(topic.hashCode()) && rulesByTopic.containsKey(topic)) {
        return true;
      }
    }
    return false;
  }

  private boolean namedAmong(Set<String> topics) {
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
    return isSet(first(hash)) && isSet(second(hash));
  }

  /** The first probe: Fibonacci hashing of the hash code into the bitmap. */
  private int first(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** The second probe, with another odd multiplier, so that it is independent of the first. */
  private int second(int hash) {
    return (hash * 0xC2B2AE35) >>> shift;
  }

  private void set(int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private boolean isSet(int bit) {
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }
}
