package io.github.socialecosystem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActionsAndVerdictsTest {

  @Nested
  class Standard {
    @Test
    void catalogHasTheFifteenActionsInOrderWithUniqueIds() {
      List<EngagementAction> all = StandardActions.all();
      assertEquals(15, all.size());
      assertEquals(15, all.stream().map(EngagementAction::id).distinct().count());
      assertEquals(StandardActions.LISTEN, all.get(0));
      assertEquals(StandardActions.INVITE_TO_OWNED_COMMUNITY, all.get(14));
    }

    @Test
    void catalogCoversEveryIntent() {
      Set<Intent> intents =
          StandardActions.all().stream().map(EngagementAction::intent).collect(Collectors.toSet());
      assertEquals(EnumSet.allOf(Intent.class), intents);
    }

    @Test
    void traitsMatchWhatTheActionsAre() {
      assertEquals(Intent.LISTEN, StandardActions.LISTEN.intent());
      assertEquals(Intent.PROMOTE, StandardActions.BROADCAST_PROMOTION.intent());
      assertEquals(Format.OFFER, StandardActions.ANNOUNCE_DEAL.format());
      assertEquals(Format.VIDEO, StandardActions.SHARE_VIDEO.format());
      assertEquals(Format.PRESS_RELEASE, StandardActions.POST_PRESS_RELEASE.format());
      assertEquals(Reach.ONE_TO_ONE, StandardActions.SEND_DIRECT_MESSAGE.reach());
      assertEquals(Intent.GOVERN, StandardActions.CONTROL_MEMBERSHIP.intent());
      assertEquals(Intent.USE_DATA, StandardActions.EXPORT_MEMBER_DATA.intent());
      assertEquals(Intent.RECRUIT, StandardActions.INVITE_TO_OWNED_COMMUNITY.intent());
    }

    @Test
    void byIdFindsStandardActionsOnly() {
      assertEquals(Optional.of(StandardActions.MODERATE), StandardActions.byId("moderate"));
      assertEquals(Optional.empty(), StandardActions.byId("post-job-opening"));
    }

    @Test
    void allCannotBeModified() {
      assertThrows(
          UnsupportedOperationException.class,
          () -> StandardActions.all().add(StandardActions.LISTEN));
    }
  }

  @Nested
  class Custom {
    @Test
    void customActionKeepsItsTraits() {
      EngagementAction a =
          EngagementAction.of("post-job-opening", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY);
      assertEquals("post-job-opening", a.id());
      assertEquals(Intent.PROMOTE, a.intent());
      assertEquals(Format.CONVERSATION, a.format());
      assertEquals(Reach.ONE_TO_MANY, a.reach());
    }

    @Test
    void nonKebabCaseIdIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> EngagementAction.of("Post Job", Intent.PROMOTE, Format.NONE, Reach.ONE_TO_MANY));
      assertEquals(
          "action id must be kebab-case (lowercase letters and digits, words joined by single"
              + " hyphens, at most 100 characters): 'Post Job'",
          e.getMessage());
    }

    @Test
    void blankPlatformNameIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Platform.of(" ", PlatformKind.CONSUMER_NETWORK));
      assertEquals("platform name must not be blank: ' '", e.getMessage());
    }
  }

  @Nested
  class Verdicts {
    @Test
    void orderedBestFirst() {
      assertEquals(
          List.of(Verdict.RECOMMENDED, Verdict.APPROPRIATE, Verdict.LIMITED, Verdict.INAPPROPRIATE),
          List.of(Verdict.values()));
    }

    @Test
    void onlyInappropriateDoesNotPermit() {
      assertTrue(Verdict.RECOMMENDED.permits());
      assertTrue(Verdict.APPROPRIATE.permits());
      assertTrue(Verdict.LIMITED.permits());
      assertFalse(Verdict.INAPPROPRIATE.permits());
    }

    @Test
    void mostRestrictivePicksTheLaterOne() {
      assertEquals(Verdict.LIMITED, Verdict.mostRestrictive(Verdict.RECOMMENDED, Verdict.LIMITED));
      assertEquals(Verdict.LIMITED, Verdict.mostRestrictive(Verdict.LIMITED, Verdict.APPROPRIATE));
      assertTrue(Verdict.INAPPROPRIATE.isMoreRestrictiveThan(Verdict.LIMITED));
      assertFalse(Verdict.LIMITED.isMoreRestrictiveThan(Verdict.LIMITED));
    }
  }

  @Nested
  class Data {
    @Test
    void exportWithoutFullVisibilityIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  DataOwnership.of(
                      DataOwnership.Holder.PLATFORM_OPERATOR, DataOwnership.Visibility.AGGREGATE, true));
      assertEquals("mayExport requires visibility FULL: AGGREGATE", e.getMessage());
    }

    @Test
    void anOrganisationHoldingDataItCannotFullySeeIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> DataOwnership.of(DataOwnership.Holder.ORGANIZATION, DataOwnership.Visibility.AGGREGATE, false));
      assertEquals(
          "an organisation that holds the data sees it in full, so visibility must be FULL: AGGREGATE",
          e.getMessage());
      assertTrue(
          DataOwnership.of(DataOwnership.Holder.ORGANIZATION, DataOwnership.Visibility.FULL, false).ownedByOrganization());
    }
  }
}
