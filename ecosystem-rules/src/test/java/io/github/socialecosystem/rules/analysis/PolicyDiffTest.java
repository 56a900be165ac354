package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.StandardPolicy;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
  private static final EngagementPolicy WITH_FAN_DEALS =
      EngagementPolicy.builder()
          .from(StandardPolicy.policy())
          .id("crafting-tools")
          .addRules(
              EngagementRule.builder()
                  .id("fan-club-deals")
                  .condition(Condition.all(
                      Condition.type(CommunityType.EXTERNAL), Condition.topic("crafting"),
                      Condition.format(Format.OFFER)))
                  .verdict(Verdict.RECOMMENDED)
                  .priority(50)
                  .rationale("Our fans asked for deals.")
                  .build())
          .build();

  @Test
  void samePolicyChangesNothing() {
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), StandardPolicy.policy());
    assertTrue(diff.isEmpty());
    assertEquals("Policy change 'standard' -> 'standard': 0 situations change verdict.\n", diff.plan());
  }

  @Test
  void addedRuleChangesExactlyWhereItDecides() {
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), WITH_FAN_DEALS);
    assertFalse(diff.isEmpty());
    for (VerdictChange change : diff.changes()) {
      assertEquals(CommunityType.EXTERNAL, change.situation().community().type());
      assertTrue(change.situation().community().topics().contains("crafting"));
      assertEquals(Format.OFFER, change.situation().action().format());
      assertEquals(Verdict.RECOMMENDED, change.after());
      assertEquals(java.util.List.of("fan-club-deals"), change.decidingRulesAfter());
      assertFalse(change.isStricter());
    }
    assertEquals(diff.changes(), diff.changes(CommunityType.EXTERNAL));
    assertTrue(diff.changes(CommunityType.MANAGED).isEmpty());
    String plan = diff.plan();
    assertTrue(plan.startsWith("Policy change 'standard' -> 'crafting-tools': "), plan);
    assertTrue(plan.contains("\nEXTERNAL ("), plan);
    assertFalse(plan.contains("\nMANAGED ("), plan);
    assertTrue(plan.contains("announce-deal (promote, offer, one-to-many): LIMITED -> RECOMMENDED (decided by fan-club-deals)"), plan);
  }

  @Test
  void reversedDiffSwapsBeforeAndAfter() {
    PolicyDiff forward = PolicyDiff.between(StandardPolicy.policy(), WITH_FAN_DEALS);
    PolicyDiff back = PolicyDiff.between(WITH_FAN_DEALS, StandardPolicy.policy());
    assertEquals(forward.changes().size(), back.changes().size());
    for (int i = 0; i < forward.changes().size(); i++) {
      assertEquals(forward.changes().get(i).before(), back.changes().get(i).after());
      assertEquals(forward.changes().get(i).after(), back.changes().get(i).before());
    }
  }

  @Test
  void tinyChangeOfBalanceLimitIsStillCaughtAndStated() {
    EngagementPolicy nudged =
        EngagementPolicy.builder().from(StandardPolicy.policy()).id("nudged").balanceLimit(0.50001).build();
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), nudged);
    assertFalse(diff.isEmpty());
    assertTrue(diff.plan().contains("The balance limit changes from 50% to 50.001%.\n"), diff.plan());
  }

  @Test
  void changedBalanceLimitIsCaughtBetweenTheLimits() {
    EngagementPolicy stricter =
        EngagementPolicy.builder().from(StandardPolicy.policy()).id("stricter").balanceLimit(0.2).build();
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), stricter);
    assertFalse(diff.isEmpty());
    for (VerdictChange change : diff.changes()) {
      double share = change.context().promotionalShare();
      assertTrue(share > 0.2 && share <= 0.5, "share " + share);
      assertEquals(Verdict.INAPPROPRIATE, change.after());
      assertTrue(change.isStricter());
    }
  }

  @Test
  void aRuleCombiningTwoOfManyTopicsChangesWhereBothAreCarriedAndOnlyThere() {
    EngagementPolicy.Builder base =
        EngagementPolicy.builder().id("seven").description("d").defaultVerdict(Verdict.APPROPRIATE);
    for (int t = 0; t < 7; t++) {
      base.addRules(
          EngagementRule.builder().id("about-t" + t).condition(Condition.topic("t" + t))
              .verdict(Verdict.APPROPRIATE).rationale("Topic.").build());
    }
    EngagementPolicy before = base.build();
    EngagementPolicy after =
        EngagementPolicy.builder().from(before).id("seven-and-a-pair")
            .addRules(
                EngagementRule.builder().id("both-t0-and-t1")
                    .condition(Condition.all(Condition.topic("t0"), Condition.topic("t1")))
                    .verdict(Verdict.RECOMMENDED).priority(5).rationale("Both.").build())
            .build();
    PolicyDiff diff = PolicyDiff.between(before, after);
    assertTrue(diff.isComplete());
    assertFalse(diff.isEmpty(), diff.plan());
    java.util.Set<io.github.socialecosystem.core.Intent> intents = new java.util.HashSet<>();
    for (VerdictChange change : diff.changes()) {
      assertTrue(change.situation().community().topics().containsAll(java.util.List.of("t0", "t1")), change.toString());
      assertEquals(Verdict.APPROPRIATE, change.before());
      assertEquals(Verdict.RECOMMENDED, change.after());
      intents.add(change.situation().action().intent());
    }
    assertTrue(intents.contains(io.github.socialecosystem.core.Intent.LISTEN), intents.toString());
    // every community shape and action traits changes, once each
    assertEquals(47 * 70, diff.changes().size());
  }
}
