package io.github.socialecosystem.rules.language;

/**
 * An ecosystem text that does not parse, or describes an invalid ecosystem: says where (line and
 * column, both from 1), shows the line with a caret under the spot, and says what was expected.
 *
 * <p>Lines end at LF, CRLF or CR; columns count characters as a person does (code points: an emoji
 * is one). A line longer than 200 characters is shown cut around the spot, with {@code …} where it
 * was cut; control characters in it are shown as {@code ?}.
 *
 * <pre>
 * line 17, column 12: expected an audience: one of public, customers, partners, employees, found 'fans'
 *     audience fans
 *              ^
 * </pre>
 *
 * @since 0.1.0
 */
public final class EcosystemSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String lineText;
  private final String problem;

  /**
   * An error at {@code line} and {@code column}; {@code lineText} is the line as shown, with the
   * caret under its code point number {@code caret} (from 1).
   */
  EcosystemSyntaxException(String problem, int line, int column, String lineText, int caret) {
    super(SyntaxErrors.message(problem, line, column, lineText, caret));
    this.line = line;
    this.column = column;
    this.lineText = lineText;
    this.problem = problem;
  }

  /** The line of the problem, from 1. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1. */
  public int column() {
    return column;
  }

  /** The text of the offending line, as the message shows it (cut around the spot if long). */
  public String lineText() {
    return lineText;
  }

  /** What is wrong, and what was expected, without the location. */
  public String problem() {
    return problem;
  }
}
