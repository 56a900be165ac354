package io.github.socialecosystem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Limits;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The argument checks every value shares: what passes, and what the refusals say. */
class ChecksTest {
  private static final String KEBAB_RULES =
      "id must be kebab-case (lowercase letters and digits, words joined by single hyphens, at most"
          + " 100 characters): ";

  @Nested
  class KebabCase {
    @Test
    void anIdOfTheLongestLengthPassesAndOneCharacterMoreDoesNot() {
      String longest = "a".repeat(Limits.MAX_ID_LENGTH);
      assertTrue(Checks.isKebabCase(longest));
      assertFalse(Checks.isKebabCase(longest + "a"));
      assertEquals(longest, Checks.kebabCase("id", longest));
    }

    @Test
    void aValidIdIsReturnedAsItIs() {
      assertEquals("brand-page-2", Checks.kebabCase("id", "brand-page-2"));
    }

    @Test
    void visibleAsciiIsNotSingledOut() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Checks.kebabCase("id", "a~b"));
      assertEquals(KEBAB_RULES + "'a~b'", e.getMessage());
    }

    @Test
    void theFirstUnusualCharacterIsNamedWithItsPlace() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Checks.kebabCase("id", "fan\u00A0club"));
      assertEquals(
          KEBAB_RULES + "'fan\\u00A0club', which has U+00A0 no-break space at character 4",
          e.getMessage());
    }

    @Test
    void anUnusualCharacterIsNamedUpToTheQuotedLengthAndNotBeyond() {
      String atTheEnd = "a".repeat(Texts.QUOTED_LENGTH - 1) + "\u00A0";
      IllegalArgumentException named =
          assertThrows(IllegalArgumentException.class, () -> Checks.kebabCase("id", atTheEnd));
      assertTrue(
          named.getMessage().endsWith(", which has U+00A0 no-break space at character 100"),
          named.getMessage());
      String pastTheEnd = "a".repeat(Texts.QUOTED_LENGTH) + "\u00A0";
      IllegalArgumentException unnamed =
          assertThrows(IllegalArgumentException.class, () -> Checks.kebabCase("id", pastTheEnd));
      assertTrue(unnamed.getMessage().endsWith("…' (101 characters)"), unnamed.getMessage());
    }
  }

  @Nested
  class Blankness {
    @Test
    void aTextWithSomethingToSeeIsReturnedAsItIs() {
      assertEquals("Fans \uD83D\uDE00", Checks.nonBlank("name", "Fans \uD83D\uDE00"));
      assertEquals("Fans", Checks.wellFormed("name", "Fans"));
      assertEquals("Fans", Checks.text("name", "Fans"));
    }

    @Test
    void threeInvisibleCharactersAreAllNamed() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Checks.nonBlank("name", "\u00A0\u200B\uFEFF"));
      assertEquals(
          "name must not be blank: '\\u00A0\\u200B\\uFEFF', made of invisible characters: U+00A0"
              + " no-break space, U+200B zero-width space, U+FEFF byte-order mark",
          e.getMessage());
    }

    @Test
    void moreThanThreeInvisibleCharactersAreCutShort() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Checks.nonBlank("name", "\u00A0\u200B\uFEFF\t"));
      assertEquals(
          "name must not be blank: '\\u00A0\\u200B\\uFEFF\\t', made of invisible characters: U+00A0"
              + " no-break space, U+200B zero-width space, U+FEFF byte-order mark and others",
          e.getMessage());
    }

    @Test
    void spacesAloneAreNotListed() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Checks.nonBlank("name", "   "));
      assertEquals("name must not be blank: '   '", e.getMessage());
    }
  }

  @Nested
  class Length {
    @Test
    void aTextOfTheLongestLengthPassesAndOneCharacterMoreDoesNot() {
      String longest = "t".repeat(Limits.MAX_TEXT_LENGTH);
      assertEquals(longest, Checks.text("description", longest));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Checks.text("description", longest + "t"));
      assertEquals(
          "description must be at most 10,000 characters, but has 10,001: '" + "t".repeat(100) + "…'",
          e.getMessage());
    }
  }
}
