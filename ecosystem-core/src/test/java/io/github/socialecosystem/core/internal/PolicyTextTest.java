package io.github.socialecosystem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Expectation;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.policy.Obligation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical text of a policy: what the printer writes, and what the builder measures. */
class PolicyTextTest {
  private static final EngagementPolicy POLICY =
      EngagementPolicy.builder()
          .id("acme-social")
          .description("Acme's \"social\" rules")
          .defaultVerdict(Verdict.LIMITED)
          .balanceLimit(0.25)
          .addRules(
              EngagementRule.builder()
                  .id("no-promotion")
                  .condition(
                      Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE)))
                  .verdict(Verdict.INAPPROPRIATE)
                  .priority(2)
                  .rationale("Members came to talk.")
                  .citation("participating communities")
                  .build(),
              EngagementRule.builder()
                  .id("careful")
                  .condition(
                      Condition.not(
                          Condition.any(
                              Condition.format(Format.PRESS_RELEASE, Format.OFFER),
                              Condition.topic("deals"))))
                  .verdict(Verdict.LIMITED)
                  .rationale("Tab\there, back\\slash, line\nbreak, return\r.")
                  .addObligations(
                      Obligation.discloseAffiliation(),
                      Obligation.seekApproval("legal"),
                      Obligation.keepInBalance(),
                      Obligation.preferFormat(Format.VIDEO),
                      Obligation.keepRecord(1),
                      Obligation.keepRecord(30),
                      Obligation.other("Keep it \"short\"."))
                  .build())
          .addGuarantees(
              Guarantee.exactly(
                  Verdict.INAPPROPRIATE,
                  Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE))),
              Guarantee.atLeast(Verdict.APPROPRIATE, Condition.always()))
          .addExpectations(
              Expectation.builder()
                  .action(StandardActions.ANNOUNCE_DEAL)
                  .layer(Layer.MANAGED)
                  .verdict(Verdict.APPROPRIATE)
                  .build())
          .build();

  private static final String TEXT =
      """
      policy acme-social
      description "Acme's \\"social\\" rules"
      default limited
      balance limit 25%

      rule no-promotion
        when layer is participating and intent is promote
        then inappropriate
        priority 2
        because "Members came to talk."
        citation "participating communities"

      rule careful
        when not (format in [press-release, offer] or topic is deals)
        then limited
        because "Tab\\there, back\\\\slash, line\\nbreak, return\\r."
        must disclose affiliation
        must get approval from "legal"
        must keep promotion under balance limit
        must prefer video
        must keep record 1 day
        must keep record 30 days
        must "Keep it \\"short\\"."

      require inappropriate when layer is participating and intent is promote
      require at least appropriate when always

      expect announce-deal in managed is appropriate
      """;

  @Test
  void printsEveryPartOfAPolicyQuotingTextsWithEscapes() {
    assertEquals(TEXT, PolicyText.print(POLICY));
  }

  @Test
  void theMeasuredLengthIsThePrintedLength() {
    assertEquals(TEXT.length(), PolicyText.length(POLICY, Long.MAX_VALUE));
    for (EngagementRule rule : POLICY.rules()) {
      String printed = PolicyText.print(EngagementPolicy.builder().from(POLICY).rules(List.of(rule)).build());
      String alone = PolicyText.print(EngagementPolicy.builder().from(POLICY).rules(List.of()).build());
      assertEquals(printed.length() - alone.length(), PolicyText.length(rule, Long.MAX_VALUE), rule.id());
    }
  }

  @Test
  void measuringUpToALimitSaysLongerForEveryLimitBelowTheLength() {
    long length = TEXT.length();
    for (long atMost = 0; atMost < length; atMost++) {
      long measured = PolicyText.length(POLICY, atMost);
      assertTrue(measured > atMost, atMost + ": " + measured);
    }
    assertEquals(length, PolicyText.length(POLICY, length));
    assertEquals(length, PolicyText.length(POLICY, length + 1));
  }

  @Test
  void aPolicyWithoutGuaranteesOrExpectationsEndsAfterItsRules() {
    EngagementPolicy plain =
        EngagementPolicy.builder()
            .id("plain")
            .description("Plain.")
            .defaultVerdict(Verdict.APPROPRIATE)
            .build();
    assertEquals(
        "policy plain\ndescription \"Plain.\"\ndefault appropriate\nbalance limit 50%\n",
        PolicyText.print(plain));
  }
}
