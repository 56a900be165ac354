package io.github.socialecosystem.rules.language;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.internal.PolicyText;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes policies as text.
 *
 * <pre>{@code
 * EngagementPolicy policy = PolicyLanguage.read(Path.of("social.policy"));
 * PolicyEngine engine = PolicyEngine.of(policy);
 * String text = PolicyLanguage.print(policy);   // canonical text; parses back to an equal policy
 * }</pre>
 *
 * <p>The language, by example:
 *
 * <pre>
 * # A comment runs to the end of the line.
 * policy crafting-tools
 * description "How Crafting Tools engages online"
 * default inappropriate
 * balance limit 50%
 *
 * rule participating-no-promotion
 *   when layer is participating and intent in [promote, recruit]
 *   then inappropriate
 *   because "Members did not come for marketing."
 *   source "participating communities"
 *
 * rule owned-promotion
 *   when layer is owned and intent is promote and not promotion over balance limit
 *   then limited
 *   priority 10
 *   because "A little marketing is fine here, in balance."
 *   must "Keep promotion under half of what you post."
 * </pre>
 *
 * <p>A policy starts with its id, description and default verdict, and may set its balance
 * limit; then come its rules. A rule has an id, a condition after {@code when}, a verdict after
 * {@code then}, and in any order: {@code because} (required), {@code source}, {@code priority}
 * and any number of {@code must}. Conditions test {@code type}, {@code layer}, {@code steward},
 * {@code platform}, {@code membership}, {@code audience}, {@code topic}, {@code action}, {@code
 * intent}, {@code format} and {@code reach} with {@code is} or {@code in [...]}, and combine with
 * {@code not}, {@code and}, {@code or} (binding in that order) and parentheses; {@code always}
 * and {@code promotion over balance limit} complete them. Values are written in lowercase
 * kebab-case ({@code press-release}, {@code one-to-many}).
 *
 * <p>Lines end at LF, CRLF or CR, and a byte-order mark at the start of the text is skipped.
 * Errors give the line and the column (in characters as a person counts them: an emoji is one),
 * name invisible and look-alike characters by code point ({@code U+00A0 no-break space}), and cut
 * long words they quote.
 *
 * <p>Hostile input is bounded by the {@link Limits}, which are the same for policies built in code:
 * texts over {@value #MAX_CHARS} characters, conditions nested deeper than {@value #MAX_NESTING}
 * levels, quoted texts over {@value #MAX_TEXT_LENGTH} characters and more than {@value
 * #MAX_RULES} rules are refused with a {@link PolicySyntaxException}, as is every other problem.
 * Every policy that can be built prints to a text that parses back to it. The text is read one
 * token at a time, so memory grows with the text, not with the number of its tokens.
 */
public final class PolicyLanguage {
  /** The longest text accepted, in characters: {@link Limits#MAX_POLICY_CHARS}. */
  public static final int MAX_CHARS = Limits.MAX_POLICY_CHARS;

  /**
   * The deepest nesting of parentheses and {@code not} accepted: {@link
   * Limits#MAX_CONDITION_DEPTH}.
   */
  public static final int MAX_NESTING = Limits.MAX_CONDITION_DEPTH;

  /** The longest quoted text accepted, in characters: {@link Limits#MAX_TEXT_LENGTH}. */
  public static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;

  /** The most rules a policy text may hold: {@link Limits#MAX_RULES}. */
  public static final int MAX_RULES = Limits.MAX_RULES;

  /**
   * The most bytes {@link #read(Path)} reads: a UTF-8 text of {@link #MAX_CHARS} characters takes
   * at most three bytes a character, after a byte-order mark of three.
   */
  private static final int MAX_BYTES = 3 * MAX_CHARS + 3;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private PolicyLanguage() {}

  /**
   * Parses a policy.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy
   */
  public static EngagementPolicy parse(String text) {
    requireNonNull(text, "text");
    String withoutMark = withoutByteOrderMark(text);
    if (withoutMark.length() > MAX_CHARS) {
      throw tooLong();
    }
    return new Parser(new Source(withoutMark)).policy();
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static PolicySyntaxException tooLong() {
    return new Source("")
        .error(
            String.format(
                Locale.ROOT,
                "the text is longer than %,d characters (Limits.MAX_POLICY_CHARS): split the"
                    + " policy into several",
                MAX_CHARS),
            1,
            1);
  }

  /**
   * Reads and parses a policy; reads at most {@link #MAX_CHARS} characters before refusing.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy, or
   *     the reader cannot decode its input (the error gives the line and column reached)
   * @throws IOException if the reader fails otherwise
   */
  public static EngagementPolicy read(Reader reader) throws IOException {
    requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    try {
      while ((n = reader.read(buffer)) != -1) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_CHARS + 1) {  // room for a byte-order mark
          throw tooLong();
        }
      }
    } catch (CharacterCodingException e) {
      String read = withoutByteOrderMark(text.toString());
      throw new Source(read)
          .errorAt(
              "the text cannot be decoded after this point ("
                  + e
                  + "): read it with the encoding it was saved in; policy files are UTF-8",
              read.length());
    }
    return parse(text.toString());
  }

  /**
   * Reads and parses a UTF-8 policy file; reads at most {@value #MAX_CHARS} characters' worth of
   * bytes before refusing.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy, or
   *     the file is not UTF-8 (the error gives the first byte that is not, and where)
   * @throws IOException if the file cannot be read
   */
  public static EngagementPolicy read(Path path) throws IOException {
    requireNonNull(path, "path");
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLong();
    }
    return parse(decode(bytes));
  }

  /** The UTF-8 text of {@code bytes}, or an error naming the first byte that is not UTF-8. */
  private static String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);  // UTF-8 never has more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder bad = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + result.length()); i++) {
        bad.append(bad.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i]));
      }
      String shown = new String(bytes, StandardCharsets.UTF_8);  // the bad bytes replaced
      boolean marked = !shown.isEmpty() && shown.charAt(0) == BYTE_ORDER_MARK;
      throw new Source(withoutByteOrderMark(shown))
          .errorAt(
              String.format(
                  Locale.ROOT,
                  "not valid UTF-8: %s %s at byte offset %,d; policy files are UTF-8: save it as"
                      + " UTF-8",
                  result.length() == 1 ? "byte" : "bytes",
                  bad,
                  at),
              out.position() - (marked ? 1 : 0));
    }
    return out.flip().toString();
  }

  /**
   * The policy as canonical text: {@code parse(print(policy))} equals {@code policy}. It is at
   * most {@link #MAX_CHARS} characters long, since no longer policy can be built.
   */
  public static String print(EngagementPolicy policy) {
    requireNonNull(policy, "policy");
    return PolicyText.print(policy);
  }

  /** A share from 0 to 1 as an exact percentage, as the language writes it: {@code 12.5%}. */
  public static String percent(double share) {
    return Texts.exactPercent(share);
  }
}
