package io.github.socialecosystem.rules.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the languages take in text: from a string, a reader or a UTF-8 file, with a byte-order mark
 * at the start skipped, and refused once it is longer than the language reads. Errors are made as
 * the language's exception {@code E}, and name the language's files in their advice.
 */
final class TextInput<E extends IllegalArgumentException> {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final int maxChars;
  private final String tooLong;
  private final String files;
  private final SyntaxErrors.Factory<E> errors;

  /**
   * Input of at most {@code maxChars} characters; {@code tooLong} is the problem a longer text is
   * refused with, and {@code files} names the language's files ("policy files").
   */
  TextInput(int maxChars, String tooLong, String files, SyntaxErrors.Factory<E> errors) {
    this.maxChars = maxChars;
    this.tooLong = tooLong;
    this.files = files;
    this.errors = errors;
  }

  /**
   * The most bytes {@link #read(Path)} reads: a UTF-8 text of {@code maxChars} characters takes at
   * most three bytes a character, after a byte-order mark of three.
   */
  private int maxBytes() {
    return 3 * maxChars + 3;
  }

  /** The text to parse, without a leading byte-order mark, in a source for its errors. */
  Source<E> source(String text) {
    String withoutMark = withoutByteOrderMark(text);
    if (withoutMark.length() > maxChars) {
      throw tooLong();
    }
    return new Source<>(withoutMark, errors);
  }

  /**
   * All the reader holds, reading at most {@code maxChars} characters (and a byte-order mark)
   * before refusing. A text too long, or input the reader cannot decode, is the language's error;
   * the latter gives the line and column reached.
   */
  String read(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    try {
      while ((n = reader.read(buffer)) != -1) {
        text.append(buffer, 0, n);
        if (text.length() > maxChars + 1) {  // room for a byte-order mark
          throw tooLong();
        }
      }
    } catch (CharacterCodingException e) {
      String read = withoutByteOrderMark(text.toString());
      throw new Source<>(read, errors)
          .errorAt(
              "the text cannot be decoded after this point ("
                  + e
                  + "): read it with the encoding it was saved in; "
                  + files
                  + " are UTF-8",
              read.length());
    }
    return text.toString();
  }

  /**
   * The text of a UTF-8 file; reads at most {@code maxChars} characters' worth of bytes before
   * refusing. A file too long, or not UTF-8, is the language's error; the latter names the first
   * byte that is not, and where it is.
   */
  String read(Path path) throws IOException {
    if (Files.isRegularFile(path) && Files.size(path) > maxBytes()) {
      throw tooLong();  // refused before a byte is read
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(maxBytes() + 1);
    }
    if (bytes.length > maxBytes()) {
      throw tooLong();
    }
    return decode(bytes);
  }

  private E tooLong() {
    return new Source<>("", errors).error(tooLong, 1, 1);
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /** The UTF-8 text of {@code bytes}, or an error naming the first byte that is not UTF-8. */
  private String decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);  // UTF-8 never has more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder bad = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + result.length()); i++) {
        bad.append(bad.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i]));
      }
      String shown = new String(bytes, StandardCharsets.UTF_8);  // the bad bytes replaced
      boolean marked = !shown.isEmpty() && shown.charAt(0) == BYTE_ORDER_MARK;
      throw new Source<>(withoutByteOrderMark(shown), errors)
          .errorAt(
              String.format(
                  Locale.ROOT,
                  "not valid UTF-8: %s %s at byte offset %,d; %s are UTF-8: save it as UTF-8",
                  result.length() == 1 ? "byte" : "bytes",
                  bad,
                  at,
                  files),
              out.position() - (marked ? 1 : 0));
    }
    return out.flip().toString();
  }
}
