package io.github.socialecosystem.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Typed obligations, guarantees and expectations: what they hold and what they refuse. */
class PromisedValuesTest {

  @Nested
  class Obligations {
    @Test
    void eachKind_carriesWhatItNeeds_andATextForPeople() {
      Obligation approval = Obligation.seekApproval("legal");
      assertEquals(Obligation.Kind.SEEK_APPROVAL, approval.kind());
      assertEquals(Optional.of("legal"), approval.role());
      assertEquals("Get approval from legal before you act.", approval.text());
      assertEquals(OptionalInt.of(1095), Obligation.keepRecord(1095).days());
      assertEquals("Keep a record of what you did for 1 day.", Obligation.keepRecord(1).text());
      assertEquals(Optional.of(Format.VIDEO), Obligation.preferFormat(Format.VIDEO).format());
      assertEquals("Prefer press release where it can carry the same message.",
          Obligation.preferFormat(Format.PRESS_RELEASE).text());
      assertEquals(Obligation.Kind.DISCLOSE_AFFILIATION, Obligation.discloseAffiliation().kind());
      assertEquals(Obligation.Kind.KEEP_IN_BALANCE, Obligation.keepInBalance().kind());
      Obligation other = Obligation.other("Answer within a day.");
      assertEquals(Obligation.Kind.OTHER, other.kind());
      assertEquals("Answer within a day.", other.text());
      assertEquals(Optional.empty(), other.role());
      assertEquals(OptionalInt.empty(), other.days());
      assertEquals(Optional.empty(), other.format());
    }

    @Test
    void badInput_isRefused_namingTheFieldAndValue() {
      assertEquals("approval role must not be blank: '  '",
          assertThrows(IllegalArgumentException.class, () -> Obligation.seekApproval("  "))
              .getMessage());
      assertEquals("approval role must be at most 100 characters, but has 101: '"
              + "r".repeat(100) + "…' (101 characters)",
          assertThrows(IllegalArgumentException.class, () -> Obligation.seekApproval("r".repeat(101)))
              .getMessage().replace("...", "…"));
      assertTrue(
          assertThrows(IllegalArgumentException.class, () -> Obligation.seekApproval("legal\nteam"))
              .getMessage().startsWith("approval role must be one line without control characters,"
                  + " but has U+000A at character 6"));
      assertEquals("record days must be from 1 to 36500: 0",
          assertThrows(IllegalArgumentException.class, () -> Obligation.keepRecord(0)).getMessage());
      assertEquals("record days must be from 1 to 36500: 36501",
          assertThrows(IllegalArgumentException.class, () -> Obligation.keepRecord(36_501))
              .getMessage());
      assertEquals("preferred format must be a format to publish in, not NONE",
          assertThrows(IllegalArgumentException.class, () -> Obligation.preferFormat(Format.NONE))
              .getMessage());
      assertThrows(IllegalArgumentException.class, () -> Obligation.other(" "));
    }

    @Test
    void equality_andNulls() {
      new EqualsTester()
          .addEqualityGroup(Obligation.seekApproval("legal"), Obligation.seekApproval("legal"))
          .addEqualityGroup(Obligation.seekApproval("brand"))
          .addEqualityGroup(Obligation.keepRecord(30), Obligation.keepRecord(30))
          .addEqualityGroup(Obligation.keepRecord(31))
          .addEqualityGroup(Obligation.discloseAffiliation())
          .addEqualityGroup(
              Obligation.other(Obligation.discloseAffiliation().text()),
              Obligation.other(Obligation.discloseAffiliation().text()))
          .testEquals();
      new NullPointerTester().testAllPublicStaticMethods(Obligation.class);
    }

    @Test
    void decision_exposesTypedObligations_textsAndWhetherApprovalIsNeeded() {
      Decision decision =
          Decision.builder().action(StandardActions.POST_PRESS_RELEASE).verdict(Verdict.LIMITED).reasons(List.of(
                  Reason.builder().ruleId("r").verdict(Verdict.LIMITED).rationale("Why.").build())).obligations(List.of(Obligation.seekApproval("legal"), Obligation.other("Rarely."))).build();
      assertTrue(decision.requiresApproval());
      assertEquals(
          List.of("Get approval from legal before you act.", "Rarely."), decision.obligationTexts());
      String approval = "  you must: Get approval from legal before you act. [seek-approval]\n";
      assertTrue(
          decision.explain().contains(approval + "  you must: Rarely.\n"), decision.explain());
      Decision plain =
          Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).reasons(List.of(
                  Reason.builder().ruleId("r").verdict(Verdict.APPROPRIATE).rationale("Why.").build())).obligations(List.of(Obligation.discloseAffiliation())).build();
      assertFalse(plain.requiresApproval());
    }
  }

  @Nested
  class Guarantees {
    @Test
    void bounds_followTheVerdictOrder() {
      Guarantee atMost = Guarantee.atMost(Verdict.LIMITED, Condition.always());
      assertTrue(atMost.allows(Verdict.LIMITED));
      assertTrue(atMost.allows(Verdict.INAPPROPRIATE));
      assertFalse(atMost.allows(Verdict.APPROPRIATE));
      Guarantee atLeast = Guarantee.atLeast(Verdict.APPROPRIATE, Condition.always());
      assertTrue(atLeast.allows(Verdict.RECOMMENDED));
      assertFalse(atLeast.allows(Verdict.LIMITED));
      Guarantee exactly = Guarantee.exactly(Verdict.INAPPROPRIATE, Condition.always());
      assertTrue(exactly.allows(Verdict.INAPPROPRIATE));
      assertFalse(exactly.allows(Verdict.LIMITED));
    }

    @Test
    void text_isThePolicyLanguages() {
      assertEquals(
          "require at most limited when format is press-release",
          Guarantee.atMost(Verdict.LIMITED, Condition.format(Format.PRESS_RELEASE)).toString());
      assertEquals(
          "require inappropriate when layer is participating and intent is promote",
          Guarantee.exactly(
                  Verdict.INAPPROPRIATE,
                  Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE)))
              .toString());
      new NullPointerTester()
          .setDefault(Condition.class, Condition.always())
          .testAllPublicStaticMethods(Guarantee.class);
    }
  }

  @Nested
  class Expectations {
    @Test
    void aLayerWithOneType_isHeldAsTheType() {
      Expectation managed =
          Expectation.builder()
              .action(StandardActions.ANNOUNCE_DEAL).layer(Layer.MANAGED).verdict(Verdict.APPROPRIATE)
              .build();
      assertEquals(Optional.of(CommunityType.MANAGED), managed.type());
      assertEquals("expect announce-deal in managed is appropriate", managed.toString());
      Expectation owned =
          Expectation.builder()
              .action(EngagementAction.of("post-job", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY))
              .layer(Layer.OWNED).addTopics("jobs").promotionOverBalanceLimit(true)
              .verdict(Verdict.INAPPROPRIATE)
              .build();
      assertEquals(Optional.empty(), owned.type());
      assertTrue(owned.covers(CommunityType.CLOSED));
      assertFalse(managed.covers(CommunityType.CLOSED));
      assertEquals(
          "expect post-job (promote, conversation, one-to-many) in owned with topics [jobs]"
              + " with promotion over balance limit is inappropriate",
          owned.toString());
    }

    @Test
    void missingOrInconsistentParts_areRefused() {
      assertEquals("an expectation needs an action",
          assertThrows(IllegalStateException.class, () -> Expectation.builder().build()).getMessage());
      assertEquals("an expectation of listen needs a type or a layer",
          assertThrows(IllegalStateException.class,
              () -> Expectation.builder().action(StandardActions.LISTEN).verdict(Verdict.LIMITED).build())
              .getMessage());
      assertEquals("expectation type CLOSED is not in layer MANAGED",
          assertThrows(IllegalArgumentException.class,
              () -> Expectation.builder().action(StandardActions.LISTEN).verdict(Verdict.LIMITED)
                  .type(CommunityType.CLOSED).layer(Layer.MANAGED).build())
              .getMessage());
      assertThrows(IllegalArgumentException.class, () -> Expectation.builder().addTopics("Not Kebab"));
    }
  }
}
