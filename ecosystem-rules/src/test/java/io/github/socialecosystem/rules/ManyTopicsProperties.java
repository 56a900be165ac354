package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Policies with many rules that test topics, against the plain scan: communities with none of
 * the policy's topics are decided from the table, the others by the rules naming their topics.
 */
class ManyTopicsProperties {
  private static final int TOPICS = 400;

  @Property(tries = 50)
  void manyTopicRulesAgreeWithAPlainScanOfTheRules(
      @ForAll("policies") EngagementPolicy policy,
      @ForAll("communities") List<Community> communities,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context) {
    PolicyEngine engine = PolicyEngine.of(policy);
    ReferenceDecider reference = new ReferenceDecider(policy);
    for (Community community : communities) {
      Decision decision = engine.decide(community, action, context);
      assertEquals(reference.verdict(community, action, context), decision.verdict());
      assertEquals(
          reference.decidingRuleIds(community, action, context),
          decision.reasons().stream().map(Reason::ruleId).collect(Collectors.toList()));
      assertEquals(reference.alternatives(community, action, context), decision.alternatives());
    }
  }

  private static String topic(int i) {
    return String.format(Locale.ROOT, "topic-%03d", i);
  }

  /** The standard policy plus rules that each add a topic to an arbitrary condition. */
  @Provide
  Arbitrary<EngagementPolicy> policies() {
    Arbitrary<EngagementRule> topicRule =
        Combinators.combine(
                EcosystemArbitraries.rules(),
                Arbitraries.integers().between(0, TOPICS - 1),
                Arbitraries.of(true, false))
            .as(
                (rule, index, negated) -> {
                  Condition named = Condition.topic(topic(index));
                  return EngagementRule.builder()
                      .from(rule)
                      .condition(
                          Condition.all(negated ? Condition.not(named) : named, rule.condition()))
                      .build();
                });
    return topicRule
        .list()
        .ofMinSize(1)
        .ofMaxSize(300)
        .map(
            extra -> {
              EngagementPolicy.Builder policy =
                  EngagementPolicy.builder().from(StandardPolicy.policy()).id("many-topics");
              for (int i = 0; i < extra.size(); i++) {
                policy.addRules(EngagementRule.builder().from(extra.get(i)).id("extra-" + i).build());
              }
              return policy.defaultVerdict(Verdict.LIMITED).build();
            });
  }

  /** Communities with some of the policy's topics, some others, or none. */
  @Provide
  Arbitrary<List<Community>> communities() {
    Arbitrary<String> topics =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, TOPICS - 1).map(ManyTopicsProperties::topic),
            EcosystemArbitraries.topics());
    return Combinators.combine(EcosystemArbitraries.communities(), topics.set().ofMaxSize(3))
        .as((c, extra) -> Community.builder().from(c).topics(extra).build())
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }
}
