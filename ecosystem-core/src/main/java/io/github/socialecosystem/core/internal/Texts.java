package io.github.socialecosystem.core.internal;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * How the library writes values for people: one place, so that reports, diagrams and the policy
 * language agree.
 *
 * <p>Not part of the public API.
 */
public final class Texts {
  /**
   * How many characters (code points) of a value an error message quotes: enough for the longest
   * id, so that only what is already too long is cut.
   */
  public static final int QUOTED_LENGTH = 100;

  /** Names people know for the invisible characters they meet most, where Unicode's differ. */
  private static final ImmutableMap<Integer, String> NAMES =
      ImmutableMap.<Integer, String>builder()
          .put(0x09, "tab")
          .put(0x0A, "line feed")
          .put(0x0D, "carriage return")
          .put(0xA0, "no-break space")
          .put(0xAD, "soft hyphen")
          .put(0x2007, "figure space")
          .put(0x200B, "zero-width space")
          .put(0x200C, "zero-width non-joiner")
          .put(0x200D, "zero-width joiner")
          .put(0x200E, "left-to-right mark")
          .put(0x200F, "right-to-left mark")
          .put(0x202F, "narrow no-break space")
          .put(0x2060, "word joiner")
          .put(0xFEFF, "byte-order mark")
          .buildOrThrow();

  private Texts() {}

  /**
   * A value quoted for an error message: {@code 'brand page'}. Invisible characters are written as
   * escapes ('brand&#92;u00A0page'), and a value longer than {@link #QUOTED_LENGTH} code
   * points is cut, with its length: {@code 'aaaa…' (3,000,276 characters)}.
   */
  public static String quote(String value) {
    return quote(value, "");
  }

  /**
   * A value quoted for an error message, as {@link #quote(String)}; a cut value is described with
   * {@code what}: {@code 'aaaa…' (a word of 3,000,276 characters)} for {@code "a word"}.
   */
  public static String quote(String value, String what) {
    int length = value.codePointCount(0, value.length());
    String quoted = excerpt(value);
    if (length <= QUOTED_LENGTH) {
      return quoted;
    }
    String count = String.format(Locale.ROOT, "%,d characters", length);
    return quoted + " (" + (what.isEmpty() ? count : what + " of " + count) + ")";
  }

  /**
   * A value quoted for an error message without its length: as {@link #quote(String)}, cut after
   * {@link #QUOTED_LENGTH} code points with {@code …}.
   */
  public static String excerpt(String value) {
    StringBuilder quoted = new StringBuilder("'");
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      if (shown == QUOTED_LENGTH) {
        quoted.append('…');
        break;
      }
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      shown++;
      switch (c) {
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if ((c != ' ' && isInvisible(c)) || Character.getType(c) == Character.SURROGATE) {
            for (char unit : Character.toChars(c)) {
              quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
            }
          } else {
            quoted.appendCodePoint(c);
          }
        }
      }
    }
    return quoted.append('\'').toString();
  }

  /**
   * One character named for an error message: {@code ';'} when it is visible ASCII, {@code 'а'
   * (U+0430 cyrillic small letter a)} when it is visible but not ASCII, and by code point alone
   * when it is invisible: {@code U+00A0 no-break space}, {@code U+FEFF byte-order mark}.
   */
  public static String describe(int codePoint) {
    if (codePoint == '\'') {
      return "\"'\"";
    }
    if (codePoint >= 0x21 && codePoint < 0x7F) {
      return "'" + (char) codePoint + "'";
    }
    String name = name(codePoint);
    String code = String.format(Locale.ROOT, "U+%04X", codePoint);
    String named = name.isEmpty() ? code : code + " " + name;
    if (isInvisible(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
      return named;
    }
    return "'" + new String(Character.toChars(codePoint)) + "' (" + named + ")";
  }

  /** The lowercase name of a character, e.g. {@code no-break space}; empty if it has none. */
  private static String name(int codePoint) {
    String known = NAMES.get(codePoint);
    if (known != null) {
      return known;
    }
    String name = Character.getName(codePoint);
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a person sees nothing where the character is: whitespace of every kind (including
   * no-break spaces), zero-width and other format characters, control characters, and the
   * fillers that render as blank.
   */
  public static boolean isInvisible(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.FORMAT
        || type == Character.CONTROL
        || codePoint == 0x034F   // combining grapheme joiner
        || codePoint == 0x115F   // hangul choseong filler
        || codePoint == 0x1160   // hangul jungseong filler
        || codePoint == 0x2800   // braille pattern blank
        || codePoint == 0x3164   // hangul filler
        || codePoint == 0xFFA0;  // halfwidth hangul filler
  }

  /**
   * Whether a person sees nothing in the text: it is empty, or all its characters are invisible
   * or marks with nothing to sit on (a lone accent, a variation selector).
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!isInvisible(c) && !isMark(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** An enum constant in lowercase kebab-case: {@code PRESS_RELEASE} becomes {@code press-release}. */
  public static String kebab(Enum<?> value) {
    return kebab(value.name());
  }

  /** A constant's name in lowercase kebab-case. */
  public static String kebab(String constantName) {
    return Ascii.toLowerCase(constantName).replace('_', '-');
  }

  /** A share from 0 to 1 as a percentage for reading: whole, or with one decimal when needed. */
  public static String percent(double share) {
    return percent(share, 1);
  }

  /**
   * Two shares as percentages for reading, with one decimal or, if they differ but would read
   * the same, just as many more as it takes to tell them apart: {@code [33.34%, 33.3%]}.
   */
  public static List<String> percents(double first, double second) {
    for (int decimals = 1; decimals <= MAX_DECIMALS; decimals++) {
      String a = percent(first, decimals);
      String b = percent(second, decimals);
      if (first == second || !a.equals(b) || decimals == MAX_DECIMALS) {
        return List.of(a, b);
      }
    }
    throw new AssertionError("unreachable");
  }

  /**
   * A share from 0 to 1 as an exact percentage, as the policy language writes it: {@code 12.5%},
   * {@code 50.001%}; reading it back gives the same double.
   */
  public static String exactPercent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** Enough decimals to tell any two different doubles from 0 to 1 apart as percentages. */
  private static final int MAX_DECIMALS = 340;

  private static String percent(double share, int decimals) {
    return new BigDecimal(share)
            .movePointRight(2)
            .setScale(decimals, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  /** "a" or "an", whichever reads right before {@code word}. */
  public static String article(String word) {
    return !word.isEmpty() && "aeiou".indexOf(Ascii.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
  }
}
