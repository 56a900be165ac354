package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One set of limits for code and text: whatever can be built prints, and reads back. */
class PolicyLanguageLimitsTest {
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

  @Test
  void theLanguagesLimitsAreTheCoreLimits() {
    assertEquals(Limits.MAX_POLICY_CHARS, PolicyLanguage.MAX_CHARS);
    assertEquals(Limits.MAX_CONDITION_DEPTH, PolicyLanguage.MAX_NESTING);
    assertEquals(Limits.MAX_TEXT_LENGTH, PolicyLanguage.MAX_TEXT_LENGTH);
    assertEquals(Limits.MAX_RULES, PolicyLanguage.MAX_RULES);
  }

  @Test
  void aConditionFiveThousandLevelsDeepCannotBeBuilt() {
    Condition condition = Condition.always();
    IllegalArgumentException refused = null;
    for (int i = 0; i < 5_000 && refused == null; i++) {
      try {
        condition = Condition.not(condition);
      } catch (IllegalArgumentException e) {
        refused = e;
      }
    }
    assertEquals(
        "a condition may nest at most 64 levels deep (each 'not', and each 'and' / 'or' inside"
            + " another or inside a 'not'), but this one nests 65: flatten it, or split it into"
            + " several rules",
        refused == null ? "built" : refused.getMessage());
  }

  @Test
  void conditionsSixtyFourLevelsDeepPrintParseBackAndCompile() {
    Condition nots = Condition.always();
    for (int i = 0; i < Limits.MAX_CONDITION_DEPTH; i++) {
      nots = Condition.not(nots);
    }
    Condition mixed = Condition.layer(Layer.OWNED);
    for (int i = 0; i < Limits.MAX_CONDITION_DEPTH / 2; i++) {
      // not (… and intent is promote): two levels a step
      mixed = Condition.not(Condition.all(mixed, Condition.intent(Intent.PROMOTE)));
    }
    assertEquals(64, nots.depth());
    assertEquals(64, mixed.depth());
    EngagementPolicy deep =
        policy()
            .addRules(
                rule("nots").condition(nots).build(),
                rule("mixed").condition(mixed).verdict(Verdict.INAPPROPRIATE).priority(1).build())
            .build();
    String text = PolicyLanguage.print(deep);
    assertEquals(deep, PolicyLanguage.parse(text));
    PolicyEngine engine = PolicyEngine.of(deep);
    // Listening in an owned community: "mixed" holds (nothing promotes) and outranks "nots".
    Community fanClub =
        Community.builder()
            .id("fan-club").name("Fans")
            .steward(Steward.ORGANIZATION)
            .platform(Platform.of("Own", PlatformKind.COMMUNITY_SOFTWARE))
            .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
            .build();
    assertEquals(Verdict.INAPPROPRIATE, engine.decide(fanClub, StandardActions.LISTEN).verdict());
  }

  @Test
  void aTextWhoseConditionPrintsDeeperThanTheLimitIsRefusedWhereTheConditionStarts() {
    // "a and b or c" inside parentheses prints as "((a and b) or c)": two levels for one.
    String nested = "layer is owned";
    for (int i = 0; i < 33; i++) {
      nested = "(" + nested + " and intent is listen or reach is one-to-one)";
    }
    String condition = nested;
    PolicySyntaxException e =
        assertThrows(
            PolicySyntaxException.class,
            () -> PolicyLanguage.parse("policy p description \"d\" default limited\nrule r\n  when "
                + condition.substring(1, condition.length() - 1)
                + "\n  then appropriate\n  because \"b\""));
    assertEquals(3, e.line());
    assertTrue(e.problem().startsWith("a condition may nest at most 64 levels deep"), e.getMessage());
  }

  @Test
  void theLargestPolicyThatCanBeBuiltPrintsAndParsesBack() {
    List<EngagementRule> rules = new ArrayList<>();
    for (int i = 100; i < 497; i++) {
      rules.add(rule("r" + i).rationale("y".repeat(Limits.MAX_TEXT_LENGTH)).build());
    }
    int room = Limits.MAX_POLICY_CHARS - PolicyLanguage.print(policy().addAllRules(rules).build()).length();
    int overhead = PolicyLanguage.print(policy().addRules(rule("r497").rationale("y").build()).build()).length()
        - PolicyLanguage.print(policy().build()).length() - 1;
    rules.add(rule("r497").rationale("y".repeat(room - overhead)).build());
    EngagementPolicy largest = policy().addAllRules(rules).build();
    String text = PolicyLanguage.print(largest);
    assertEquals(PolicyLanguage.MAX_CHARS, text.length());
    assertEquals(largest, PolicyLanguage.parse(text));
  }

  @Test
  void fourHundredAndOneLongRulesAreRefusedWhenBuiltNotWhenReadBack() {
    List<EngagementRule> rules = new ArrayList<>();
    for (int i = 0; i <= 400; i++) {
      rules.add(rule("rule-" + i).rationale("x".repeat(Limits.MAX_TEXT_LENGTH)).build());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> policy().addAllRules(rules).build());
    assertTrue(e.getMessage().startsWith("policy 'p' would be 4,034,410 characters long as text"), e.getMessage());
  }

  @Test
  void aCompactTextWhoseCanonicalFormIsTooLongIsRefusedWithTheSameMessage() {
    StringBuilder text = new StringBuilder("policy p description \"d\" default limited");
    for (int i = 100; i < 498; i++) {
      text.append(" rule r").append(i).append(" when always then appropriate because \"")
          .append("y".repeat(Limits.MAX_TEXT_LENGTH)).append('"');
    }
    assertTrue(text.length() <= PolicyLanguage.MAX_CHARS, "length " + text.length());
    PolicySyntaxException e =
        assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.parse(text.toString()));
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    assertEquals(
        "policy 'p' would be 4,002,745 characters long as text, but the policy language reads at"
            + " most 4,000,000 (Limits.MAX_POLICY_CHARS): shorten it by 2,745 characters (its"
            + " longest rule, 'r100', takes 10,057 characters), or split it into several policies",
        e.problem());
  }

  @Test
  void negativeZeroBalanceLimitRoundTrips() {
    EngagementPolicy policy = policy().balanceLimit(-0.0).build();
    String text = PolicyLanguage.print(policy);
    assertTrue(text.contains("balance limit 0%\n"), text);
    assertEquals(policy, PolicyLanguage.parse(text));
  }

  @Test
  void extremeBalanceLimitsRoundTrip() {
    for (double limit : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL, 1e-25, 0.1 + 0.2, Math.nextDown(1.0)}) {
      EngagementPolicy policy = policy().balanceLimit(limit).build();
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)), Double.toString(limit));
    }
  }
}
