package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import io.github.socialecosystem.rules.Counterfactual.Change;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of {@link PolicyEngine#counterfactuals}: each reported situation gets the verdict it
 * promises when decided again, and no situation with fewer changes gets that verdict; over a space
 * small enough to walk whole, a verdict not reported is given nowhere. The walk here is a plain
 * loop over every attribute, independent of the search.
 */
class CounterfactualProperties {
  private static final List<String> TOPICS = List.of("crafting", "deals", "knitting", "support");

  @Property(tries = 20)
  void counterfactualsHoldWhenDecidedAgainAndNoFewerChangesDo(
      @ForAll("policies") EngagementPolicy policy,
      @ForAll("communities") Community community,
      @ForAll("actions") EngagementAction action,
      @ForAll EngagementContext context) {
    PolicyEngine engine = PolicyEngine.of(policy);
    Counterfactuals found = engine.counterfactuals(community, action, context);
    Verdict now = engine.decide(community, action, context).verdict();
    assertEquals(now, found.decision().verdict());
    int farthest = 0;
    for (Counterfactual c : found.nearest()) {
      assertNotEquals(now, c.verdict());
      assertEquals(c.verdict(), engine.decide(c.community(), c.action(), c.context()).verdict());
      assertEquals(c.changes(), differences(policy, community, action, context, c));
      farthest = Math.max(farthest, c.changes().size());
    }
    Set<String> named = namedTopics(policy);
    boolean whole = named.size() <= TOPICS.size();
    Map<Verdict, Integer> nearest =
        nearestByWalking(engine, community, action, context, whole ? Integer.MAX_VALUE : farthest);
    for (Verdict verdict : Verdict.values()) {
      if (verdict == now) {
        continue;
      }
      var reported = found.nearest(verdict);
      if (reported.isPresent()) {
        assertEquals(nearest.get(verdict), reported.get().changes().size(), verdict::toString);
      } else if (whole) {
        assertTrue(found.complete());
        assertEquals(null, nearest.get(verdict), verdict::toString);
      }
    }
    Statistics.label("changes").collect(farthest);
    Statistics.label("whole space walked").collect(whole);
  }

  @Property(tries = 12)
  void standardPolicyCounterfactualsAreNearestToo(
      @ForAll Community community, @ForAll EngagementAction action, @ForAll EngagementContext context) {
    PolicyEngine engine = PolicyEngine.standard();
    Counterfactuals found = engine.counterfactuals(community, action, context);
    assertTrue(found.complete());
    Map<Verdict, Integer> nearest =
        nearestByWalking(engine, community, action, context, Integer.MAX_VALUE);
    nearest.remove(found.decision().verdict());
    Map<Verdict, Integer> reported = new EnumMap<>(Verdict.class);
    for (Counterfactual c : found.nearest()) {
      assertEquals(c.verdict(), engine.decide(c.community(), c.action(), c.context()).verdict());
      reported.put(c.verdict(), c.changes().size());
    }
    assertEquals(nearest, reported);
  }

  // -------------------------------------------------------------------------------------------
  // The plain walk

  /**
   * The fewest changes that give each verdict, over every situation within {@code bound} changes:
   * every steward, platform kind, membership and audience that can exist, every set of the
   * named topics, every intent, format and reach, and the balance state flipped or not.
   */
  private static Map<Verdict, Integer> nearestByWalking(
      PolicyEngine engine,
      Community community,
      EngagementAction action,
      EngagementContext context,
      int bound) {
    EngagementPolicy policy = engine.policy();
    List<String> named = new ArrayList<>(namedTopics(policy));
    Set<String> unnamed = new HashSet<>(community.topics());
    unnamed.removeAll(named);
    int originMask = 0;
    for (int t = 0; t < named.size(); t++) {
      originMask |= community.topics().contains(named.get(t)) ? 1 << t : 0;
    }
    boolean over = context.isPromotionOver(policy.balanceLimit());
    EngagementContext flipped =
        over
            ? EngagementContext.none()
            : EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build();
    Map<Verdict, Integer> nearest = new EnumMap<>(Verdict.class);
    for (Steward steward : Steward.values()) {
      for (PlatformKind platform : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (!CommunityType.exists(steward, platform, membership, audience)) {
              continue;
            }
            int shapeChanges =
                (steward != community.steward() ? 1 : 0)
                    + (platform != community.platform().kind() ? 1 : 0)
                    + (membership != community.membership() ? 1 : 0)
                    + (audience != community.audience() ? 1 : 0);
            for (int mask = 0; mask < 1 << named.size(); mask++) {
              int communityChanges = shapeChanges + Integer.bitCount(mask ^ originMask);
              if (communityChanges > bound) {
                continue;
              }
              Set<String> topics = new TreeSet<>(unnamed);
              for (int t = 0; t < named.size(); t++) {
                if ((mask & 1 << t) != 0) {
                  topics.add(named.get(t));
                }
              }
              Community there =
                  Community.builder().from(community).steward(steward)
                      .platform(Platform.of(community.platform().name(), platform))
                      .membership(membership).audience(audience).topics(topics).build();
              walkActions(engine, there, action, context, flipped, communityChanges, bound, nearest);
            }
          }
        }
      }
    }
    return nearest;
  }

  private static void walkActions(
      PolicyEngine engine,
      Community there,
      EngagementAction action,
      EngagementContext context,
      EngagementContext flipped,
      int changes,
      int bound,
      Map<Verdict, Integer> nearest) {
    for (Intent intent : Intent.values()) {
      for (Format format : Format.values()) {
        for (Reach reach : Reach.values()) {
          int actionChanges =
              changes
                  + (intent != action.intent() ? 1 : 0)
                  + (format != action.format() ? 1 : 0)
                  + (reach != action.reach() ? 1 : 0);
          if (actionChanges > bound) {
            continue;
          }
          EngagementAction changed = EngagementAction.of(action.id(), intent, format, reach);
          for (int flip = 0; flip < 2 && actionChanges + flip <= bound; flip++) {
            Verdict verdict =
                engine.decide(there, changed, flip == 0 ? context : flipped).verdict();
            nearest.merge(verdict, actionChanges + flip, Math::min);
          }
        }
      }
    }
  }

  /** The changes between the situation asked about and a counterfactual, read off the values. */
  private static List<Change> differences(
      EngagementPolicy policy,
      Community community,
      EngagementAction action,
      EngagementContext context,
      Counterfactual c) {
    List<Change> changes = new ArrayList<>();
    Community there = c.community();
    add(changes, Counterfactual.Attribute.STEWARD, community.steward(), there.steward());
    add(changes, Counterfactual.Attribute.PLATFORM, community.platform().kind(), there.platform().kind());
    add(changes, Counterfactual.Attribute.MEMBERSHIP, community.membership(), there.membership());
    add(changes, Counterfactual.Attribute.AUDIENCE, community.audience(), there.audience());
    Set<String> topics = new TreeSet<>(community.topics());
    topics.addAll(there.topics());
    for (String topic : topics) {
      if (!community.topics().contains(topic)) {
        changes.add(new Change(Counterfactual.Attribute.TOPIC, "", topic));
      } else if (!there.topics().contains(topic)) {
        changes.add(new Change(Counterfactual.Attribute.TOPIC, topic, ""));
      }
    }
    add(changes, Counterfactual.Attribute.INTENT, action.intent(), c.action().intent());
    add(changes, Counterfactual.Attribute.FORMAT, action.format(), c.action().format());
    add(changes, Counterfactual.Attribute.REACH, action.reach(), c.action().reach());
    boolean before = context.isPromotionOver(policy.balanceLimit());
    boolean after = c.context().isPromotionOver(policy.balanceLimit());
    if (before != after) {
      changes.add(
          new Change(
              Counterfactual.Attribute.BALANCE,
              before ? Counterfactual.OVER_LIMIT : Counterfactual.WITHIN_LIMIT,
              after ? Counterfactual.OVER_LIMIT : Counterfactual.WITHIN_LIMIT));
    }
    assertEquals(action.id(), c.action().id());
    assertEquals(community.id(), there.id());
    return changes;
  }

  private static <E extends Enum<E>> void add(
      List<Change> changes, Counterfactual.Attribute attribute, E before, E after) {
    if (before != after) {
      changes.add(
          new Change(
              attribute,
              before.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              after.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }
  }

  private static Set<String> namedTopics(EngagementPolicy policy) {
    Set<String> named = new TreeSet<>();
    for (EngagementRule rule : policy.rules()) {
      named.addAll(rule.condition().valuesOf(Attribute.TOPIC));
    }
    return named;
  }

  // -------------------------------------------------------------------------------------------
  // Generators

  /**
   * Generated policies (any attribute, combinator, priority and default), and the standard policy
   * with house rules that name a few topics, alone, together, negated and with custom action ids.
   */
  @Provide
  Arbitrary<EngagementPolicy> policies() {
    Arbitrary<String> topic = Arbitraries.of(TOPICS);
    Arbitrary<Condition> topics =
        Arbitraries.oneOf(
            topic.map(Condition::topic),
            topic.set().ofMinSize(2).ofMaxSize(3).map(t -> Condition.topic(t.toArray(new String[0]))),
            Combinators.combine(topic, topic).as((a, b) -> Condition.all(Condition.topic(a), Condition.topic(b))),
            topic.map(t -> Condition.not(Condition.topic(t))));
    Arbitrary<EngagementRule> houseRule =
        Combinators.combine(
                topics,
                Arbitraries.oneOf(
                    Arbitraries.just(Condition.always()),
                    EcosystemArbitraries.conditions(1),
                    Arbitraries.of("custom-a", "announce-deal").map(Condition::action)),
                Arbitraries.of(Verdict.RECOMMENDED, Verdict.APPROPRIATE, Verdict.INAPPROPRIATE),
                Arbitraries.of(0, 20, 50, 100, 200))
            .as(
                (t, w, verdict, priority) ->
                    EngagementRule.builder()
                        .id("house").condition(Condition.all(t, w)).verdict(verdict)
                        .priority(priority).rationale("A house rule.").build());
    Arbitrary<EngagementPolicy> housePolicies =
        houseRule.list().ofMinSize(1).ofMaxSize(6)
            .map(
                extra -> {
                  EngagementPolicy.Builder policy =
                      EngagementPolicy.builder().from(StandardPolicy.policy()).id("house");
                  for (int i = 0; i < extra.size(); i++) {
                    policy.addRules(
                        EngagementRule.builder().from(extra.get(i)).id("house-" + i).build());
                  }
                  return policy.build();
                });
    return Arbitraries.frequencyOf(
        Tuple.of(2, EcosystemArbitraries.policies()), Tuple.of(2, housePolicies));
  }

  /** Communities of any shape, carrying none, some or all of the topics house rules name. */
  @Provide
  Arbitrary<Community> communities() {
    return Combinators.combine(
            EcosystemArbitraries.communities(), Arbitraries.of(TOPICS).set().ofMaxSize(3))
        .as((c, topics) -> Community.builder().from(c).addAllTopics(topics).build());
  }

  /** Standard actions, custom ones, and ids that rules name with traits of their own. */
  @Provide
  Arbitrary<EngagementAction> actions() {
    return Arbitraries.oneOf(
        EcosystemArbitraries.standardActions(),
        EcosystemArbitraries.customActions(),
        Combinators.combine(
                Arbitraries.of("custom-a", StandardActions.ANNOUNCE_DEAL.id()),
                Arbitraries.of(Intent.class),
                Arbitraries.of(Format.class),
                Arbitraries.of(Reach.class))
            .as(EngagementAction::of));
  }
}
