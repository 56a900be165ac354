package io.github.socialecosystem.core.policy;

import static io.github.socialecosystem.core.policy.Condition.all;
import static io.github.socialecosystem.core.policy.Condition.any;
import static io.github.socialecosystem.core.policy.Condition.format;
import static io.github.socialecosystem.core.policy.Condition.intent;
import static io.github.socialecosystem.core.policy.Condition.layer;
import static io.github.socialecosystem.core.policy.Condition.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyValuesTest {
  private static final Community FORUM =
      Community.builder()
          .id("knitting-forum").name("Knitters")
          .steward(Steward.INDEPENDENT)
          .platform(Platform.of("Forum", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .addTopics("knitting")
          .build();

  private static EngagementRule.Builder rule(String id) {
    return EngagementRule.builder()
        .id(id)
        .condition(Condition.always())
        .verdict(Verdict.APPROPRIATE)
        .rationale("Because.");
  }

  @Nested
  class Conditions {
    @Test
    void printAsTheyRead() {
      assertEquals(
          "layer is participating and intent is promote",
          all(layer(Layer.PARTICIPATING), intent(Intent.PROMOTE)).toString());
      assertEquals(
          "format in [press-release, offer] or not (layer is owned and intent is listen)",
          any(format(Format.PRESS_RELEASE, Format.OFFER), not(all(layer(Layer.OWNED), intent(Intent.LISTEN))))
              .toString());
      assertEquals(
          "(layer is owned or type is managed) and promotion over balance limit",
          all(any(layer(Layer.OWNED), Condition.type(CommunityType.MANAGED)),
                  Condition.promotionOverBalanceLimit())
              .toString());
      assertEquals("always", Condition.always().toString());
      assertEquals("topic in [crafting, knitting]", Condition.topic("knitting", "crafting").toString());
      assertEquals("intent in [promote, recruit]", intent(Intent.RECRUIT, Intent.PROMOTE).toString());
      assertEquals("action is announce-deal", Condition.action(StandardActions.ANNOUNCE_DEAL).toString());
    }

    @Test
    void testEvaluatesCommunityActionAndBalance() {
      EngagementAction deal = StandardActions.ANNOUNCE_DEAL;
      assertTrue(all(layer(Layer.PARTICIPATING), intent(Intent.PROMOTE)).test(FORUM, deal, false));
      assertFalse(all(layer(Layer.OWNED), intent(Intent.PROMOTE)).test(FORUM, deal, false));
      assertTrue(Condition.topic("crafting", "knitting").test(FORUM, deal, false));
      assertFalse(Condition.topic("crafting").test(FORUM, deal, false));
      assertTrue(Condition.action("announce-deal").test(FORUM, deal, false));
      assertTrue(Condition.promotionOverBalanceLimit().test(FORUM, deal, true));
      assertFalse(Condition.promotionOverBalanceLimit().test(FORUM, deal, false));
      assertTrue(not(intent(Intent.LISTEN)).test(FORUM, deal, false));
      assertTrue(intent(Intent.LISTEN).or(intent(Intent.PROMOTE)).test(FORUM, deal, false));
      assertFalse(intent(Intent.LISTEN).and(intent(Intent.PROMOTE)).test(FORUM, deal, false));
    }

    @Test
    void compareByStructure() {
      new EqualsTester()
          .addEqualityGroup(intent(Intent.PROMOTE, Intent.RECRUIT), intent(Intent.RECRUIT, Intent.PROMOTE))
          .addEqualityGroup(intent(Intent.PROMOTE))
          .addEqualityGroup(all(intent(Intent.PROMOTE), layer(Layer.OWNED)), all(intent(Intent.PROMOTE), layer(Layer.OWNED)))
          .addEqualityGroup(any(intent(Intent.PROMOTE), layer(Layer.OWNED)))
          .addEqualityGroup(not(intent(Intent.PROMOTE)))
          .addEqualityGroup(Condition.always())
          .addEqualityGroup(Condition.promotionOverBalanceLimit())
          .testEquals();
    }

    @Test
    void unknownValueForAClosedAttributeIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Condition.match(Attribute.INTENT, List.of("SHOUT")));
      assertEquals(
          "intent must be one of [LISTEN, CONVERSE, SUPPORT, PROMOTE, GOVERN, USE_DATA, RECRUIT]: 'SHOUT'",
          e.getMessage());
    }

    @Test
    void nonKebabCaseTopicIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Condition.topic("Knitting Tips"));
      assertTrue(e.getMessage().startsWith("topic must be kebab-case"), e.getMessage());
      assertTrue(e.getMessage().endsWith("'Knitting Tips'"), e.getMessage());
    }

    @Test
    void emptyValuesOrOperandsAreRejected() {
      assertEquals(
          "a layer condition needs at least one value",
          assertThrows(IllegalArgumentException.class, () -> layer()).getMessage());
      assertEquals(
          "all needs at least one operand",
          assertThrows(IllegalArgumentException.class, () -> all()).getMessage());
      assertEquals(
          "any needs at least one operand",
          assertThrows(IllegalArgumentException.class, () -> any()).getMessage());
    }

    @Test
    void nullValueIsRejectedWithAMessage() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> Condition.topic("knitting", null));
      assertEquals("a condition value is null", e.getMessage());
      assertEquals(
          "a condition value is null",
          assertThrows(NullPointerException.class, () -> Condition.intent(Intent.LISTEN, null)).getMessage());
    }

    @Test
    void alwaysHoldsAndAnyHoldsOnlyWhenAnOperandDoes() {
      EngagementAction deal = StandardActions.ANNOUNCE_DEAL;
      assertTrue(Condition.always().test(FORUM, deal, false));
      assertFalse(any(intent(Intent.LISTEN), intent(Intent.SUPPORT)).test(FORUM, deal, false));
      assertTrue(any(intent(Intent.LISTEN), intent(Intent.PROMOTE)).test(FORUM, deal, false));
      assertFalse(not(intent(Intent.PROMOTE)).test(FORUM, deal, false));
      assertFalse(not(Condition.promotionOverBalanceLimit()).test(FORUM, deal, true));
    }

    @Test
    void eachKindPrintsOnItsOwn() {
      assertEquals("not intent is promote", not(intent(Intent.PROMOTE)).toString());
      assertEquals("not (layer is owned or intent is listen)", not(any(layer(Layer.OWNED), intent(Intent.LISTEN))).toString());
      assertEquals("promotion over balance limit", Condition.promotionOverBalanceLimit().toString());
      assertEquals("not promotion over balance limit", not(Condition.promotionOverBalanceLimit()).toString());
    }

    @Test
    void valuesOfCollectsTheValuesOfOneAttributeFromEveryLevel() {
      Condition condition =
          all(
              Condition.topic("knitting"),
              not(any(Condition.topic("crafting", "deals"), intent(Intent.PROMOTE))),
              any(Condition.always(), Condition.promotionOverBalanceLimit(), Condition.topic("knitting")));
      assertEquals(Set.of("knitting", "crafting", "deals"), condition.valuesOf(Attribute.TOPIC));
      assertEquals(Set.of("PROMOTE"), condition.valuesOf(Attribute.INTENT));
      assertEquals(Set.of(), condition.valuesOf(Attribute.FORMAT));
      assertEquals(Set.of(), Condition.always().valuesOf(Attribute.TOPIC));
    }

    @Test
    void mentionsBalanceLimitFindsItAtAnyLevel() {
      Condition over = Condition.promotionOverBalanceLimit();
      Condition owned = layer(Layer.OWNED);
      Condition promote = intent(Intent.PROMOTE);
      assertTrue(over.mentionsBalanceLimit());
      assertFalse(Condition.always().mentionsBalanceLimit());
      assertFalse(owned.mentionsBalanceLimit());
      assertTrue(all(owned, over).mentionsBalanceLimit());
      assertFalse(all(owned, promote).mentionsBalanceLimit());
      assertTrue(any(owned, promote, over).mentionsBalanceLimit());
      assertFalse(any(owned, promote).mentionsBalanceLimit());
      assertTrue(not(over).mentionsBalanceLimit());
      assertFalse(not(owned).mentionsBalanceLimit());
      assertTrue(all(owned, not(any(promote, over))).mentionsBalanceLimit());
    }

    @Test
    void combinationsBuiltDirectlyNeedTwoOperands() {
      Condition owned = layer(Layer.OWNED);
      assertEquals(
          "all needs at least two operands, but has 1",
          assertThrows(IllegalArgumentException.class, () -> new Condition.All(List.of(owned))).getMessage());
      assertEquals(
          "any needs at least two operands, but has 1",
          assertThrows(IllegalArgumentException.class, () -> new Condition.Any(List.of(owned))).getMessage());
      assertEquals(owned, all(owned));
      assertEquals(owned, any(owned));
    }

    @Test
    void matchesBuiltDirectlyKeepACheckedCanonicalCopy() {
      Set<String> hashed = new HashSet<>(List.of("PROMOTE", "LISTEN"));
      Condition.Match fromHashSet = new Condition.Match(Attribute.INTENT, hashed);
      Condition.Match fromTreeSet =
          new Condition.Match(Attribute.INTENT, new TreeSet<>(List.of("LISTEN", "PROMOTE")));
      assertEquals(fromTreeSet, fromHashSet);
      assertEquals(fromTreeSet.hashCode(), fromHashSet.hashCode());
      assertEquals(List.of("LISTEN", "PROMOTE"), List.copyOf(fromHashSet.values()));
      hashed.add("SUPPORT");
      assertEquals(Set.of("LISTEN", "PROMOTE"), fromHashSet.values());
      assertThrows(UnsupportedOperationException.class, () -> fromHashSet.values().add("SUPPORT"));
      assertEquals(
          "a condition value is null",
          assertThrows(
                  NullPointerException.class,
                  () -> new Condition.Match(Attribute.INTENT, new HashSet<>(Arrays.asList("LISTEN", null))))
              .getMessage());
    }

    @Test
    void aSetThatChangesWhileAMatchIsBuiltCannotSlipInAnUncheckedValue() {
      // answers a valid value the first time it is walked, and an invalid one after that
      Set<String> shifty =
          new AbstractSet<>() {
            private int walks;

            @Override
            public Iterator<String> iterator() {
              return List.of(walks++ == 0 ? "LISTEN" : "NOT A VALUE").iterator();
            }

            @Override
            public int size() {
              return 1;
            }
          };
      assertEquals(Set.of("LISTEN"), new Condition.Match(Attribute.INTENT, shifty).values());
    }

    @Test
    void combinationsBuiltDirectlyKeepACopy() {
      List<Condition> operands = new ArrayList<>(List.of(layer(Layer.OWNED), intent(Intent.LISTEN)));
      Condition.All all = new Condition.All(operands);
      Condition.Any any = new Condition.Any(operands);
      operands.add(Condition.always());
      assertEquals(2, all.operands().size());
      assertEquals(2, any.operands().size());
      assertThrows(UnsupportedOperationException.class, () -> all.operands().add(Condition.always()));
      assertEquals(
          "an operand is null",
          assertThrows(
                  NullPointerException.class,
                  () -> new Condition.Any(Arrays.asList(Condition.always(), null)))
              .getMessage());
    }

    @Test
    void attributesPrintAndParseTheirKeywords() {
      for (Attribute attribute : Attribute.values()) {
        assertEquals(attribute, Attribute.byKeyword(attribute.keyword()).orElseThrow());
      }
      assertTrue(Attribute.TOPIC.isOpen());
      assertTrue(Attribute.TOPIC.describesCommunity());
      assertFalse(Attribute.ACTION.describesCommunity());
      assertFalse(Attribute.INTENT.describesCommunity());
      assertEquals(Optional.of(Intent.class), Attribute.INTENT.enumType());
      assertEquals(Optional.empty(), Attribute.TOPIC.enumType());
      assertEquals(List.of("OPEN", "CONTROLLED"), Attribute.MEMBERSHIP.domain());
    }
  }

  @Nested
  class Contexts {
    @Test
    void promotionalShareIsPromotionOverAllRecentActivity() {
      EngagementContext recent =
          EngagementContext.builder()
              .putRecentActivity(Intent.PROMOTE, 8)
              .putRecentActivity(Intent.CONVERSE, 2)
              .build();
      assertEquals(10, recent.total());
      assertEquals(0.8, recent.promotionalShare(), 1e-9);
      assertTrue(recent.isPromotionOver(0.5));
      assertFalse(recent.isPromotionOver(0.8));
    }

    @Test
    void noneHasNoShare() {
      assertEquals(0, EngagementContext.none().total());
      assertEquals(0.0, EngagementContext.none().promotionalShare());
      assertFalse(EngagementContext.none().isPromotionOver(0.0));
    }

    @Test
    void hugeCountsDoNotOverflow() {
      EngagementContext huge =
          EngagementContext.builder()
              .putRecentActivity(Intent.PROMOTE, Integer.MAX_VALUE)
              .putRecentActivity(Intent.CONVERSE, 1)
              .build();
      assertEquals(Integer.MAX_VALUE + 1L, huge.total());
      assertTrue(huge.promotionalShare() > 0.99 && huge.promotionalShare() < 1.0);
    }

    @Test
    void repeatedIntentIsRefusedNamingTheFieldAndTheIntent() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 8).putRecentActivity(Intent.PROMOTE, 2));
      assertEquals(
          "recentActivity has PROMOTE twice (8, then 2): give each intent once, with its whole count",
          e.getMessage());
      assertEquals(
          "recentActivity has CONVERSE twice (1, then 3): give each intent once, with its whole count",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> EngagementContext.builder()
                      .putRecentActivity(Intent.CONVERSE, 1)
                      .putAllRecentActivity(java.util.Map.of(Intent.CONVERSE, 3)))
              .getMessage());
    }

    @Test
    void nullsNameTheField() {
      assertEquals(
          "recentActivity intent",
          assertThrows(NullPointerException.class, () -> EngagementContext.builder().putRecentActivity(null, 1))
              .getMessage());
      assertEquals(
          "recentActivity",
          assertThrows(NullPointerException.class, () -> EngagementContext.builder().putAllRecentActivity(null))
              .getMessage());
      java.util.Map<Intent, Integer> withNull = new java.util.HashMap<>();
      withNull.put(Intent.LISTEN, null);
      assertEquals(
          "recentActivity count for LISTEN",
          assertThrows(NullPointerException.class, () -> EngagementContext.builder().putAllRecentActivity(withNull))
              .getMessage());
    }

    @Test
    void equalWhenTheCountsAreAndPrintTheirCounts() {
      EngagementContext promoteFirst =
          EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 8).putRecentActivity(Intent.CONVERSE, 2).build();
      new EqualsTester()
          .addEqualityGroup(
              promoteFirst,
              EngagementContext.builder().putRecentActivity(Intent.CONVERSE, 2).putRecentActivity(Intent.PROMOTE, 8).build(),
              EngagementContext.builder().putAllRecentActivity(java.util.Map.of(Intent.PROMOTE, 8, Intent.CONVERSE, 2)).build())
          .addEqualityGroup(EngagementContext.none(), EngagementContext.builder().build())
          .addEqualityGroup(EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 0).build())
          .testEquals();
      assertEquals(
          "EngagementContext{recentActivity={PROMOTE=8, CONVERSE=2}, total=10, promotionalShare=0.8}",
          promoteFirst.toString());
      assertThrows(UnsupportedOperationException.class, () -> promoteFirst.recentActivity().put(Intent.LISTEN, 1));
    }

    @Test
    void countsOfZeroGiveNoShare() {
      EngagementContext zeros =
          EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 0).putRecentActivity(Intent.CONVERSE, 0).build();
      assertEquals(0, zeros.total());
      assertEquals(0.0, zeros.promotionalShare());
      assertFalse(zeros.isPromotionOver(0.0));
      assertEquals(0.0, EngagementContext.builder().build().promotionalShare());
    }

    @Test
    void recentActivityKeepsTheCountsInTheOrderGiven() {
      EngagementContext recent =
          EngagementContext.builder().putRecentActivity(Intent.SUPPORT, 3).putRecentActivity(Intent.PROMOTE, 1).build();
      assertEquals(Map.of(Intent.SUPPORT, 3, Intent.PROMOTE, 1), recent.recentActivity());
      assertEquals(List.of(Intent.SUPPORT, Intent.PROMOTE), List.copyOf(recent.recentActivity().keySet()));
      assertEquals(0.25, recent.promotionalShare());
    }

    @Test
    void differentCountsHashDifferently() {
      assertNotEquals(
          EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 8).build().hashCode(),
          EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 9).build().hashCode());
    }

    @Test
    void negativeCountIsRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> EngagementContext.builder().putRecentActivity(Intent.PROMOTE, -1).build());
      assertEquals("recentActivity count for PROMOTE must not be negative: -1", e.getMessage());
    }
  }

  @Nested
  class Rules {
    @Test
    void priorityDefaultsToZero() {
      assertEquals(0, rule("r").build().priority());
    }

    @Test
    void limitedRuleMustStateItsLimit() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> rule("careful").verdict(Verdict.LIMITED).build());
      assertEquals(
          "rule 'careful' is LIMITED, so it must state the limit as an obligation", e.getMessage());
    }

    @Test
    void blankRationaleIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> rule("r").rationale(" ").build());
      assertEquals("rationale of rule 'r' must not be blank: ' '", e.getMessage());
    }

    @Test
    void overlongRationaleIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> rule("r").rationale("x".repeat(10_001)).build());
      assertEquals(
          "rationale of rule 'r' must be at most 10,000 characters, but has 10,001: '" + "x".repeat(100) + "…'",
          e.getMessage());
    }

    @Test
    void blankCitationIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> rule("r").citation(" ").build());
      assertEquals("citation of rule 'r' must not be blank: ' '", e.getMessage());
    }

    @Test
    void reservedIdIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> rule("default").build());
      assertEquals("rule id 'default' is reserved for the policy default", e.getMessage());
    }

    @Test
    void nonKebabCaseIdIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> rule("No Promotion").build());
      assertTrue(e.getMessage().startsWith("rule id must be kebab-case"), e.getMessage());
    }

    @Test
    void printsAsARule() {
      assertEquals(
          "r: when intent is promote then INAPPROPRIATE (priority 3)",
          rule("r").condition(intent(Intent.PROMOTE)).verdict(Verdict.INAPPROPRIATE).priority(3).build().toString());
    }
  }

  @Nested
  class Policies {
    private EngagementPolicy.Builder policy() {
      return EngagementPolicy.builder().id("p").description("d").defaultVerdict(Verdict.LIMITED);
    }

    @Test
    void duplicateRuleIdsAreRejected() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> policy().addRules(rule("same").build(), rule("same").build()).build());
      assertEquals(
          "rule ids must be unique in a policy, but 'same' appears more than once", e.getMessage());
    }

    @Test
    void balanceLimitDefaultsToHalfAndStaysBetweenZeroAndOne() {
      assertEquals(0.5, policy().build().balanceLimit());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> policy().balanceLimit(1.5).build());
      assertEquals("balanceLimit must be between 0 and 1: 1.5", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> policy().balanceLimit(Double.NaN).build());
    }

    @Test
    void balanceLimitsOfExactlyZeroAndOneAreAccepted() {
      assertEquals(0.0, policy().balanceLimit(0.0).build().balanceLimit());
      assertEquals(1.0, policy().balanceLimit(1.0).build().balanceLimit());
      assertEquals(
          "balanceLimit must be between 0 and 1: -0.001",
          assertThrows(IllegalArgumentException.class, () -> policy().balanceLimit(-0.001).build()).getMessage());
    }

    @Test
    void rulesAreFoundById() {
      EngagementPolicy p = policy().addRules(rule("a").build(), rule("b").build()).build();
      assertEquals("b", p.rule("b").orElseThrow().id());
      assertTrue(p.rule("c").isEmpty());
    }
  }

  @Nested
  class Reasons {
    @Test
    void onlyTheDefaultRuleIdIsTheDefault() {
      assertTrue(
          Reason.builder().ruleId(Reason.DEFAULT_RULE_ID).verdict(Verdict.LIMITED).rationale("No rule matched.").build()
              .isDefault());
      assertFalse(Reason.builder().ruleId("r").verdict(Verdict.LIMITED).rationale("Why.").build().isDefault());
    }

    @Test
    void blankCitationOrDetailIsRejectedNamingTheField() {
      Reason.Builder reason = Reason.builder().ruleId("r").verdict(Verdict.LIMITED).rationale("Why.");
      assertEquals(
          "reason citation must not be blank: ' '",
          assertThrows(IllegalArgumentException.class, () -> Reason.builder().from(reason.build()).citation(" ").build())
              .getMessage());
      assertEquals(
          "reason detail must not be blank: ''",
          assertThrows(IllegalArgumentException.class, () -> Reason.builder().from(reason.build()).detail("").build())
              .getMessage());
    }

    @Test
    void printsRuleVerdictRationaleThenDetailAndCitation() {
      Reason.Builder reason = Reason.builder().ruleId("r").verdict(Verdict.LIMITED).rationale("Why.");
      assertEquals("r (LIMITED): Why.", reason.build().toString());
      assertEquals("r (LIMITED): Why. [citation: s]", Reason.builder().from(reason.build()).citation("s").build().toString());
      assertEquals("r (LIMITED): Why. [d]", Reason.builder().from(reason.build()).detail("d").build().toString());
    }

    @Test
    void aRulesReasonCarriesItsIdVerdictRationaleAndCitation() {
      EngagementRule rule = rule("r").citation("owned communities").build();
      assertEquals(
          Reason.builder().ruleId("r").verdict(Verdict.APPROPRIATE).rationale("Because.").citation("owned communities").build(),
          Reason.of(rule));
    }
  }

  @Nested
  class Decisions {
    private final Reason appropriate =
        Reason.builder().ruleId("r").verdict(Verdict.APPROPRIATE).rationale("Because.").build();

    @Test
    void needAReasonGivingTheirVerdict() {
      assertEquals(
          "a decision needs at least one reason: listen",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).build())
              .getMessage());
      assertEquals(
          "deciding reason r gives APPROPRIATE, not the decision's verdict LIMITED",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.LIMITED).reasons(List.of(appropriate)).build())
              .getMessage());
    }

    @Test
    void alternativesShareTheIntent() {
      assertEquals(
          "alternative moderate has intent GOVERN, not LISTEN",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).reasons(List.of(appropriate)).alternatives(List.of(StandardActions.MODERATE)).build())
              .getMessage());
    }

    @Test
    void anActionIsNotItsOwnAlternative() {
      EngagementAction customVideo =
          EngagementAction.of("share-video", Intent.PROMOTE, Format.PRESS_RELEASE, io.github.socialecosystem.core.Reach.ONE_TO_MANY);
      assertEquals(
          "an action cannot be its own alternative: share-video",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> Decision.builder().action(customVideo).verdict(Verdict.APPROPRIATE).reasons(List.of(appropriate)).alternatives(List.of(StandardActions.SHARE_VIDEO)).build())
              .getMessage());
    }

    @Test
    void equalityAndPermits() {
      Decision one =
          Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).reasons(List.of(appropriate)).build();
      new EqualsTester()
          .addEqualityGroup(
              one,
              Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).reasons(List.of(appropriate)).build())
          .addEqualityGroup(
              Decision.builder().action(StandardActions.GATHER_PRODUCT_IDEAS).verdict(Verdict.APPROPRIATE).reasons(List.of(appropriate)).build())
          .testEquals();
      assertTrue(one.permits());
    }

    @Test
    void anInappropriateDecisionDoesNotPermit() {
      Reason no = Reason.builder().ruleId("no").verdict(Verdict.INAPPROPRIATE).rationale("Not here.").build();
      Decision refused =
          Decision.builder().action(StandardActions.ANNOUNCE_DEAL).verdict(Verdict.INAPPROPRIATE).addReasons(no).build();
      assertFalse(refused.permits());
      assertEquals(Verdict.INAPPROPRIATE, refused.verdict());
    }

    @Test
    void explainListsReasonsOverriddenRulesObligationsAndAlternatives() {
      Reason careful =
          Reason.builder()
              .ruleId("careful")
              .verdict(Verdict.LIMITED)
              .rationale("Rarely.")
              .detail("promotion is 80% of recent activity")
              .citation("managed communities")
              .build();
      Reason also = Reason.builder().ruleId("also").verdict(Verdict.LIMITED).rationale("Also.").build();
      Reason open = Reason.builder().ruleId("open").verdict(Verdict.APPROPRIATE).rationale("Fine.").build();
      Decision decision =
          Decision.builder()
              .action(StandardActions.POST_PRESS_RELEASE)
              .verdict(Verdict.LIMITED)
              .addReasons(careful, also)
              .addOverridden(open)
              .addObligations(Obligation.seekApproval("legal"), Obligation.other("Keep it short."))
              .addAlternatives(StandardActions.SHARE_VIDEO, StandardActions.BROADCAST_PROMOTION)
              .build();
      assertEquals(
          """
          post-press-release: LIMITED
            because careful (LIMITED): Rarely. [promotion is 80% of recent activity] [citation: managed communities]
            because also (LIMITED): Also.
            overriding open (APPROPRIATE): Fine.
            you must: Get approval from legal before you act. [seek-approval]
            you must: Keep it short.
            better here: share-video, broadcast-promotion
          """,
          decision.explain());
      assertEquals(
          "Decision{post-press-release LIMITED by [careful (LIMITED): Rarely. [promotion is 80% of"
              + " recent activity] [citation: managed communities], also (LIMITED): Also.]}",
          decision.toString());
    }

    @Test
    void explainOfAPlainDecisionIsOneReason() {
      Decision plain =
          Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).addReasons(appropriate).build();
      assertEquals("listen: APPROPRIATE\n  because r (APPROPRIATE): Because.\n", plain.explain());
    }

    @Test
    void differentDecisionsHashDifferently() {
      Decision listen =
          Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE).addReasons(appropriate).build();
      Decision ideas =
          Decision.builder().action(StandardActions.GATHER_PRODUCT_IDEAS).verdict(Verdict.APPROPRIATE).addReasons(appropriate).build();
      assertNotEquals(listen.hashCode(), ideas.hashCode());
    }

    @Test
    void builderNamesWhatIsMissing() {
      assertEquals(
          "a decision needs an action and a verdict",
          assertThrows(IllegalStateException.class, () -> Decision.builder().build()).getMessage());
      assertEquals(
          "a decision needs a verdict for listen",
          assertThrows(
                  IllegalStateException.class,
                  () -> Decision.builder().action(StandardActions.LISTEN).build())
              .getMessage());
      assertEquals(
          "a decision needs an action",
          assertThrows(
                  IllegalStateException.class,
                  () -> Decision.builder().verdict(Verdict.LIMITED).build())
              .getMessage());
      assertEquals(
          "reasons has a null element at index 1",
          assertThrows(
                  NullPointerException.class,
                  () -> Decision.builder().reasons(java.util.Arrays.asList(appropriate, null)))
              .getMessage());
      assertEquals(
          "overridden has a null element at index 1",
          assertThrows(NullPointerException.class, () -> Decision.builder().addOverridden(appropriate, null))
              .getMessage());
    }

    @Test
    void builderRefusesWhatWouldAppearTwice() {
      Reason lost =
          Reason.builder().ruleId("lost").verdict(Verdict.LIMITED).rationale("Lost.").build();
      Decision.Builder base =
          Decision.builder().action(StandardActions.LISTEN).verdict(Verdict.APPROPRIATE);
      assertEquals(
          "rule r is a deciding reason twice",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> base.reasons(List.of(appropriate, appropriate)).build())
              .getMessage());
      base.reasons(List.of(appropriate));
      assertEquals(
          "rule r both decides and is overridden",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> base.overridden(List.of(appropriate)).build())
              .getMessage());
      assertEquals(
          "rule lost is overridden twice",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> base.overridden(List.of(lost, lost)).build())
              .getMessage());
      base.overridden(List.of(lost));
      assertEquals(
          "obligation is given twice: Listen first.",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      base.addObligations(
                              Obligation.other("Listen first."), Obligation.other("Listen first."))
                          .build())
              .getMessage());
      base.obligations(List.of(Obligation.other("Listen first.")));
      assertEquals(
          "alternative gather-product-ideas is given twice",
          assertThrows(
                  IllegalArgumentException.class,
                  () ->
                      base.addAlternatives(
                              StandardActions.GATHER_PRODUCT_IDEAS,
                              StandardActions.GATHER_PRODUCT_IDEAS)
                          .build())
              .getMessage());
      base.alternatives(List.of(StandardActions.GATHER_PRODUCT_IDEAS));
      assertEquals(List.of(lost), base.build().overridden());
    }

    @Test
    void builderAppendsAndReplaces() {
      Reason second =
          Reason.builder().ruleId("s").verdict(Verdict.APPROPRIATE).rationale("Also.").build();
      Reason lost =
          Reason.builder().ruleId("lost").verdict(Verdict.LIMITED).rationale("Lost.").build();
      Decision built =
          Decision.builder()
              .action(StandardActions.LISTEN)
              .verdict(Verdict.APPROPRIATE)
              .addReasons(second)
              .reasons(List.of(appropriate))
              .addReasons(second)
              .addOverridden(lost)
              .addObligations(Obligation.discloseAffiliation())
              .addObligations(Obligation.other("Listen first."))
              .addAlternatives(StandardActions.GATHER_PRODUCT_IDEAS)
              .build();
      assertEquals(List.of(appropriate, second), built.reasons());
      assertEquals(List.of(lost), built.overridden());
      assertEquals(
          List.of(Obligation.discloseAffiliation(), Obligation.other("Listen first.")),
          built.obligations());
      assertEquals(List.of(StandardActions.GATHER_PRODUCT_IDEAS), built.alternatives());
    }
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Condition.class, Condition.always())
            .setDefault(Community.class, FORUM)
            .setDefault(EngagementAction.class, StandardActions.LISTEN)
            .setDefault(String.class, "a-value");
    tester.testAllPublicStaticMethods(Condition.class);
    tester.testAllPublicStaticMethods(EngagementContext.class);
    tester.testAllPublicInstanceMethods(EngagementRule.builder());
    tester.testAllPublicInstanceMethods(EngagementPolicy.builder());
    tester.testAllPublicInstanceMethods(EngagementContext.builder());
    tester.testAllPublicInstanceMethods(Reason.builder());
    tester.testAllPublicInstanceMethods(Decision.builder());
  }
}
