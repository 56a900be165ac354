package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.PartialSituation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How topic-dependent rules fall into groups, and which combinations of a group's topics are tried. */
class TopicGroupsTest {

  private static List<ImmutableList<ImmutableSet<String>>> testsOf(Condition... conditions) {
    List<ImmutableList<ImmutableSet<String>>> tests = new ArrayList<>();
    for (Condition condition : conditions) {
      tests.add(TopicGroups.topicTests(condition));
    }
    return tests;
  }

  private static List<List<Integer>> rulesOf(List<TopicGroups.Group> groups) {
    List<List<Integer>> rules = new ArrayList<>();
    for (TopicGroups.Group group : groups) {
      List<Integer> members = new ArrayList<>();
      for (int i : group.rules()) {
        members.add(i);
      }
      rules.add(members);
    }
    return rules;
  }

  private static TopicGroups.Group groupOf(int topics) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int t = 0; t < topics; t++) {
      names.add("t" + t);
    }
    return new TopicGroups.Group(new int[] {0}, names.build());
  }

  @Test
  void rulesThatShareNoTopicFallIntoSeparateGroups() {
    List<TopicGroups.Group> groups =
        TopicGroups.of(
            new int[] {0, 1},
            testsOf(Condition.topic("deals"), Condition.topic("knitting")));
    assertEquals(List.of(List.of(0), List.of(1)), rulesOf(groups));
    assertEquals(List.of("deals"), groups.get(0).topics());
    assertEquals(List.of("knitting"), groups.get(1).topics());
  }

  @Test
  void aRuleTestingTwoTopicsJoinsTheGroupsOfBoth() {
    List<TopicGroups.Group> groups =
        TopicGroups.of(
            new int[] {0, 1, 2},
            testsOf(
                Condition.topic("deals"),
                Condition.topic("knitting"),
                Condition.all(Condition.topic("knitting"), Condition.topic("deals"))));
    assertEquals(List.of(List.of(0, 1, 2)), rulesOf(groups));
    assertEquals(List.of("deals", "knitting"), groups.get(0).topics());
  }

  @Test
  void topicsNamedOnlyTogetherAreTriedAsOne() {
    List<TopicGroups.Group> groups =
        TopicGroups.of(
            new int[] {0, 1},
            testsOf(Condition.topic("deals", "offers"), Condition.topic("offers", "deals")));
    assertEquals(List.of(List.of(0, 1)), rulesOf(groups));
    assertEquals(List.of("deals"), groups.get(0).topics());
  }

  @Test
  void combinationsOfThreeTopicsComeFewestFirstThenInMaskOrder() {
    TopicGroups.Group group = groupOf(3);
    assertArrayEquals(new int[] {0b000, 0b001, 0b010, 0b100, 0b011, 0b101, 0b110, 0b111},
        group.combinations());
    assertEquals(Set.of(), group.topicsOf(0));
    assertEquals(Set.of("t0", "t2"), group.topicsOf(0b101));
    assertTrue(group.complete());
  }

  @Test
  void twelveTopicsAreTriedInEveryCombination() {
    TopicGroups.Group group = groupOf(12);
    int[] combinations = group.combinations();
    assertEquals(4096, combinations.length);
    assertEquals(4096, new HashSet<>(asList(combinations)).size());
    assertEquals(0, combinations[0]);
    assertEquals(0b1111_1111_1111, combinations[4095]);
    assertTrue(group.complete());
  }

  @Test
  void combinationsComeFewestFirstThenInMaskOrderAndPastTwelveTopicsAloneAndInPairs() {
    assertArrayEquals(new int[] {0b000, 0b001, 0b010, 0b100, 0b011, 0b101, 0b110, 0b111},
        TopicGroups.order(3));
    assertArrayEquals(new int[] {0}, TopicGroups.order(0));
    int[] twelve = TopicGroups.order(12);
    assertEquals(4096, twelve.length);
    assertEquals(0b1111_1111_1110, twelve[4094]);
    int[] thirteen = TopicGroups.order(13);
    assertEquals(1 + 13 + 78, thirteen.length);
    assertArrayEquals(new int[] {0, 1, 2, 4}, Arrays.copyOf(thirteen, 4));
    assertEquals(1 << 12, thirteen[13]);
    assertEquals(0b11, thirteen[14]);
    assertEquals(0b101, thirteen[15]);
    assertEquals((1 << 11) | (1 << 12), thirteen[thirteen.length - 1]);
    // Masks index at most 31 topics: beyond that, topics go untried.
    int[] forty = TopicGroups.order(40);
    assertEquals(1 + 31 + 31 * 30 / 2, forty.length);
    assertEquals(1 << 30, forty[31]);
    assertEquals((1 << 29) | (1 << 30), forty[forty.length - 1]);
  }

  @Test
  void thirteenTopicsAreTriedAloneAndInPairsOnlyAndSaySo() {
    TopicGroups.Group group = groupOf(13);
    assertFalse(group.complete());
    int[] combinations = group.combinations();
    // The empty set, the 13 topics alone, and the 78 pairs of them.
    assertEquals(1 + 13 + 78, combinations.length);
    Set<Set<String>> tried = new HashSet<>();
    int previousSize = 0;
    for (int combination : combinations) {
      Set<String> topics = group.topicsOf(combination);
      assertTrue(topics.size() >= previousSize, "fewest topics first");
      assertTrue(topics.size() <= 2, topics::toString);
      previousSize = topics.size();
      tried.add(topics);
    }
    assertEquals(combinations.length, tried.size());
    assertTrue(tried.contains(Set.of()));
    assertTrue(tried.contains(Set.of("t0")));
    assertTrue(tried.contains(Set.of("t12")));
    assertTrue(tried.contains(Set.of("t0", "t1")));
    assertTrue(tried.contains(Set.of("t11", "t12")));
  }

  @Test
  void residualKeyTellsApartSituationsWhereTheRulesOtherTestsAnswerDifferently() {
    Condition condition = Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.topic("deals"));
    TopicGroups.Group group = TopicGroups.of(new int[] {0}, testsOf(condition)).get(0);
    PartialSituation forum = at(Steward.INDEPENDENT, PlatformKind.INDEPENDENT_SITE);
    PartialSituation network = at(Steward.INDEPENDENT, PlatformKind.CONSUMER_NETWORK);
    PartialSituation page = at(Steward.ORGANIZATION, PlatformKind.CONSUMER_NETWORK);
    assertEquals(
        TopicGroups.residualKey(group, i -> condition, i -> forum),
        TopicGroups.residualKey(group, i -> condition, i -> network));
    assertNotEquals(
        TopicGroups.residualKey(group, i -> condition, i -> forum),
        TopicGroups.residualKey(group, i -> condition, i -> page));
  }

  @Test
  void residualKeyTellsApartTheBalanceStates() {
    Condition condition =
        Condition.all(
            Condition.promotionOverBalanceLimit(),
            Condition.layer(Layer.PARTICIPATING),
            Condition.topic("deals"));
    TopicGroups.Group group = TopicGroups.of(new int[] {0}, testsOf(condition)).get(0);
    PartialSituation forum = at(Steward.INDEPENDENT, PlatformKind.INDEPENDENT_SITE);
    assertNotEquals(
        TopicGroups.residualKey(group, i -> condition, i -> forum.over(true)),
        TopicGroups.residualKey(group, i -> condition, i -> forum.over(false)));
  }

  private static PartialSituation at(Steward steward, PlatformKind platform) {
    return PartialSituation.anything()
        .shape(AttributeSpace.shapeOf(steward, platform, Membership.OPEN, Audience.PUBLIC));
  }

  private static List<Integer> asList(int[] values) {
    List<Integer> list = new ArrayList<>();
    for (int value : values) {
      list.add(value);
    }
    return list;
  }
}
