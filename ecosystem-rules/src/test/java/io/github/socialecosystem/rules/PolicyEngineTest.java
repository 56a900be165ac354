package io.github.socialecosystem.rules;

import com.google.common.testing.NullPointerTester;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static io.github.socialecosystem.core.policy.Condition.all;
import static io.github.socialecosystem.core.policy.Condition.intent;
import static io.github.socialecosystem.core.policy.Condition.layer;
import static io.github.socialecosystem.core.policy.Condition.topic;
import static io.github.socialecosystem.rules.Communities.BRAND_PAGE;
import static io.github.socialecosystem.rules.Communities.FAN_CLUB;
import static io.github.socialecosystem.rules.Communities.KNITTING_FORUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyEngineTest {

  private static EngagementRule rule(String id, Condition condition, Verdict verdict, int priority) {
    EngagementRule.Builder builder =
        EngagementRule.builder()
            .id(id)
            .condition(condition)
            .verdict(verdict)
            .priority(priority)
            .rationale("Because " + id + ".");
    if (verdict == Verdict.LIMITED) {
      builder.addObligations(Obligation.other("Only a little, for " + id + "."));
    }
    return builder.build();
  }

  private static EngagementPolicy policy(EngagementRule... rules) {
    return EngagementPolicy.builder()
        .id("test-policy")
        .description("A policy for tests")
        .defaultVerdict(Verdict.APPROPRIATE)
        .addRules(rules)
        .build();
  }

  private static List<String> ids(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }

  @Nested
  class Semantics {
    @Test
    void highestPriorityWinsEvenIfLessRestrictive() {
      PolicyEngine engine =
          PolicyEngine.of(
              policy(
                  rule("no-promotion", intent(Intent.PROMOTE), Verdict.INAPPROPRIATE, 0),
                  rule("deals-allowed", intent(Intent.PROMOTE), Verdict.RECOMMENDED, 5)));
      Decision decision = engine.decide(BRAND_PAGE, StandardActions.ANNOUNCE_DEAL);
      assertEquals(Verdict.RECOMMENDED, decision.verdict());
      assertEquals(List.of("deals-allowed"), ids(decision.reasons()));
      assertEquals(List.of("no-promotion"), ids(decision.overridden()));
    }

    @Test
    void atEqualPriorityTheMostRestrictiveVerdictWins() {
      PolicyEngine engine =
          PolicyEngine.of(
              policy(
                  rule("fine", intent(Intent.PROMOTE), Verdict.APPROPRIATE, 1),
                  rule("careful", layer(Layer.MANAGED), Verdict.LIMITED, 1),
                  rule("also-careful", Condition.always(), Verdict.LIMITED, 1)));
      Decision decision = engine.decide(BRAND_PAGE, StandardActions.ANNOUNCE_DEAL);
      assertEquals(Verdict.LIMITED, decision.verdict());
      assertEquals(List.of("careful", "also-careful"), ids(decision.reasons()));
      assertEquals(List.of("fine"), ids(decision.overridden()));
      assertEquals(
          List.of("Only a little, for careful.", "Only a little, for also-careful."),
          decision.obligationTexts());
    }

    @Test
    void overriddenRulesAreListedByPriorityHighestFirst() {
      PolicyEngine engine =
          PolicyEngine.of(
              policy(
                  rule("low", Condition.always(), Verdict.APPROPRIATE, 0),
                  rule("high", Condition.always(), Verdict.INAPPROPRIATE, 9),
                  rule("middle", Condition.always(), Verdict.RECOMMENDED, 4)));
      Decision decision = engine.decide(FAN_CLUB, StandardActions.LISTEN);
      assertEquals(List.of("high"), ids(decision.reasons()));
      assertEquals(List.of("middle", "low"), ids(decision.overridden()));
    }

    @Test
    void noMatchingRuleGivesTheDefaultVerdictWithAReasonSayingSo() {
      PolicyEngine engine =
          PolicyEngine.of(policy(rule("only-owned", layer(Layer.OWNED), Verdict.LIMITED, 0)));
      Decision decision = engine.decide(KNITTING_FORUM, StandardActions.LISTEN);
      assertEquals(Verdict.APPROPRIATE, decision.verdict());
      Reason reason = decision.reasons().get(0);
      assertTrue(reason.isDefault());
      assertEquals(
          "No rule of policy 'test-policy' applies here, so its default verdict does.",
          reason.rationale());
    }

    @Test
    void topicRulesAreDecidedPerCommunity() {
      PolicyEngine engine =
          PolicyEngine.of(
              policy(rule("no-knitting-deals", all(topic("knitting"), intent(Intent.PROMOTE)),
                  Verdict.INAPPROPRIATE, 0)));
      assertEquals(
          Verdict.INAPPROPRIATE, engine.decide(KNITTING_FORUM, StandardActions.ANNOUNCE_DEAL).verdict());
      Community knittingPage =
          Community.builder().from(BRAND_PAGE).id("knitting-page").addTopics("knitting").build();
      assertEquals(
          Verdict.INAPPROPRIATE, engine.decide(knittingPage, StandardActions.ANNOUNCE_DEAL).verdict());
      assertEquals(
          Verdict.APPROPRIATE, engine.decide(BRAND_PAGE, StandardActions.ANNOUNCE_DEAL).verdict());
    }

    @Test
    void alternativesAreBetterRatedActionsWithTheSameIntentBestFirst() {
      Decision decision = PolicyEngine.standard().decide(BRAND_PAGE, StandardActions.POST_PRESS_RELEASE);
      assertEquals(
          List.of(StandardActions.SHARE_VIDEO, StandardActions.BROADCAST_PROMOTION, StandardActions.ANNOUNCE_DEAL),
          decision.alternatives());
      assertEquals(
          List.of(), PolicyEngine.standard().decide(BRAND_PAGE, StandardActions.SHARE_VIDEO).alternatives());
    }

    @Test
    void customActionKeepsItsIdentityInTheDecision() {
      EngagementAction custom =
          EngagementAction.of("post-job-opening", Intent.PROMOTE,
              io.github.socialecosystem.core.Format.CONVERSATION,
              io.github.socialecosystem.core.Reach.ONE_TO_MANY);
      Decision decision = PolicyEngine.standard().decide(BRAND_PAGE, custom);
      assertEquals(custom, decision.action());
      assertEquals(Verdict.RECOMMENDED, decision.verdict());
    }

    @Test
    void customActionBorrowingAStandardIdIsNotOfferedItsNamesake() {
      EngagementAction pressVideo =
          EngagementAction.of("share-video", Intent.PROMOTE,
              io.github.socialecosystem.core.Format.PRESS_RELEASE,
              io.github.socialecosystem.core.Reach.ONE_TO_MANY);
      Decision decision = PolicyEngine.standard().decide(BRAND_PAGE, pressVideo);
      assertEquals(Verdict.LIMITED, decision.verdict());
      assertEquals(
          List.of(StandardActions.BROADCAST_PROMOTION, StandardActions.ANNOUNCE_DEAL),
          decision.alternatives());
    }

    @Test
    void explainShowsVerdictReasonsObligationsAndAlternatives() {
      String text = PolicyEngine.standard().decide(BRAND_PAGE, StandardActions.POST_PRESS_RELEASE).explain();
      assertTrue(text.startsWith("post-press-release: LIMITED\n"), text);
      assertTrue(text.contains("because managed-press-release (LIMITED): "), text);
      assertTrue(text.contains("overriding managed-marketing (APPROPRIATE): "), text);
      assertTrue(text.contains("you must: Post a press release only now and then"), text);
      assertTrue(text.contains("better here: share-video, broadcast-promotion, announce-deal"), text);
    }
  }

  @Nested
  class Ecosystems {
    @Test
    void whereAppropriateListsPermittingCommunitiesBestFirst() {
      Ecosystem ecosystem =
          Ecosystem.builder()
              .organization("Crafting Tools Inc.")
              .addCommunities(KNITTING_FORUM, FAN_CLUB, BRAND_PAGE)
              .addChannels(Channel.of("brand-page", "fan-club"))
              .build();
      assertEquals(
          List.of(BRAND_PAGE, FAN_CLUB),
          PolicyEngine.standard().whereAppropriate(ecosystem, StandardActions.ANNOUNCE_DEAL));
      // Recommended in both organisation-run communities (ecosystem order), appropriate as a guest.
      assertEquals(
          List.of(FAN_CLUB, BRAND_PAGE, KNITTING_FORUM),
          PolicyEngine.standard().whereAppropriate(ecosystem, StandardActions.ANSWER_QUESTION));
      assertEquals(
          List.of(),
          PolicyEngine.standard().whereAppropriate(ecosystem, StandardActions.EXPORT_MEMBER_DATA)
              .stream().filter(c -> c.layer() != Layer.OWNED).collect(Collectors.toList()));
    }
  }

  @Nested
  class Contracts {
    @Test
    void toStringNamesThePolicyAndCountsItsRules() {
      PolicyEngine engine =
          PolicyEngine.of(
              policy(
                  rule("no-promotion", intent(Intent.PROMOTE), Verdict.INAPPROPRIATE, 0),
                  rule("deals-allowed", intent(Intent.PROMOTE), Verdict.RECOMMENDED, 5)));
      assertEquals("PolicyEngine{test-policy, 2 rules}", engine.toString());
    }

    @Test
    void nullsAreRejectedWithTheirName() {
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(Community.class, FAN_CLUB)
              .setDefault(EngagementAction.class, StandardActions.LISTEN)
              .setDefault(EngagementContext.class, EngagementContext.none())
              .setDefault(EngagementPolicy.class, StandardPolicy.policy())
              .setDefault(
                  Ecosystem.class,
                  Ecosystem.builder().organization("Org").addCommunities(FAN_CLUB).build());
      tester.testAllPublicStaticMethods(PolicyEngine.class);
      tester.testAllPublicInstanceMethods(PolicyEngine.standard());
    }

    @Test
    void oneEngineSharedByManyThreadsAnswersAsOneThreadDoes() throws Exception {
      PolicyEngine engine =
          PolicyEngine.of(
              EngagementPolicy.builder()
                  .from(StandardPolicy.policy())
                  .addRules(rule("knitting-careful", topic("knitting"), Verdict.LIMITED, 50))
                  .build());
      List<Community> communities = List.of(
          KNITTING_FORUM, BRAND_PAGE, FAN_CLUB, Communities.PARTNER_NETWORK, Communities.STAFF_ROOM);
      List<EngagementContext> contexts = List.of(
          EngagementContext.none(),
          EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 9).putRecentActivity(Intent.LISTEN, 1).build());
      List<Decision> expected = new ArrayList<>();
      for (Community c : communities) {
        for (EngagementAction a : StandardActions.all()) {
          for (EngagementContext ctx : contexts) {
            expected.add(engine.decide(c, a, ctx));
          }
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<Decision>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          futures.add(
              pool.submit(
                  () -> {
                    List<Decision> last = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                      last.clear();
                      for (Community c : communities) {
                        for (EngagementAction a : StandardActions.all()) {
                          for (EngagementContext ctx : contexts) {
                            last.add(engine.decide(c, a, ctx));
                          }
                        }
                      }
                    }
                    return last;
                  }));
        }
        for (Future<List<Decision>> future : futures) {
          assertEquals(expected, future.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
