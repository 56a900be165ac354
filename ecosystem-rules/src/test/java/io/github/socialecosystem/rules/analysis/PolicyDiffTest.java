package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyDiffTest {
  private static final EngagementPolicy WITH_FAN_DEALS =
      EngagementPolicy.builder()
          .from(StandardPolicy.policy())
          .id("crafting-tools")
          .addRules(
              EngagementRule.builder()
                  .id("fan-club-deals")
                  .condition(Condition.all(
                      Condition.type(CommunityType.EXTERNAL), Condition.topic("crafting"),
                      Condition.format(Format.OFFER)))
                  .verdict(Verdict.RECOMMENDED)
                  .priority(50)
                  .rationale("Our fans asked for deals.")
                  .build())
          .build();

  @Test
  void samePolicyChangesNothing() {
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), StandardPolicy.policy());
    assertTrue(diff.isEmpty());
    assertEquals("Policy change 'standard' -> 'standard': 0 situations change verdict.\n", diff.plan());
  }

  @Test
  void addedRuleChangesExactlyWhereItDecides() {
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), WITH_FAN_DEALS);
    assertFalse(diff.isEmpty());
    for (VerdictChange change : diff.changes()) {
      assertEquals(CommunityType.EXTERNAL, change.situation().community().type());
      assertTrue(change.situation().community().topics().contains("crafting"));
      assertEquals(Format.OFFER, change.situation().action().format());
      assertEquals(Verdict.RECOMMENDED, change.after());
      assertEquals(java.util.List.of("fan-club-deals"), change.decidingRulesAfter());
      assertFalse(change.isStricter());
    }
    assertEquals(diff.changes(), diff.changes(CommunityType.EXTERNAL));
    assertTrue(diff.changes(CommunityType.MANAGED).isEmpty());
    String plan = diff.plan();
    assertTrue(plan.startsWith("Policy change 'standard' -> 'crafting-tools': "), plan);
    assertTrue(plan.contains("\nEXTERNAL ("), plan);
    assertFalse(plan.contains("\nMANAGED ("), plan);
    assertTrue(plan.contains("announce-deal (promote, offer, one-to-many): LIMITED -> RECOMMENDED (decided by fan-club-deals)"), plan);
  }

  @Test
  void reversedDiffSwapsBeforeAndAfter() {
    PolicyDiff forward = PolicyDiff.between(StandardPolicy.policy(), WITH_FAN_DEALS);
    PolicyDiff back = PolicyDiff.between(WITH_FAN_DEALS, StandardPolicy.policy());
    assertEquals(forward.changes().size(), back.changes().size());
    for (int i = 0; i < forward.changes().size(); i++) {
      assertEquals(forward.changes().get(i).before(), back.changes().get(i).after());
      assertEquals(forward.changes().get(i).after(), back.changes().get(i).before());
    }
  }

  @Test
  void tinyChangeOfBalanceLimitIsStillCaughtAndStated() {
    EngagementPolicy nudged =
        EngagementPolicy.builder().from(StandardPolicy.policy()).id("nudged").balanceLimit(0.50001).build();
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), nudged);
    assertFalse(diff.isEmpty());
    assertTrue(diff.plan().contains("The balance limit changes from 50% to 50.001%.\n"), diff.plan());
  }

  @Test
  void changedBalanceLimitIsCaughtBetweenTheLimits() {
    EngagementPolicy stricter =
        EngagementPolicy.builder().from(StandardPolicy.policy()).id("stricter").balanceLimit(0.2).build();
    PolicyDiff diff = PolicyDiff.between(StandardPolicy.policy(), stricter);
    assertFalse(diff.isEmpty());
    for (VerdictChange change : diff.changes()) {
      double share = change.context().promotionalShare();
      assertTrue(share > 0.2 && share <= 0.5, "share " + share);
      assertEquals(Verdict.INAPPROPRIATE, change.after());
      assertTrue(change.isStricter());
    }
  }

  @Test
  void aRuleCombiningTwoOfManyTopicsChangesWhereBothAreCarriedAndOnlyThere() {
    EngagementPolicy.Builder base =
        EngagementPolicy.builder().id("seven").description("d").defaultVerdict(Verdict.APPROPRIATE);
    for (int t = 0; t < 7; t++) {
      base.addRules(
          EngagementRule.builder().id("about-t" + t).condition(Condition.topic("t" + t))
              .verdict(Verdict.APPROPRIATE).rationale("Topic.").build());
    }
    EngagementPolicy before = base.build();
    EngagementPolicy after =
        EngagementPolicy.builder().from(before).id("seven-and-a-pair")
            .addRules(
                EngagementRule.builder().id("both-t0-and-t1")
                    .condition(Condition.all(Condition.topic("t0"), Condition.topic("t1")))
                    .verdict(Verdict.RECOMMENDED).priority(5).rationale("Both.").build())
            .build();
    PolicyDiff diff = PolicyDiff.between(before, after);
    assertTrue(diff.isComplete());
    assertFalse(diff.isEmpty(), diff.plan());
    java.util.Set<io.github.socialecosystem.core.Intent> intents = new java.util.HashSet<>();
    for (VerdictChange change : diff.changes()) {
      assertTrue(change.situation().community().topics().containsAll(java.util.List.of("t0", "t1")), change.toString());
      assertEquals(Verdict.APPROPRIATE, change.before());
      assertEquals(Verdict.RECOMMENDED, change.after());
      intents.add(change.situation().action().intent());
    }
    assertTrue(intents.contains(io.github.socialecosystem.core.Intent.LISTEN), intents.toString());
    // every community shape and action traits changes, once each
    assertEquals(47 * 70, diff.changes().size());
  }

  /** Every community shape (47) with every action traits (70). */
  private static final int EVERYWHERE = 47 * 70;

  /** A policy of the given rules, limited by default, with no balance limit any rule tests. */
  private static EngagementPolicy limitedBy(String id, String rules) {
    return PolicyLanguage.parse(
        "policy " + id + "\ndescription \"A small policy.\"\ndefault limited\n\n" + rules);
  }

  private static final EngagementPolicy LIMITED = limitedBy("limited", "");

  /**
   * How many changes read alike: the action's id ({@code (any id)} for one that stands for every
   * id no rule names), the verdicts, the topics, the share of recent promotion, the deciding rules.
   */
  private static Map<String, Integer> tally(PolicyDiff diff) {
    Map<String, Integer> tally = new TreeMap<>();
    for (VerdictChange change : diff.changes()) {
      String line =
          (change.situation().anyActionId() ? "(any id)" : change.situation().action().id())
              + " " + change.before() + " -> " + change.after()
              + " with " + change.situation().community().topics()
              + (change.context().total() == 0 ? "" : " at " + change.context().promotionalShare())
              + " by " + change.decidingRulesAfter();
      tally.merge(line, 1, Integer::sum);
    }
    return tally;
  }

  @Nested
  class IdsARuleNames {
    private final EngagementPolicy toolWelcome =
        limitedBy(
            "tool-welcome",
            """
            rule my-tool-welcome
              when action is my-tool
              then recommended
              because "Our own tool is welcome everywhere."
            """);

    @Test
    void anIdARuleNamesIsListedOnItsOwnWithEveryTraits() {
      PolicyDiff diff = PolicyDiff.between(LIMITED, toolWelcome);
      assertEquals(
          Map.of("my-tool LIMITED -> RECOMMENDED with [] by [my-tool-welcome]", EVERYWHERE), tally(diff));
      String plan = diff.plan();
      assertTrue(
          plan.contains(
              "\nIds a rule names, decided by it where it applies (a standard id here has other traits than"
                  + " its own):\n  my-tool  47 shapes  all types ltd -> rec\n"),
          plan);
      assertFalse(plan.contains("\nCustom actions"), plan);
      assertEquals("PolicyDiff{limited -> tool-welcome, " + EVERYWHERE + " changes}", diff.toString());
    }

    @Test
    void anIdNoLongerNamedIsDecidedByTheDefault() {
      PolicyDiff diff = PolicyDiff.between(toolWelcome, LIMITED);
      assertEquals(
          Map.of("my-tool RECOMMENDED -> LIMITED with [] by [" + Reason.DEFAULT_RULE_ID + "]", EVERYWHERE),
          tally(diff));
    }

    @Test
    void anIdNamedWithATopicChangesOnlyWhereTheTopicIs() {
      PolicyDiff diff =
          PolicyDiff.between(
              LIMITED,
              limitedBy(
                  "tool-for-fans",
                  """
                  rule my-tool-for-fans
                    when action is my-tool and topic is fans
                    then recommended
                    because "Fans asked for our tool."
                  """));
      assertEquals(
          Map.of("my-tool LIMITED -> RECOMMENDED with [fans] by [my-tool-for-fans]", EVERYWHERE), tally(diff));
    }

    @Test
    void aRuleNamingAnIdOrATopicDecidesOnceForThatId() {
      PolicyDiff diff =
          PolicyDiff.between(
              LIMITED,
              limitedBy(
                  "tool-or-fans",
                  """
                  rule tool-or-fans
                    when action is my-tool or topic is fans
                    then recommended
                    because "Our tool, or anything fans see."
                  """));
      assertEquals(
          Map.of(
              "my-tool LIMITED -> RECOMMENDED with [] by [tool-or-fans]", EVERYWHERE,
              "(any id) LIMITED -> RECOMMENDED with [fans] by [tool-or-fans]", EVERYWHERE),
          tally(diff));
    }

    @Test
    void aStandardIdARuleNamesIsInTheGridWithItsOwnTraitsAndApartWithOthers() {
      PolicyDiff diff =
          PolicyDiff.between(
              LIMITED,
              limitedBy(
                  "deals-only-ours",
                  """
                  rule no-offers
                    when format is offer
                    then inappropriate
                    because "Offers are noise."

                  rule our-deals
                    when action is announce-deal
                    then recommended
                    priority 10
                    because "Our own deals are news."
                  """));
      for (CommunityType type : CommunityType.values()) {
        GridCell cell = diff.cell(StandardActions.ANNOUNCE_DEAL, type);
        assertEquals(List.of(Verdict.LIMITED, Verdict.RECOMMENDED), List.of(cell.before(), cell.after()));
        assertEquals("ltd -> rec", cell.text(), type.toString());
      }
      String plan = diff.plan();
      assertTrue(plan.contains("\n  announce-deal, other traits  47 shapes  all types ltd -> rec\n"), plan);
      assertTrue(plan.contains("\n  promote/offer/any   47 shapes  all types ltd -> no\n"), plan);
    }
  }

  @Nested
  class BalanceLimits {
    /** Over its balance limit of 50%, anything is inappropriate. */
    private final EngagementPolicy half =
        PolicyLanguage.parse(
            """
            policy half
            description "Half and half."
            default appropriate
            balance limit 50%

            rule over-half
              when promotion over balance limit
              then inappropriate
              because "Too much promotion."
            """);

    private EngagementPolicy fifth(String rule) {
      return PolicyLanguage.parse(
          "policy fifth\ndescription \"A fifth.\"\ndefault appropriate\nbalance limit 20%\n\n" + rule);
    }

    @Test
    void aTopicalRuleOverTheNewLimitChangesBetweenTheLimits() {
      PolicyDiff diff =
          PolicyDiff.between(
              half,
              fifth(
                  """
                  rule fans-over
                    when topic is fans and promotion over balance limit
                    then inappropriate
                    because "Fans tire of promotion sooner."
                  """));
      // with nothing but promotion, over both limits; with 50% (one action of two), over the new one only
      assertEquals(
          Map.of(
              "(any id) INAPPROPRIATE -> APPROPRIATE with [] at 1.0 by [default]", EVERYWHERE,
              "(any id) APPROPRIATE -> INAPPROPRIATE with [fans] at 0.5 by [fans-over]", EVERYWHERE),
          tally(diff));
      String plan = diff.plan();
      assertTrue(plan.startsWith("Policy change 'half' -> 'fifth': " + 2 * EVERYWHERE + " situations change verdict.\n"
          + "The balance limit changes from 50% to 20%.\n"), plan);
      assertTrue(
          plan.contains(
              "\nEMPLOYEE (140)\n  a custom action (listen, none, one-to-one) with 100% recent promotion: INAPPROPRIATE"
                  + " -> APPROPRIATE (decided by default)\n      in 1 community shape, e.g. an employee community"
                  + " (organization on community-software, controlled, employees, no topic the policy names)\n"),
          plan);
      assertTrue(
          plan.contains(
              "\n  listen (listen, none, one-to-many) with 50% recent promotion: APPROPRIATE -> INAPPROPRIATE"
                  + " (decided by fans-over)\n      in 16 community shapes, e.g. a managed community"),
          plan);
    }

    @Test
    void aRuleNamingAnIdOverTheNewLimitChangesItBetweenTheLimits() {
      PolicyDiff diff =
          PolicyDiff.between(
              half,
              fifth(
                  """
                  rule tool-over
                    when action is my-tool and promotion over balance limit
                    then inappropriate
                    because "Our tool is not for promoters."
                  """));
      assertEquals(
          Map.of(
              "(any id) INAPPROPRIATE -> APPROPRIATE with [] at 1.0 by [default]", EVERYWHERE,
              "my-tool APPROPRIATE -> INAPPROPRIATE with [] at 0.5 by [tool-over]", EVERYWHERE),
          tally(diff));
    }

    /**
     * Between the limits a rule of the new policy shows a change with fans alone, which elsewhere
     * takes two other topics: its one topic and the old policy's rule about fans both depend on
     * whether promotion is over the limit, each policy's own.
     */
    @Test
    void rulesOverEachPolicysOwnLimitAreTriedWithItsOwnShare() {
      EngagementPolicy fansOverHalf =
          PolicyLanguage.parse(
              """
              policy fans-over-half
              description "Fans tire of promotion."
              default appropriate
              balance limit 50%

              rule fans-over
                when topic is fans and promotion over balance limit
                then inappropriate
                because "Fans tire of promotion."
              """);
      PolicyDiff diff =
          PolicyDiff.between(
              fansOverHalf,
              fifth(
                  """
                  rule fans-over-or-junk
                    when topic is fans and promotion over balance limit or topic is spam and topic is junk
                    then inappropriate
                    because "Fans tire of promotion sooner, and junk spam is never welcome."
                  """));
      assertEquals(
          Map.of(
              "(any id) APPROPRIATE -> INAPPROPRIATE with [junk, spam] by [fans-over-or-junk]", EVERYWHERE,
              "(any id) APPROPRIATE -> INAPPROPRIATE with [junk, spam] at 1.0 by [fans-over-or-junk]", EVERYWHERE,
              "(any id) APPROPRIATE -> INAPPROPRIATE with [fans] at 0.5 by [fans-over-or-junk]", EVERYWHERE),
          tally(diff));
    }

    @Test
    void betweenTwoLimitsIsTheShareWithTheFewestRecentActions() {
      assertEquals(
          Optional.of(EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build()),
          PolicyDiff.between(0.5, 1.0));
      assertEquals(
          Optional.of(
              EngagementContext.builder()
                  .putRecentActivity(Intent.PROMOTE, 1)
                  .putRecentActivity(Intent.LISTEN, 1)
                  .build()),
          PolicyDiff.between(0.2, 0.5));
      assertEquals(
          Optional.of(
              EngagementContext.builder()
                  .putRecentActivity(Intent.PROMOTE, 1)
                  .putRecentActivity(Intent.LISTEN, 2)
                  .build()),
          PolicyDiff.between(0.3, 0.4));
    }
  }

  @Nested
  class DecidingRules {
    @Test
    void theFirstRuleOfTheNewPolicyIsItsOwn() {
      EngagementPolicy open =
          PolicyLanguage.parse("policy open\ndescription \"Open.\"\ndefault appropriate\n");
      EngagementPolicy noSpam =
          PolicyLanguage.parse(
              """
              policy no-spam
              description "Open, but for spam."
              default appropriate

              rule no-spam
                when topic is spam
                then inappropriate
                because "Spam is never welcome."
              """);
      assertEquals(
          Map.of("(any id) APPROPRIATE -> INAPPROPRIATE with [spam] by [no-spam]", EVERYWHERE),
          tally(PolicyDiff.between(open, noSpam)));
    }

    @Test
    void rulesOfTheTopRankDecideInThePolicysOrder() {
      EngagementPolicy before =
          limitedBy(
              "fans-unwelcome",
              """
              rule fans-unwelcome
                when topic is fans
                then inappropriate
                because "Fans first."
              """);
      EngagementPolicy after =
          limitedBy(
              "fans-welcome",
              """
              rule fans-welcome
                when topic is fans
                then recommended
                because "Fans asked for it."

              rule everyone-welcome
                when always
                then recommended
                because "Everyone is welcome."
              """);
      PolicyDiff diff = PolicyDiff.between(before, after);
      List<VerdictChange> withFans =
          diff.changes().stream().filter(c -> !c.situation().community().topics().isEmpty()).toList();
      assertEquals(EVERYWHERE, withFans.size());
      for (VerdictChange change : withFans) {
        assertEquals(Verdict.INAPPROPRIATE, change.before());
        assertEquals(List.of("fans-welcome", "everyone-welcome"), change.decidingRulesAfter());
      }
    }
  }
}
