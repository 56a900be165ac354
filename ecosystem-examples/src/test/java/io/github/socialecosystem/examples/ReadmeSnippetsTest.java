package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The snippets of the README's engine section, compiled and checked against what it claims. */
class ReadmeSnippetsTest {
  private final PolicyEngine engine = PolicyEngine.standard();
  private final Community knittingForum =
      Community.builder()
          .id("knitting-forum").name("Knitters Unite")
          .steward(Steward.INDEPENDENT)
          .platform(Platform.of("Knitting Forum", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .build();
  private final Community fanClub =
      Community.builder()
          .id("fan-club").name("Crafters' Club")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
          .build();

  @Test
  void customAction_isJudgedByItsTraits() {
    EngagementAction jobPost =
        EngagementAction.of("post-job-opening", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY);
    assertEquals(Verdict.INAPPROPRIATE, engine.decide(knittingForum, jobPost).verdict());
  }

  @Test
  void balance_reasonStatesShareAndLimit() {
    EngagementContext recent = EngagementContext.builder()
        .putRecentActivity(Intent.PROMOTE, 8).putRecentActivity(Intent.CONVERSE, 2).build();
    assertEquals(
        Optional.of("promotion was 80% of the 10 recent actions here, above the balance limit of 50%"),
        engine.decide(fanClub, StandardActions.ANNOUNCE_DEAL, recent).reasons().get(0).detail());
  }

  @Test
  void customPolicy_overridesAStandardRule_andTheDecisionShowsIt() {
    EngagementRule dealsInTheFanClub = EngagementRule.builder()
        .id("fan-club-deals")
        .condition(Condition.all(Condition.type(CommunityType.EXTERNAL), Condition.format(Format.OFFER)))
        .verdict(Verdict.APPROPRIATE)
        .priority(50)
        .rationale("Our fans asked for early access to deals.")
        .build();
    PolicyEngine mine = PolicyEngine.of(EngagementPolicy.builder()
        .from(StandardPolicy.policy()).id("crafting-tools").addRules(dealsInTheFanClub).build());
    var decision = mine.decide(fanClub, StandardActions.ANNOUNCE_DEAL);
    assertEquals(Verdict.APPROPRIATE, decision.verdict());
    assertEquals(List.of("fan-club-deals"), ids(decision.reasons()));
    assertEquals(List.of("owned-promotion-in-balance"), ids(decision.overridden()));
  }

  @Test
  void policyLanguageExample_parses_andAnalysesWithoutErrors() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "README.md"), java.nio.charset.StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Policies as text"));
    int start = section.indexOf("```\n") + 4;
    String text = section.substring(start, section.indexOf("```", start));
    EngagementPolicy policy = io.github.socialecosystem.rules.language.PolicyLanguage.parse(text);
    assertEquals("crafting-tools", policy.id());
    assertEquals(3, policy.rules().size());
    io.github.socialecosystem.rules.analysis.PolicyAnalyzer.analyze(policy).assertNoErrors();
  }

  private static List<String> ids(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }
}
