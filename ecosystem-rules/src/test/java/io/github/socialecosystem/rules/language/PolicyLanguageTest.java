package io.github.socialecosystem.rules.language;

import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.rules.StandardPolicy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyLanguageTest {
  private static final String EXAMPLE =
      """
      # A comment runs to the end of the line.
      policy crafting-tools
      description "How Crafting Tools engages online"
      default inappropriate
      balance limit 40%
      
      rule participating-no-promotion   # trailing comment
        when layer is participating and intent in [promote, recruit]
        then inappropriate
        because "Members did not come for marketing."
        citation "participating communities"
      
      rule owned-promotion
        when layer is owned and (intent is promote or format is offer) and not promotion over balance limit
        then limited
        must "Keep promotion under 40% of what you post."
        priority 10
        because "A little marketing is fine here, in \\\"balance\\\"."
      """;

  @Nested
  class Parsing {
    @Test
    void readsEveryPartOfAPolicy() {
      EngagementPolicy policy = PolicyLanguage.parse(EXAMPLE);
      assertEquals("crafting-tools", policy.id());
      assertEquals("How Crafting Tools engages online", policy.description());
      assertEquals(Verdict.INAPPROPRIATE, policy.defaultVerdict());
      assertEquals(0.4, policy.balanceLimit());
      EngagementRule first = policy.rules().get(0);
      assertEquals(
          EngagementRule.builder()
              .id("participating-no-promotion")
              .condition(Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE, Intent.RECRUIT)))
              .verdict(Verdict.INAPPROPRIATE)
              .rationale("Members did not come for marketing.")
              .citation("participating communities")
              .build(),
          first);
      EngagementRule second = policy.rules().get(1);
      assertEquals(10, second.priority());
      assertEquals("A little marketing is fine here, in \"balance\".", second.rationale());
      assertEquals(
          "layer is owned and (intent is promote or format is offer) and not promotion over balance limit",
          second.condition().toString());
      assertEquals(List.of(Obligation.other("Keep promotion under 40% of what you post.")), second.obligations());
    }

    @Test
    void andBindsTighterThanOrAndNotTighterThanAnd() {
      EngagementPolicy policy = PolicyLanguage.parse(
          "policy p description \"d\" default limited rule r when not layer is owned and intent is listen"
              + " or reach is one-to-one then appropriate because \"b\"");
      assertEquals(
          Condition.any(
              Condition.all(Condition.not(Condition.layer(Layer.OWNED)), Condition.intent(Intent.LISTEN)),
              Condition.reach(io.github.socialecosystem.core.Reach.ONE_TO_ONE)),
          policy.rules().get(0).condition());
    }

    @Test
    void balanceLimitDefaultsWhenOmitted() {
      assertEquals(
          EngagementPolicy.DEFAULT_BALANCE_LIMIT,
          PolicyLanguage.parse("policy p description \"d\" default limited").balanceLimit());
    }

    @Test
    void loadsFromAReaderAndAPath(@TempDir Path dir) throws IOException {
      assertEquals(PolicyLanguage.parse(EXAMPLE), PolicyLanguage.read(new StringReader(EXAMPLE)));
      Path file = dir.resolve("my.policy");
      Files.writeString(file, EXAMPLE, StandardCharsets.UTF_8);
      assertEquals(PolicyLanguage.parse(EXAMPLE), PolicyLanguage.read(file));
    }

    @Test
    void standardPolicyFilePrintsBackToItsCanonicalRules() {
      EngagementPolicy standard = StandardPolicy.policy();
      assertEquals(standard, PolicyLanguage.parse(PolicyLanguage.print(standard)));
      assertEquals(28, standard.rules().size());
    }
  }

  @Nested
  class Printing {
    @Test
    void canonicalTextIsStable() {
      String printed = PolicyLanguage.print(PolicyLanguage.parse(EXAMPLE));
      assertEquals(
          """
              policy crafting-tools
              description "How Crafting Tools engages online"
              default inappropriate
              balance limit 40%
              
              rule participating-no-promotion
                when layer is participating and intent in [promote, recruit]
                then inappropriate
                because "Members did not come for marketing."
                citation "participating communities"
              
              rule owned-promotion
                when layer is owned and (intent is promote or format is offer) and not promotion over balance limit
                then limited
                priority 10
                because "A little marketing is fine here, in \\\"balance\\\"."
                must "Keep promotion under 40% of what you post."
              """,
          printed);
    }

    @Test
    void extremeValuesRoundTrip() {
      EngagementPolicy policy =
          EngagementPolicy.builder().id("p").description("d").defaultVerdict(Verdict.LIMITED)
              .balanceLimit(1e-25)
              .addRules(EngagementRule.builder().id("r").condition(Condition.always())
                  .verdict(Verdict.APPROPRIATE).priority(Integer.MIN_VALUE).rationale("b").build())
              .build();
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    }

    @Test
    void nestedCombinationsKeepTheirShape() {
      Condition nested =
          Condition.all(
              Condition.all(Condition.layer(Layer.OWNED), Condition.intent(Intent.LISTEN)),
              Condition.not(Condition.not(Condition.always())));
      EngagementPolicy policy =
          EngagementPolicy.builder().id("p").description("d").defaultVerdict(Verdict.LIMITED)
              .addRules(EngagementRule.builder().id("r").condition(nested).verdict(Verdict.APPROPRIATE).rationale("b").build())
              .build();
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    }
  }

  @Nested
  class Errors {
    private PolicySyntaxException error(String text) {
      return assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.parse(text));
    }

    private void assertAt(PolicySyntaxException e, int line, int column, String problem) {
      assertEquals(line, e.line(), e.getMessage());
      assertEquals(column, e.column(), e.getMessage());
      assertEquals(problem, e.problem());
    }

    @Test
    void unknownVerdict() {
      PolicySyntaxException e = error(EXAMPLE.replace("  then inappropriate", "  then maybe"));
      assertAt(e, 9, 8,
          "expected a verdict (recommended, appropriate, limited or inappropriate), found 'maybe'");
      assertEquals(
          "line 9, column 8: expected a verdict (recommended, appropriate, limited or inappropriate),"
              + " found 'maybe'\n    then maybe\n         ^",
          e.getMessage());
      assertEquals("  then maybe", e.lineText());
    }

    @Test
    void unknownAttributeValue() {
      PolicySyntaxException e = error(EXAMPLE.replace("intent in [promote, recruit]", "intent in [promote, shout]"));
      assertAt(e, 8, 55,
          "expected an intent: one of listen, converse, support, promote, govern, use-data, recruit, found 'shout'");
    }

    @Test
    void unclosedParenthesis() {
      PolicySyntaxException e = error(EXAMPLE.replace("or format is offer)", "or format is offer"));
      assertAt(e, 15, 3,
          "expected ')' to close the '(' at line 14, column 27, or 'and' / 'or' to continue, found 'then'");
    }

    @Test
    void missingRationale() {
      PolicySyntaxException e = error(EXAMPLE.replace("  because \"Members did not come for marketing.\"\n", ""));
      assertAt(e, 12, 1,
          "expected 'because' and the rule's rationale (rule 'participating-no-promotion' has none),"
              + " or 'citation', 'priority' or 'must', found 'rule'");
    }

    @Test
    void unterminatedText() {
      PolicySyntaxException e = error(EXAMPLE.replace("\"How Crafting Tools engages online\"", "\"How Crafting Tools"));
      assertAt(e, 3, 13, "unterminated text: expected a closing '\"' before the end of the line");
    }

    @Test
    void limitedRuleWithoutObligation() {
      PolicySyntaxException e = error(EXAMPLE.replace("  must \"Keep promotion under 40% of what you post.\"\n", ""));
      assertAt(e, 15, 8, "rule 'owned-promotion' is LIMITED, so it must state the limit as an obligation");
    }

    @Test
    void duplicateRuleId() {
      PolicySyntaxException e = error(EXAMPLE.replace("rule owned-promotion", "rule participating-no-promotion"));
      assertAt(e, 13, 6, "rule id 'participating-no-promotion' is used twice: expected a new id");
    }

    @Test
    void unexpectedCharacter() {
      PolicySyntaxException e = error(EXAMPLE.replace("layer is participating", "layer is participating;"));
      assertAt(e, 8, 30,
          "unexpected character ';': expected a word, a quoted text, a parenthesis, a bracket or a comma");
    }

    @Test
    void badPercentage() {
      PolicySyntaxException e = error(EXAMPLE.replace("balance limit 40%", "balance limit 140%"));
      assertAt(e, 5, 15, "expected a percentage from 0% to 100%, such as 50%, found '140%'");
    }

    @Test
    void nonKebabCaseRuleId() {
      PolicySyntaxException e = error(EXAMPLE.replace("rule owned-promotion", "rule Owned_Promotion"));
      assertAt(e, 13, 6, "expected a kebab-case rule id (at most 100 characters), found 'Owned_Promotion'");
    }

    @Test
    void emptyText() {
      assertAt(error(""), 1, 1, "expected 'policy' and the policy's id at the start, found the end of the text");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
      int depth = 100_000;
      String text = "policy p description \"d\" default limited rule r when " + "(".repeat(depth)
          + "always" + ")".repeat(depth) + " then appropriate because \"b\"";
      PolicySyntaxException e = error(text);
      assertTrue(e.problem().startsWith("conditions nest deeper than 64 levels"), e.getMessage());
      assertTrue(error("policy p description \"d\" default limited rule r when " + "not ".repeat(depth)
          + "always then appropriate because \"b\"").problem().startsWith("conditions nest deeper"));
    }

    @Test
    void nestingUpToTheLimitIsFine() {
      int depth = PolicyLanguage.MAX_NESTING;
      String text = "policy p description \"d\" default limited rule r when " + "(".repeat(depth)
          + "always" + ")".repeat(depth) + " then appropriate because \"b\"";
      assertEquals(Condition.always(), PolicyLanguage.parse(text).rules().get(0).condition());
    }

    @Test
    void oversizedTextIsRefused() {
      String huge = "#".repeat(PolicyLanguage.MAX_CHARS + 1);
      assertAt(error(huge), 1, 1,
          "the text is longer than 4,000,000 characters (Limits.MAX_POLICY_CHARS): split the policy into several");
      assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.read(new StringReader(huge)));
    }
  }
}
