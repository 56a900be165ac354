package io.github.socialecosystem.rules.language;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * <p>Hostile input is bounded: texts over {@value #MAX_CHARS} characters, conditions nested
 * deeper than {@value #MAX_NESTING} levels, quoted texts over {@value #MAX_TEXT_LENGTH}
 * characters and more than {@value #MAX_RULES} rules are refused with a {@link
 * PolicySyntaxException}, as is every other problem.
 */
public final class PolicyLanguage {
  /** The longest text accepted, in characters. */
  public static final int MAX_CHARS = 4_000_000;

  /** The deepest nesting of parentheses and {@code not} accepted. */
  public static final int MAX_NESTING = 64;

  /** The longest quoted text accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The most rules a policy text may hold. */
  public static final int MAX_RULES = 100_000;

  private PolicyLanguage() {}

  /**
   * Parses a policy.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy
   */
  public static EngagementPolicy parse(String text) {
    requireNonNull(text, "text");
    Source source = new Source(text);
    if (text.length() > MAX_CHARS) {
      throw source.error("the text is longer than " + MAX_CHARS + " characters", 1, 1);
    }
    return new Parser(source).policy();
  }

  /**
   * Reads and parses a policy; reads at most {@link #MAX_CHARS} characters before refusing.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy
   * @throws IOException if the reader fails
   */
  public static EngagementPolicy read(Reader reader) throws IOException {
    requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      text.append(buffer, 0, n);
      if (text.length() > MAX_CHARS) {
        throw new Source("").error("the text is longer than " + MAX_CHARS + " characters", 1, 1);
      }
    }
    return parse(text.toString());
  }

  /**
   * Reads and parses a UTF-8 policy file.
   *
   * @throws PolicySyntaxException if the text does not parse or describes an invalid policy
   * @throws IOException if the file cannot be read
   */
  public static EngagementPolicy read(Path path) throws IOException {
    requireNonNull(path, "path");
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * The policy as canonical text: {@code parse(print(policy))} equals {@code policy}.
   *
   * @throws IllegalArgumentException if a condition nests deeper than {@link #MAX_NESTING}
   *     levels, which the language refuses to read back
   */
  public static String print(EngagementPolicy policy) {
    requireNonNull(policy, "policy");
    for (EngagementRule rule : policy.rules()) {
      int depth = depth(rule.condition());
      if (depth > MAX_NESTING) {
        throw new IllegalArgumentException(
            "the condition of rule '" + rule.id() + "' nests " + depth + " levels deep; the"
                + " language reads at most " + MAX_NESTING);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("policy ").append(policy.id()).append('\n');
    out.append("description ").append(quote(policy.description())).append('\n');
    out.append("default ").append(verdict(policy.defaultVerdict())).append('\n');
    out.append("balance limit ").append(percent(policy.balanceLimit())).append('\n');
    for (EngagementRule rule : policy.rules()) {
      out.append('\n');
      out.append("rule ").append(rule.id()).append('\n');
      out.append("  when ").append(rule.condition()).append('\n');
      out.append("  then ").append(verdict(rule.verdict())).append('\n');
      if (rule.priority() != 0) {
        out.append("  priority ").append(rule.priority()).append('\n');
      }
      out.append("  because ").append(quote(rule.rationale())).append('\n');
      rule.citation().ifPresent(c -> out.append("  source ").append(quote(c)).append('\n'));
      for (String obligation : rule.obligations()) {
        out.append("  must ").append(quote(obligation)).append('\n');
      }
    }
    return out.toString();
  }

  /** How many parentheses and {@code not}s deep the printed condition goes. */
  private static int depth(Condition condition) {
    if (condition instanceof Condition.Not not) {
      Condition operand = not.operand();
      boolean parenthesised = operand instanceof Condition.All || operand instanceof Condition.Any;
      return 1 + depth(operand) + (parenthesised ? 1 : 0);
    }
    List<Condition> operands =
        condition instanceof Condition.All all
            ? all.operands()
            : condition instanceof Condition.Any any ? any.operands() : List.of();
    int deepest = 0;
    for (Condition operand : operands) {
      boolean parenthesised = operand instanceof Condition.All || operand instanceof Condition.Any;
      deepest = Math.max(deepest, depth(operand) + (parenthesised ? 1 : 0));
    }
    return deepest;
  }

  private static String verdict(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT);
  }

  /** A share from 0 to 1 as an exact percentage, as the language writes it: {@code 12.5%}. */
  public static String percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
