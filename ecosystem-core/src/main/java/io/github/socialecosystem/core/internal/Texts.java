package io.github.socialecosystem.core.internal;

import com.google.common.base.Ascii;

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
    double tenths = Math.round(share * 1000) / 10.0;
    return tenths == Math.rint(tenths) ? (long) tenths + "%" : tenths + "%";
  }

  /** "a" or "an", whichever reads right before {@code word}. */
  public static String article(String word) {
    return !word.isEmpty() && "aeiou".indexOf(Ascii.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
  }
}
