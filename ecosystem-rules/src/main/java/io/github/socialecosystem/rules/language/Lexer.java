package io.github.socialecosystem.rules.language;

import java.util.ArrayList;
import java.util.List;

/** Splits a policy text into tokens; {@code #} starts a comment that runs to the end of the line. */
final class Lexer {
  private final Source source;
  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  Lexer(Source source) {
    this.source = source;
    this.text = source.text();
  }

  List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipSpaceAndComments();
      if (offset >= text.length()) {
        tokens.add(new Token(Token.Kind.END, "", offset, line, column));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipSpaceAndComments() {
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == '#') {
        while (offset < text.length() && text.charAt(offset) != '\n') {
          advance();
        }
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        advance();
      } else {
        return;
      }
    }
  }

  private Token next() {
    int startOffset = offset;
    int startLine = line;
    int startColumn = column;
    char c = text.charAt(offset);
    Token.Kind single =
        switch (c) {
          case '(' -> Token.Kind.LEFT_PAREN;
          case ')' -> Token.Kind.RIGHT_PAREN;
          case '[' -> Token.Kind.LEFT_BRACKET;
          case ']' -> Token.Kind.RIGHT_BRACKET;
          case ',' -> Token.Kind.COMMA;
          default -> null;
        };
    if (single != null) {
      advance();
      return new Token(single, String.valueOf(c), startOffset, startLine, startColumn);
    }
    if (c == '"') {
      return string(startOffset, startLine, startColumn);
    }
    if (isWordChar(c)) {
      while (offset < text.length() && isWordChar(text.charAt(offset))) {
        advance();
      }
      return new Token(
          Token.Kind.WORD, text.substring(startOffset, offset), startOffset, startLine, startColumn);
    }
    throw source.error(
        "unexpected character '" + printable(c) + "': expected a word, a quoted text, a"
            + " parenthesis, a bracket or a comma",
        startLine,
        startColumn);
  }

  private Token string(int startOffset, int startLine, int startColumn) {
    advance(); // the opening quote
    StringBuilder value = new StringBuilder();
    while (true) {
      if (offset >= text.length() || text.charAt(offset) == '\n') {
        throw source.error(
            "unterminated text: expected a closing '\"' before the end of the line",
            startLine,
            startColumn);
      }
      char c = text.charAt(offset);
      if (c == '"') {
        advance();
        return new Token(Token.Kind.STRING, value.toString(), startOffset, startLine, startColumn);
      }
      if (value.length() >= PolicyLanguage.MAX_TEXT_LENGTH) {
        throw source.error(
            "quoted text longer than " + PolicyLanguage.MAX_TEXT_LENGTH + " characters",
            startLine,
            startColumn);
      }
      if (c == '\\') {
        int escapeLine = line;
        int escapeColumn = column;
        advance();
        char escaped = offset < text.length() ? text.charAt(offset) : ' ';
        switch (escaped) {
          case '"' -> value.append('"');
          case '\\' -> value.append('\\');
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          default -> throw source.error(
              "unknown escape: expected \\\" \\\\ \\n \\t or \\r", escapeLine, escapeColumn);
        }
        advance();
      } else {
        value.append(c);
        advance();
      }
    }
  }

  private void advance() {
    if (text.charAt(offset) == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    offset++;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '%';
  }

  private static String printable(char c) {
    return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
