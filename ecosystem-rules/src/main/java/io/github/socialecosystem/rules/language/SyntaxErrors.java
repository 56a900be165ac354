package io.github.socialecosystem.rules.language;

/**
 * What the exceptions of the text languages share: how a language makes its exception, and how
 * the message shows the spot.
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /** Makes a language's exception for a problem at a spot of its text. */
  @FunctionalInterface
  interface Factory<E extends IllegalArgumentException> {
    /**
     * The exception for {@code problem} at {@code line} and {@code column}; {@code lineText} is the
     * line as shown, with the caret under its code point number {@code caret} (from 1).
     */
    E create(String problem, int line, int column, String lineText, int caret);
  }

  /**
   * "line 7, column 8: problem", then the line, then a caret under the spot on a line of its own;
   * tabs before the spot are kept, so that the caret lines up however wide a tab is shown.
   */
  static String message(String problem, int line, int column, String lineText, int caret) {
    StringBuilder pad = new StringBuilder();
    int[] codePoints = lineText.codePoints().limit(Math.max(0, caret - 1)).toArray();
    for (int c : codePoints) {
      pad.append(c == '\t' ? '\t' : ' ');
    }
    return "line " + line + ", column " + column + ": " + problem + "\n  " + lineText + "\n  "
        + pad + "^";
  }
}
