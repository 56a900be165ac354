package io.github.socialecosystem.examples.cli;

/**
 * Text as the tool prints it for a person: names, rationales and other texts from files are shown,
 * never obeyed by the terminal.
 */
final class Terminal {
  private Terminal() {}

  /**
   * {@code text} with every control character other than line feed and tab (escape sequences,
   * carriage returns, bells, C1 controls) and every bidirectional control (which would reorder
   * what the terminal shows) replaced by {@code ?}.
   */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append('?');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u061C'
        || (c >= '\u200E' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
