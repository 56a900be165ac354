package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TopicIndexTest {
  private static final int TOPICS = 5_000;

  private static String named(int i) {
    return String.format(Locale.ROOT, "named-%04d", i);
  }

  private static String other(int i) {
    return String.format(Locale.ROOT, "other-%04d", i);
  }

  /** Rule i names topic i; every tenth rule names the topic of the rule before it as well. */
  private static List<EngagementRule> rules() {
    List<EngagementRule> rules = new ArrayList<>();
    for (int i = 0; i < TOPICS; i++) {
      Condition topic =
          i % 10 == 9 ? Condition.topic(named(i), named(i - 1)) : Condition.topic(named(i));
      rules.add(
          EngagementRule.builder()
              .id("rule-" + i)
              .condition(Condition.all(topic, Condition.intent(Intent.PROMOTE)))
              .verdict(Verdict.INAPPROPRIATE)
              .rationale("Topic " + i + ".")
              .build());
    }
    return rules;
  }

  private final TopicIndex index = TopicIndex.of(rules());

  @Test
  void namesAny_isTrue_forEveryNamedTopic_aloneOrAmongOthers() {
    for (int i = 0; i < TOPICS; i++) {
      assertTrue(index.namesAny(ImmutableSet.of(named(i))), named(i));
      assertTrue(index.namesAny(ImmutableSet.of(other(i), named(i))), named(i));
      assertTrue(index.namesAny(ImmutableSet.of(other(i), other(i + 1), named(i))), named(i));
      assertTrue(index.namesAny(new TreeSet<>(Set.of(other(i), named(i)))), named(i));
    }
  }

  @Test
  void namesAny_isFalse_forTopicsNoRuleNames() {
    assertFalse(index.namesAny(ImmutableSet.of()));
    for (int i = 0; i < TOPICS; i++) {
      assertFalse(index.namesAny(ImmutableSet.of(other(i))), other(i));
      assertFalse(index.namesAny(ImmutableSet.of(other(i), other(i + TOPICS))), other(i));
      assertFalse(index.namesAny(new TreeSet<>(Set.of(other(i), other(i + TOPICS)))), other(i));
    }
  }

  @Test
  void rules_listsEveryRuleNamingTheTopic() {
    assertArrayEquals(new int[] {0}, index.rules(named(0)));
    assertArrayEquals(new int[] {8, 9}, index.rules(named(8)));
    assertArrayEquals(new int[] {9}, index.rules(named(9)));
    assertNull(index.rules(other(0)));
  }

  @Test
  void aPolicyWithoutTopicRules_namesNoTopic() {
    TopicIndex none = TopicIndex.of(StandardPolicy.policy().rules());
    assertFalse(none.namesAny(ImmutableSet.of("knitting")));
    assertFalse(none.namesAny(ImmutableSet.of("knitting", "crafting")));
  }
}
