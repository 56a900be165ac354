package io.github.socialecosystem.examples.cli;

/**
 * An argument or input file the command cannot use: a missing or unreadable file, a file that does
 * not parse, an unknown action or community. The command prints the message and exits with 2.
 */
final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message);
  }

  /**
   * A problem at a line and column of a file, written as compilers write them ({@code
   * file:line:column: problem}) and followed by the offending line and a caret, from the syntax
   * exception's {@code message} (whose first line repeats the location).
   */
  static InputProblem at(String file, int line, int column, String problem, String message) {
    int firstBreak = message.indexOf('\n');
    String snippet = firstBreak < 0 ? "" : message.substring(firstBreak);
    return new InputProblem(file + ":" + line + ":" + column + ": " + problem + snippet);
  }
}
