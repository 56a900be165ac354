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

  /** Whether {@code value}, in UTF-8, is a stamped text (what an accepted topic should hold). */
  static boolean isStamped(byte @Nullable [] value) {
    if (value == null || value.length <= HASH_LENGTH || value[HASH_LENGTH] != '\n') {
      return false;
    }
    for (int i = 0; i < HASH_LENGTH; i++) {
      byte b = value[i];
      if (!((b >= '0' && b <= '9') || (b >= 'a' && b <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the stamped text {@code value} has the hash {@code hash}, read from its first bytes. */
  static boolean hasHash(byte[] value, String hash) {
    for (int i = 0; i < HASH_LENGTH; i++) {
      if (value[i] != hash.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static String hashOf(byte[] stamped) {
    return new String(stamped, 0, HASH_LENGTH, StandardCharsets.US_ASCII);
  }


  /**
   * The text of an accepted value, after checking that the topology wrote it: stamped, in UTF-8,
   * and with its own hash.
   *
   * @throws IllegalArgumentException naming the organisation otherwise (the accepted topics are
   *     the topology's own; a value written there by anything else is not used)
   */
  static String checked(byte[] stamped, String kind, String organization) {
    if (!isStamped(stamped)) {
      throw new IllegalArgumentException("the accepted " + kind + " of " + organization
          + " was not written by this application (no hash before it); send it to the " + kind
          + " topic instead");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(stamped, HASH_LENGTH + 1,
              stamped.length - HASH_LENGTH - 1))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("the accepted " + kind + " of " + organization
          + " is not UTF-8 text");
    }
    if (!hash(text).equals(hashOf(stamped))) {
      throw new IllegalArgumentException("the accepted " + kind + " of " + organization
          + " does not match its hash; send it to the " + kind + " topic instead");
    }
    return text;
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
