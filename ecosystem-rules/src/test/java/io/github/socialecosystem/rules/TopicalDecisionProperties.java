package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * The paths users take beyond the plain one: communities that carry topics the policy's rules
 * name, custom actions (some reusing a standard id with other traits, some whose id a rule names),
 * and one engine shared by many threads. Every answer must equal the plain reading of the
 * policy, whether the engine works it out or remembers it.
 */
class TopicalDecisionProperties {
  private static final List<String> NAMED =
      List.of("crafting", "knitting", "deals", "support", "ux-design", "snowboarding");
  private static final List<String> UNNAMED = List.of("cooking", "travel", "music");
  private static final List<String> CUSTOM_IDS = List.of("custom-a", "custom-b", "post-job-opening");

  @Property(tries = 60)
  void topicalCommunitiesAndCustomActionsAgreeWithThePlainReading(
      @ForAll("policies") EngagementPolicy policy,
      @ForAll("requests") @Size(min = 1, max = 40)
          List<Tuple3<Community, EngagementAction, EngagementContext>> requests) {
    PolicyEngine engine = PolicyEngine.of(policy);
    ReferenceDecider reference = new ReferenceDecider(policy);
    for (int pass = 0; pass < 2; pass++) { // the first pass works answers out, the second recalls them
      for (Tuple3<Community, EngagementAction, EngagementContext> request : requests) {
        Community community = request.get1();
        EngagementAction action = request.get2();
        EngagementContext context = request.get3();
        Decision decision = engine.decide(community, action, context);
        String where = action + " in " + community + " with " + context;
        assertEquals(action, decision.action(), where);
        assertEquals(reference.verdict(community, action, context), decision.verdict(), where);
        assertEquals(reference.decidingRuleIds(community, action, context), ids(decision.reasons()), where);
        assertEquals(reference.overriddenRuleIds(community, action, context), ids(decision.overridden()), where);
        assertEquals(reference.obligations(community, action, context), decision.obligations(), where);
        assertEquals(reference.alternatives(community, action, context), decision.alternatives(), where);
        if (context.equals(EngagementContext.none())) {
          assertEquals(decision, engine.decide(community, action), where);
        }
      }
    }
  }

  @Property(tries = 60)
  void appropriateActionsOnTopicalCommunitiesAgreeWithThePlainReading(
      @ForAll("policies") EngagementPolicy policy,
      @ForAll("communities") Community community,
      @ForAll EngagementContext context) {
    PolicyEngine engine = PolicyEngine.of(policy);
    ReferenceDecider reference = new ReferenceDecider(policy);
    List<String> expected = new ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      for (EngagementAction action : StandardActions.all()) {
        if (verdict.permits() && reference.verdict(community, action, context) == verdict) {
          expected.add(action.id() + " " + verdict);
        }
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      List<Decision> appropriate = engine.appropriateActions(community, context);
      assertEquals(
          expected,
          appropriate.stream().map(d -> d.action().id() + " " + d.verdict()).collect(Collectors.toList()));
      for (Decision decision : appropriate) {
        assertEquals(engine.decide(community, decision.action(), context), decision);
      }
    }
  }

  @Property(tries = 15)
  void eightThreadsSharingOneColdEngineAnswerAsOneThreadDoes(
      @ForAll("policies") EngagementPolicy policy,
      @ForAll("requests") @Size(min = 50, max = 200)
          List<Tuple3<Community, EngagementAction, EngagementContext>> requests)
      throws Exception {
    PolicyEngine alone = PolicyEngine.of(policy);
    List<Object> expected = new ArrayList<>();
    for (Tuple3<Community, EngagementAction, EngagementContext> request : requests) {
      expected.add(answers(alone, request));
    }
    PolicyEngine shared = PolicyEngine.of(policy); // nothing remembered yet
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        results.add(
            pool.submit(
                () -> {
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < requests.size(); i++) {
                    order.add(i);
                  }
                  Collections.shuffle(order, new Random(seed));
                  List<Object> answers = new ArrayList<>(Collections.nCopies(requests.size(), null));
                  start.await();
                  for (int i : order) {
                    answers.set(i, answers(shared, requests.get(i)));
                  }
                  return answers;
                }));
      }
      start.countDown();
      for (Future<List<Object>> result : results) {
        List<Object> answers = result.get(1, TimeUnit.MINUTES);
        for (int i = 0; i < requests.size(); i++) {
          int request = i;
          assertTrue(
              expected.get(i).equals(answers.get(i)),
              () -> "another answer to request " + request + ": " + requests.get(request));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A decision and the permitted actions, as the test compares them. */
  private static Object answers(
      PolicyEngine engine, Tuple3<Community, EngagementAction, EngagementContext> request) {
    return List.of(
        engine.decide(request.get1(), request.get2(), request.get3()),
        engine.appropriateActions(request.get1(), request.get3()));
  }

  private static List<String> ids(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }

  // -------------------------------------------------------------------------------------------
  // Generators

  /** The standard policy plus rules that name topics (combined, negated) and custom action ids. */
  @Provide
  Arbitrary<EngagementPolicy> policies() {
    return extraRule().list().ofMinSize(1).ofMaxSize(30)
        .map(
            extra -> {
              EngagementPolicy.Builder policy =
                  EngagementPolicy.builder().from(StandardPolicy.policy()).id("topical");
              for (int i = 0; i < extra.size(); i++) {
                policy.addRules(EngagementRule.builder().from(extra.get(i)).id("extra-" + i).build());
              }
              return policy.build();
            });
  }

  private static Arbitrary<EngagementRule> extraRule() {
    Arbitrary<String> topic = Arbitraries.of(NAMED);
    Arbitrary<Condition> topics =
        Arbitraries.oneOf(
            topic.map(Condition::topic),
            topic.set().ofMinSize(2).ofMaxSize(3).map(t -> Condition.topic(t.toArray(new String[0]))),
            Combinators.combine(topic, topic).as((a, b) -> Condition.all(Condition.topic(a), Condition.topic(b))),
            topic.map(t -> Condition.not(Condition.topic(t))),
            Combinators.combine(topic, Arbitraries.of(CommunityType.class))
                .as((t, type) -> Condition.any(Condition.topic(t), Condition.type(type))));
    Arbitrary<Condition> where =
        Arbitraries.oneOf(
            Arbitraries.just(Condition.always()),
            EcosystemArbitraries.conditions(1),
            Arbitraries.of(CUSTOM_IDS).map(Condition::action),
            Arbitraries.of(StandardActions.all()).map(a -> Condition.action(a.id())));
    return Combinators.combine(
            topics,
            where,
            Arbitraries.of(Verdict.class),
            Arbitraries.of(0, 10, 20, 50, 100, 200),
            EcosystemArbitraries.obligations().list().ofMaxSize(2))
        .as(
            (t, w, verdict, priority, obligations) ->
                EngagementRule.builder()
                    .id("extra")
                    .condition(Condition.all(t, w))
                    .verdict(verdict)
                    .priority(priority)
                    .rationale("A house rule.")
                    .addAllObligations(
                        verdict == Verdict.LIMITED && obligations.isEmpty() ? List.of(Obligation.other("Do it rarely.")) : obligations)
                    .build());
  }

  /** Communities of any shape carrying some of the named topics, and maybe some others. */
  @Provide
  Arbitrary<Community> communities() {
    return Combinators.combine(
            EcosystemArbitraries.communities(),
            Arbitraries.of(NAMED).set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(UNNAMED).set().ofMaxSize(2))
        .as(
            (c, named, unnamed) -> {
              Set<String> topics = new HashSet<>(named);
              topics.addAll(unnamed);
              return Community.builder().from(c).topics(topics).build();
            });
  }

  /** Standard actions, custom ones, ids a rule names, and standard ids with other traits. */
  @Provide
  Arbitrary<EngagementAction> actions() {
    Arbitrary<Intent> intents = Arbitraries.of(Intent.class);
    Arbitrary<Format> formats = Arbitraries.of(Format.class);
    Arbitrary<Reach> reaches = Arbitraries.of(Reach.class);
    return Arbitraries.oneOf(
        EcosystemArbitraries.standardActions(),
        EcosystemArbitraries.customActions(),
        Combinators.combine(Arbitraries.of(CUSTOM_IDS), intents, formats, reaches).as(EngagementAction::of),
        Combinators.combine(
                EcosystemArbitraries.standardActions().map(EngagementAction::id), intents, formats, reaches)
            .as(EngagementAction::of));
  }

  @Provide
  Arbitrary<List<Tuple3<Community, EngagementAction, EngagementContext>>> requests() {
    Arbitrary<Community> community =
        Arbitraries.frequencyOf(
            Tuple.of(4, communities()), Tuple.of(1, EcosystemArbitraries.communities()));
    return Combinators.combine(community, actions(), EcosystemArbitraries.contexts())
        .as(Tuple::of)
        .list();
  }
}
