package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Sets;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The analyzer and the diff are exact over topics: for policies that name up to twelve topics and
 * combine them in conditions, every finding is confirmed by the engine at its witness, and the
 * diff lists exactly the verdict changes that deciding communities carrying every subset of the
 * named topics shows.
 */
class ExactAnalysisProperties {
  private static final List<String> TOPICS =
      List.of("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11");
  private static final List<String> NAMED_IDS = List.of("custom-a", "post-press-release");
  private static final String UNNAMED_ID = "never-named";

  /**
   * How much brute force each try does: 1 in the build; more in the {@code fuzz} profile
   * ({@code mvn -Pfuzz verify} sets {@code fuzz.scale} to 20).
   */
  private static final int SCALE = Integer.getInteger("fuzz.scale", 1);

  /** Points a try decides over every subset of {@code topics} topics: about 20,000 decisions. */
  private static int budget(int topics) {
    return SCALE * Math.max(6, Math.min(60, 20_000 >> Math.min(topics, 20)));
  }
  @Property(tries = 40)
  void everyFindingIsConfirmedByTheEngineAtItsWitness(@ForAll("topicalPolicies") EngagementPolicy policy) {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.isComplete(), "no group of rules combines more than twelve topics");
    PolicyEngine engine = PolicyEngine.of(policy);
    for (PolicyFinding finding : analysis.findings()) {
      assertTrue(finding.proven(), finding.message());
      if (finding.kind() == PolicyFinding.Kind.UNSATISFIABLE) {
        EngagementRule rule = policy.rule(finding.ruleIds().get(0)).orElseThrow();
        assertNeverMatches(rule, policy);
        continue;
      }
      Situation witness = finding.witness().orElseThrow();
      Decision decision = engine.decide(witness.community(), witness.action(), Witnesses.context(witness));
      List<String> deciding = ids(decision.reasons());
      List<String> overridden = ids(decision.overridden());
      switch (finding.kind()) {
        case GAP -> assertEquals(List.of(Reason.DEFAULT_RULE_ID), deciding, finding.message());
        case SHADOWED -> {
          String rule = finding.ruleIds().get(0);
          assertTrue(overridden.contains(rule), finding.message() + " at " + witness.describe());
          assertFalse(deciding.contains(rule), finding.message());
        }
        case CONFLICT -> {
          String a = finding.ruleIds().get(0);
          String b = finding.ruleIds().get(1);
          assertTrue(
              (deciding.contains(a) && overridden.contains(b))
                  || (deciding.contains(b) && overridden.contains(a)),
              finding.message() + " at " + witness.describe() + ": " + decision);
          assertEquals(
              policy.rule(a).orElseThrow().priority(), policy.rule(b).orElseThrow().priority());
        }
        default -> throw new AssertionError(finding);
      }
    }
  }

  @Property(tries = 15)
  void errorsHoldEverywhereOverEverySubsetOfTheNamedTopics(
      @ForAll("topicalPolicies") EngagementPolicy policy, @ForAll long seed) {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    Set<String> dead =
        analysis.findings().stream()
            .filter(PolicyFinding::isError)
            .flatMap(f -> f.ruleIds().stream())
            .collect(Collectors.toSet());
    PolicyEngine engine = PolicyEngine.of(policy);
    int points = budget(named(List.of(policy)).size());
    for (PartialSituation point : points(List.of(policy), new Random(seed), points)) {
      for (Set<String> topics : Sets.powerSet(named(List.of(policy)))) {
        Decision decision =
            engine.decide(point.community(topics), point.action(), point.context());
        for (String id : ids(decision.reasons())) {
          assertFalse(dead.contains(id), id + " decides at " + point + " with topics " + topics);
        }
      }
    }
  }

  @Property(tries = 15)
  void diffListsExactlyTheVerdictChangesOverEverySubsetOfTheNamedTopics(
      @ForAll("topicalPolicies") EngagementPolicy before,
      @ForAll("topicalPolicies") EngagementPolicy after,
      @ForAll long seed) {
    PolicyDiff diff = PolicyDiff.between(before, after);
    assertTrue(diff.isComplete());
    PolicyEngine was = PolicyEngine.of(before);
    PolicyEngine now = PolicyEngine.of(after);
    Map<String, Set<List<Verdict>>> listed = new HashMap<>();
    for (VerdictChange change : diff.changes()) {
      Situation s = change.situation();
      // Every change listed is real: its witness changes verdict as listed.
      assertEquals(change.before(), was.decide(s.community(), s.action(), change.context()).verdict());
      Decision decision = now.decide(s.community(), s.action(), change.context());
      assertEquals(change.after(), decision.verdict());
      assertEquals(ids(decision.reasons()), change.decidingRulesAfter());
      String key = key(s.community(), s.action(), change.context(), before, after);
      assertTrue(
          listed.computeIfAbsent(key, k -> new HashSet<>()).add(List.of(change.before(), change.after())),
          "listed twice: " + change);
    }
    // Every change that a brute force over the topics finds is listed, and only those.
    List<EngagementPolicy> both = List.of(before, after);
    Set<String> topics = named(both);
    int budget = budget(topics.size());
    List<PartialSituation> points = points(both, new Random(seed), budget);
    for (VerdictChange change : diff.changes().subList(0, Math.min(budget, diff.changes().size()))) {
      points.add(PartialSituation.of(change.situation().community(), change.situation().action(), change.context()));
    }
    for (PartialSituation point : points) {
      Set<List<Verdict>> found = flips(was, now, point, topics);
      String key = key(point.community(Set.of()), point.action(), point.context(), before, after);
      Set<List<Verdict>> mine = listed.getOrDefault(key, Set.of());
      if (!key.contains(" * ") && mine.isEmpty() && decidedAsAnyOtherId(was, now, point, topics)) {
        // An id decided here as any other id is may be covered by the change listed for those.
        PartialSituation other = point.withActionId(UNNAMED_ID);
        mine = listed.getOrDefault(key(other.community(Set.of()), other.action(), other.context(), before, after), Set.of());
      }
      assertEquals(found, mine, "at " + point);
    }
  }

  /** The pairs of verdicts (before, after) that differ at a point, over every subset of topics. */
  private static Set<List<Verdict>> flips(
      PolicyEngine was, PolicyEngine now, PartialSituation point, Set<String> topics) {
    Set<List<Verdict>> found = new HashSet<>();
    for (Set<String> subset : Sets.powerSet(topics)) {
      Community community = point.community(subset);
      Verdict a = was.decide(community, point.action(), point.context()).verdict();
      Verdict b = now.decide(community, point.action(), point.context()).verdict();
      if (a != b) {
        found.add(List.of(a, b));
      }
    }
    return found;
  }

  /** Whether both policies decide the point's action id exactly as an id no rule names. */
  private static boolean decidedAsAnyOtherId(
      PolicyEngine was, PolicyEngine now, PartialSituation point, Set<String> topics) {
    PartialSituation other = point.withActionId(UNNAMED_ID);
    for (Set<String> subset : Sets.powerSet(topics)) {
      for (PolicyEngine engine : List.of(was, now)) {
        Decision mine = engine.decide(point.community(subset), point.action(), point.context());
        Decision theirs = engine.decide(other.community(subset), other.action(), other.context());
        if (mine.verdict() != theirs.verdict()) {
          return false;
        }
      }
    }
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // Brute force

  /** A point of the space: a community shape, an action, recent activity; topics vary. */
  private record PartialSituation(
      Steward steward,
      PlatformKind platform,
      Membership membership,
      Audience audience,
      EngagementAction action,
      EngagementContext context) {
    static PartialSituation of(Community c, EngagementAction action, EngagementContext context) {
      return new PartialSituation(c.steward(), c.platform().kind(), c.membership(), c.audience(), action, context);
    }

    PartialSituation withActionId(String id) {
      return new PartialSituation(
          steward,
          platform,
          membership,
          audience,
          EngagementAction.of(id, action.intent(), action.format(), action.reach()),
          context);
    }

    Community community(Set<String> topics) {
      return Community.builder()
          .id("brute-force")
          .name("Brute force")
          .steward(steward)
          .platform(Platform.of("Somewhere", platform))
          .membership(membership)
          .audience(audience)
          .addAllTopics(topics)
          .build();
    }

    @Override
    public String toString() {
      return action + " in " + community(Set.of()) + " with " + context;
    }
  }

  /**
   * Where a change is: the community shape, the action's class and traits, and whether promotion
   * is over each policy's balance limit (all that recent activity changes in a verdict).
   */
  private static String key(
      Community c,
      EngagementAction action,
      EngagementContext context,
      EngagementPolicy before,
      EngagementPolicy after) {
    Set<String> named = new HashSet<>();
    for (EngagementPolicy policy : List.of(before, after)) {
      policy.rules().forEach(r -> named.addAll(r.condition().valuesOf(Attribute.ACTION)));
    }
    String id = named.contains(action.id()) ? action.id() : "*";
    return String.join(
        " ",
        c.steward().name(),
        c.platform().kind().name(),
        c.membership().name(),
        c.audience().name(),
        id,
        action.intent().name(),
        action.format().name(),
        action.reach().name(),
        Boolean.toString(over(before, context)),
        Boolean.toString(over(after, context)));
  }

  /** Whether promotion is over the policy's limit, where a rule of the policy looks at it. */
  private static boolean over(EngagementPolicy policy, EngagementContext context) {
    return context.isPromotionOver(policy.balanceLimit())
        && policy.rules().stream().anyMatch(r -> r.condition().mentionsBalanceLimit());
  }

  /** Random points of the space: every possible shape, a named or unnamed id, any traits. */
  private static List<PartialSituation> points(List<EngagementPolicy> policies, Random random, int count) {
    List<EngagementContext> contexts = new ArrayList<>();
    contexts.add(EngagementContext.none());
    contexts.add(Witnesses.ALL_PROMOTION);
    for (EngagementPolicy policy : policies) {
      // At or just under each limit, so that a share between two limits is tried too.
      contexts.add(
          EngagementContext.builder()
              .putRecentActivity(Intent.PROMOTE, (int) Math.floor(policy.balanceLimit() * 100))
              .putRecentActivity(Intent.CONVERSE, 100 - (int) Math.floor(policy.balanceLimit() * 100))
              .build());
    }
    List<PartialSituation> points = new ArrayList<>();
    while (points.size() < count) {
      Steward steward = pick(Steward.values(), random);
      PlatformKind platform = pick(PlatformKind.values(), random);
      Membership membership = pick(Membership.values(), random);
      Audience audience = pick(Audience.values(), random);
      if (!CommunityType.exists(steward, platform, membership, audience)) {
        continue;
      }
      String id = random.nextInt(3) == 0 ? UNNAMED_ID : NAMED_IDS.get(random.nextInt(NAMED_IDS.size()));
      EngagementAction action =
          EngagementAction.of(
              id, pick(Intent.values(), random), pick(Format.values(), random), pick(Reach.values(), random));
      points.add(
          new PartialSituation(
              steward, platform, membership, audience, action, contexts.get(random.nextInt(contexts.size()))));
    }
    return points;
  }

  /** A rule that is unsatisfiable matches nowhere, whichever of its own topics a community has. */
  private static void assertNeverMatches(EngagementRule rule, EngagementPolicy policy) {
    Set<String> own = rule.condition().valuesOf(Attribute.TOPIC);
    List<String> ids = new ArrayList<>(NAMED_IDS);
    ids.add(UNNAMED_ID);
    for (Steward steward : Steward.values()) {
      for (PlatformKind platform : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (!CommunityType.exists(steward, platform, membership, audience)) {
              continue;
            }
            for (Set<String> topics : Sets.powerSet(own)) {
              Community community =
                  new PartialSituation(steward, platform, membership, audience, NAMED_ACTION, EngagementContext.none())
                      .community(topics);
              for (String id : ids) {
                for (Intent intent : Intent.values()) {
                  for (Format format : Format.values()) {
                    for (Reach reach : Reach.values()) {
                      EngagementAction action = EngagementAction.of(id, intent, format, reach);
                      for (boolean over : new boolean[] {false, true}) {
                        assertFalse(
                            rule.condition().test(community, action, over && policy.balanceLimit() < 1.0),
                            rule.id() + " matches " + action + " in " + community);
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  private static final EngagementAction NAMED_ACTION =
      EngagementAction.of("custom-a", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);

  private static Set<String> named(List<EngagementPolicy> policies) {
    Set<String> named = new TreeSet<>();
    for (EngagementPolicy policy : policies) {
      for (EngagementRule rule : policy.rules()) {
        named.addAll(rule.condition().valuesOf(Attribute.TOPIC));
      }
    }
    return named;
  }

  private static <T> T pick(T[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  private static List<String> ids(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }

  // -------------------------------------------------------------------------------------------
  // Generators

  /** Policies of up to ten rules combining up to twelve topics, action ids and the balance. */
  @Provide
  Arbitrary<EngagementPolicy> topicalPolicies() {
    return Arbitraries.integers().between(1, TOPICS.size())
        .flatMap(
            count -> {
              List<String> topics = TOPICS.subList(0, count);
              return Combinators.combine(
                      rule(topics).list().ofMinSize(1).ofMaxSize(10),
                      Arbitraries.of(Verdict.class).filter(v -> v != Verdict.LIMITED),
                      Arbitraries.of(0.0, 0.3, 0.5, 1.0))
                  .as(
                      (rules, defaultVerdict, limit) -> {
                        EngagementPolicy.Builder policy =
                            EngagementPolicy.builder()
                                .id("topical")
                                .description("Generated")
                                .defaultVerdict(defaultVerdict)
                                .balanceLimit(limit);
                        for (int i = 0; i < rules.size(); i++) {
                          policy.addRules(
                              EngagementRule.builder()
                                  .from(rules.get(i))
                                  .id(String.format(Locale.ROOT, "rule-%02d", i))
                                  .build());
                        }
                        return policy.build();
                      });
            });
  }

  private static Arbitrary<EngagementRule> rule(List<String> topics) {
    Arbitrary<String> topic = Arbitraries.of(topics);
    Arbitrary<Condition> topical =
        Arbitraries.oneOf(
            topic.map(Condition::topic),
            topic.set().ofMinSize(1).ofMaxSize(3).map(t -> Condition.topic(t.toArray(new String[0]))),
            topic.list().ofMinSize(2).ofMaxSize(4)
                .map(t -> Condition.all(t.stream().map(Condition::topic).toArray(Condition[]::new))),
            topic.list().ofMinSize(2).ofMaxSize(3)
                .map(t -> Condition.any(t.stream().map(Condition::topic).toArray(Condition[]::new))),
            topic.map(t -> Condition.not(Condition.topic(t))),
            Combinators.combine(topic, topic)
                .as((a, b) -> Condition.all(Condition.topic(a), Condition.not(Condition.topic(b)))));
    Arbitrary<Condition> other =
        Arbitraries.oneOf(
            Arbitraries.just(Condition.always()),
            Arbitraries.of(Layer.class).map(Condition::layer),
            Arbitraries.of(Intent.class).map(Condition::intent),
            Arbitraries.of(NAMED_IDS).map(Condition::action),
            Combinators.combine(Arbitraries.of(NAMED_IDS), Arbitraries.of(Layer.class))
                .as((id, layer) -> Condition.all(Condition.action(id), Condition.layer(layer))),
            Arbitraries.just(Condition.promotionOverBalanceLimit()),
            EcosystemArbitraries.conditions(1)
                .filter(c -> c.valuesOf(Attribute.TOPIC).isEmpty() && c.valuesOf(Attribute.ACTION).isEmpty()));
    Arbitrary<Condition> condition =
        Arbitraries.oneOf(
            Combinators.combine(topical, other).as(Condition::and),
            Combinators.combine(topical, other).as(Condition::or),
            other);
    return Combinators.combine(
            condition, Arbitraries.of(Verdict.class), Arbitraries.integers().between(0, 2))
        .as(
            (c, verdict, priority) ->
                EngagementRule.builder()
                    .id("rule")
                    .condition(c)
                    .verdict(verdict)
                    .priority(priority)
                    .rationale("Generated.")
                    .addAllObligations(verdict == Verdict.LIMITED ? List.of(Obligation.other("Do it rarely.")) : List.<Obligation>of())
                    .build());
  }
}
