package io.github.socialecosystem.rules.language;

import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.internal.Texts;
import java.util.Locale;

/**
 * Splits a text of one of the languages into tokens, one at a time as the parser asks for them, so
 * that memory holds the text and a token, never a list as long as the text. {@code #} starts a
 * comment that runs to the end of the line; lines end at LF, CRLF or CR. Columns count code
 * points, so that a character outside the Basic Multilingual Plane (an emoji) is one column. The
 * languages share words, quoted texts, brackets and commas; the {@link Dialect} says which other
 * punctuation a language has.
 */
final class Lexer<E extends IllegalArgumentException> {
  /** The punctuation of one language, beyond words, quoted texts, brackets and commas. */
  enum Dialect {
    /** Policies: parentheses group conditions. */
    POLICY(true, false, "a word, a quoted text, a parenthesis, a bracket or a comma"),
    /** Ecosystems: {@code ->} joins the ends of a channel. */
    ECOSYSTEM(false, true, "a word, a quoted text, '->', a bracket or a comma");

    private final boolean parentheses;
    private final boolean arrows;
    private final String expected;

    Dialect(boolean parentheses, boolean arrows, String expected) {
      this.parentheses = parentheses;
      this.arrows = arrows;
      this.expected = expected;
    }
  }

  private final Source<E> source;
  private final Dialect dialect;
  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  Lexer(Source<E> source, Dialect dialect) {
    this.source = source;
    this.dialect = dialect;
    this.text = source.text();
  }

  /** The next token; {@link Token.Kind#END} at the end of the text, and ever after. */
  Token next() {
    skipSpaceAndComments();
    if (offset >= text.length()) {
      return new Token(Token.Kind.END, "", offset, line, column);
    }
    int startOffset = offset;
    int startLine = line;
    int startColumn = column;
    char c = text.charAt(offset);
    if (arrowAt(offset)) {
      advance();
      advance();
      return new Token(Token.Kind.ARROW, "->", startOffset, startLine, startColumn);
    }
    Token.Kind single =
        switch (c) {
          case '(' -> dialect.parentheses ? Token.Kind.LEFT_PAREN : null;
          case ')' -> dialect.parentheses ? Token.Kind.RIGHT_PAREN : null;
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
      while (offset < text.length() && isWordChar(text.charAt(offset)) && !arrowAt(offset)) {
        offset++;  // word characters are ASCII: one column each, and never a line break
      }
      column += offset - startOffset;
      if (offset < text.length() && text.codePointAt(offset) > 0x7F) {
        throw unexpectedCharacter();  // a look-alike or invisible character inside a word
      }
      return new Token(
          Token.Kind.WORD, text.substring(startOffset, offset), startOffset, startLine, startColumn);
    }
    throw unexpectedCharacter();
  }

  /** Whether an arrow starts at {@code at}, in a language that has arrows. */
  private boolean arrowAt(int at) {
    return dialect.arrows
        && text.charAt(at) == '-'
        && at + 1 < text.length()
        && text.charAt(at + 1) == '>';
  }

  private E unexpectedCharacter() {
    return source.error(
        "unexpected character "
            + Texts.describe(text.codePointAt(offset))
            + ": expected "
            + dialect.expected,
        line,
        column);
  }

  private void skipSpaceAndComments() {
    while (offset < text.length()) {
      char c = text.charAt(offset);
      if (c == '#') {
        int end = offset;
        while (end < text.length() && !isLineBreak(text.charAt(end))) {
          end++;
        }
        column += text.codePointCount(offset, end);
        offset = end;
      } else if (c == ' ' || c == '\t') {
        column++;
        offset++;
      } else if (isLineBreak(c)) {
        advance();
      } else {
        return;
      }
    }
  }

  private Token string(int startOffset, int startLine, int startColumn) {
    advance(); // the opening quote
    StringBuilder value = new StringBuilder();
    while (true) {
      if (offset >= text.length() || isLineBreak(text.charAt(offset))) {
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
      int run = offset;  // characters taken as they are, up to a quote, an escape or a line end
      while (run < text.length() && !isSpecialInText(text.charAt(run))) {
        run++;
      }
      if (value.length() + Math.max(1, run - offset) > Limits.MAX_TEXT_LENGTH) {
        throw source.error(
            String.format(
                Locale.ROOT,
                "quoted text longer than %,d characters (Limits.MAX_TEXT_LENGTH): shorten it",
                Limits.MAX_TEXT_LENGTH),
            startLine,
            startColumn);
      }
      if (run > offset) {
        value.append(text, offset, run);
        column += text.codePointCount(offset, run);
        offset = run;
      } else {
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
      }
    }
  }

  /** Whether a character ends a run of characters a quoted text takes as they are. */
  private static boolean isSpecialInText(char c) {
    return c == '"' || c == '\\' || isLineBreak(c);
  }

  /** Moves past one code point (or one line break, CRLF being one), keeping line and column. */
  private void advance() {
    char c = text.charAt(offset);
    if (c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n') {
      offset++; // the LF of a CRLF ends the line
      return;
    }
    if (isLineBreak(c)) {
      line++;
      column = 1;
      offset++;
      return;
    }
    column++;
    offset += Character.charCount(text.codePointAt(offset));
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
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
}
