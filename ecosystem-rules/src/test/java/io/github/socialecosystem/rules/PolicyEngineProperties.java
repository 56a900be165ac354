package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PolicyEngineProperties {
  private final PolicyEngine standard = PolicyEngine.standard();

  @Property
  void compiledEngineAgreesWithAPlainScanOfTheRules(
      @ForAll EngagementPolicy policy,
      @ForAll Community community,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context) {
    PolicyEngine engine = PolicyEngine.of(policy);
    ReferenceDecider reference = new ReferenceDecider(policy);
    Decision decision = engine.decide(community, action, context);
    assertEquals(reference.verdict(community, action, context), decision.verdict());
    assertEquals(
        reference.decidingRuleIds(community, action, context),
        decision.reasons().stream().map(Reason::ruleId).collect(Collectors.toList()));
    assertEquals(reference.alternatives(community, action, context), decision.alternatives());
    assertEquals(
        reference.matching(community, action, context).size(),
        decision.reasons().stream().filter(r -> !r.isDefault()).count()
            + decision.overridden().size());
    assertEquals(action, decision.action());
  }

  @Property
  void standardEngineAgreesWithAPlainScanOfTheRules(
      @ForAll Community community,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context) {
    ReferenceDecider reference = new ReferenceDecider(standard.policy());
    Decision decision = standard.decide(community, action, context);
    assertEquals(reference.verdict(community, action, context), decision.verdict());
    assertEquals(
        reference.decidingRuleIds(community, action, context),
        decision.reasons().stream().map(Reason::ruleId).collect(Collectors.toList()));
    assertEquals(reference.alternatives(community, action, context), decision.alternatives());
  }

  @Property
  void actionsBorrowingStandardIdsAgreeWithAPlainScanToo(
      @ForAll EngagementPolicy policy,
      @ForAll Community community,
      @ForAll("borrowedIds") EngagementAction action,
      @ForAll EngagementContext context) {
    Decision decision = PolicyEngine.of(policy).decide(community, action, context);
    ReferenceDecider reference = new ReferenceDecider(policy);
    assertEquals(reference.verdict(community, action, context), decision.verdict());
    assertEquals(reference.alternatives(community, action, context), decision.alternatives());
  }

  @Provide
  Arbitrary<EngagementAction> borrowedIds() {
    return net.jqwik.api.Combinators.combine(
            EcosystemArbitraries.standardActions().map(EngagementAction::id),
            net.jqwik.api.Arbitraries.of(io.github.socialecosystem.core.Intent.class),
            net.jqwik.api.Arbitraries.of(io.github.socialecosystem.core.Format.class),
            net.jqwik.api.Arbitraries.of(io.github.socialecosystem.core.Reach.class))
        .as(EngagementAction::of);
  }

  @Property
  void decisionsAreDeterministic(
      @ForAll EngagementPolicy policy,
      @ForAll Community community,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context) {
    Decision first = PolicyEngine.of(policy).decide(community, action, context);
    Decision again = PolicyEngine.of(policy).decide(community, action, context);
    assertEquals(first, again);
    assertEquals(first, PolicyEngine.of(policy).decide(community, action, context));
  }

  @Property
  void permitsAgreesWithTheVerdict(
      @ForAll EngagementPolicy policy, @ForAll Community community, @ForAll EngagementAction action) {
    Decision decision = PolicyEngine.of(policy).decide(community, action);
    assertEquals(decision.verdict() != Verdict.INAPPROPRIATE, decision.permits());
  }

  @Property
  void everyDecisionHasAReasonGivingItsVerdict(
      @ForAll EngagementPolicy policy,
      @ForAll Community community,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context) {
    Decision decision = PolicyEngine.of(policy).decide(community, action, context);
    assertFalse(decision.reasons().isEmpty());
    decision.reasons().forEach(r -> assertEquals(decision.verdict(), r.verdict()));
  }

  @Property
  void raisingARuleAboveTheOthersMakesItDecide(
      @ForAll Community community,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    EngagementPolicy policy = standard.policy();
    ReferenceDecider reference = new ReferenceDecider(policy);
    List<EngagementRule> matching = reference.matching(community, action, context);
    if (matching.isEmpty()) {
      return;
    }
    EngagementRule chosen = matching.get(pick % matching.size());
    int top = policy.rules().stream().mapToInt(EngagementRule::priority).max().orElseThrow();
    List<EngagementRule> rules = new ArrayList<>();
    for (EngagementRule rule : policy.rules()) {
      rules.add(
          rule.id().equals(chosen.id())
              ? EngagementRule.builder().from(rule).priority(top + 1).build()
              : rule);
    }
    EngagementPolicy raised = EngagementPolicy.builder().from(policy).rules(rules).build();
    Decision decision = PolicyEngine.of(raised).decide(community, action, context);
    assertEquals(chosen.verdict(), decision.verdict());
    assertEquals(List.of(chosen.id()), ruleIds(decision.reasons()));
  }

  @Property
  void addingARuleAtEqualPriorityNeverMakesAVerdictLessRestrictive(
      @ForAll EngagementPolicy policy,
      @ForAll Community community,
      @ForAll EngagementAction action,
      @ForAll EngagementContext context,
      @ForAll("extraRules") EngagementRule extra) {
    Decision before = PolicyEngine.of(policy).decide(community, action, context);
    int priority =
        new ReferenceDecider(policy).matching(community, action, context).stream()
            .mapToInt(EngagementRule::priority)
            .max()
            .orElse(0);
    EngagementPolicy extended =
        EngagementPolicy.builder()
            .from(policy)
            .addRules(EngagementRule.builder().from(extra).priority(priority).build())
            .build();
    Decision after = PolicyEngine.of(extended).decide(community, action, context);
    if (before.reasons().get(0).isDefault()) {
      return; // no rule matched before: the new rule replaces the default, not a rule
    }
    assertFalse(
        before.verdict().isMoreRestrictiveThan(after.verdict()),
        () -> before.verdict() + " became " + after.verdict());
  }

  @Property
  void appropriateActionsArePermittedSortedBestFirstAndAgreeWithDecide(
      @ForAll EngagementPolicy policy, @ForAll Community community, @ForAll EngagementContext context) {
    PolicyEngine engine = PolicyEngine.of(policy);
    List<Decision> appropriate = engine.appropriateActions(community, context);
    List<Decision> expected = new ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      for (EngagementAction action : StandardActions.all()) {
        Decision decision = engine.decide(community, action, context);
        if (decision.permits() && decision.verdict() == verdict) {
          expected.add(decision);
        }
      }
    }
    assertEquals(expected, appropriate);
    for (int i = 1; i < appropriate.size(); i++) {
      assertFalse(appropriate.get(i - 1).verdict().isMoreRestrictiveThan(appropriate.get(i).verdict()));
    }
    appropriate.forEach(d -> assertTrue(d.permits()));
  }

  @Property
  void whereAppropriateAgreesWithDecide(
      @ForAll EngagementPolicy policy, @ForAll Ecosystem ecosystem, @ForAll EngagementAction action) {
    PolicyEngine engine = PolicyEngine.of(policy);
    List<Community> expected = new ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      for (Community community : ecosystem.communities()) {
        Decision decision = engine.decide(community, action);
        if (decision.permits() && decision.verdict() == verdict) {
          expected.add(community);
        }
      }
    }
    assertEquals(expected, engine.whereAppropriate(ecosystem, action));
  }

  @Property
  void standardActionsAreAnsweredWithoutAllocatingNewDecisions(
      @ForAll Community community, @ForAll("standardActions") EngagementAction action) {
    // Decisions for standard actions without context come from the compiled table.
    assertSame(standard.decide(community, action), standard.decide(community, action));
  }

  @Provide
  Arbitrary<EngagementRule> extraRules() {
    return EcosystemArbitraries.rules().map(r -> EngagementRule.builder().from(r).id("extra-rule").build());
  }

  @Provide
  Arbitrary<EngagementAction> standardActions() {
    return EcosystemArbitraries.standardActions();
  }

  private static List<String> ruleIds(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }
}
