package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
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
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import org.junit.jupiter.api.Test;

/** Situations name a standard action only with its own traits, and say what other actions are. */
class SituationWordingTest {
  private static final Community PAGE =
      Community.builder()
          .id("page").name("Page")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Network", PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .build();

  @Test
  void describeStandardActionWithItsOwnTraits() {
    Situation s = new Situation(PAGE, StandardActions.ANNOUNCE_DEAL, false, false);
    assertEquals("announce-deal (promote, offer, one-to-many)", s.describeAction());
    assertEquals(
        "announce-deal (promote, offer, one-to-many) in a managed community (organization on"
            + " consumer-network, open, public, no topic the policy names)",
        s.describe());
    assertEquals(s.describeAction(), new Situation(PAGE, StandardActions.ANNOUNCE_DEAL, false, true).describeAction());
  }

  @Test
  void describeStandardIdWithOtherTraitsSaysSo() {
    EngagementAction borrowed =
        EngagementAction.of("send-direct-message", Intent.LISTEN, Format.VIDEO, Reach.ONE_TO_MANY);
    assertEquals(
        "an action with id send-direct-message but traits (listen, video, one-to-many)",
        new Situation(PAGE, borrowed, false, false).describeAction());
  }

  @Test
  void describeAnyOtherIdIsACustomActionAndANamedIdKeepsItsName() {
    EngagementAction other =
        EngagementAction.of("any-other-action", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);
    assertEquals("a custom action (promote, offer, one-to-many)", new Situation(PAGE, other, false, true).describeAction());
    assertEquals(
        "any-other-action (promote, offer, one-to-many)", new Situation(PAGE, other, false, false).describeAction());
    EngagementAction job =
        EngagementAction.of("post-job-opening", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY);
    assertEquals(
        "post-job-opening (promote, conversation, one-to-many)",
        new Situation(PAGE, job, false, false).describeAction());
  }

  @Test
  void engineDecidesABorrowedStandardIdByTheRulesNamingItAndByItsOwnTraits() {
    // Why such an action is a situation of its own: the rule naming the id applies to it, and the
    // rules about traits judge it by its traits, not by the standard action's.
    EngagementPolicy policy =
        PolicyLanguage.parse(
            """
            policy borrowed
            description "One rule names an id, one speaks of an intent"
            default appropriate

            rule no-direct-messages
              when action is send-direct-message
              then inappropriate
              because "Not here."

            rule listening-is-best
              when intent is listen
              then recommended
              priority -1
              because "Listen."
            """);
    PolicyEngine engine = PolicyEngine.of(policy);
    EngagementAction borrowed =
        EngagementAction.of("send-direct-message", Intent.LISTEN, Format.VIDEO, Reach.ONE_TO_MANY);
    EngagementAction custom = EngagementAction.of("watch", Intent.LISTEN, Format.VIDEO, Reach.ONE_TO_MANY);
    assertEquals(Verdict.INAPPROPRIATE, engine.decide(PAGE, borrowed).verdict());
    assertEquals(Verdict.RECOMMENDED, engine.decide(PAGE, custom).verdict());
    assertEquals(Verdict.INAPPROPRIATE, engine.decide(PAGE, StandardActions.SEND_DIRECT_MESSAGE).verdict());
  }

  @Test
  void analyzerWitnessForARuleNamingAStandardIdIsThatStandardAction() {
    EngagementPolicy policy =
        EngagementPolicy.builder()
            .from(StandardPolicy.policy())
            .id("with-id-rules")
            .addAllRules(
                PolicyLanguage.parse(
                        """
                        policy rules
                        description "Two rules that name standard ids"
                        default appropriate

                        rule messages-never-decide
                          when action is send-direct-message
                          then inappropriate
                          priority -5
                          because "Below every standard rule, so it never decides."

                        rule listening-is-wrong
                          when action is listen
                          then inappropriate
                          because "At the standard rules' own priority, so it conflicts with them."
                        """)
                    .rules())
            .build();
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    PolicyFinding shadowed = analysis.findings(PolicyFinding.Kind.SHADOWED).get(0);
    assertEquals(java.util.List.of("messages-never-decide"), shadowed.ruleIds());
    assertEquals(StandardActions.SEND_DIRECT_MESSAGE, shadowed.witness().orElseThrow().action());
    PolicyFinding conflict =
        analysis.findings(PolicyFinding.Kind.CONFLICT).stream()
            .filter(f -> f.ruleIds().contains("listening-is-wrong"))
            .findFirst()
            .orElseThrow();
    assertEquals(StandardActions.LISTEN, conflict.witness().orElseThrow().action());
    assertTrue(
        analysis.report().contains("        e.g. listen (listen, none, one-to-many) in a participating community"),
        analysis.report());
  }
}
