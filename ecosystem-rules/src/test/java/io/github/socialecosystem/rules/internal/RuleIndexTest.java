package io.github.socialecosystem.rules.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
  private static final int TOPICS = 5_000;

  private static String named(int i) {
    return String.format(Locale.ROOT, "named-%04d", i);
  }

  private static String other(int i) {
    return String.format(Locale.ROOT, "other-%04d", i);
  }

  private static EngagementRule rule(String id, Condition condition) {
    return EngagementRule.builder()
        .id(id)
        .condition(Condition.all(condition, Condition.intent(Intent.PROMOTE)))
        .verdict(Verdict.INAPPROPRIATE)
        .rationale("Because.")
        .build();
  }

  /** Rule i names topic i; every tenth rule names the topic of the rule before it as well. */
  private static List<EngagementRule> rules() {
    List<EngagementRule> rules = new ArrayList<>();
    for (int i = 0; i < TOPICS; i++) {
      rules.add(
          rule(
              "rule-" + i,
              i % 10 == 9 ? Condition.topic(named(i), named(i - 1)) : Condition.topic(named(i))));
    }
    rules.add(rule("by-action", Condition.action("post-job-opening")));
    return rules;
  }

  private final RuleIndex index = RuleIndex.of(rules());

  @Test
  void topicKeyIsZeroForTopicsNoRuleNames() {
    assertEquals(0, index.topicKey(Set.of()));
    for (int i = 0; i < TOPICS; i++) {
      assertEquals(0, index.topicKey(Set.of(other(i))), other(i));
      assertEquals(0, index.topicKey(Set.of(other(i), other(i + TOPICS))), other(i));
    }
  }

  @Test
  void topicKeyDependsOnlyOnTheNamedTopicsInAnyOrder() {
    for (int i = 1; i < TOPICS; i++) {
      long key = index.topicKey(Set.of(named(i), named(i - 1)));
      assertNotEquals(0, key);
      assertEquals(key, index.topicKey(new TreeSet<>(List.of(other(i), named(i - 1), named(i)))));
      assertEquals(key, index.topicKey(new LinkedHashSet<>(List.of(named(i), other(i), named(i - 1)))));
      assertNotEquals(key, index.topicKey(Set.of(named(i))));
      assertNotEquals(index.topicKey(Set.of(named(i))), index.topicKey(Set.of(named(i - 1))));
    }
  }

  @Test
  void topicKeySaysWhenACommunityCarriesMoreNamedTopicsThanAKeyHolds() {
    // 5,000 named topics take 13 bits each: four fit in a key, five do not.
    Set<String> four = Set.of(named(1), named(2), named(3), named(4));
    Set<String> five = Set.of(named(1), named(2), named(3), named(4), named(5));
    assertNotEquals(RuleIndex.TOO_MANY_TOPICS, index.topicKey(four));
    assertEquals(RuleIndex.TOO_MANY_TOPICS, index.topicKey(five));
  }

  @Test
  void aFullKeyOfLargeTopicNumbersKeepsEveryTopic() {
    // Four topics fill a key; the last one's number takes the key's highest bits.
    long key = index.topicKey(Set.of(named(0), named(1), named(2), named(4099)));
    assertNotEquals(index.topicKey(Set.of(named(0), named(1), named(2), named(3))), key);
    assertArrayEquals(new int[] {0, 1, 2, 4099}, index.rulesNamingTopics(key));
  }

  @Test
  void rulesNamingTopicsListsEveryRuleNamingOneOfThemOnce() {
    assertArrayEquals(new int[] {0}, index.rulesNamingTopics(index.topicKey(Set.of(named(0)))));
    assertArrayEquals(new int[] {8, 9}, index.rulesNamingTopics(index.topicKey(Set.of(named(8)))));
    assertArrayEquals(
        new int[] {8, 9}, index.rulesNamingTopics(index.topicKey(Set.of(named(8), named(9)))));
    assertArrayEquals(new int[] {8, 9}, index.rulesNamingTopics(Set.of(named(8), named(9), other(1))));
    assertArrayEquals(new int[0], index.rulesNamingTopics(0));
  }

  @Test
  void rulesNamingActionListsTheRulesNamingTheId() {
    assertArrayEquals(new int[] {TOPICS}, index.rulesNamingAction("post-job-opening"));
    assertArrayEquals(new int[0], index.rulesNamingAction("listen"));
  }

  @Test
  void aPolicyWithoutTopicRulesNamesNoTopic() {
    RuleIndex none = RuleIndex.of(StandardPolicy.policy().rules());
    assertFalse(none.namesTopics());
    assertEquals(0, none.topicKey(Set.of("knitting", "crafting")));
    assertTrue(index.namesTopics());
  }

  @Test
  void aKeyOfSeveralTopicsIsTheSameInEveryOrderTheCommunityHoldsThem() {
    // Five named topics: three bits each.
    RuleIndex small =
        RuleIndex.of(
            List.of(
                rule("a", Condition.topic("apple")),
                rule("b", Condition.topic("berry")),
                rule("c", Condition.topic("cherry")),
                rule("d", Condition.topic("date")),
                rule("e", Condition.topic("elder"))));
    List<List<String>> orders =
        List.of(
            List.of("apple", "cherry", "elder"),
            List.of("apple", "elder", "cherry"),
            List.of("cherry", "apple", "elder"),
            List.of("cherry", "elder", "apple"),
            List.of("elder", "apple", "cherry"),
            List.of("elder", "cherry", "apple"));
    long key = small.topicKey(new LinkedHashSet<>(orders.get(0)));
    for (List<String> order : orders) {
      assertEquals(key, small.topicKey(new LinkedHashSet<>(order)), order.toString());
    }
    assertArrayEquals(new int[] {0, 2, 4}, small.rulesNamingTopics(key));
    assertNotEquals(key, small.topicKey(new LinkedHashSet<>(List.of("apple", "cherry", "date"))));
    long four = small.topicKey(new LinkedHashSet<>(List.of("date", "berry", "elder", "apple")));
    assertEquals(four, small.topicKey(new LinkedHashSet<>(List.of("apple", "berry", "date", "elder"))));
    assertArrayEquals(new int[] {0, 1, 3, 4}, small.rulesNamingTopics(four));
  }
}
