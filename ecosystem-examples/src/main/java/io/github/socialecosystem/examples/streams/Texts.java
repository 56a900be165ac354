package io.github.socialecosystem.examples.streams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Accepted texts as the accepted topics and global stores hold them: the SHA-256 of the canonical
 * text (64 hex digits), a line break, then the text, so that a reader learns whether a text has
 * changed from its first 64 characters.
 */
final class Texts {
  private static final int HASH_LENGTH = 64;

  private Texts() {}

  static String stamped(String canonical) {
    return hash(canonical) + "\n" + canonical;
  }

  static String hashOf(String stamped) {
    return stamped.substring(0, HASH_LENGTH);
  }

  static String textOf(String stamped) {
    return stamped.substring(HASH_LENGTH + 1);
  }

  /** Whether {@code value} is a stamped text (what an accepted topic should hold). */
  static boolean isStamped(String value) {
    return value.length() > HASH_LENGTH && value.charAt(HASH_LENGTH) == '\n'
        && value.substring(0, HASH_LENGTH).matches("[0-9a-f]+");
  }

  /** The SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A field set in {@code init}, which Kafka Streams calls before anything else. */
  static <T> T present(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("used before init");
    }
    return value;
  }
}
