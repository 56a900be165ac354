package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Something a person must do when a rule decides, typed so that an application can act on it: show
 * a disclosure, route the action to an approver, keep a record, and so on. Every obligation also
 * has a {@linkplain #text() text} for people.
 *
 * <pre>{@code
 * Obligation approval = Obligation.seekApproval("legal");
 * approval.kind();     // Kind.SEEK_APPROVAL
 * approval.role();     // Optional[legal]
 * approval.text();     // "Get approval from legal before you act."
 * Obligation.other("Answer within a day.").kind();   // Kind.OTHER
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Obligation {
  /** What kind of thing an obligation asks for. */
  public enum Kind {
    /** Say openly that you act for the organisation. */
    DISCLOSE_AFFILIATION,
    /** Get approval from a named role before acting; see {@link Obligation#role()}. */
    SEEK_APPROVAL,
    /** Keep promotion under the policy's balance limit. */
    KEEP_IN_BALANCE,
    /** Prefer a format over the one chosen; see {@link Obligation#format()}. */
    PREFER_FORMAT,
    /** Keep a record of the action for some days; see {@link Obligation#days()}. */
    KEEP_RECORD,
    /** Anything else, in free text. */
    OTHER
  }

  /** The most days a record may be kept for: a hundred years. */
  public static final int MAX_RECORD_DAYS = 36_500;

  private static final Obligation DISCLOSE =
      new Obligation(
          Kind.DISCLOSE_AFFILIATION,
          "Say openly that you work for the organisation before you take part.",
          null,
          0,
          null);

  private static final Obligation BALANCE =
      new Obligation(
          Kind.KEEP_IN_BALANCE,
          "Keep promotion under the policy's balance limit of your recent activity here,"
              + " balanced with conversation and support.",
          null,
          0,
          null);

  private final Kind kind;
  private final String text;
  private final @Nullable String role;
  private final int days;
  private final @Nullable Format format;

  private Obligation(
      Kind kind, String text, @Nullable String role, int days, @Nullable Format format) {
    this.kind = kind;
    this.text = text;
    this.role = role;
    this.days = days;
    this.format = format;
  }

  /** Say openly that you work for the organisation. */
  public static Obligation discloseAffiliation() {
    return DISCLOSE;
  }

  /**
   * Get approval from {@code role} (such as {@code "legal"}) before acting.
   *
   * @throws IllegalArgumentException if the role is blank, longer than {@link
   *     Limits#MAX_ID_LENGTH} characters, or holds a line break or a control character
   */
  public static Obligation seekApproval(String role) {
    requireNonNull(role, "role");
    Checks.nonBlank("approval role", role);
    checkArgument(
        role.length() <= Limits.MAX_ID_LENGTH,
        "approval role must be at most %s characters, but has %s: %s",
        Limits.MAX_ID_LENGTH,
        role.length(),
        Texts.quote(role));
    for (int i = 0; i < role.length(); i++) {
      char c = role.charAt(i);
      checkArgument(
          !Character.isISOControl(c),
          "approval role must be one line without control characters, but has U+%s at"
              + " character %s: %s",
          String.format(Locale.ROOT, "%04X", (int) c),
          i + 1,
          Texts.quote(role));
    }
    return new Obligation(
        Kind.SEEK_APPROVAL, "Get approval from " + role + " before you act.", role, 0, null);
  }

  /** Keep promotion under the policy's balance limit. */
  public static Obligation keepInBalance() {
    return BALANCE;
  }

  /**
   * Prefer {@code format} where it can carry the same message.
   *
   * @throws IllegalArgumentException if the format is {@link Format#NONE}
   */
  public static Obligation preferFormat(Format format) {
    requireNonNull(format, "format");
    checkArgument(
        format != Format.NONE, "preferred format must be a format to publish in, not NONE");
    return new Obligation(
        Kind.PREFER_FORMAT,
        "Prefer " + Texts.kebab(format).replace('-', ' ') + " where it can carry the same message.",
        null,
        0,
        format);
  }

  /**
   * Keep a record of the action for {@code days} days.
   *
   * @throws IllegalArgumentException if {@code days} is not from 1 to {@link #MAX_RECORD_DAYS}
   */
  public static Obligation keepRecord(int days) {
    checkArgument(
        days >= 1 && days <= MAX_RECORD_DAYS,
        "record days must be from 1 to %s: %s",
        MAX_RECORD_DAYS,
        days);
    return new Obligation(
        Kind.KEEP_RECORD,
        "Keep a record of what you did for " + days + (days == 1 ? " day." : " days."),
        null,
        days,
        null);
  }

  /**
   * Anything else, in free text.
   *
   * @throws IllegalArgumentException if the text is blank or longer than {@link
   *     Limits#MAX_TEXT_LENGTH} characters
   */
  public static Obligation other(String text) {
    requireNonNull(text, "text");
    Checks.text("obligation", text);
    return new Obligation(Kind.OTHER, text, null, 0, null);
  }

  /** What kind of thing it asks for. */
  public Kind kind() {
    return kind;
  }

  /** What to do, in words for a person. */
  public String text() {
    return text;
  }

  /** For {@link Kind#SEEK_APPROVAL}: whose approval; otherwise empty. */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /** For {@link Kind#KEEP_RECORD}: for how many days; otherwise empty. */
  public OptionalInt days() {
    return kind == Kind.KEEP_RECORD ? OptionalInt.of(days) : OptionalInt.empty();
  }

  /** For {@link Kind#PREFER_FORMAT}: the format to prefer; otherwise empty. */
  public Optional<Format> format() {
    return Optional.ofNullable(format);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Obligation that
        && kind == that.kind
        && text.equals(that.text)
        && Objects.equals(role, that.role)
        && days == that.days
        && format == that.format;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, role, days, format);
  }

  /** The text, after the kind for a typed obligation: {@code seek-approval: Get approval ...}. */
  @Override
  public String toString() {
    return kind == Kind.OTHER ? text : Texts.kebab(kind) + ": " + text;
  }
}
