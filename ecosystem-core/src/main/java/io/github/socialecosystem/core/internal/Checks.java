package io.github.socialecosystem.core.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types; each message names the field and the value.
 *
 * <p>Not part of the public API.
 */
public final class Checks {
  /** Lowercase letters and digits in words joined by single hyphens, e.g. {@code brand-forum}. */
  public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Longest free text (description, rationale, citation, obligation) accepted. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** Longest identifier accepted. */
  public static final int MAX_ID_LENGTH = 100;

  private Checks() {}

  /** Whether {@code value} is a kebab-case identifier of acceptable length. */
  public static boolean isKebabCase(String value) {
    return value.length() <= MAX_ID_LENGTH && KEBAB_CASE.matcher(value).matches();
  }

  /**
   * Checks that {@code value} is a kebab-case identifier.
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String kebabCase(String field, String value) {
    checkArgument(
        isKebabCase(value),
        "%s must be kebab-case (lowercase letters and digits, words joined by single hyphens,"
            + " at most %s characters): '%s'",
        field,
        MAX_ID_LENGTH,
        value);
    return value;
  }

  /**
   * Checks that {@code value} is not blank.
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String nonBlank(String field, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank: '%s'", field, value);
    return value;
  }

  /**
   * Checks that {@code value} is a non-blank text of at most {@link #MAX_TEXT_LENGTH} characters.
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String text(String field, String value) {
    nonBlank(field, value);
    checkArgument(
        value.length() <= MAX_TEXT_LENGTH,
        "%s must be at most %s characters, but has %s: '%s...'",
        field,
        MAX_TEXT_LENGTH,
        value.length(),
        value.substring(0, Math.min(40, value.length())));
    return value;
  }
}
