package io.github.socialecosystem.rules.language;

/**
 * A policy text that does not parse, or describes an invalid policy: says where (line and column,
 * both from 1), shows the line with a caret under the spot, and says what was expected.
 *
 * <pre>
 * line 7, column 8: expected a verdict (recommended, appropriate, limited or inappropriate), found 'maybe'
 *   then maybe
 *        ^
 * </pre>
 */
public final class PolicySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String lineText;
  private final String problem;

  PolicySyntaxException(String problem, int line, int column, String lineText) {
    super(format(problem, line, column, lineText));
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

  /** The text of the offending line. */
  public String lineText() {
    return lineText;
  }

  /** What is wrong, and what was expected, without the location. */
  public String problem() {
    return problem;
  }

  private static String format(String problem, int line, int column, String lineText) {
    StringBuilder caret = new StringBuilder();
    for (int i = 1; i < column && i <= lineText.length(); i++) {
      caret.append(lineText.charAt(i - 1) == '\t' ? '\t' : ' ');
    }
    return "line " + line + ", column " + column + ": " + problem + "\n  " + lineText + "\n  "
        + caret + "^";
  }
}
