package io.github.socialecosystem.rules.analysis;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.rules.StandardPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hundred rules that each name a topic and a hundred that each name an action id, written the
 * plainest way (nothing else in their conditions), are analysed and compared in seconds: a named
 * id's situations are worked out from those of any other id, and situations whose rules answer
 * alike are summarised once. The timeout only guards against a return to minutes.
 */
class PlainHouseRulesTest {
  private static final List<Verdict> VERDICTS =
      List.of(Verdict.RECOMMENDED, Verdict.APPROPRIATE, Verdict.LIMITED, Verdict.INAPPROPRIATE);

  @Test
  void hundredTopicRulesAndHundredIdRulesAreAnalysedInSeconds() {
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder().from(StandardPolicy.policy()).guarantees(List.of()).expectations(List.of()).id("plain-house-rules");
    for (int i = 0; i < 100; i++) {
      policy.addRules(rule("topic-" + i, Condition.topic("t" + i), VERDICTS.get(i % 4), 50));
      policy.addRules(rule("action-" + i, Condition.action("x" + i), VERDICTS.get(i % 4), 60));
    }
    EngagementPolicy built = policy.build();
    PolicyAnalysis analysis =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PolicyAnalyzer.analyze(built));
    assertTrue(analysis.isComplete());
    // Each topic rule conflicts with every other of another verdict at its priority, in a
    // community carrying both topics: 100 x 75 / 2 pairs. No rule is dead.
    assertEquals(3_750, analysis.findings(PolicyFinding.Kind.CONFLICT).size());
    assertFalse(analysis.hasErrors(), () -> analysis.report().substring(0, 2_000));
    PolicyDiff diff =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> PolicyDiff.between(StandardPolicy.policy(), built));
    assertTrue(diff.isComplete());
  }

  private static EngagementRule rule(String id, Condition condition, Verdict verdict, int priority) {
    EngagementRule.Builder rule =
        EngagementRule.builder()
            .id(id)
            .condition(condition)
            .verdict(verdict)
            .priority(priority)
            .rationale("House rule " + id + ".");
    if (verdict == Verdict.LIMITED) {
      rule.addObligations(Obligation.other("Keep it rare."));
    }
    return rule.build();
  }
}
