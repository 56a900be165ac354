package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the text a language reads: the last character of the text, the largest input a
 * reader takes, numbers at the ends of their range, and where an error on a long line or after a
 * bad byte points. Limits are shown on a small input reader; the languages' own limits are far
 * larger and are proven in the limits tests.
 */
class TextEdgesTest {
  private static final String HEAD = "policy p\ndescription \"d\"\ndefault limited\n";

  private static PolicySyntaxException error(String text) {
    return assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.parse(text));
  }

  private static EngagementPolicy withRule(String lines) {
    return PolicyLanguage.parse(
        HEAD + "rule r\n  when always\n  then appropriate\n  because \"b\"\n" + lines);
  }

  /** Input of at most four characters, as the policy language makes its errors. */
  private static TextInput<PolicySyntaxException> fourCharacters() {
    return new TextInput<>(4, "too long", "policy files", PolicySyntaxException::new);
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  @Nested
  class TheLastCharacter {
    @Test
    void aCommentMayEndTheTextWithoutALineBreak() {
      assertEquals(PolicyLanguage.parse(HEAD), PolicyLanguage.parse(HEAD + "# the end"));
    }

    @Test
    void anErrorAfterACommentCountsTheCommentsColumns() {
      PolicySyntaxException e = error("policy p # no description");
      assertEquals(1, e.line());
      assertEquals(26, e.column(), e.getMessage());
    }

    @Test
    void aTextCutOffAtTheEndIsUnterminated() {
      PolicySyntaxException e = error("policy p\ndescription \"half");
      assertEquals("unterminated text: expected a closing '\"' before the end of the line",
          e.problem());
      assertEquals(2, e.line());
      assertEquals(13, e.column());
    }

    @Test
    void aBackslashEndingTheTextIsAnUnknownEscapeWhereItStands() {
      PolicySyntaxException e = error("policy p\ndescription \"half\\");
      assertEquals("unknown escape: expected \\\" \\\\ \\n \\t or \\r", e.problem());
      assertEquals(2, e.line());
      assertEquals(18, e.column());
    }

    @Test
    void aHyphenEndingTheTextBelongsToTheWordBeforeIt() {
      EcosystemSyntaxException e =
          assertThrows(EcosystemSyntaxException.class,
              () -> EcosystemLanguage.parse("ecosystem \"A\"\nchannel x-"));
      assertEquals(2, e.line());
      assertEquals(9, e.column());
      assertEquals("channel x-", e.lineText());
    }

    @Test
    void everyLowerCaseLetterIsAWordCharacter() {
      assertEquals("the-quick-brown-fox-jumps-over-a-lazy-dog",
          PolicyLanguage.parse(HEAD.replace("policy p", "policy the-quick-brown-fox-jumps-over-a-lazy-dog"))
              .id());
    }
  }

  @Nested
  class Words {
    @Test
    void capitalsAndDigitsAtBothEndsOfTheirRangesAreReadAsOneWord() {
      PolicySyntaxException e = error("policy AZ09");
      assertEquals(8, e.column());
      assertEquals("expected a kebab-case policy id (at most 100 characters), found 'AZ09'",
          e.problem());
    }

    @Test
    void aTopicThatIsNotKebabCaseIsRefusedAsATopicId() {
      PolicySyntaxException e = error(HEAD + "expect listen in participating with topics [Knitting]"
          + " is recommended\n");
      assertEquals("expected a kebab-case topic id, found 'Knitting'", e.problem());
    }

    @Test
    void anExpectationTakesAHundredTopicsAndNotOneMore() {
      StringBuilder topics = new StringBuilder("t0");
      for (int i = 1; i < 100; i++) {
        topics.append(", t").append(i);
      }
      String expect = "expect listen in participating with topics [" + topics + "%s] is recommended\n";
      assertEquals(100, PolicyLanguage.parse(HEAD + String.format(expect, "")).expectations().get(0)
          .topics().size());
      PolicySyntaxException e = error(HEAD + String.format(expect, ", t100"));
      assertEquals("more than 100 topics in an expectation", e.problem());
      assertEquals(4, e.line());
      assertEquals(45 + topics.length() + 2, e.column());
    }
  }

  @Nested
  class Numbers {
    @Test
    void prioritiesTakeTheWholeIntRangeAndLeadingZeros() {
      assertEquals(Integer.MAX_VALUE, withRule("  priority 2147483647\n").rules().get(0).priority());
      assertEquals(Integer.MIN_VALUE, withRule("  priority -2147483648\n").rules().get(0).priority());
      assertEquals(0, withRule("  priority 000\n").rules().get(0).priority());
      assertEquals(7, withRule("  priority 007\n").rules().get(0).priority());
    }

    @Test
    void aPriorityThatIsNotAWholeNumberSaysWhatIsExpected() {
      String expected = "expected a whole number from -2147483648 to 2147483647, found ";
      assertEquals(expected + "'12a'", error(HEAD
          + "rule r\n  when always\n  then appropriate\n  because \"b\"\n  priority 12a\n").problem());
      assertEquals(expected + "'-'", error(HEAD
          + "rule r\n  when always\n  then appropriate\n  because \"b\"\n  priority -\n").problem());
    }

    @Test
    void memberCountsTakeLeadingZerosUpToTheLargestLong() {
      assertEquals(Long.MAX_VALUE, community("0009223372036854775807").memberCount().getAsLong());
      assertEquals(7, community("007").memberCount().getAsLong());
      EcosystemSyntaxException e = assertThrows(EcosystemSyntaxException.class,
          () -> community("-"));
      assertEquals("expected the number of members, a whole number from 0 to " + Long.MAX_VALUE
          + ", found '-'", e.problem());
    }

    private Community community(String members) {
      return EcosystemLanguage.parse("ecosystem \"A\"\ncommunity c\n  name \"C\"\n"
          + "  steward independent\n  platform \"P\" independent-site\n  membership open\n"
          + "  audience public\n  members " + members + "\n").communities().get(0);
    }

    @Test
    void aPriorityOneBeyondTheRangeIsOutOfRange() {
      PolicySyntaxException e = error(HEAD
          + "rule r\n  when always\n  then appropriate\n  because \"b\"\n  priority 2147483648\n");
      assertEquals("expected a whole number from -2147483648 to 2147483647, found '2147483648',"
          + " which is out of range", e.problem());
      assertEquals(8, e.line());
    }

    @Test
    void aBalanceLimitMayBeAHundredPercentWrittenAnyWay() {
      assertEquals(1.0, PolicyLanguage.parse(HEAD + "balance limit 100%\n").balanceLimit());
      assertEquals(1.0, PolicyLanguage.parse(HEAD + "balance limit 100.000%\n").balanceLimit());
      PolicySyntaxException e = error(HEAD + "balance limit 100.001%\n");
      assertEquals("expected a percentage from 0% to 100%, such as 50%, found '100.001%'",
          e.problem());
    }

    @Test
    void aPercentageOfFiveHundredCharactersIsReadAndOneMoreIsNot() {
      String five = "0".repeat(498) + "5%";
      assertEquals(0.05, PolicyLanguage.parse(HEAD + "balance limit " + five + "\n").balanceLimit(),
          1e-12);
      PolicySyntaxException e = error(HEAD + "balance limit 0" + five + "\n");
      assertEquals(4, e.line());
      assertEquals(15, e.column());
    }

    @Test
    void nestingCountsDepthNotTheNumberOfNegations() {
      StringBuilder when = new StringBuilder("not intent is listen");
      for (int i = 0; i < PolicyLanguage.MAX_NESTING + 6; i++) {
        when.append(" and (not intent is promote)");
      }
      EngagementPolicy policy = PolicyLanguage.parse(
          HEAD + "rule r\n  when " + when + "\n  then appropriate\n  because \"b\"\n");
      assertEquals(1, policy.rules().size());
    }
  }

  @Nested
  class Readers {
    @Test
    void aReaderMayGiveAByteOrderMarkAndTheWholeAllowance() throws IOException {
      assertEquals("\uFEFFabcd", fourCharacters().read(new StringReader("\uFEFFabcd")));
      assertEquals("abcd", fourCharacters().read(new StringReader("abcd")));
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> fourCharacters().read(new StringReader("\uFEFFabcde")));
      assertEquals("too long", e.problem());
    }

    @Test
    void aFileMayHoldAByteOrderMarkAndFourCharactersOfThreeBytes(@TempDir Path dir)
        throws IOException {
      Path largest = Files.write(dir.resolve("largest.policy"), bytes("\uFEFF€€€€"));
      assertEquals(15, Files.size(largest));
      assertEquals("\uFEFF€€€€", fourCharacters().read(largest));
      Path tooLarge = Files.write(dir.resolve("too-large.policy"), bytes("\uFEFF€€€€a"));
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> fourCharacters().read(tooLarge));
      assertEquals("too long", e.problem());
    }

    @Test
    void aDirectoryIsAnInputOutputErrorNotATextTooLong(@TempDir Path dir) {
      assertThrows(IOException.class, () -> fourCharacters().read(dir));
    }

    @Test
    void aBadByteAfterAByteOrderMarkIsPlacedInTheTextWithoutIt(@TempDir Path dir)
        throws IOException {
      Path file = Files.write(dir.resolve("bad.policy"), bytes("\uFEFFab\nc", 0xFF, "d"));
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> PolicyLanguage.read(file));
      assertEquals(2, e.line(), e.getMessage());
      assertEquals(2, e.column(), e.getMessage());
      assertEquals("c\uFFFDd", e.lineText());
    }

    @Test
    void aBadByteIsPlacedAfterEveryKindOfLineBreak(@TempDir Path dir) throws IOException {
      Path file = Files.write(dir.resolve("bad.policy"), bytes("a\r\nb\rc\nde", 0xC3));
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> PolicyLanguage.read(file));
      assertEquals(4, e.line(), e.getMessage());
      assertEquals(3, e.column(), e.getMessage());
      assertEquals("not valid UTF-8: byte 0xC3 at byte offset 9; policy files are UTF-8: save it"
          + " as UTF-8", e.problem());
    }

    @Test
    void aReaderThatFailsRightAfterACarriageReturnPointsAtTheNextLine() {
      Reader reader = new Reader() {
        private boolean given;

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
          if (given) {
            throw new MalformedInputException(1);
          }
          given = true;
          "ab\r".getChars(0, 3, buffer, offset);
          return 3;
        }

        @Override
        public void close() {}
      };
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class,
          () -> PolicyLanguage.read(reader));
      assertEquals(2, e.line(), e.getMessage());
      assertEquals(1, e.column(), e.getMessage());
    }
  }

  @Nested
  class LongLines {
    private final Source<PolicySyntaxException> source =
        new Source<>("x".repeat(149) + "!" + "y".repeat(150), PolicySyntaxException::new);

    @Test
    void aLongLineIsShownAroundTheColumnWithTheCaretOnIt() {
      PolicySyntaxException e = source.error("problem", 1, 150);
      String shown = "…" + "x".repeat(100) + "!" + "y".repeat(99) + "…";
      assertEquals(shown, e.lineText());
      assertEquals("line 1, column 150: problem\n  " + shown + "\n  " + " ".repeat(101) + "^",
          e.getMessage());
    }

    @Test
    void nearTheEndOfALongLineTheLastCharactersAreShown() {
      PolicySyntaxException e = source.error("problem", 1, 290);
      assertEquals("…" + "x".repeat(49) + "!" + "y".repeat(150), e.lineText());
      assertEquals("line 1, column 290: problem\n  " + e.lineText() + "\n  " + " ".repeat(190) + "^",
          e.getMessage());
    }

    @Test
    void aLineOfExactlyTheShownLengthIsShownWhole() {
      String line = "z".repeat(Source.SHOWN_LINE_LENGTH);
      PolicySyntaxException e =
          new Source<>(line, PolicySyntaxException::new).error("problem", 1, 200);
      assertEquals(line, e.lineText());
    }

    @Test
    void aLineAfterTheLastIsEmpty() {
      Source<PolicySyntaxException> text = new Source<>("a\n", PolicySyntaxException::new);
      assertEquals("a", text.line(1));
      assertEquals("", text.line(2));
      assertEquals("", text.line(3));
    }
  }
}
