package io.github.socialecosystem.rules.language;

import io.github.socialecosystem.core.internal.Texts;

/** One token of a text in one of the languages, with where it starts. */
record Token(Kind kind, String text, int offset, int line, int column) {
  enum Kind {
    /** Letters, digits and {@code - _ . %}: keywords, ids, values, numbers. */
    WORD,
    /** A double-quoted string; {@code text} holds its unescaped contents. */
    STRING,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    COMMA,
    /** {@code ->}, in the ecosystem language. */
    ARROW,
    END
  }

  boolean is(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  /** How the token is named in an error message; a long word is cut, with its length. */
  String describe() {
    return switch (kind) {
      case WORD -> Texts.quote(text, "a word");
      case STRING -> "a quoted text";
      case LEFT_PAREN -> "'('";
      case RIGHT_PAREN -> "')'";
      case LEFT_BRACKET -> "'['";
      case RIGHT_BRACKET -> "']'";
      case COMMA -> "','";
      case ARROW -> "'->'";
      case END -> "the end of the text";
    };
  }
}
