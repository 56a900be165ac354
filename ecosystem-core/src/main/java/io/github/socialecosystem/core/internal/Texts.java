package io.github.socialecosystem.core.internal;

import com.google.common.base.Ascii;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How the library writes values for people: one place, so that reports, diagrams and the policy
 * language agree.
 *
 * <p>Not part of the public API.
 */
public final class Texts {
  private Texts() {}

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
