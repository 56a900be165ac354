package io.github.socialecosystem.rules;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static io.github.socialecosystem.core.StandardActions.ANALYZE_MEMBER_PROFILES;
import static io.github.socialecosystem.core.StandardActions.ANNOUNCE_DEAL;
import static io.github.socialecosystem.core.StandardActions.ANSWER_QUESTION;
import static io.github.socialecosystem.core.StandardActions.BROADCAST_PROMOTION;
import static io.github.socialecosystem.core.StandardActions.CONTROL_MEMBERSHIP;
import static io.github.socialecosystem.core.StandardActions.EXPORT_MEMBER_DATA;
import static io.github.socialecosystem.core.StandardActions.GATHER_PRODUCT_IDEAS;
import static io.github.socialecosystem.core.StandardActions.INTRODUCE_YOURSELF;
import static io.github.socialecosystem.core.StandardActions.INVITE_TO_OWNED_COMMUNITY;
import static io.github.socialecosystem.core.StandardActions.JOIN_DISCUSSION;
import static io.github.socialecosystem.core.StandardActions.LISTEN;
import static io.github.socialecosystem.core.StandardActions.MODERATE;
import static io.github.socialecosystem.core.StandardActions.POST_PRESS_RELEASE;
import static io.github.socialecosystem.core.StandardActions.SHARE_VIDEO;
import static io.github.socialecosystem.rules.Communities.BRAND_PAGE;
import static io.github.socialecosystem.rules.Communities.FAN_CLUB;
import static io.github.socialecosystem.rules.Communities.KNITTING_FORUM;
import static io.github.socialecosystem.rules.Communities.PARTNER_NETWORK;
import static io.github.socialecosystem.rules.Communities.STAFF_ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per principle of the standard policy. */
class StandardPolicyTest {
  private final PolicyEngine engine = PolicyEngine.standard();

  private Verdict verdict(Community community, EngagementAction action) {
    return engine.decide(community, action).verdict();
  }

  private static void assertAtLeast(Verdict floor, Verdict actual) {
    assertFalse(actual.isMoreRestrictiveThan(floor), actual + " is below " + floor);
  }

  @Nested
  class Participating {
    @Test
    void listeningIsRecommendedAndTheTopAnswer() {
      assertEquals(Verdict.RECOMMENDED, verdict(KNITTING_FORUM, LISTEN));
      assertEquals(LISTEN, engine.appropriateActions(KNITTING_FORUM).get(0).action());
    }

    @Test
    void showingUpIntroducingYourselfAndJoiningDiscussionsAreFine() {
      assertEquals(Verdict.APPROPRIATE, verdict(KNITTING_FORUM, INTRODUCE_YOURSELF));
      assertEquals(Verdict.APPROPRIATE, verdict(KNITTING_FORUM, JOIN_DISCUSSION));
      assertEquals(Verdict.APPROPRIATE, verdict(KNITTING_FORUM, ANSWER_QUESTION));
    }

    @Test
    void joiningObligesYouToDiscloseWhomYouWorkFor() {
      Decision decision = engine.decide(KNITTING_FORUM, INTRODUCE_YOURSELF);
      assertTrue(
          decision.obligations().contains(Obligation.discloseAffiliation()),
          decision.obligations()::toString);
    }

    @Test
    void broadcastingAndAnyPromotionAreInappropriate() {
      for (EngagementAction action :
          List.of(BROADCAST_PROMOTION, ANNOUNCE_DEAL, POST_PRESS_RELEASE, SHARE_VIDEO)) {
        assertEquals(Verdict.INAPPROPRIATE, verdict(KNITTING_FORUM, action), action.id());
      }
    }

    @Test
    void customPromotionalActionIsInappropriateByItsTraits() {
      EngagementAction jobPost =
          EngagementAction.of(
              "post-job-opening", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY);
      Decision decision = engine.decide(KNITTING_FORUM, jobPost);
      assertEquals(Verdict.INAPPROPRIATE, decision.verdict());
      assertEquals("participating-no-promotion", decision.reasons().get(0).ruleId());
    }

    @Test
    void governingIsInappropriate() {
      assertEquals(Verdict.INAPPROPRIATE, verdict(KNITTING_FORUM, MODERATE));
      assertEquals(Verdict.INAPPROPRIATE, verdict(KNITTING_FORUM, CONTROL_MEMBERSHIP));
    }

    @Test
    void usingMemberDataIsInappropriate() {
      assertEquals(Verdict.INAPPROPRIATE, verdict(KNITTING_FORUM, ANALYZE_MEMBER_PROFILES));
      assertEquals(Verdict.INAPPROPRIATE, verdict(KNITTING_FORUM, EXPORT_MEMBER_DATA));
    }
  }

  @Nested
  class Managed {
    @Test
    void marketingIsOpenPromotionDealsAndYourMessage() {
      assertAtLeast(Verdict.APPROPRIATE, verdict(BRAND_PAGE, BROADCAST_PROMOTION));
      assertAtLeast(Verdict.APPROPRIATE, verdict(BRAND_PAGE, ANNOUNCE_DEAL));
      assertAtLeast(Verdict.APPROPRIATE, verdict(BRAND_PAGE, SHARE_VIDEO));
    }

    @Test
    void buildingRelationshipsAndCommentingAreEncouraged() {
      assertEquals(Verdict.RECOMMENDED, verdict(BRAND_PAGE, JOIN_DISCUSSION));
      assertEquals(Verdict.RECOMMENDED, verdict(BRAND_PAGE, ANSWER_QUESTION));
    }

    @Test
    void aVideoRanksAboveAPressReleaseWhichIsLimited() {
      assertTrue(verdict(BRAND_PAGE, POST_PRESS_RELEASE).isMoreRestrictiveThan(verdict(BRAND_PAGE, SHARE_VIDEO)));
      Decision pressRelease = engine.decide(BRAND_PAGE, POST_PRESS_RELEASE);
      assertEquals(Verdict.LIMITED, pressRelease.verdict());
      assertEquals(SHARE_VIDEO, pressRelease.alternatives().get(0));
      assertFalse(pressRelease.obligations().isEmpty());
    }

    @Test
    void exportingMemberDataIsNotAllowedAndProfileAnalyticsAtMostLimited() {
      assertEquals(Verdict.INAPPROPRIATE, verdict(BRAND_PAGE, EXPORT_MEMBER_DATA));
      assertAtLeastAsRestrictive(Verdict.LIMITED, verdict(BRAND_PAGE, ANALYZE_MEMBER_PROFILES));
    }

    @Test
    void invitingPeopleIntoAnOwnedCommunityIsEncouraged() {
      assertEquals(Verdict.RECOMMENDED, verdict(BRAND_PAGE, INVITE_TO_OWNED_COMMUNITY));
    }

    private void assertAtLeastAsRestrictive(Verdict ceiling, Verdict actual) {
      assertFalse(ceiling.isMoreRestrictiveThan(actual), actual + " allows more than " + ceiling);
    }
  }

  @Nested
  class External {
    @Test
    void listeningSupportAndReputationAreRecommended() {
      assertEquals(Verdict.RECOMMENDED, verdict(FAN_CLUB, LISTEN));
      assertEquals(Verdict.RECOMMENDED, verdict(FAN_CLUB, GATHER_PRODUCT_IDEAS));
      assertEquals(Verdict.RECOMMENDED, verdict(FAN_CLUB, ANSWER_QUESTION));
      assertEquals(Verdict.RECOMMENDED, verdict(FAN_CLUB, JOIN_DISCUSSION));
    }

    @Test
    void promotionIsLimitedAndTheLimitIsStated() {
      for (EngagementAction action :
          List.of(BROADCAST_PROMOTION, ANNOUNCE_DEAL, SHARE_VIDEO, POST_PRESS_RELEASE)) {
        Decision decision = engine.decide(FAN_CLUB, action);
        assertEquals(Verdict.LIMITED, decision.verdict(), action.id());
        assertTrue(
            decision.obligations().contains(Obligation.keepInBalance()),
            decision.obligations()::toString);
      }
    }

    @Test
    void theOrganisationOwnsTheData() {
      assertTrue(FAN_CLUB.dataOwnership().ownedByOrganization());
      assertAtLeast(Verdict.APPROPRIATE, verdict(FAN_CLUB, ANALYZE_MEMBER_PROFILES));
      assertAtLeast(Verdict.APPROPRIATE, verdict(FAN_CLUB, EXPORT_MEMBER_DATA));
    }

    @Test
    void itIsPublicSoItDoesNotControlWhoJoins() {
      assertEquals(Verdict.INAPPROPRIATE, verdict(FAN_CLUB, CONTROL_MEMBERSHIP));
      assertAtLeast(Verdict.APPROPRIATE, verdict(FAN_CLUB, MODERATE));
    }
  }

  @Nested
  class Closed {
    @Test
    void controllingMembershipIsThePoint() {
      assertEquals(Verdict.RECOMMENDED, verdict(PARTNER_NETWORK, CONTROL_MEMBERSHIP));
    }

    @Test
    void otherwiseItIsJudgedAsAnExternalCommunity() {
      for (EngagementAction action : StandardActions.all()) {
        if (!action.equals(CONTROL_MEMBERSHIP)) {
          assertEquals(verdict(FAN_CLUB, action), verdict(PARTNER_NETWORK, action), action.id());
        }
      }
    }
  }

  @Nested
  class Employee {
    @Test
    void theSameSocialHabitsApplyAroundTheEmployeeBase() {
      for (EngagementAction action : StandardActions.all()) {
        assertEquals(verdict(PARTNER_NETWORK, action), verdict(STAFF_ROOM, action), action.id());
      }
    }

    @Test
    void membershipIsControlled() {
      assertEquals(Verdict.RECOMMENDED, verdict(STAFF_ROOM, CONTROL_MEMBERSHIP));
    }
  }

  @Nested
  class Balance {
    private final EngagementContext mostlyPromotion =
        EngagementContext.builder()
            .putRecentActivity(Intent.PROMOTE, 8)
            .putRecentActivity(Intent.CONVERSE, 2)
            .build();
    private final EngagementContext inBalance =
        EngagementContext.builder()
            .putRecentActivity(Intent.PROMOTE, 2)
            .putRecentActivity(Intent.CONVERSE, 6)
            .build();

    @Test
    void promotionPastTheLimitInAnOwnedCommunityIsInappropriateAndSaysShareAndLimit() {
      Decision decision = engine.decide(FAN_CLUB, ANNOUNCE_DEAL, mostlyPromotion);
      assertEquals(Verdict.INAPPROPRIATE, decision.verdict());
      Reason reason = decision.reasons().get(0);
      assertEquals("owned-balance-exceeded", reason.ruleId());
      assertEquals(
          "promotion was 80% of the 10 recent actions here, above the balance limit of 50%",
          reason.detail().orElseThrow());
      assertEquals("owned-promotion-in-balance", decision.overridden().get(0).ruleId());
    }

    @Test
    void aShareJustAboveTheLimitIsPrintedWithEnoughDigitsToShowTheDifference() {
      PolicyEngine third =
          PolicyEngine.of(
              io.github.socialecosystem.core.policy.EngagementPolicy.builder()
                  .from(engine.policy())
                  .balanceLimit(0.333)
                  .build());
      EngagementContext oneInThree =
          EngagementContext.builder()
              .putRecentActivity(Intent.PROMOTE, 1)
              .putRecentActivity(Intent.CONVERSE, 2)
              .build();
      assertEquals(
          "promotion was 33.33% of the 3 recent actions here, above the balance limit of 33.3%",
          third.decide(FAN_CLUB, ANNOUNCE_DEAL, oneInThree).reasons().get(0).detail().orElseThrow());
      EngagementContext barelyOver =
          EngagementContext.builder()
              .putRecentActivity(Intent.PROMOTE, 500_001)
              .putRecentActivity(Intent.CONVERSE, 499_999)
              .build();
      assertEquals(
          "promotion was 50.0001% of the 1000000 recent actions here, above the balance limit of 50%",
          engine.decide(FAN_CLUB, ANNOUNCE_DEAL, barelyOver).reasons().get(0).detail().orElseThrow());
    }

    @Test
    void promotionWithinTheLimitStaysLimited() {
      assertEquals(Verdict.LIMITED, engine.decide(FAN_CLUB, ANNOUNCE_DEAL, inBalance).verdict());
    }

    @Test
    void exactlyAtTheLimitIsStillWithinIt() {
      EngagementContext half =
          EngagementContext.builder()
              .putRecentActivity(Intent.PROMOTE, 5)
              .putRecentActivity(Intent.SUPPORT, 5)
              .build();
      assertEquals(Verdict.LIMITED, engine.decide(FAN_CLUB, ANNOUNCE_DEAL, half).verdict());
    }

    @Test
    void pastTheLimitConversationIsStillRecommendedAndPromotionLeavesTheBestList() {
      assertEquals(
          Verdict.RECOMMENDED, engine.decide(FAN_CLUB, JOIN_DISCUSSION, mostlyPromotion).verdict());
      assertTrue(
          engine.appropriateActions(FAN_CLUB, mostlyPromotion).stream()
              .noneMatch(d -> d.action().intent() == Intent.PROMOTE));
    }

    @Test
    void theBalanceLimitDoesNotApplyToManagedCommunities() {
      assertEquals(
          Verdict.APPROPRIATE, engine.decide(BRAND_PAGE, ANNOUNCE_DEAL, mostlyPromotion).verdict());
    }
  }

  @Nested
  class Completeness {
    @Test
    void everyStandardActionInEveryCommunityTypeIsDecidedByARule() {
      for (CommunityType type : CommunityType.values()) {
        for (EngagementAction action : StandardActions.all()) {
          Decision decision = engine.decide(Communities.of(type), action);
          assertFalse(decision.reasons().get(0).isDefault(), type + " " + action.id());
          decision
              .reasons()
              .forEach(
                  r -> {
                    assertFalse(r.rationale().isBlank());
                    assertTrue(r.citation().isPresent(), r.ruleId());
                  });
        }
      }
    }

    @Test
    void everyRuleHasARationaleAndACitationAndEveryLimitedRuleStatesItsLimit() {
      for (EngagementRule rule : engine.policy().rules()) {
        assertFalse(rule.rationale().isBlank(), rule.id());
        assertTrue(rule.citation().isPresent(), rule.id());
        if (rule.verdict() == Verdict.LIMITED) {
          assertFalse(rule.obligations().isEmpty(), rule.id());
        }
      }
    }

    @Test
    void policyNamesItself() {
      assertEquals("standard", engine.policy().id());
      assertEquals(StandardPolicy.policy(), engine.policy());
    }
  }
}
