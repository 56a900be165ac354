package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a person can act on: where, what was found (visible even when it is not), and why. */
class PolicyLanguageErrorsTest {
  private static final String VALID =
      """
      policy p
      description "d"
      default limited
      rule r
        when always
        then appropriate
        because "b"
      """;

  private static PolicySyntaxException error(String text) {
    return assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.parse(text));
  }

  private static void assertAt(PolicySyntaxException e, int line, int column, String problem) {
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  @Nested
  class LineEndings {
    private static final String VERDICTS =
        "expected a verdict (recommended, appropriate, limited or inappropriate), found 'maybe'";

    @Test
    void carriageReturnsAloneEndLines() {
      PolicySyntaxException e = error(VALID.replace("then appropriate", "then maybe").replace('\n', '\r'));
      assertAt(e, 6, 8, VERDICTS);
      assertEquals("line 6, column 8: " + VERDICTS + "\n    then maybe\n         ^", e.getMessage());
    }

    @Test
    void crlfAndMixedEndingsCountOneLineEach() {
      String crlf = VALID.replace("then appropriate", "then maybe").replace("\n", "\r\n");
      assertAt(error(crlf), 6, 8, VERDICTS);
      assertEquals("  then maybe", error(crlf).lineText());
      String mixed = "policy p\r\ndescription \"d\"\rdefault limited\nrule r\r\r  when always\n  then maybe";
      assertAt(error(mixed), 7, 8, VERDICTS);
      assertEquals("  then maybe", error(mixed).lineText());
    }

    @Test
    void aTextLineEndsAtACarriageReturnToo() {
      assertAt(error("policy p\rdescription \"d\rdefault limited"), 2, 13,
          "unterminated text: expected a closing '\"' before the end of the line");
    }

    @Test
    void everyLineEndingParsesToTheSamePolicy() {
      EngagementPolicy policy = PolicyLanguage.parse(VALID);
      assertEquals(policy, PolicyLanguage.parse(VALID.replace("\n", "\r")));
      assertEquals(policy, PolicyLanguage.parse(VALID.replace("\n", "\r\n")));
      assertEquals(policy, PolicyLanguage.parse("# comment\r" + VALID.replace("\n", "  # more\r")));
    }
  }

  @Nested
  class Characters {
    @Test
    void aLeadingByteOrderMarkIsSkipped() {
      assertEquals(PolicyLanguage.parse(VALID), PolicyLanguage.parse("\uFEFF" + VALID));
      PolicySyntaxException e = error("\uFEFFpolicy P");
      assertAt(e, 1, 8, "expected a kebab-case policy id (at most 100 characters), found 'P'");
      assertEquals("policy P", e.lineText());
    }

    @Test
    void aByteOrderMarkElsewhereIsNamed() {
      assertAt(error("policy p\n\uFEFFdescription \"d\""), 2, 1,
          "unexpected character U+FEFF byte-order mark: expected a word, a quoted text, a"
              + " parenthesis, a bracket or a comma");
    }

    @Test
    void invisibleCharactersInIdsAreNamedByCodePoint() {
      assertAt(error(VALID.replace("rule r", "rule owned\u00A0promotion")), 4, 11,
          "unexpected character U+00A0 no-break space: expected a word, a quoted text, a"
              + " parenthesis, a bracket or a comma");
      assertAt(error(VALID.replace("rule r", "rule owned\u200Bpromotion")), 4, 11,
          "unexpected character U+200B zero-width space: expected a word, a quoted text, a"
              + " parenthesis, a bracket or a comma");
      assertAt(error(VALID.replace("policy p", "policy\u00A0p")), 1, 7,
          "unexpected character U+00A0 no-break space: expected a word, a quoted text, a"
              + " parenthesis, a bracket or a comma");
    }

    @Test
    void lookAlikeLettersAreShownAndNamed() {
      assertAt(error(VALID.replace("when always", "when layer is p\u0430rticipating")), 5, 18,
          "unexpected character '\u0430' (U+0430 cyrillic small letter a): expected a word, a"
              + " quoted text, a parenthesis, a bracket or a comma");
    }

    @Test
    void textsOfInvisibleCharactersOnlyAreBlank() {
      assertAt(error(VALID.replace("description \"d\"", "description \"\u00A0\u200B\"")), 2, 13,
          "expected the policy's description as a quoted text, found a blank text");
      assertAt(error(VALID.replace("because \"b\"", "because \"\uFEFF \u2060\"")), 7, 11,
          "expected the rule's rationale as a quoted text, found a blank text");
    }

    @Test
    void columnsCountCodePointsSoAnEmojiIsOne() {
      PolicySyntaxException e = error("policy p description \"\uD83D\uDE00\uD83D\uDE00\" default maybe");
      assertAt(e, 1, 35,
          "expected a verdict (recommended, appropriate, limited or inappropriate), found 'maybe'");
      assertEquals(
          "line 1, column 35: expected a verdict (recommended, appropriate, limited or"
              + " inappropriate), found 'maybe'\n"
              + "  policy p description \"\uD83D\uDE00\uD83D\uDE00\" default maybe\n"
              + "  " + " ".repeat(34) + "^",
          e.getMessage());
      assertEquals("\uD83D\uDE00", PolicyLanguage.parse(VALID.replace("\"d\"", "\"\uD83D\uDE00\"")).description());
    }

    @Test
    void aThreeMillionCharacterWordIsQuotedCutAndTheLineShownAroundTheSpot() {
      String word = "a".repeat(3_000_000);
      PolicySyntaxException e = error("policy " + word + " description \"d\" default limited");
      assertAt(e, 1, 8, "expected a kebab-case policy id (at most 100 characters), found '" + "a".repeat(100)
          + "…' (a word of 3,000,000 characters)");
      assertTrue(e.getMessage().length() < 600, "message of " + e.getMessage().length());
      assertEquals("policy " + "a".repeat(193) + "…", e.lineText());
    }

    @Test
    void aLongLineIsShownAroundTheSpotWithTheCaretUnderIt() {
      String values = "listen, ".repeat(1_000);
      String line = "  when intent in [" + values + "shout, " + values + "listen]";
      PolicySyntaxException e = error(VALID.replace("  when always", line));
      assertEquals(5, e.line());
      assertEquals(8_019, e.column());
      assertEquals("…" + line.substring(7_918, 8_118) + "…", e.lineText());
      String caretLine = e.getMessage().substring(e.getMessage().lastIndexOf('\n') + 1);
      assertEquals("  " + " ".repeat(101) + "^", caretLine);
      assertEquals('s', e.lineText().charAt(101));
    }

    @Test
    void controlCharactersInTheShownLineAreReplaced() {
      PolicySyntaxException e = error("policy p description \"\u001B[31m\" default maybe");
      assertEquals("policy p description \"?[31m\" default maybe", e.lineText());
    }
  }

  @Nested
  class Values {
    @Test
    void valuesMustBeKebabCase() {
      assertAt(error(VALID.replace("when always", "when format is press_release")), 5, 18,
          "expected a format: one of none, conversation, video, press-release, offer, found"
              + " 'press_release'");
      assertEquals(
          Condition.format(Format.PRESS_RELEASE),
          PolicyLanguage.parse(VALID.replace("when always", "when format is press-release")).rules().get(0).condition());
    }

    @Test
    void wholeNumbersMayHaveLeadingZeros() {
      assertEquals(1, PolicyLanguage.parse(VALID.replace("  because", "  priority 0001\n  because")).rules().get(0).priority());
      assertEquals(42, PolicyLanguage.parse(VALID.replace("  because", "  priority 000000000000042\n  because")).rules().get(0).priority());
      assertEquals(-7, PolicyLanguage.parse(VALID.replace("  because", "  priority -0007\n  because")).rules().get(0).priority());
      assertEquals(
          Integer.MIN_VALUE,
          PolicyLanguage.parse(VALID.replace("  because", "  priority -2147483648\n  because")).rules().get(0).priority());
      assertEquals(0.5, PolicyLanguage.parse(VALID.replace("default limited", "default limited balance limit 050%")).balanceLimit());
    }

    @Test
    void wholeNumbersOutOfRangeAreRefusedClearly() {
      assertAt(error(VALID.replace("  because", "  priority 2147483648\n  because")), 7, 12,
          "expected a whole number from -2147483648 to 2147483647, found '2147483648', which is out of range");
      assertAt(error(VALID.replace("  because", "  priority 000099999999999\n  because")), 7, 12,
          "expected a whole number from -2147483648 to 2147483647, found '000099999999999', which is out of range");
      assertAt(error(VALID.replace("  because", "  priority 1e3\n  because")), 7, 12,
          "expected a whole number from -2147483648 to 2147483647, found '1e3'");
    }

    @Test
    void duplicateRuleIdPointsAtTheSecondId() {
      String twice = VALID + "\nrule   r\n  when always\n  then limited\n  because \"b\"\n  must \"m\"\n";
      assertAt(error(twice), 9, 8, "rule id 'r' is used twice: expected a new id");
    }

    @Test
    void theOldKeywordSourceIsNamedWithItsNewName() {
      assertAt(error(VALID + "  source \"managed communities\"\n"), 8, 3,
          "expected 'citation' and the section the rule comes from ('source' is its old name),"
              + " found 'source'");
    }

    @Test
    void whatCannotFollowARuleIsRefusedWithTheClausesThatCould() {
      assertAt(error(VALID + "  rationale \"x\"\n"), 8, 3,
          "expected 'citation', 'priority', 'must' to go on with rule 'r', or 'rule', 'require',"
              + " 'expect' or the end of the text, found 'rationale'");
      assertAt(error(VALID + "  citation \"c\"\n  priority 1\n  when always\n"), 10, 3,
          "expected 'must' to go on with rule 'r', or 'rule', 'require', 'expect' or the end of"
              + " the text, found 'when'");
    }
  }

  @Nested
  class Streaming {
    @Test
    void theFirstProblemInTheTextIsReportedEvenIfALaterCharacterCannotBeRead() {
      // The parser reads tokens as it needs them: it meets the bad id before the bad character.
      assertAt(error("policy Bad_Id description \"d\" default limited ;"), 1, 8,
          "expected a kebab-case policy id (at most 100 characters), found 'Bad_Id'");
    }

    /** Eight hundred thousand tokens. Tagged "slow": the mutation run leaves it out. */
    @Test
    @Tag("slow")
    void aPolicyOfManyTokensParses() {
      String values = "listen, ".repeat(400_000);
      EngagementPolicy policy = PolicyLanguage.parse(VALID.replace("when always", "when intent in [" + values + "support]"));
      assertEquals("intent in [listen, support]", policy.rules().get(0).condition().toString());
    }
  }

  @Nested
  class Encodings {
    @Test
    void aFileThatIsNotUtf8NamesTheByteAndWhereItIs(@TempDir Path dir) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes("policy p\ndescription \"Caf\u00E9 cr\u00E8me \u00E0 ".getBytes(StandardCharsets.UTF_8));
      bytes.write(0xFF);
      bytes.writeBytes("\"\ndefault limited\n".getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve("latin.policy");
      Files.write(file, bytes.toByteArray());
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.read(file));
      assertAt(e, 2, 27, "not valid UTF-8: byte 0xFF at byte offset 38; policy files are UTF-8: save it as UTF-8");
      assertEquals("description \"Caf\u00E9 cr\u00E8me \u00E0 \uFFFD\"", e.lineText());
    }

    @Test
    void aTruncatedSequenceNamesItsBytes(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("cut.policy");
      byte[] euro = "\u20AC".getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes("policy p\rdescription \"".getBytes(StandardCharsets.UTF_8));
      bytes.write(euro, 0, 2);
      bytes.writeBytes("\"".getBytes(StandardCharsets.UTF_8));
      Files.write(file, bytes.toByteArray());
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.read(file));
      assertAt(e, 2, 14, "not valid UTF-8: bytes 0xE2 0x82 at byte offset 22; policy files are UTF-8: save it as UTF-8");
    }

    @Test
    void aFileWithAByteOrderMarkReads(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("marked.policy");
      Files.writeString(file, "\uFEFF" + VALID, StandardCharsets.UTF_8);
      assertEquals(PolicyLanguage.parse(VALID), PolicyLanguage.read(file));
    }

    @Test
    void aReaderThatCannotDecodeSaysHowFarItGot() {
      byte[] bytes = "policy p\ndescription \"d\"\nde\u00FF".getBytes(StandardCharsets.ISO_8859_1);
      InputStreamReader reader =
          new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.read(reader));
      assertTrue(e.problem().startsWith("the text cannot be decoded after this point (java.nio.charset.MalformedInputException"), e.problem());
      assertTrue(e.problem().endsWith("read it with the encoding it was saved in; policy files are UTF-8"), e.problem());
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsDecoded(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("huge.policy");
      Files.write(file, new byte[3 * PolicyLanguage.MAX_CHARS + 4]);
      PolicySyntaxException e = assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.read(file));
      assertAt(e, 1, 1, "the text is longer than 4,000,000 characters (Limits.MAX_POLICY_CHARS): split the policy into several");
      assertThrows(PolicySyntaxException.class, () -> PolicyLanguage.read(new StringReader("#".repeat(PolicyLanguage.MAX_CHARS + 2))));
    }
  }
}
