package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Ecosystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way an ecosystem text can be wrong, each reported where it is, with what was expected;
 * whatever the builders refuse is refused at the statement that causes it.
 */
class EcosystemLanguageErrorsTest {
  private static final String VALID =
      """
      ecosystem "Crafting Tools Inc."

      community brand-page
        name "Crafting Tools page"
        steward organization
        platform "Facebook" consumer-network
        membership open
        audience public
        topics [crafting, deals]
        members 120000

      community crafters-club
        name "Crafters' Club"
        steward organization
        platform "Telligent Community" community-software
        membership open
        audience customers

      channel brand-page -> crafters-club
      """;

  private static final String UNEXPECTED =
      ": expected a word, a quoted text, '->', a bracket or a comma";

  private static EcosystemSyntaxException error(String text) {
    return assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.parse(text));
  }

  private static void assertAt(EcosystemSyntaxException e, int line, int column, String problem) {
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  private static String replaced(String from, String to) {
    assertTrue(VALID.contains(from), from);
    return VALID.replace(from, to);
  }

  @Test
  void theValidTextParses() {
    Ecosystem ecosystem = EcosystemLanguage.parse(VALID);
    assertEquals(2, ecosystem.communities().size());
  }

  @Test
  void theMessageShowsTheLineAndACaretUnderTheSpot() {
    EcosystemSyntaxException e = error(replaced("audience customers", "audience fans"));
    assertEquals(
        "line 17, column 12: expected an audience: one of public, customers, partners, employees,"
            + " found 'fans'\n    audience fans\n             ^",
        e.getMessage());
    assertEquals("  audience fans", e.lineText());
  }

  @Nested
  class Header {
    @Test
    void emptyText() {
      assertAt(error(""), 1, 1,
          "expected 'ecosystem' and the organisation's name as a quoted text at the start, found the"
              + " end of the text");
      assertAt(error("# only a comment\n"), 2, 1,
          "expected 'ecosystem' and the organisation's name as a quoted text at the start, found the"
              + " end of the text");
    }

    @Test
    void aCommunityBeforeTheHeader() {
      assertAt(error(VALID.substring(VALID.indexOf("community"))), 1, 1,
          "expected 'ecosystem' and the organisation's name as a quoted text at the start, found"
              + " 'community'");
    }

    @Test
    void anUnquotedOrganization() {
      assertAt(error(replaced("\"Crafting Tools Inc.\"", "Crafting")), 1, 11,
          "expected the organisation's name as a quoted text, found 'Crafting'");
    }

    @Test
    void aSecondHeader() {
      assertAt(error(VALID + "ecosystem \"Again\"\n"), 20, 1,
          "expected 'community', 'channel' or the end of the text, found 'ecosystem'");
    }
  }

  @Nested
  class Communities {
    @Test
    void aMissingId() {
      assertAt(error("ecosystem \"O\"\ncommunity\n"), 3, 1,
          "expected a kebab-case community id (at most 100 characters), found the end of the text");
      // A keyword is an id like any other: this community is called 'name', and has no name.
      assertAt(error(replaced("community brand-page\n", "community\n")), 4, 8,
          "community 'name' (line 3) lacks name, steward, platform, membership and audience:"
              + " expected 'name' and the community's name as a quoted text, found a quoted text");
    }

    @Test
    void aDuplicateStatement() {
      assertAt(error(replaced("  members 120000\n", "  members 120000\n  steward independent\n")), 11, 3,
          "'steward' is given twice in community 'brand-page' (first at line 5)");
    }

    @Test
    void anUnknownStatementNamesTheStatementsLeft() {
      assertAt(error(replaced("  audience customers\n", "  audience customers\n  topic crafting\n")), 18, 3,
          "expected another statement of community 'crafters-club' (topics or members),"
              + " 'community', 'channel' or the end of the text, found 'topic'");
    }

    @Test
    void somethingAfterACompleteCommunity() {
      assertAt(error(replaced("members 120000", "members 120,000")), 10, 14,
          "expected 'community', 'channel' or the end of the text, found ','");
    }

    @Test
    void aBadSteward() {
      assertAt(error(replaced("steward organization\n  platform \"Facebook\"", "steward company\n  platform \"Facebook\"")), 5, 11,
          "expected a steward: one of independent, organization, found 'company'");
    }

    @Test
    void aBadPlatformKind() {
      assertAt(error(replaced("consumer-network", "consumer_network")), 6, 23,
          "expected a platform kind: one of consumer-network, independent-site, community-software,"
              + " found 'consumer_network'");
    }

    @Test
    void aPlatformWithoutAName() {
      assertAt(error(replaced("\"Facebook\" consumer-network", "consumer-network")), 6, 12,
          "expected the platform's name as a quoted text, found 'consumer-network'");
    }

    @Test
    void aBadMembership() {
      assertAt(error(replaced("  membership open\n  audience public", "  membership closed\n  audience public")), 7, 14,
          "expected a membership: one of open, controlled, found 'closed'");
    }

    @Test
    void anUnquotedName() {
      assertAt(error(replaced("\"Crafting Tools page\"", "Crafting")), 4, 8,
          "expected the community's name as a quoted text, found 'Crafting'");
    }

    @Test
    void topicsWithoutBrackets() {
      assertAt(error(replaced("[crafting, deals]", "crafting")), 9, 10,
          "expected '[' to start the list of topics, found 'crafting'");
    }

    @Test
    void anUnclosedListOfTopics() {
      assertAt(error(replaced("[crafting, deals]", "[crafting deals]")), 9, 20,
          "expected ',' and another topic, or ']' to close the list, found 'deals'");
    }

    @Test
    void anEmptyListOfTopics() {
      assertAt(error(replaced("[crafting, deals]", "[]")), 9, 11,
          "expected a kebab-case topic (at most 100 characters), found ']'");
    }

    @Test
    void aTopicListedTwice() {
      assertAt(error(replaced("[crafting, deals]", "[crafting, crafting]")), 9, 21,
          "topic 'crafting' is listed twice in community 'brand-page'");
    }

    @Test
    void memberCountsThatAreNotWholeNumbers() {
      String expected = "expected the number of members, a whole number from 0 to 9223372036854775807, found ";
      assertAt(error(replaced("members 120000", "members 12e3")), 10, 11, expected + "'12e3'");
      assertAt(error(replaced("members 120000", "members many")), 10, 11, expected + "'many'");
      assertAt(error(replaced("members 120000", "members \"12\"")), 10, 11, expected + "a quoted text");
      assertAt(error(replaced("members 120000", "members 9223372036854775808")), 10, 11,
          expected + "'9223372036854775808', which is out of range");
      assertAt(error(replaced("members 120000", "members 0000099999999999999999999")), 10, 11,
          expected + "'0000099999999999999999999', which is out of range");
    }

    @Test
    void parenthesesAreNotPartOfTheLanguage() {
      assertAt(error(replaced("community brand-page", "community brand-page (page)")), 3, 22,
          "unexpected character '('" + UNEXPECTED);
    }
  }

  @Nested
  class MissingStatements {
    @Test
    void one() {
      assertAt(error(replaced("  audience public\n", "")), 11, 1,
          "community 'brand-page' (line 3) lacks audience: expected 'audience' and whom it is for"
              + " (public, customers, partners or employees), found 'community'");
    }

    @Test
    void severalNamesAllOfThemAndAsksForTheFirst() {
      assertAt(error(replaced("  steward organization\n  platform \"Facebook\"", "  platform \"Facebook\"")
              .replace("  membership open\n  audience public\n", "")), 9, 1,
          "community 'brand-page' (line 3) lacks steward, membership and audience: expected"
              + " 'steward' and who runs it (independent or organization), found 'community'");
    }

    @Test
    void allAtTheEndOfTheText() {
      assertAt(error("ecosystem \"O\" community c name \"N\""), 1, 35,
          "community 'c' (line 1) lacks steward, platform, membership and audience: expected"
              + " 'steward' and who runs it (independent or organization), found the end of the text");
    }

    @Test
    void theName() {
      assertAt(error(replaced("  name \"Crafters' Club\"\n", "")), 18, 1,
          "community 'crafters-club' (line 12) lacks name: expected 'name' and the community's name"
              + " as a quoted text, found 'channel'");
    }

    @Test
    void thePlatform() {
      assertAt(error(replaced("  platform \"Telligent Community\" community-software\n", "")), 18, 1,
          "community 'crafters-club' (line 12) lacks platform: expected 'platform', the platform's"
              + " name as a quoted text and its kind (consumer-network, independent-site or"
              + " community-software), found 'channel'");
    }

    @Test
    void theMembership() {
      assertAt(error(replaced("  membership open\n  audience customers", "  audience customers")), 18, 1,
          "community 'crafters-club' (line 12) lacks membership: expected 'membership' and who may"
              + " join (open or controlled), found 'channel'");
    }
  }

  @Nested
  class Channels {
    @Test
    void aBadStart() {
      assertAt(error(replaced("channel brand-page", "channel Brand")), 19, 9,
          "expected the kebab-case id of the community the channel starts at (at most 100"
              + " characters), found 'Brand'");
    }

    @Test
    void aMissingArrow() {
      assertAt(error(replaced("brand-page -> crafters-club", "brand-page crafters-club")), 19, 20,
          "expected '->' and the community the channel leads to, found 'crafters-club'");
      assertAt(error(replaced("brand-page -> crafters-club", "brand-page > crafters-club")), 19, 20,
          "unexpected character '>'" + UNEXPECTED);
    }

    @Test
    void aBadEnd() {
      assertAt(error(replaced("-> crafters-club", "-> Crafters")), 19, 23,
          "expected the kebab-case id of the community the channel leads to (at most 100"
              + " characters), found 'Crafters'");
      assertAt(error(replaced("-> crafters-club\n", "->\n")), 20, 1,
          "expected the kebab-case id of the community the channel leads to (at most 100"
              + " characters), found the end of the text");
    }

    @Test
    void anArrowWithoutSpacesReads() {
      assertEquals(
          EcosystemLanguage.parse(VALID),
          EcosystemLanguage.parse(replaced("brand-page -> crafters-club", "brand-page->crafters-club")));
    }

    @Test
    void aHyphenBeforeTheArrowBelongsToTheId() {
      assertAt(error(replaced("brand-page -> crafters-club", "brand-page-->crafters-club")), 19, 9,
          "expected the kebab-case id of the community the channel starts at (at most 100"
              + " characters), found 'brand-page-'");
    }

    @Test
    void aChannelGivenTwice() {
      assertAt(error(VALID + "channel   brand-page -> crafters-club\n"), 20, 1,
          "channel brand-page -> crafters-club is given twice (first at line 19)");
    }
  }

  /**
   * Each rule the builders of {@code Ecosystem}, {@code Community}, {@code Platform} and {@code
   * Channel} hold, broken in a text: refused at the statement that breaks it.
   */
  @Nested
  class BuilderRules {
    @Test
    void organizationMustNotBeBlank() {
      assertAt(error(replaced("\"Crafting Tools Inc.\"", "\" \u00A0\u200B\"")), 1, 11,
          "expected the organisation's name as a quoted text, found a blank text");
    }

    @Test
    void organizationMustBeWellFormed() {
      assertAt(error(replaced("\"Crafting Tools Inc.\"", "\"Crafting \uD83D\"")), 1, 11,
          "organization must be well-formed Unicode text, but has half of a surrogate pair (U+D83D)"
              + " on its own at character 10: 'Crafting \\uD83D'");
    }

    @Test
    void organizationMustNotBeTooLong() {
      assertAt(error(replaced("\"Crafting Tools Inc.\"", "\"" + "o".repeat(10_001) + "\"")), 1, 11,
          "quoted text longer than 10,000 characters (Limits.MAX_TEXT_LENGTH): shorten it");
    }

    @Test
    void communityIdMustBeKebabCase() {
      assertAt(error(replaced("community brand-page", "community Brand_Page")), 3, 11,
          "expected a kebab-case community id (at most 100 characters), found 'Brand_Page'");
      assertAt(error(replaced("community brand-page", "community " + "a".repeat(101))), 3, 11,
          "expected a kebab-case community id (at most 100 characters), found '" + "a".repeat(100)
              + "…' (a word of 101 characters)");
      assertAt(error(replaced("community brand-page", "community \"brand-page\"")), 3, 11,
          "expected a kebab-case community id (at most 100 characters), found a quoted text");
    }

    @Test
    void communityIdsMustBeUnique() {
      assertAt(error(replaced("community crafters-club", "community brand-page")), 12, 11,
          "community id 'brand-page' is used twice (first at line 3): expected a new id");
    }

    @Test
    void communityNameMustNotBeBlank() {
      assertAt(error(replaced("\"Crafting Tools page\"", "\"\u200B\"")), 4, 8,
          "expected the community's name as a quoted text, found a blank text");
      assertAt(error(replaced("\"Crafting Tools page\"", "\"\"")), 4, 8,
          "expected the community's name as a quoted text, found a blank text");
    }

    @Test
    void communityNameMustBeWellFormed() {
      assertAt(error(replaced("\"Crafting Tools page\"", "\"\uDC00x\"")), 4, 8,
          "community name must be well-formed Unicode text, but has half of a surrogate pair"
              + " (U+DC00) on its own at character 1: '\\uDC00x'");
    }

    @Test
    void communityNameMustNotBeTooLong() {
      assertAt(error(replaced("\"Crafting Tools page\"", "\"" + "n".repeat(10_001) + "\"")), 4, 8,
          "quoted text longer than 10,000 characters (Limits.MAX_TEXT_LENGTH): shorten it");
      assertEquals(
          "n".repeat(10_000),
          EcosystemLanguage.parse(replaced("\"Crafting Tools page\"", "\"" + "n".repeat(10_000) + "\""))
              .communities().get(0).name());
    }

    @Test
    void platformNameMustNotBeBlank() {
      assertAt(error(replaced("\"Facebook\"", "\"\\t\"")), 6, 12,
          "expected the platform's name as a quoted text, found a blank text");
    }

    @Test
    void platformNameMustBeWellFormed() {
      assertAt(error(replaced("\"Facebook\"", "\"Face\uD800book\"")), 6, 12,
          "platform name must be well-formed Unicode text, but has half of a surrogate pair"
              + " (U+D800) on its own at character 5: 'Face\\uD800book'");
    }

    @Test
    void platformNameMustNotBeTooLong() {
      assertAt(error(replaced("\"Facebook\"", "\"" + "f".repeat(10_001) + "\"")), 6, 12,
          "quoted text longer than 10,000 characters (Limits.MAX_TEXT_LENGTH): shorten it");
    }

    @Test
    void topicsMustBeKebabCase() {
      assertAt(error(replaced("[crafting, deals]", "[crafting, UX]")), 9, 21,
          "expected a kebab-case topic (at most 100 characters), found 'UX'");
      assertAt(error(replaced("[crafting, deals]", "[crafting, \"ux design\"]")), 9, 21,
          "expected a kebab-case topic (at most 100 characters), found a quoted text");
    }

    @Test
    void memberCountMustNotBeNegative() {
      assertAt(error(replaced("members 120000", "members -5")), 10, 11,
          "expected the number of members, a whole number from 0 to 9223372036854775807, found"
              + " '-5', which is negative");
    }

    @Test
    void anEmployeeCommunityMustControlItsMembership() {
      assertAt(error(replaced("audience customers", "audience employees")), 16, 14,
          "membership must be controlled for an employee community (audience employees on the"
              + " organisation's own community software), found 'open'");
      // Wherever the membership is given, the error points at it.
      String membershipFirst =
          replaced("  steward organization\n  platform \"Telligent", "  membership open\n  steward organization\n  platform \"Telligent")
              .replace("  membership open\n  audience customers", "  audience employees");
      assertAt(error(membershipFirst), 14, 14,
          "membership must be controlled for an employee community (audience employees on the"
              + " organisation's own community software), found 'open'");
    }

    @Test
    void everyRequiredPartMustBeGiven() {
      assertAt(error("ecosystem \"O\"\ncommunity c\n"), 3, 1,
          "community 'c' (line 2) lacks name, steward, platform, membership and audience: expected"
              + " 'name' and the community's name as a quoted text, found the end of the text");
    }

    @Test
    void channelEndsMustBeKebabCase() {
      assertAt(error(replaced("channel brand-page", "channel brand_page")), 19, 9,
          "expected the kebab-case id of the community the channel starts at (at most 100"
              + " characters), found 'brand_page'");
    }

    @Test
    void aChannelMustConnectTwoDifferentCommunities() {
      assertAt(error(replaced("-> crafters-club", "-> brand-page")), 19, 23,
          "a channel must connect two different communities, but this one starts and ends at"
              + " 'brand-page'");
    }

    @Test
    void aChannelMustStartAtAKnownCommunity() {
      assertAt(error(replaced("channel brand-page", "channel blog")), 19, 9,
          "channel blog -> crafters-club starts at an unknown community 'blog': expected the id of a"
              + " community of this ecosystem");
    }

    @Test
    void aChannelMustLeadToAKnownCommunity() {
      assertAt(error(replaced("-> crafters-club", "-> fan-club")), 19, 23,
          "channel brand-page -> fan-club leads to an unknown community 'fan-club': expected the id"
              + " of a community of this ecosystem");
    }

    @Test
    void channelsMayNameCommunitiesFurtherDownButNotOnesThatNeverCome() {
      String early = "ecosystem \"O\"\nchannel a -> b\nchannel b -> c\n"
          + VALID.substring(VALID.indexOf("community"), VALID.indexOf("channel")).replace("brand-page", "a").replace("crafters-club", "b");
      assertAt(error(early), 3, 14,
          "channel b -> c leads to an unknown community 'c': expected the id of a community of this"
              + " ecosystem");
    }
  }

  @Nested
  class Characters {
    @Test
    void anUnterminatedText() {
      assertAt(error(replaced("\"Crafting Tools page\"", "\"Crafting Tools page")), 4, 8,
          "unterminated text: expected a closing '\"' before the end of the line");
    }

    @Test
    void anUnknownEscape() {
      assertAt(error(replaced("\"Crafting Tools page\"", "\"Crafting \\x\"")), 4, 18,
          "unknown escape: expected \\\" \\\\ \\n \\t or \\r");
    }

    @Test
    void invisibleCharactersInIdsAreNamedByCodePoint() {
      assertAt(error(replaced("community brand-page", "community brand\u00A0page")), 3, 16,
          "unexpected character U+00A0 no-break space" + UNEXPECTED);
      assertAt(error(replaced("channel brand-page", "channel brand\u200B-page")), 19, 14,
          "unexpected character U+200B zero-width space" + UNEXPECTED);
    }

    @Test
    void lookAlikeLettersAreShownAndNamed() {
      assertAt(error(replaced("steward organization\n  platform \"Facebook\"", "steward org\u0430nization\n  platform \"Facebook\"")), 5, 14,
          "unexpected character '\u0430' (U+0430 cyrillic small letter a)" + UNEXPECTED);
    }

    @Test
    void aLoneSurrogateOutsideQuotesIsNamed() {
      EcosystemSyntaxException e = error(replaced("steward organization\n  platform \"Facebook\"", "steward \uD800\n  platform \"Facebook\""));
      assertAt(e, 5, 11, "unexpected character U+D800 high surrogates d800" + UNEXPECTED);
      assertEquals("  steward \uD800", e.lineText());
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedAndOneElsewhereIsNamed() {
      assertEquals(EcosystemLanguage.parse(VALID), EcosystemLanguage.parse("\uFEFF" + VALID));
      assertAt(error("\uFEFF" + replaced("community brand-page", "community Brand")), 3, 11,
          "expected a kebab-case community id (at most 100 characters), found 'Brand'");
      assertAt(error(replaced("community crafters-club", "\uFEFFcommunity crafters-club")), 12, 1,
          "unexpected character U+FEFF byte-order mark" + UNEXPECTED);
    }

    @Test
    void columnsCountCodePointsSoAnEmojiIsOne() {
      EcosystemSyntaxException e = error("ecosystem \"\uD83D\uDE00\uD83D\uDE00\" community Bad");
      assertAt(e, 1, 26, "expected a kebab-case community id (at most 100 characters), found 'Bad'");
      assertEquals(
          "line 1, column 26: expected a kebab-case community id (at most 100 characters), found"
              + " 'Bad'\n  ecosystem \"\uD83D\uDE00\uD83D\uDE00\" community Bad\n  " + " ".repeat(25) + "^",
          e.getMessage());
    }
  }

  @Nested
  class LineEndings {
    private static final String AUDIENCE =
        "expected an audience: one of public, customers, partners, employees, found 'fans'";

    @Test
    void carriageReturnsAloneEndLines() {
      EcosystemSyntaxException e = error(replaced("audience customers", "audience fans").replace('\n', '\r'));
      assertAt(e, 17, 12, AUDIENCE);
      assertEquals("  audience fans", e.lineText());
    }

    @Test
    void crlfAndMixedEndingsCountOneLineEach() {
      String crlf = replaced("audience customers", "audience fans").replace("\n", "\r\n");
      assertAt(error(crlf), 17, 12, AUDIENCE);
      assertEquals("  audience fans", error(crlf).lineText());
      String mixed = "ecosystem \"O\"\r\ncommunity c\rname \"N\"\n\r\naudience fans";
      assertAt(error(mixed), 5, 10, AUDIENCE);
    }

    @Test
    void everyLineEndingParsesToTheSameEcosystem() {
      Ecosystem ecosystem = EcosystemLanguage.parse(VALID);
      assertEquals(ecosystem, EcosystemLanguage.parse(VALID.replace("\n", "\r")));
      assertEquals(ecosystem, EcosystemLanguage.parse(VALID.replace("\n", "\r\n")));
      assertEquals(ecosystem, EcosystemLanguage.parse("# comment\r" + VALID.replace("\n", "  # more\r")));
    }

    @Test
    void aTextEndsAtALineEnd() {
      assertAt(error(replaced("\"Crafting Tools page\"", "\"Crafting\rTools page\"")), 4, 8,
          "unterminated text: expected a closing '\"' before the end of the line");
    }
  }

  @Nested
  class Encodings {
    @Test
    void aFileThatIsNotUtf8NamesTheByteAndWhereItIs(@TempDir Path dir) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes("ecosystem \"Caf\u00E9 ".getBytes(StandardCharsets.UTF_8));
      bytes.write(0xE9);
      bytes.writeBytes("\"\n".getBytes(StandardCharsets.UTF_8));
      Path file = dir.resolve("latin.ecosystem");
      Files.write(file, bytes.toByteArray());
      EcosystemSyntaxException e = assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.read(file));
      assertAt(e, 1, 17,
          "not valid UTF-8: byte 0xE9 at byte offset 17; ecosystem files are UTF-8: save it as UTF-8");
      assertEquals("ecosystem \"Caf\u00E9 \uFFFD\"", e.lineText());
    }

    @Test
    void aFileWithAByteOrderMarkReads(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("marked.ecosystem");
      Files.writeString(file, "\uFEFF" + VALID, StandardCharsets.UTF_8);
      assertEquals(EcosystemLanguage.parse(VALID), EcosystemLanguage.read(file));
    }

    @Test
    void aReaderThatCannotDecodeSaysHowFarItGot() {
      byte[] bytes = "ecosystem \"O\"\ncommunity c\u00FF".getBytes(StandardCharsets.ISO_8859_1);
      InputStreamReader reader =
          new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder());
      EcosystemSyntaxException e =
          assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.read(reader));
      assertTrue(e.problem().startsWith("the text cannot be decoded after this point (java.nio.charset.MalformedInputException"), e.problem());
      assertTrue(e.problem().endsWith("read it with the encoding it was saved in; ecosystem files are UTF-8"), e.problem());
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    }
  }
}
