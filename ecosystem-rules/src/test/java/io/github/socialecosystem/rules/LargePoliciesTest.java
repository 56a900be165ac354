package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Policies that name thousands of action ids, or a hundred topics and a hundred ids: the inputs
 * that used to take minutes. The timeouts only guard against a return to that; the speed is
 * measured by the benchmarks.
 */
class LargePoliciesTest {
  /** The constant at {@code i}, counting round the enum's constants. */
  private static <E extends Enum<E>> E pick(Class<E> type, int i) {
    List<E> constants = List.of(type.getEnumConstants());
    return constants.get(i % constants.size());
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "custom-action-%05d", i);
  }

  private static EngagementRule rule(String id, Condition condition, Verdict verdict, int priority) {
    return EngagementRule.builder()
        .id(id)
        .condition(condition)
        .verdict(verdict)
        .priority(priority)
        .rationale("A house rule.")
        .addAllObligations(verdict == Verdict.LIMITED ? List.of(Obligation.other("Rarely.")) : List.<Obligation>of())
        .build();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenThousandRulesEachNamingAnotherActionIdBuildAnEngineThatDecidesByThem() {
    EngagementPolicy.Builder policy = EngagementPolicy.builder().from(StandardPolicy.policy()).guarantees(List.of()).expectations(List.of()).id("ids");
    for (int i = 0; i < 10_000; i++) {
      policy.addRules(
          rule("rule-" + i, Condition.all(Condition.action(id(i)), Condition.layer(Layer.OWNED)),
              pick(Verdict.class, i % 4), 200));
    }
    PolicyEngine engine = PolicyEngine.of(policy.build());
    for (int i = 0; i < 10_000; i += 997) {
      EngagementAction action = EngagementAction.of(id(i), Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);
      Decision owned = engine.decide(Communities.FAN_CLUB, action);
      assertEquals(pick(Verdict.class, i % 4), owned.verdict(), action.id());
      assertEquals("rule-" + i, owned.reasons().get(0).ruleId());
      // Elsewhere the id is judged by its traits, as any other promotion is.
      assertEquals(
          PolicyEngine.standard().decide(Communities.BRAND_PAGE, action).verdict(),
          engine.decide(Communities.BRAND_PAGE, action).verdict());
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aPolicyNamingAHundredTopicsAndAHundredIdsIsAnalysedInFull() {
    EngagementPolicy.Builder policy = EngagementPolicy.builder().from(StandardPolicy.policy()).guarantees(List.of()).expectations(List.of()).id("hundreds");
    for (int i = 0; i < 100; i++) {
      policy.addRules(
          rule("topic-rule-" + i,
              Condition.all(Condition.topic("topic-" + i), Condition.layer(pick(Layer.class, i % 3)),
                  Condition.intent(pick(Intent.class, i % 7))),
              pick(Verdict.class, i % 4), 200 + i % 5));
      policy.addRules(
          rule("action-rule-" + i,
              Condition.all(Condition.action(id(i)), Condition.type(pick(CommunityType.class, i % 5))),
              pick(Verdict.class, (i + 1) % 4), 200 + i % 4));
    }
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy.build());
    assertTrue(analysis.isComplete(), analysis.report());
    // Above every standard rule, each rule naming a topic or an id decides somewhere: none is dead.
    assertTrue(analysis.findings().stream().noneMatch(f -> f.isError()), analysis.report());
  }

  @Test
  void decisionsNamingHundredsOfRulesAreWorkedOutEachTimeAndStillRight() {
    // "Unless the community is about tN": each of 300 rules matches wherever its topic is absent,
    // so a decision names about 300 rules, more than the engine remembers.
    EngagementPolicy.Builder builder =
        EngagementPolicy.builder().from(StandardPolicy.policy()).guarantees(List.of()).expectations(List.of()).id("unless-rules");
    for (int i = 0; i < 300; i++) {
      builder.addRules(
          rule("unless-" + i, Condition.not(Condition.topic("t" + i)),
              i % 2 == 0 ? Verdict.APPROPRIATE : Verdict.RECOMMENDED, -1 - i));
    }
    EngagementPolicy policy = builder.build();
    PolicyEngine engine = PolicyEngine.of(policy);
    ReferenceDecider reference = new ReferenceDecider(policy);
    for (int i = 0; i < 40; i++) {
      io.github.socialecosystem.core.Community community =
          io.github.socialecosystem.core.Community.builder()
              .from(Communities.FAN_CLUB)
              .topics(List.of("t" + i, "t" + (i * 7 % 300)))
              .build();
      for (EngagementAction action : io.github.socialecosystem.core.StandardActions.all()) {
        Decision first = engine.decide(community, action);
        assertEquals(reference.verdict(community, action, io.github.socialecosystem.core.policy.EngagementContext.none()), first.verdict());
        assertEquals(
            reference.overriddenRuleIds(community, action, io.github.socialecosystem.core.policy.EngagementContext.none()),
            first.overridden().stream().map(r -> r.ruleId()).collect(java.util.stream.Collectors.toList()));
        assertEquals(first, engine.decide(community, action));
      }
      assertEquals(engine.appropriateActions(community), engine.appropriateActions(community));
    }
  }
}
