package io.github.socialecosystem.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Limits;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types; each message names the field and the value, quoted
 * with {@link Texts#quote(String)}.
 *
 * <p>Not part of the public API.
 */
public final class Checks {
  /** Lowercase letters and digits in words joined by single hyphens, e.g. {@code brand-forum}. */
  public static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** Longest free text (description, rationale, citation, obligation) accepted. */
  public static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;

  /** Longest identifier accepted. */
  public static final int MAX_ID_LENGTH = Limits.MAX_ID_LENGTH;

  private Checks() {}

  /** Whether {@code value} is a kebab-case identifier of acceptable length. */
  public static boolean isKebabCase(String value) {
    return value.length() <= MAX_ID_LENGTH && KEBAB_CASE.matcher(value).matches();
  }

  /**
   * Whether a person would see nothing in {@code value}: it is empty, or made only of whitespace,
   * no-break spaces, zero-width and other invisible characters.
   */
  public static boolean isBlank(String value) {
    return Texts.isBlank(value);
  }

  /**
   * Checks that {@code value} is a kebab-case identifier.
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise, and the first
   *     character that cannot be seen or is not ASCII, if there is one
   */
  public static String kebabCase(String field, String value) {
    if (!isKebabCase(value)) {
      throw new IllegalArgumentException(
          field
              + " must be kebab-case (lowercase letters and digits, words joined by single hyphens,"
              + " at most "
              + MAX_ID_LENGTH
              + " characters): "
              + Texts.quote(value)
              + unusualCharacter(value));
    }
    return value;
  }

  /**
   * Copies {@code items} in one walk, naming {@code field} if it or an element is null.
   *
   * @throws NullPointerException naming {@code field} and the index of a null element
   */
  public static <T> ImmutableList<T> copy(String field, Collection<T> items) {
    requireNonNull(items, field);
    ImmutableList.Builder<T> copy = ImmutableList.builderWithExpectedSize(items.size());
    int index = 0;
    for (T item : items) {
      if (item == null) {
        throw new NullPointerException(field + " has a null element at index " + index);
      }
      copy.add(item);
      index++;
    }
    return copy.build();
  }

  /**
   * Copies a list of kebab-case ids, naming {@code field} and the value of one that is null or
   * not kebab-case.
   */
  public static ImmutableList<String> ids(String field, Collection<String> ids) {
    ImmutableList<String> copy = copy(field, ids);
    for (String id : copy) {
      kebabCase(field + " element", id);
    }
    return copy;
  }

  /**
   * Checks that {@code value} is not blank to a person (see {@link #isBlank(String)}).
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String nonBlank(String field, String value) {
    if (isBlank(value)) {
      throw new IllegalArgumentException(
          field + " must not be blank: " + Texts.quote(value) + invisibleCharacters(value));
    }
    wellFormed(field, value);
    return value;
  }

  /**
   * Checks that {@code value} is well-formed Unicode: no half of a surrogate pair on its own (a
   * text cut in the middle of an emoji), which no UTF-8 file can hold.
   *
   * @throws IllegalArgumentException naming {@code field}, the code unit and where it is
   */
  public static String wellFormed(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s must be well-formed Unicode text, but has half of a surrogate pair"
                    + " (U+%04X) on its own at character %,d: %s",
                field,
                (int) c,
                i + 1,
                Texts.quote(value)));
      }
    }
    return value;
  }

  /**
   * Checks that {@code value} is a non-blank text of at most {@link #MAX_TEXT_LENGTH} characters.
   *
   * @throws IllegalArgumentException naming {@code field} and the value otherwise
   */
  public static String text(String field, String value) {
    nonBlank(field, value);
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must be at most %,d characters, but has %,d: %s",
              field,
              MAX_TEXT_LENGTH,
              value.length(),
              Texts.excerpt(value)));
    }
    return value;
  }

  /** ", which has U+00A0 no-break space at character 4" for the first such character, if any. */
  private static String unusualCharacter(String value) {
    int index = 1;
    for (int i = 0; i < value.length() && index <= Texts.QUOTED_LENGTH; index++) {
      int c = value.codePointAt(i);
      if (c != ' ' && (c > 0x7E || Texts.isInvisible(c))) {
        return ", which has " + Texts.describe(c) + " at character " + index;
      }
      i += Character.charCount(c);
    }
    return "";
  }

  /** ", made of invisible characters: U+00A0 no-break space, …" for a blank value. */
  private static String invisibleCharacters(String value) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < value.length() && names.size() <= 3; ) {
      int c = value.codePointAt(i);
      if (c != ' ') {
        names.add(Texts.describe(c));
      }
      i += Character.charCount(c);
    }
    if (names.isEmpty()) {
      return "";
    }
    String listed = String.join(", ", names.stream().limit(3).toList());
    return ", made of invisible characters: " + listed + (names.size() > 3 ? " and others" : "");
  }
}
