package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.Expectation;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.policy.Obligation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Typed obligations, guarantees ({@code require}) and expectations ({@code expect}) as text. */
class PromisesLanguageTest {
  private static final String HEADER =
      """
      policy p
      description "d"
      default limited
      rule r
        when always
        then limited
        because "b"
      """;

  private static PolicySyntaxException error(String text) {
    return assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.parse(text));
  }

  private static void assertAt(String text, int line, int column, String problem) {
    PolicySyntaxException e = error(text);
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  @Nested
  class TypedObligations {
    @Test
    void everyKindParsesAndPrintsTheSame() {
      String text =
          HEADER
              + """
                must disclose affiliation
                must get approval from "legal"
                must keep promotion under balance limit
                must keep record 1095 days
                must prefer video
                must "Be brief."
              """;
      EngagementPolicy policy = PolicyLanguage.parse(text);
      assertEquals(
          List.of(
              Obligation.discloseAffiliation(),
              Obligation.seekApproval("legal"),
              Obligation.keepInBalance(),
              Obligation.keepRecord(1095),
              Obligation.preferFormat(Format.VIDEO),
              Obligation.other("Be brief.")),
          policy.rules().get(0).obligations());
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
      String printed = PolicyLanguage.print(policy);
      assertEquals(true, printed.contains("  must keep record 1095 days\n"), printed);
      assertEquals(
          true,
          PolicyLanguage.print(PolicyLanguage.parse(HEADER + "  must keep record 1 day\n"))
              .contains("  must keep record 1 day\n"));
    }

    @Test
    void errorsSayWhereAndWhatWasExpected() {
      assertAt(HEADER + "  must disclose it\n", 8, 17, "expected 'affiliation' after 'disclose', found 'it'");
      assertAt(HEADER + "  must get approval \"legal\"\n", 8, 21,
          "expected 'from' and a quoted role after 'get approval', found a quoted text");
      assertAt(HEADER + "  must get approval from legal\n", 8, 26,
          "expected the role to get approval from as a quoted text, such as \"legal\", found 'legal'");
      assertAt(HEADER + "  must get approval from \"a\\nb\"\n", 8, 26,
          "approval role must be one line without control characters, but has U+000A at character 2: 'a\\nb'");
      assertAt(HEADER + "  must keep record 0 days\n", 8, 20,
          "expected a number of days from 1 to 36500, found '0'");
      assertAt(HEADER + "  must keep record 36501 days\n", 8, 20,
          "expected a number of days from 1 to 36500, found '36501'");
      assertAt(HEADER + "  must keep record 30 weeks\n", 8, 23,
          "expected 'days' after the number of days, found 'weeks'");
      assertAt(HEADER + "  must keep promotion below balance limit\n", 8, 23,
          "expected 'under balance limit' after 'keep promotion', found 'below'");
      assertAt(HEADER + "  must prefer none\n", 8, 15,
          "expected a format to prefer: conversation, video, press-release or offer, found 'none'");
      assertAt(HEADER + "  must smile\n", 8, 8,
          "expected an obligation: a quoted text, 'disclose affiliation', 'get approval from' and a"
              + " quoted role, 'keep promotion under balance limit', 'keep record' and a number of"
              + " days, or 'prefer' and a format, found 'smile'");
    }
  }

  @Nested
  class Guarantees {
    @Test
    void everyBoundParses() {
      EngagementPolicy policy =
          PolicyLanguage.parse(
              HEADER
                  + "  must \"m\"\n"
                  + "require inappropriate when layer is participating and intent is promote\n"
                  + "require at most limited when format is press-release\n"
                  + "require at least appropriate when intent is listen\n");
      assertEquals(
          List.of(
              Guarantee.exactly(
                  Verdict.INAPPROPRIATE,
                  Condition.all(
                      Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE))),
              Guarantee.atMost(Verdict.LIMITED, Condition.format(Format.PRESS_RELEASE)),
              Guarantee.atLeast(Verdict.APPROPRIATE, Condition.intent(Intent.LISTEN))),
          policy.guarantees());
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    }

    @Test
    void errorsSayWhereAndWhatWasExpected() {
      String rule = HEADER + "  must \"m\"\n";
      assertAt(rule + "require fine when always\n", 9, 9,
          "expected a verdict (recommended, appropriate, limited or inappropriate), 'at most' or"
              + " 'at least' after 'require', found 'fine'");
      assertAt(rule + "require at best limited when always\n", 9, 12,
          "expected 'most' or 'least' after 'at', found 'best'");
      assertAt(rule + "require at most limited if always\n", 9, 25,
          "expected 'when' and the situations the guarantee covers, found 'if'");
      assertAt(rule + "require limited when colour is red\n", 9, 22,
          "expected a condition: an attribute (type, layer, steward, platform, membership, audience,"
              + " topic, action, intent, format, reach), 'not', '(', 'always' or 'promotion over"
              + " balance limit', found 'colour'");
      assertAt(rule + "require limited when always because \"b\"\n", 9, 29,
          "expected 'rule', 'require', 'expect' or the end of the text, found 'because'");
    }
  }

  @Nested
  class Expectations {
    @Test
    void standardAndCustomActionsTopicsAndBalanceParse() {
      EngagementPolicy policy =
          PolicyLanguage.parse(
              HEADER
                  + "  must \"m\"\n"
                  + "expect announce-deal in managed is appropriate\n"
                  + "expect post-job (promote, conversation, one-to-many) in owned"
                  + " with topics [jobs, careers] with promotion over balance limit is inappropriate\n"
                  + "expect listen in closed with promotion over balance limit is recommended\n");
      assertEquals(
          List.of(
              Expectation.builder()
                  .action(StandardActions.ANNOUNCE_DEAL)
                  .type(CommunityType.MANAGED)
                  .verdict(Verdict.APPROPRIATE)
                  .build(),
              Expectation.builder()
                  .action(
                      EngagementAction.of(
                          "post-job", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY))
                  .layer(Layer.OWNED)
                  .addTopics("careers", "jobs")
                  .promotionOverBalanceLimit(true)
                  .verdict(Verdict.INAPPROPRIATE)
                  .build(),
              Expectation.builder()
                  .action(StandardActions.LISTEN)
                  .type(CommunityType.CLOSED)
                  .promotionOverBalanceLimit(true)
                  .verdict(Verdict.RECOMMENDED)
                  .build()),
          policy.expectations());
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    }

    @Test
    void errorsSayWhereAndWhatWasExpected() {
      String rule = HEADER + "  must \"m\"\n";
      assertAt(rule + "expect post-job in managed is limited\n", 9, 8,
          "'post-job' is not a standard action: expected '(' and its intent, format and reach, as"
              + " in post-job (promote, conversation, one-to-many)");
      assertAt(rule + "expect post-job (promote, chat, one-to-many) in managed is limited\n", 9, 27,
          "expected a format: one of none, conversation, video, press-release, offer, found 'chat'");
      assertAt(rule + "expect post-job (promote, video) in managed is limited\n", 9, 32,
          "expected ',' and the action's reach, found ')'");
      assertAt(rule + "expect listen at managed is limited\n", 9, 15,
          "expected 'in' and the type or layer of community, or '(' and the action's traits,"
              + " found 'at'");
      assertAt(rule + "expect listen in public is limited\n", 9, 18,
          "expected a type or layer of community: participating, managed, owned, external, closed"
              + " or employee, found 'public'");
      assertAt(rule + "expect listen in managed with luck is limited\n", 9, 31,
          "expected 'topics [...]' or 'promotion over balance limit' after 'with', found 'luck'");
      assertAt(rule + "expect listen in managed with topics [Knitting] is limited\n", 9, 39,
          "expected a kebab-case topic id, found 'Knitting'");
      assertAt(rule + "expect listen in managed be limited\n", 9, 26,
          "expected 'is' and the verdict expected, or 'with' and recent activity or topics, found"
              + " 'be'");
      assertAt(rule + "expect listen in managed is fine\n", 9, 29,
          "expected a verdict (recommended, appropriate, limited or inappropriate), found 'fine'");
    }
  }
}
