package io.github.socialecosystem.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
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
    void eachKindCarriesWhatItNeedsAndATextForPeople() {
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
    void badInputIsRefusedNamingTheFieldAndValue() {
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
    void theLongestRoleAndTheLongestRecordAreAccepted() {
      String longest = "r".repeat(Limits.MAX_ID_LENGTH);
      assertEquals(Optional.of(longest), Obligation.seekApproval(longest).role());
      assertEquals(OptionalInt.of(Obligation.MAX_RECORD_DAYS), Obligation.keepRecord(Obligation.MAX_RECORD_DAYS).days());
      assertEquals(
          "Keep a record of what you did for 36500 days.", Obligation.keepRecord(Obligation.MAX_RECORD_DAYS).text());
    }

    @Test
    void aTypedObligationPrintsItsKindAndAFreeOneOnlyItsText() {
      assertEquals("seek-approval: Get approval from legal before you act.", Obligation.seekApproval("legal").toString());
      assertEquals("keep-record: Keep a record of what you did for 2 days.", Obligation.keepRecord(2).toString());
      assertEquals("Answer within a day.", Obligation.other("Answer within a day.").toString());
    }

    @Test
    void differentObligationsHashDifferently() {
      assertNotEquals(Obligation.keepRecord(30).hashCode(), Obligation.keepRecord(31).hashCode());
      assertNotEquals(Obligation.seekApproval("legal").hashCode(), Obligation.seekApproval("brand").hashCode());
    }

    @Test
    void equalityAndNulls() {
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
    void decisionExposesTypedObligationsTextsAndWhetherApprovalIsNeeded() {
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
    void boundsFollowTheVerdictOrder() {
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
    void aBoundAllowsItsOwnVerdict() {
      for (Verdict verdict : Verdict.values()) {
        assertTrue(Guarantee.atLeast(verdict, Condition.always()).allows(verdict), verdict.name());
        assertTrue(Guarantee.atMost(verdict, Condition.always()).allows(verdict), verdict.name());
        assertTrue(Guarantee.exactly(verdict, Condition.always()).allows(verdict), verdict.name());
      }
    }

    @Test
    void equalWhenBoundVerdictAndConditionAre() {
      Condition promote = Condition.intent(Intent.PROMOTE);
      new EqualsTester()
          .addEqualityGroup(
              Guarantee.atMost(Verdict.LIMITED, promote),
              Guarantee.of(Guarantee.Bound.AT_MOST, Verdict.LIMITED, Condition.intent(Intent.PROMOTE)))
          .addEqualityGroup(Guarantee.atLeast(Verdict.LIMITED, promote))
          .addEqualityGroup(Guarantee.atMost(Verdict.APPROPRIATE, promote))
          .addEqualityGroup(Guarantee.atMost(Verdict.LIMITED, Condition.always()))
          .testEquals();
      assertNotEquals(
          Guarantee.atMost(Verdict.LIMITED, promote).hashCode(),
          Guarantee.atLeast(Verdict.LIMITED, promote).hashCode());
      Guarantee guarantee = Guarantee.atLeast(Verdict.APPROPRIATE, promote);
      assertEquals(Guarantee.Bound.AT_LEAST, guarantee.bound());
      assertEquals(Verdict.APPROPRIATE, guarantee.verdict());
      assertEquals(promote, guarantee.condition());
      assertEquals("at least appropriate", guarantee.requirement());
    }

    @Test
    void textIsThePolicyLanguages() {
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
    void aLayerWithOneTypeIsHeldAsTheType() {
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
    void holdTheirTopicsSortedAndWhetherPromotionIsOver() {
      Expectation expectation =
          Expectation.builder()
              .action(StandardActions.LISTEN)
              .type(CommunityType.CLOSED)
              .addTopics("wool", "knitting")
              .promotionOverBalanceLimit(true)
              .verdict(Verdict.RECOMMENDED)
              .build();
      assertEquals(List.of("knitting", "wool"), List.copyOf(expectation.topics()));
      assertTrue(expectation.promotionOverBalanceLimit());
      assertEquals(Layer.OWNED, expectation.layer());
      assertEquals(StandardActions.LISTEN, expectation.action());
      assertEquals(Verdict.RECOMMENDED, expectation.verdict());
      assertFalse(
          Expectation.builder().action(StandardActions.LISTEN).type(CommunityType.CLOSED).verdict(Verdict.RECOMMENDED)
              .build()
              .promotionOverBalanceLimit());
    }

    @Test
    void equalWhenEveryPartIs() {
      new EqualsTester()
          .addEqualityGroup(expectation().build(), expectation().build(), expectation().layer(Layer.OWNED).build())
          .addEqualityGroup(expectation().action(StandardActions.GATHER_PRODUCT_IDEAS).build())
          .addEqualityGroup(expectation().type(CommunityType.EMPLOYEE).build())
          .addEqualityGroup(Expectation.builder().action(StandardActions.LISTEN).layer(Layer.OWNED).verdict(Verdict.LIMITED).build())
          .addEqualityGroup(expectation().addTopics("knitting").build())
          .addEqualityGroup(expectation().promotionOverBalanceLimit(true).build())
          .addEqualityGroup(expectation().verdict(Verdict.APPROPRIATE).build())
          .testEquals();
      assertNotEquals(expectation().build().hashCode(), expectation().verdict(Verdict.APPROPRIATE).build().hashCode());
    }

    @Test
    void aHundredTopicsAreAcceptedAndOneMoreIsNot() {
      Expectation.Builder builder = expectation();
      for (int i = 1; i <= Expectation.MAX_TOPICS; i++) {
        builder.addTopics("topic-" + i);
      }
      assertEquals(Expectation.MAX_TOPICS, builder.build().topics().size());
      builder.addTopics("one-more");
      assertEquals(
          "an expectation may name at most 100 topics, but has 101",
          assertThrows(IllegalArgumentException.class, builder::build).getMessage());
    }

    @Test
    void missingOrInconsistentPartsAreRefused() {
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

    private Expectation.Builder expectation() {
      return Expectation.builder().action(StandardActions.LISTEN).type(CommunityType.CLOSED).verdict(Verdict.LIMITED);
    }
  }
}
