package io.github.socialecosystem.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.PolicyText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The limits of {@link Limits} hold for values built in code, whichever way they are built. */
class PolicyLimitsTest {
  private static final String TOO_DEEP =
      "a condition may nest at most 64 levels deep (each 'not', and each 'and' / 'or' inside"
          + " another or inside a 'not'), but this one nests 65: flatten it, or split it into"
          + " several rules";

  private static EngagementPolicy.Builder policy() {
    return EngagementPolicy.builder().id("p").description("d").defaultVerdict(Verdict.LIMITED);
  }

  private static EngagementRule.Builder rule(String id) {
    return EngagementRule.builder()
        .id(id)
        .condition(Condition.always())
        .verdict(Verdict.APPROPRIATE)
        .rationale("Because.");
  }

  /** {@code not not ... always}, {@code levels} deep. */
  private static Condition nots(int levels) {
    Condition condition = Condition.always();
    for (int i = 0; i < levels; i++) {
      condition = Condition.not(condition);
    }
    return condition;
  }

  @Nested
  class Depth {
    @Test
    void countsNotsAndCombinationsAsTheLanguageWritesThem() {
      Condition a = Condition.layer(Layer.OWNED);
      Condition b = Condition.intent(Intent.PROMOTE);
      assertEquals(0, a.depth());
      assertEquals(0, Condition.all(a, b).depth());
      assertEquals(1, Condition.all(Condition.any(a, b), a).depth());    // (a or b) and a
      assertEquals(2, Condition.not(Condition.all(a, b)).depth());       // not (a and b)
      assertEquals(3, nots(3).depth());
    }

    @Test
    void aConditionBuiltFiveThousandLevelsDeepIsRefusedAtTheSixtyFifth() {
      Condition condition = Condition.always();
      int built = 0;
      IllegalArgumentException refused = null;
      // Stops once past the limit: a condition built deeper has failed the test already.
      for (int i = 0; i < 5_000 && refused == null && built <= Limits.MAX_CONDITION_DEPTH; i++) {
        try {
          condition = Condition.not(condition);
          built++;
        } catch (IllegalArgumentException e) {
          refused = e;
        }
      }
      assertEquals(Limits.MAX_CONDITION_DEPTH, built);
      assertEquals(TOO_DEEP, refused == null ? null : refused.getMessage());
      assertEquals(64, condition.depth());
    }

    @Test
    void theRecordConstructorsCheckDepthToo() {
      Condition deepest = nots(64);
      assertEquals(TOO_DEEP, assertThrows(IllegalArgumentException.class, () -> new Condition.Not(deepest)).getMessage());
      Condition deepCombination = Condition.all(nots(63), Condition.always());
      assertEquals(63, deepCombination.depth());
      // not (…) adds the not and the parentheses
      assertEquals(TOO_DEEP, assertThrows(IllegalArgumentException.class, () -> new Condition.Not(deepCombination)).getMessage());
      Condition sixtyFour = Condition.any(nots(64), Condition.always());
      assertEquals(64, sixtyFour.depth());
      assertEquals(
          TOO_DEEP,
          assertThrows(IllegalArgumentException.class, () -> new Condition.All(ImmutableList.of(sixtyFour, Condition.always())))
              .getMessage());
      assertEquals(
          TOO_DEEP,
          assertThrows(IllegalArgumentException.class, () -> new Condition.Any(ImmutableList.of(Condition.always(), sixtyFour)))
              .getMessage());
    }

    @Test
    void aConditionThatReusesItselfIsMeasuredWithoutWalkingEveryPathAndRefusedWhenTooLarge() {
      // Each step doubles the paths through the condition; measuring each path would never end,
      // and neither would printing, testing or comparing it: it is refused once too large.
      Condition condition = Condition.layer(Layer.OWNED);
      int steps = 0;
      IllegalArgumentException refused = null;
      while (refused == null && steps <= 17) { // past 17 steps the test has failed already
        try {
          condition = Condition.any(condition, Condition.all(condition, Condition.intent(Intent.LISTEN)));
          steps++;
        } catch (IllegalArgumentException e) {
          refused = e;
        }
      }
      // After k steps the condition holds 2^(k+2) - 3 tests and combinations: 524,285 after 17.
      assertEquals(17, steps);
      assertTrue(
          refused.getMessage().startsWith(
              "a condition may hold at most 1,000,000 tests and combinations written out (a part"
                  + " used in several places counts each time), but this one holds "),
          refused.getMessage());
      assertTrue(refused.getMessage().endsWith(": split it into several rules"), refused.getMessage());
      assertTrue(condition.toString().length() > 1_000_000); // every walk over it ends
    }

    @Test
    void conditionsUpToTheSizeLimitBuildAndOneMoreTestIsRefused() {
      List<Condition> tests = new ArrayList<>();
      for (int i = 0; i < Limits.MAX_CONDITION_SIZE - 1; i++) {
        tests.add(Condition.always());
      }
      Condition largest = Condition.all(tests.toArray(new Condition[0]));
      assertEquals(Limits.MAX_CONDITION_SIZE, tests.size() + 1);
      assertEquals(0, largest.depth());
      tests.add(Condition.always());
      assertThrows(IllegalArgumentException.class, () -> Condition.all(tests.toArray(new Condition[0])));
      assertThrows(IllegalArgumentException.class, () -> Condition.not(largest));
    }
  }

  @Nested
  class ConditionSize {
    private static final String TOO_LARGE =
        "a condition may hold at most 1,000,000 tests and combinations written out (a part used in"
            + " several places counts each time), but this one holds 1,000,001: split it into"
            + " several rules";

    /** {@code operand and operand and …}: {@code times} operands and the combination. */
    private Condition allOf(Condition operand, int times) {
      Condition[] operands = new Condition[times];
      Arrays.fill(operands, operand);
      return Condition.all(operands);
    }

    @Test
    void everyKindOfTestCountsOnceAsOftenAsItIsWrittenOut() {
      for (Condition test :
          List.of(Condition.always(), Condition.promotionOverBalanceLimit(), Condition.layer(Layer.OWNED))) {
        Condition thousand = allOf(test, 999);
        assertEquals(1, allOf(thousand, 999).depth(), test.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allOf(thousand, 1000));
        assertEquals(TOO_LARGE, e.getMessage(), test.toString());
      }
    }

    @Test
    void eachNotCountsOnce() {
      Condition not = Condition.not(allOf(Condition.always(), 998));
      assertEquals(2, allOf(not, 999).depth());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> allOf(not, 1000));
      assertEquals(TOO_LARGE, e.getMessage());
    }
  }

  @Nested
  class PolicySize {
    @Test
    void aPolicyTooLongToReadBackIsRefusedSayingWhatToShrink() {
      // 401 rules with 10,000-character rationales print as more than 4,000,000 characters.
      List<EngagementRule> rules = new ArrayList<>();
      for (int i = 0; i <= 400; i++) {
        rules.add(rule("rule-" + i).rationale("x".repeat(Limits.MAX_TEXT_LENGTH)).build());
      }
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> policy().id("big").addAllRules(rules).build());
      assertEquals(
          "policy 'big' would be 4,034,412 characters long as text, but the policy language reads"
              + " at most 4,000,000 (Limits.MAX_POLICY_CHARS): shorten it by 34,412 characters (its"
              + " longest rule, 'rule-100', takes 10,061 characters), or split it into several policies",
          e.getMessage());
      EngagementPolicy fits = policy().id("big").addAllRules(rules.subList(0, 397)).build();
      assertTrue(PolicyText.print(fits).length() <= Limits.MAX_POLICY_CHARS);
    }

    @Test
    void aPolicyExactlyAtTheLimitIsBuiltAndOneCharacterMoreIsNot() {
      List<EngagementRule> rules = new ArrayList<>();
      for (int i = 100; i < 497; i++) {
        rules.add(rule("r" + i).rationale("y".repeat(Limits.MAX_TEXT_LENGTH)).build());
      }
      int room = Limits.MAX_POLICY_CHARS - PolicyText.print(policy().addAllRules(rules).build()).length();
      int overhead = (int) PolicyText.length(rule("r497").rationale("y").build(), Long.MAX_VALUE) - 1;
      rules.add(rule("r497").rationale("y".repeat(room - overhead)).build());
      EngagementPolicy atLimit = policy().addAllRules(rules).build();
      assertEquals(Limits.MAX_POLICY_CHARS, PolicyText.print(atLimit).length());

      rules.set(rules.size() - 1, rule("r497").rationale("y".repeat(room - overhead + 1)).build());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> policy().addAllRules(rules).build());
      assertEquals(
          "policy 'p' would be 4,000,001 characters long as text, but the policy language reads"
              + " at most 4,000,000 (Limits.MAX_POLICY_CHARS): shorten it by 1 character (its"
              + " longest rule, 'r100', takes 10,057 characters), or split it into several policies",
          e.getMessage());
    }

    @Test
    void aConditionThatReusesItselfMakesAPolicyTooLongToReadBackAndIsRefused() {
      Condition condition = Condition.layer(Layer.OWNED);
      for (int i = 0; i < 18; i++) { // 786,430 tests and combinations: under the size limit
        condition = Condition.any(condition, Condition.intent(Intent.LISTEN), condition);
      }
      Condition huge = condition;
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> policy().addRules(rule("r").condition(huge).build()).build());
      assertTrue(
          e.getMessage().startsWith("policy 'p' would be 10,485,847 characters long as text"),
          e.getMessage());
      assertTrue(e.getMessage().contains(": shorten it by 6,485,847 characters (its longest rule, 'r', takes "), e.getMessage());
    }

    @Test
    void moreRulesThanTheLimitAreRefused() {
      List<EngagementRule> rules = new ArrayList<>(Limits.MAX_RULES + 1);
      EngagementRule.Builder template = rule("r");
      for (int i = 0; i <= Limits.MAX_RULES; i++) {
        rules.add(template.id("r" + i).build());
      }
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> policy().addAllRules(rules).build());
      assertEquals(
          "policy 'p' has 100,001 rules, more than the 100,000 a policy may hold (Limits.MAX_RULES):"
              + " split it into several policies",
          e.getMessage());
      // As many rules as the limit are not too many, though never short enough to read back.
      IllegalArgumentException tooLong =
          assertThrows(
              IllegalArgumentException.class, () -> policy().addAllRules(rules.subList(0, Limits.MAX_RULES)).build());
      assertTrue(tooLong.getMessage().startsWith("policy 'p' would be "), tooLong.getMessage());
    }

    @Test
    void aPolicyFarTooLongIsMeasuredOnlyUpToFourTimesTheLimit() {
      EngagementRule.Builder template = rule("r").rationale("z".repeat(Limits.MAX_TEXT_LENGTH));
      List<EngagementRule> rules = new ArrayList<>();
      for (int i = 0; i < 1_700; i++) {
        rules.add(template.id("r" + i).build());
      }
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> policy().addAllRules(rules).build());
      assertEquals(
          "policy 'p' would be more than 16,000,000 characters long as text, but the policy language"
              + " reads at most 4,000,000 (Limits.MAX_POLICY_CHARS): shorten it by more than"
              + " 12,000,000 characters (its longest rule, 'r1000', takes 10,058 characters), or split"
              + " it into several policies",
          e.getMessage());
    }

    @Test
    void asManyGuaranteesAndExpectationsAsRulesAreAcceptedAndOneMoreIsNot() {
      Guarantee guarantee = Guarantee.exactly(Verdict.APPROPRIATE, Condition.always());
      Expectation expectation =
          Expectation.builder()
              .action(StandardActions.LISTEN)
              .layer(Layer.OWNED)
              .verdict(Verdict.LIMITED)
              .build();
      List<Guarantee> guarantees = new ArrayList<>(Collections.nCopies(Limits.MAX_RULES, guarantee));
      List<Expectation> expectations = new ArrayList<>(Collections.nCopies(Limits.MAX_RULES, expectation));
      assertEquals(Limits.MAX_RULES, policy().addAllGuarantees(guarantees).build().guarantees().size());
      assertEquals(Limits.MAX_RULES, policy().addAllExpectations(expectations).build().expectations().size());
      guarantees.add(guarantee);
      expectations.add(expectation);
      assertEquals(
          "policy 'p' has 100001 guarantees and 0 expectations; each may be at most 100000"
              + " (Limits.MAX_RULES)",
          assertThrows(IllegalArgumentException.class, () -> policy().addAllGuarantees(guarantees).build())
              .getMessage());
      assertEquals(
          "policy 'p' has 0 guarantees and 100001 expectations; each may be at most 100000"
              + " (Limits.MAX_RULES)",
          assertThrows(IllegalArgumentException.class, () -> policy().addAllExpectations(expectations).build())
              .getMessage());
    }
  }

  @Nested
  class BalanceLimit {
    @Test
    void negativeZeroIsKeptAsZero() {
      EngagementPolicy negativeZero = policy().balanceLimit(-0.0).build();
      assertEquals(0L, Double.doubleToRawLongBits(negativeZero.balanceLimit()));
      assertEquals(policy().balanceLimit(0.0).build(), negativeZero);
      assertEquals(policy().balanceLimit(0.0).build().hashCode(), negativeZero.hashCode());
    }

    @Test
    void notANumberAndInfinityAreRefused() {
      assertEquals(
          "balanceLimit must be between 0 and 1: NaN",
          assertThrows(IllegalArgumentException.class, () -> policy().balanceLimit(Double.NaN).build()).getMessage());
      assertEquals(
          "balanceLimit must be between 0 and 1: Infinity",
          assertThrows(IllegalArgumentException.class, () -> policy().balanceLimit(Double.POSITIVE_INFINITY).build())
              .getMessage());
      assertEquals(
          "balanceLimit must be between 0 and 1: -Infinity",
          assertThrows(IllegalArgumentException.class, () -> policy().balanceLimit(Double.NEGATIVE_INFINITY).build())
              .getMessage());
    }
  }
}
