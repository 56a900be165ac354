package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.rules.PolicyEngine;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A downstream team's own rule, checked against every community and action the test kit makes:
 * "our policy never lets anyone promote in a community we only take part in".
 */
class DownstreamPolicyProperties {
  private final PolicyEngine ours = PolicyEngine.of(CustomPolicyScenario.policy());

  @Property
  void noPromotionWhereWeAreGuests(@ForAll Community community, @ForAll EngagementAction action) {
    Decision decision = ours.decide(community, action);
    if (community.layer() == Layer.PARTICIPATING && action.intent() == Intent.PROMOTE) {
      assertEquals(Verdict.INAPPROPRIATE, decision.verdict(), decision::explain);
    }
    assertFalse(decision.reasons().isEmpty());
  }
}
