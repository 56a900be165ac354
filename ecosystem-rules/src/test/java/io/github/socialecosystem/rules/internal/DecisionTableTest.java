package io.github.socialecosystem.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.Communities;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionTableTest {
  private static final Community FORUM = Communities.KNITTING_FORUM;
  private static final Community PAGE = Communities.BRAND_PAGE;
  private static final Community CLUB = Communities.FAN_CLUB;

  /** 80% promotion of 10 recent actions: over a 50% limit. */
  private static final EngagementContext EIGHT_OF_TEN =
      EngagementContext.builder()
          .putRecentActivity(Intent.PROMOTE, 8)
          .putRecentActivity(Intent.CONVERSE, 2)
          .build();

  /** 90% promotion of 10 recent actions. */
  private static final EngagementContext NINE_OF_TEN =
      EngagementContext.builder()
          .putRecentActivity(Intent.PROMOTE, 9)
          .putRecentActivity(Intent.LISTEN, 1)
          .build();

  /** Promotion past the limit is only LIMITED, so the decisions that say so are permitted. */
  private static final String CALM_DOWN =
      """
      rule calm-down
        when intent is promote and promotion over balance limit
        then limited
        because "Enough promotion for now."
        must "Promote again once the conversation has caught up."
      """;

  private static PolicyEngine engine(String rules) {
    return PolicyEngine.of(
        PolicyLanguage.parse(
            "policy p\ndescription \"d\"\ndefault appropriate\nbalance limit 50%\n" + rules));
  }

  private static List<String> ids(List<Decision> decisions) {
    return decisions.stream().map(d -> d.action().id()).collect(Collectors.toList());
  }

  private static List<String> ruleIds(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }

  private static String detailOf(Decision decision) {
    return decision.reasons().get(0).detail().orElseThrow();
  }

  private static final List<String> CATALOG_ORDER =
      StandardActions.all().stream().map(EngagementAction::id).collect(Collectors.toList());

  /** Listening first (recommended), then the other standard actions in catalog order, promotion last. */
  private static final List<String> LISTEN_FIRST_PROMOTION_LAST =
      List.of(
          "listen", "gather-product-ideas", "introduce-yourself", "join-discussion",
          "answer-question", "send-direct-message", "moderate", "control-membership",
          "analyze-member-profiles", "export-member-data", "invite-to-owned-community",
          "share-video", "post-press-release", "broadcast-promotion", "announce-deal");

  @Nested
  class BalanceStates {
    @Test
    void appropriateActionsOverTheLimitInATopicalCommunityAreNotTheOnesWithinIt() {
      PolicyEngine engine =
          engine(
              CALM_DOWN
                  + "rule knitters-listen\n  when topic is knitting and intent is listen\n"
                  + "  then recommended\n  because \"Knitters like to be heard.\"\n");
      List<Decision> within = engine.appropriateActions(FORUM);
      // Listening (listen, gather product ideas) is recommended, the rest appropriate.
      assertEquals(
          List.of(Verdict.RECOMMENDED, Verdict.APPROPRIATE),
          within.stream().map(Decision::verdict).distinct().toList());
      assertEquals(CATALOG_ORDER, ids(within));
      List<Decision> over = engine.appropriateActions(FORUM, EIGHT_OF_TEN);
      assertEquals(LISTEN_FIRST_PROMOTION_LAST, ids(over));
      assertEquals(
          List.of(Verdict.LIMITED), over.stream().skip(11).map(Decision::verdict).distinct().toList());
      // And back within the limit: the first answer again.
      assertEquals(within, engine.appropriateActions(FORUM));
    }

    @Test
    void eachCallOverTheLimitReportsTheShareOfItsOwnContext() {
      PolicyEngine engine =
          engine(
              CALM_DOWN
                  + "rule knitters-listen\n  when topic is knitting and intent is listen\n"
                  + "  then recommended\n  because \"Knitters like to be heard.\"\n");
      Decision eight = engine.appropriateActions(FORUM, EIGHT_OF_TEN).get(14);
      assertEquals("announce-deal", eight.action().id());
      assertEquals(
          "promotion was 80% of the 10 recent actions here, above the balance limit of 50%",
          detailOf(eight));
      Decision nine = engine.appropriateActions(FORUM, NINE_OF_TEN).get(14);
      assertEquals(
          "promotion was 90% of the 10 recent actions here, above the balance limit of 50%",
          detailOf(nine));
      // An equal community, not the same instance, does not get the earlier share either.
      Community sameForum = Community.builder().from(FORUM).build();
      assertEquals(
          "promotion was 80% of the 10 recent actions here, above the balance limit of 50%",
          detailOf(engine.appropriateActions(sameForum, EIGHT_OF_TEN).get(14)));
    }

    @Test
    void aPolicyWithoutTopicsListsTheBalanceLimitedActionsOverTheLimit() {
      PolicyEngine engine =
          engine(
              CALM_DOWN
                  + "rule listen-first\n  when intent is listen\n  then recommended\n"
                  + "  because \"Listening comes first.\"\n");
      assertEquals(CATALOG_ORDER, ids(engine.appropriateActions(CLUB)));
      List<Decision> over = engine.appropriateActions(CLUB, NINE_OF_TEN);
      assertEquals(LISTEN_FIRST_PROMOTION_LAST, ids(over));
      assertEquals(
          "promotion was 90% of the 10 recent actions here, above the balance limit of 50%",
          detailOf(over.get(11)));
      assertEquals(List.of("calm-down"), ruleIds(over.get(11).reasons()));
    }

    @Test
    void aStandardActionInATopicalCommunityIsDecidedForEachBalanceState() {
      PolicyEngine engine =
          engine(
              CALM_DOWN
                  + "rule knitters-listen\n  when topic is knitting and intent is listen\n"
                  + "  then recommended\n  because \"Knitters like to be heard.\"\n");
      Decision within = engine.decide(FORUM, StandardActions.ANNOUNCE_DEAL);
      assertEquals(Verdict.APPROPRIATE, within.verdict());
      assertEquals(List.of("default"), ruleIds(within.reasons()));
      Decision over = engine.decide(FORUM, StandardActions.ANNOUNCE_DEAL, EIGHT_OF_TEN);
      assertEquals(Verdict.LIMITED, over.verdict());
      assertEquals(
          "promotion was 80% of the 10 recent actions here, above the balance limit of 50%",
          detailOf(over));
      assertEquals(within, engine.decide(FORUM, StandardActions.ANNOUNCE_DEAL, EngagementContext.none()));
    }
  }

  @Nested
  class ManyNamedTopics {
    private static List<String> topics(int from, int to) {
      return IntStream.rangeClosed(from, to)
          .mapToObj(i -> String.format(java.util.Locale.ROOT, "t%02d", i))
          .collect(Collectors.toList());
    }

    @Test
    void communitiesCarryingMoreNamedTopicsThanAKeyHoldsAreDecidedByTheirOwnTopics() {
      // Sixteen named topics take five bits each, so a key holds twelve: both communities carry
      // thirteen. They differ in one topic, and that topic decides.
      PolicyEngine engine =
          engine(
              "rule common\n  when topic in ["
                  + String.join(", ", topics(1, 15))
                  + "]\n  then limited\n  because \"Common ground.\"\n  must \"Keep it short.\"\n"
                  + "rule special\n  when topic is t16\n  then inappropriate\n"
                  + "  because \"Not for this one.\"\n");
      Community common =
          Community.builder().from(FORUM).id("common").topics(topics(1, 13)).build();
      List<String> withSpecial = new ArrayList<>(topics(1, 12));
      withSpecial.add("t16");
      Community special = Community.builder().from(FORUM).id("special").topics(withSpecial).build();
      Decision first = engine.decide(common, StandardActions.LISTEN);
      assertEquals(Verdict.LIMITED, first.verdict());
      assertEquals(List.of("common"), ruleIds(first.reasons()));
      Decision second = engine.decide(special, StandardActions.LISTEN);
      assertEquals(Verdict.INAPPROPRIATE, second.verdict());
      assertEquals(List.of("special"), ruleIds(second.reasons()));
      assertEquals(List.of("common"), ruleIds(second.overridden()));
    }
  }

  @Nested
  class Alternatives {
    private final PolicyEngine engine =
        engine(
            """
            rule press-sparingly
              when format is press-release
              then limited
              because "Announcements reach few."
              must "Now and then only."
            rule deals-welcome
              when topic is deals and format is offer
              then recommended
              because "Deal hunters gather here."
            rule no-teasers
              when action is teaser
              then inappropriate
              because "Teasers annoy."
            """);

    @Test
    void inATopicalCommunityTheBetterActionsComeBestFirst() {
      Community deals = Community.builder().from(PAGE).id("deals").addTopics("deals").build();
      Decision press = engine.decide(deals, StandardActions.POST_PRESS_RELEASE);
      assertEquals(Verdict.LIMITED, press.verdict());
      assertEquals(
          List.of(StandardActions.ANNOUNCE_DEAL, StandardActions.SHARE_VIDEO, StandardActions.BROADCAST_PROMOTION),
          press.alternatives());
      // Without the topic every other promotion is as good as any: catalog order.
      assertEquals(
          List.of(StandardActions.SHARE_VIDEO, StandardActions.BROADCAST_PROMOTION, StandardActions.ANNOUNCE_DEAL),
          engine.decide(PAGE, StandardActions.POST_PRESS_RELEASE).alternatives());
    }

    @Test
    void aCustomActionARuleNamesIsOfferedWhatIsBetterThanItsOwnVerdict() {
      EngagementAction teaser =
          EngagementAction.of("teaser", Intent.PROMOTE, Format.NONE, Reach.ONE_TO_MANY);
      Decision decision = engine.decide(PAGE, teaser);
      assertEquals(Verdict.INAPPROPRIATE, decision.verdict());
      assertEquals(
          List.of(
              StandardActions.SHARE_VIDEO,
              StandardActions.BROADCAST_PROMOTION,
              StandardActions.ANNOUNCE_DEAL,
              StandardActions.POST_PRESS_RELEASE),
          decision.alternatives());
      // The same traits under another id are as good as broadcasting: nothing better.
      EngagementAction plain = EngagementAction.of("plain", Intent.PROMOTE, Format.NONE, Reach.ONE_TO_MANY);
      assertEquals(List.of(), engine.decide(PAGE, plain).alternatives());
    }

    @Test
    void aCustomActionBorrowingAStandardIdIsNotOfferedItsNamesake() {
      EngagementAction pressVideo =
          EngagementAction.of("share-video", Intent.PROMOTE, Format.PRESS_RELEASE, Reach.ONE_TO_MANY);
      Decision decision = engine.decide(PAGE, pressVideo);
      assertEquals(Verdict.LIMITED, decision.verdict());
      assertEquals(pressVideo, decision.action());
      assertEquals(
          List.of(StandardActions.BROADCAST_PROMOTION, StandardActions.ANNOUNCE_DEAL),
          decision.alternatives());
    }

    @Test
    void withoutTopicsThePrecomputedBetterActionsComeBestFirstToo() {
      PolicyEngine offers =
          engine(
              """
              rule press-sparingly
                when format is press-release
                then limited
                because "Announcements reach few."
                must "Now and then only."
              rule offers-welcome
                when format is offer
                then recommended
                because "Offers are welcome."
              """);
      assertEquals(
          List.of(StandardActions.ANNOUNCE_DEAL, StandardActions.SHARE_VIDEO, StandardActions.BROADCAST_PROMOTION),
          offers.decide(PAGE, StandardActions.POST_PRESS_RELEASE).alternatives());
    }
  }

  @Nested
  class VerdictAt {
    private final DecisionTable table =
        DecisionTable.compile(
            PolicyLanguage.parse(
                """
                policy p
                description "d"
                default appropriate
                balance limit 50%
                rule fair-offers
                  when action is fair-offer
                  then recommended
                  priority 1
                  because "Fair offers are welcome."
                rule no-promotion
                  when intent is promote
                  then inappropriate
                  because "No marketing."
                rule job-posts
                  when action is job-post
                  then appropriate
                  because "Jobs are news."
                rule managed-chatter
                  when layer is managed and intent is converse and promotion over balance limit
                  then limited
                  because "Talk less while promotion is high."
                  must "Let members speak first."
                """));

    private final int page = AttributeSpace.shapeOf(PAGE);
    private final int promote =
        AttributeSpace.traitsOf(Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY);

    @Test
    void rulesNamingTheActionIdAreResolvedLikeAnyOther() {
      // Equal priority: the most restrictive wins, whichever rule comes last.
      assertEquals(Verdict.INAPPROPRIATE, table.verdictAt(page, promote, false, "job-post", Set.of()));
      // Higher priority wins, whichever rule comes first.
      assertEquals(Verdict.RECOMMENDED, table.verdictAt(page, promote, false, "fair-offer", Set.of()));
      assertEquals(Verdict.INAPPROPRIATE, table.verdictAt(page, promote, false, "other", Set.of()));
      int listen = AttributeSpace.traitsOf(Intent.LISTEN, Format.NONE, Reach.ONE_TO_MANY);
      assertEquals(Verdict.APPROPRIATE, table.verdictAt(page, listen, false, "job-post", Set.of()));
    }

    @Test
    void theBalanceStateSelectsTheRowOfTheCommunityShape() {
      int converse = AttributeSpace.traitsOf(Intent.CONVERSE, Format.CONVERSATION, Reach.ONE_TO_MANY);
      assertEquals(Verdict.LIMITED, table.verdictAt(page, converse, true, "chat", Set.of()));
      assertEquals(Verdict.APPROPRIATE, table.verdictAt(page, converse, false, "chat", Set.of()));
      int forum = AttributeSpace.shapeOf(FORUM);
      assertEquals(Verdict.APPROPRIATE, table.verdictAt(forum, converse, true, "chat", Set.of()));
      int club = AttributeSpace.shapeOf(CLUB);
      assertEquals(Verdict.APPROPRIATE, table.verdictAt(club, converse, true, "chat", Set.of()));
    }
  }
}
