package io.github.socialecosystem.core;

/**
 * The limits on the size of values, the same whether a value is built in code or read from text.
 *
 * <p>Builders refuse a value over a limit with an {@link IllegalArgumentException} that names the
 * limit and what to shrink; the policy and ecosystem languages refuse a text over a limit the same
 * way, with a line and column. So every value that can be built can also be printed and read back,
 * and no value is too large or too deep for the library's own walks over it.
 *
 * @since 0.1.0
 */
public final class Limits {
  /** The longest id (of a community, action, topic, rule or policy), in characters. */
  public static final int MAX_ID_LENGTH = 100;

  /**
   * The longest free text (a policy's description; a rule's rationale, citation and each
   * obligation; an organisation's, a community's and a platform's name), in characters, after
   * escapes are read.
   */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /**
   * The deepest a condition may nest: each {@code not}, and each combination inside another
   * combination or a {@code not}, is one level, as the policy language writes them in
   * parentheses. {@code not (a and b)} is two levels deep, {@code (a or b) and c} one.
   */
  public static final int MAX_CONDITION_DEPTH = 64;

  /**
   * The most tests and combinations a condition may hold as it is written out, where a part used
   * in several places counts each time: {@code a and (a or b)} holds five. Walks over a condition
   * (printing, testing, comparing) visit it written out, so this bounds them all.
   */
  public static final int MAX_CONDITION_SIZE = 1_000_000;

  /** The most rules a policy may hold. */
  public static final int MAX_RULES = 100_000;

  /**
   * The longest a policy may be as text, in characters: the policy language reads no longer
   * text, and a policy whose canonical text would be longer cannot be built.
   */
  public static final int MAX_POLICY_CHARS = 4_000_000;

  /**
   * The longest an ecosystem may be as text, in characters: the ecosystem language reads no longer
   * text, and an ecosystem whose canonical text would be longer cannot be built. There is room for
   * a hundred thousand communities and a million channels between them.
   */
  public static final int MAX_ECOSYSTEM_CHARS = 64_000_000;

  private Limits() {}
}
