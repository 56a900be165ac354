package io.github.socialecosystem.rules.language;

/**
 * What the two parsers share: the token under the cursor, moving on, and the error that says what
 * was expected where. {@code E} is the language's syntax exception.
 */
abstract class TokenParser<E extends IllegalArgumentException> {
  final Source<E> source;
  private final Lexer<E> lexer;
  private Token current;

  TokenParser(Source<E> source, Lexer.Dialect dialect) {
    this.source = source;
    this.lexer = new Lexer<>(source, dialect);
    this.current = lexer.next();
  }

  /** The word {@code word}, or an error saying what was {@code expected}. */
  final Token expectWord(String word, String expected) {
    if (!peek().is(word)) {
      throw unexpected(expected);
    }
    return next();
  }

  /** A token of {@code kind}, or an error saying what was {@code expected}. */
  final void expect(Token.Kind kind, String expected) {
    if (peek().kind() != kind) {
      throw unexpected(expected);
    }
    next();
  }

  /** The error for the token under the cursor: what was expected, and what was found. */
  final E unexpected(String expected) {
    Token token = peek();
    return source.error("expected " + expected + ", found " + token.describe(), token);
  }

  /** The token under the cursor. */
  final Token peek() {
    return current;
  }

  /** The token under the cursor, moving past it (never past the end). */
  final Token next() {
    Token token = current;
    if (token.kind() != Token.Kind.END) {
      current = lexer.next();
    }
    return token;
  }
}
