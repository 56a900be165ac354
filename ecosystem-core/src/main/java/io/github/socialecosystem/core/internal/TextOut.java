package io.github.socialecosystem.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where the canonical text of a value goes: into a builder, or only counted, up to a limit. The
 * printers of both text languages write through it, so that a text and its measured length never
 * disagree, and both quote texts the same way.
 */
final class TextOut {
  private final @Nullable StringBuilder text;
  private final long atMost;
  private long length;

  TextOut(@Nullable StringBuilder text, long atMost) {
    this.text = text;
    this.atMost = atMost;
  }

  /** Whether more than {@code atMost} characters were written: the rest need not be. */
  boolean full() {
    return length > atMost;
  }

  /** How many characters were written, or counted. */
  long length() {
    return length;
  }

  TextOut append(String s) {
    if (full()) {
      return this;
    }
    length += s.length();
    if (text != null) {
      text.append(s);
    }
    return this;
  }

  /** A text in double quotes, with {@code " \ newline return tab} escaped. */
  TextOut quote(String value) {
    if (full()) {
      return this;
    }
    if (text == null) {  // only counted: no need to write it out
      long escapes = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
          escapes++;
        }
      }
      length += value.length() + escapes + 2;
      return this;
    }
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c);
      }
    }
    return append(quoted.append('"').toString());
  }

  @Override
  public String toString() {
    return String.valueOf(text);
  }
}
