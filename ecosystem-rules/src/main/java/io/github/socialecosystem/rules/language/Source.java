package io.github.socialecosystem.rules.language;

/** The text being parsed: positions, lines, and errors that point into it. */
final class Source {
  private final String text;

  Source(String text) {
    this.text = text;
  }

  String text() {
    return text;
  }

  /** The text of the given line (from 1), without its line break. */
  String line(int line) {
    int start = 0;
    for (int n = 1; n < line; n++) {
      int next = text.indexOf('\n', start);
      if (next < 0) {
        return "";
      }
      start = next + 1;
    }
    int end = text.indexOf('\n', start);
    String lineText = end < 0 ? text.substring(start) : text.substring(start, end);
    if (lineText.endsWith("\r")) {
      lineText = lineText.substring(0, lineText.length() - 1);
    }
    return lineText.length() > 200 ? lineText.substring(0, 200) + "..." : lineText;
  }

  PolicySyntaxException error(String problem, int line, int column) {
    return new PolicySyntaxException(problem, line, column, line(line));
  }

  PolicySyntaxException error(String problem, Token at) {
    return error(problem, at.line(), at.column());
  }
}
