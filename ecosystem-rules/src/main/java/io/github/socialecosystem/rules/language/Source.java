package io.github.socialecosystem.rules.language;

/**
 * The text being parsed: lines (ending at LF, CRLF or CR), columns (counted in code points), and
 * errors that point into it, made as the language's exception {@code E}.
 */
final class Source<E extends IllegalArgumentException> {
  /** How many characters of a line an error shows; a longer line is cut around the column. */
  static final int SHOWN_LINE_LENGTH = 200;

  private final String text;
  private final SyntaxErrors.Factory<E> errors;

  Source(String text, SyntaxErrors.Factory<E> errors) {
    this.text = text;
    this.errors = errors;
  }

  String text() {
    return text;
  }

  /** The text of the given line (from 1), without its line break. */
  String line(int line) {
    int start = 0;
    for (int n = 1; n < line; n++) {
      int end = lineEnd(start);
      if (end >= text.length()) {
        return "";
      }
      start = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return text.substring(start, lineEnd(start));
  }

  private int lineEnd(int start) {
    int end = start;
    while (end < text.length() && !Lexer.isLineBreak(text.charAt(end))) {
      end++;
    }
    return end;
  }

  E error(String problem, int line, int column) {
    String full = line(line);
    int length = full.codePointCount(0, full.length());
    int from = 0;
    if (length > SHOWN_LINE_LENGTH) {
      from = Math.max(0, Math.min(column - 1 - SHOWN_LINE_LENGTH / 2, length - SHOWN_LINE_LENGTH));
    }
    int to = Math.min(length, from + SHOWN_LINE_LENGTH);
    StringBuilder shown = new StringBuilder();
    int caret = column - from;
    if (from > 0) {
      shown.append('…');
      caret++;
    }
    String part =
        full.substring(full.offsetByCodePoints(0, from), full.offsetByCodePoints(0, to));
    part.codePoints()
        .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) && c != '\t' ? '?' : c));
    if (to < length) {
      shown.append('…');
    }
    return errors.create(problem, line, column, shown.toString(), caret);
  }

  E error(String problem, Token at) {
    return error(problem, at.line(), at.column());
  }

  /** An error at a position given as an offset into the text. */
  E errorAt(String problem, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); ) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      } else if (Lexer.isLineBreak(c)) {
        line++;
        column = 1;
        i++;
      } else {
        column++;
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return error(problem, line, column);
  }
}
