package io.github.socialecosystem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How values and characters are written into error messages. */
class TextsTest {
  @Nested
  class Quoting {
    @Test
    void shortValueIsQuotedWhole() {
      assertEquals("'brand page'", Texts.quote("brand page"));
      assertEquals("'Café Crème'", Texts.quote("Café Crème"));
      assertEquals("''", Texts.quote(""));
    }

    @Test
    void longValueIsCutAfterTheStatedLengthWithItsLength() {
      String word = "a".repeat(3_000_276);
      assertEquals("'" + "a".repeat(Texts.QUOTED_LENGTH) + "…' (3,000,276 characters)", Texts.quote(word));
      assertEquals(
          "'" + "a".repeat(Texts.QUOTED_LENGTH) + "…' (a word of 3,000,276 characters)",
          Texts.quote(word, "a word"));
      assertEquals("'" + "a".repeat(Texts.QUOTED_LENGTH) + "…'", Texts.excerpt(word));
      assertEquals("'" + "a".repeat(Texts.QUOTED_LENGTH) + "'", Texts.quote("a".repeat(Texts.QUOTED_LENGTH)));
    }

    @Test
    void cuttingCountsCodePointsAndNeverSplitsOne() {
      String emoji = "\uD83D\uDE00";  // one code point, two UTF-16 units
      String value = emoji.repeat(Texts.QUOTED_LENGTH + 1);
      assertEquals(
          "'" + emoji.repeat(Texts.QUOTED_LENGTH) + "…' (101 characters)", Texts.quote(value));
    }

    @Test
    void invisibleCharactersAreEscapedSoTheMessageShowsThem() {
      assertEquals("'fan\\u00A0club'", Texts.quote("fan\u00A0club"));
      assertEquals("'\\uFEFFpolicy'", Texts.quote("\uFEFFpolicy"));
      assertEquals("'a\\u200Bb'", Texts.quote("a\u200Bb"));
      assertEquals("'two\\nlines\\tand a tab'", Texts.quote("two\nlines\tand a tab"));
      assertEquals("'a b'", Texts.quote("a b"));
    }
  }

  @Nested
  class Describing {
    @Test
    void visibleAsciiIsQuoted() {
      assertEquals("';'", Texts.describe(';'));
      assertEquals("\"'\"", Texts.describe('\''));
    }

    @Test
    void invisibleCharactersAreNamedByCodePoint() {
      assertEquals("U+FEFF byte-order mark", Texts.describe(0xFEFF));
      assertEquals("U+00A0 no-break space", Texts.describe(0xA0));
      assertEquals("U+200B zero-width space", Texts.describe(0x200B));
      assertEquals("U+202F narrow no-break space", Texts.describe(0x202F));
      assertEquals("U+0009 tab", Texts.describe('\t'));
      assertEquals("U+0000 null", Texts.describe(0));
      assertEquals("U+0020 space", Texts.describe(' '));
    }

    @Test
    void theEndsOfVisibleAsciiAreQuotedAndDeleteIsNamed() {
      assertEquals("'!'", Texts.describe('!'));
      assertEquals("'~'", Texts.describe('~'));
      assertEquals("U+007F delete", Texts.describe(0x7F));
    }

    @Test
    void nonAsciiLookAlikesAreShownAndNamed() {
      assertEquals("'а' (U+0430 cyrillic small letter a)", Texts.describe(0x430));
      assertEquals("'\uD83D\uDE00' (U+1F600 grinning face)", Texts.describe(0x1F600));
    }
  }

  @Nested
  class Blankness {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "", " ", "\t\n", "\u00A0", "\u2007", "\u202F", "\u200B", "\u200C", "\u200D", "\u2060",
          "\uFEFF", "\u3000", "\u00AD", "\u3164", " \u00A0\u200B "
        })
    void invisibleOnlyIsBlank(String text) {
      assertTrue(Texts.isBlank(text), Texts.quote(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " a ", "\u200Ba", "\u00A0.", "\uD83D\uDE00", "-"})
    void anythingVisibleIsNotBlank(String text) {
      assertFalse(Texts.isBlank(text), Texts.quote(text));
    }
  }

  @Nested
  class Percentages {
    @Test
    void aShareReadsAsAWholeOrOneDecimalPercentage() {
      assertEquals("50%", Texts.percent(0.5));
      assertEquals("12.5%", Texts.percent(0.125));
      assertEquals("33.3%", Texts.percent(1.0 / 3));
      assertEquals("0%", Texts.percent(0.0));
      assertEquals("100%", Texts.percent(1.0));
    }

    @Test
    void twoSharesThatWouldReadTheSameGetDecimalsUntilTheyDiffer() {
      assertEquals(List.of("33.34%", "33.3%"), Texts.percents(0.3334, 0.333));
      assertEquals(List.of("50.001%", "50%"), Texts.percents(0.50001, 0.5));
    }

    @Test
    void sharesThatDifferAtOnceOrAreEqualKeepOneDecimal() {
      assertEquals(List.of("80%", "50%"), Texts.percents(0.8, 0.5));
      assertEquals(List.of("33.3%", "33.3%"), Texts.percents(1.0 / 3, 1.0 / 3));
    }

    @Test
    void anExactPercentageReadsBackAsTheSameShare() {
      assertEquals("12.5%", Texts.exactPercent(0.125));
      assertEquals("50.001%", Texts.exactPercent(0.50001));
      assertEquals("0%", Texts.exactPercent(0.0));
    }
  }

  @Nested
  class Articles {
    @Test
    void aWordStartingWithAVowelTakesAn() {
      assertEquals("an", Texts.article("apple"));
      assertEquals("an", Texts.article("Owned"));
      assertEquals("an", Texts.article("urgent"));
    }

    @Test
    void anyOtherWordOrNoWordTakesA() {
      assertEquals("a", Texts.article("managed"));
      assertEquals("a", Texts.article("Participating"));
      assertEquals("a", Texts.article("-"));
      assertEquals("a", Texts.article(""));
    }
  }
}
