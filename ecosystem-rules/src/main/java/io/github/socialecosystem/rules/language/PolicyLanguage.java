package io.github.socialecosystem.rules.language;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.internal.PolicyText;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.io.IOException;
import java.io.Reader;
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
 *   citation "participating communities"
 *
 * rule owned-promotion
 *   when layer is owned and intent is promote and not promotion over balance limit
 *   then limited
 *   priority 10
 *   because "A little marketing is fine here, in balance."
 *   must "Keep promotion under half of what you post."
 *   must get approval from "community team"
 *
 * require inappropriate when layer is participating and intent is promote
 * require at most limited when layer is owned and intent is promote
 * expect announce-deal in closed is limited
 * expect post-job (promote, conversation, one-to-many) in participating is inappropriate
 * </pre>
 *
 * <p>A policy starts with its id, description and default verdict, and may set its balance
 * limit; then come its rules. A rule has an id, a condition after {@code when}, a verdict after
 * {@code then}, and in any order: {@code because} (required), {@code citation}, {@code priority}
 * and any number of {@code must}: a quoted text, or a typed obligation ({@code disclose
 * affiliation}, {@code get approval from "ROLE"}, {@code keep promotion under balance limit},
 * {@code keep record N days}, {@code prefer FORMAT}). Among the rules may stand guarantees,
 * {@code require [at most | at least] VERDICT when CONDITION}, and expectations, {@code expect
 * ACTION [(INTENT, FORMAT, REACH)] in PLACE [with topics [...]] [with promotion over balance
 * limit] is VERDICT}, where a place is a community type or {@code owned}; the printer writes them
 * after the rules. Conditions test {@code type}, {@code layer}, {@code steward},
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
 *
 * @since 0.1.0
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

  private static final TextInput<PolicySyntaxException> INPUT =
      new TextInput<>(
          MAX_CHARS,
          String.format(
              Locale.ROOT,
              "the text is longer than %,d characters (Limits.MAX_POLICY_CHARS): split the policy"
                  + " into several",
              MAX_CHARS),
          "policy files",
          PolicySyntaxException::new);

  private PolicyLanguage() {}

  /**
   * Parses a policy.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy
   */
  public static EngagementPolicy parse(String text) {
    requireNonNull(text, "text");
    return new Parser(INPUT.source(text)).policy();
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
    return parse(INPUT.read(reader));
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
    return parse(INPUT.read(path));
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
