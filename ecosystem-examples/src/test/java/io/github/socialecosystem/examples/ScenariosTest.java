package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.rules.PolicyEngine;
import org.junit.jupiter.api.Test;

class ScenariosTest {
  @Test
  void dealsAccountAnnouncesOffersButTheForumIsNoPlaceForThem() {
    String out = Output.of(DealsAccountScenario::run);
    assertTrue(out.contains("Announcing this week's offer on the deals account:\n  announce-deal: APPROPRIATE\n"), out);
    assertTrue(out.contains("Posting the same offer in the Paper Crafters Forum:\n  announce-deal: INAPPROPRIATE\n"
        + "    because participating-no-broadcast (INAPPROPRIATE)"), out);
    assertTrue(out.endsWith("Where deals may go instead: brand-page (APPROPRIATE), deals-account (APPROPRIATE),"
        + " crafters-club (LIMITED), retail-partners (LIMITED), staff-room (LIMITED)\n"), out);
  }

  @Test
  void customPolicyOverridesTheStandardRuleAndSaysSo() {
    Community club = CraftingToolsEcosystem.ecosystem().community("crafters-club").orElseThrow();
    Decision decision = PolicyEngine.of(CustomPolicyScenario.policy()).decide(club, StandardActions.ANNOUNCE_DEAL);
    assertEquals(Verdict.RECOMMENDED, decision.verdict());
    assertEquals("fan-club-deals", decision.reasons().get(0).ruleId());
    assertEquals("owned-promotion-in-balance", decision.overridden().get(0).ruleId());
    String out = Output.of(CustomPolicyScenario::run);
    assertTrue(out.contains("Standard policy, deal in crafters-club:\nannounce-deal: LIMITED\n"), out);
    assertTrue(out.contains("Crafting Tools policy, deal in crafters-club:\nannounce-deal: RECOMMENDED\n"
        + "  because fan-club-deals (RECOMMENDED)"), out);
    assertTrue(out.contains("  overriding owned-promotion-in-balance (LIMITED)"), out);
  }
}
