package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class StandardPolicyProperties {
  private final PolicyEngine engine = PolicyEngine.standard();

  @Property
  void everyActionStandardOrCustomIsDecidedByARule(
      @ForAll Community community, @ForAll EngagementAction action, @ForAll EngagementContext context) {
    Decision decision = engine.decide(community, action, context);
    assertFalse(decision.reasons().get(0).isDefault(), decision::explain);
  }

  @Property
  void everyLimitedDecisionSaysWhatTheLimitIs(
      @ForAll Community community, @ForAll EngagementAction action, @ForAll EngagementContext context) {
    Decision decision = engine.decide(community, action, context);
    if (decision.verdict() == Verdict.LIMITED) {
      assertFalse(decision.obligations().isEmpty(), decision::explain);
    }
  }

  @Property
  void aCommunitysTypeAloneDecidesTheStandardActions(
      @ForAll Community community, @ForAll("standardActions") EngagementAction action) {
    // What the README table shows per type holds for every community of that type.
    assertEquals(
        engine.decide(Communities.of(community.type()), action).verdict(),
        engine.decide(community, action).verdict());
  }

  @Property
  void aCustomActionIsNeverJudgedMoreLenientlyThanTheStandardActionWithItsTraits(
      @ForAll Community community,
      @ForAll("standardActions") EngagementAction standard,
      @ForAll EngagementContext context) {
    EngagementAction lookalike =
        EngagementAction.of("custom-" + standard.id(), standard.intent(), standard.format(), standard.reach());
    Verdict forStandard = engine.decide(community, standard, context).verdict();
    Verdict forCustom = engine.decide(community, lookalike, context).verdict();
    assertFalse(forStandard.isMoreRestrictiveThan(forCustom), standard.id() + ": " + forStandard + " vs " + forCustom);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<EngagementAction> standardActions() {
    return io.github.socialecosystem.core.testing.EcosystemArbitraries.standardActions();
  }
}
