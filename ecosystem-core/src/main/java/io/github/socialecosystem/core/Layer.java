package io.github.socialecosystem.core;

/**
 * The three layers of a social ecosystem, declared from the outermost to the innermost.
 *
 * <p>An organisation plans how it engages in every layer, and tries to bring people inward, toward
 * the communities it owns.
 *
 * @since 0.1.0
 */
public enum Layer {
  /** Communities run by independent people or groups, where the organisation takes part. */
  PARTICIPATING,
  /** Communities the organisation runs on a platform someone else operates. */
  MANAGED,
  /** Communities the organisation runs on its own community software; the destination. */
  OWNED;

  /** Whether this layer lies outside the owned layer (a channel toward it rather than a destination). */
  public boolean isOuter() {
    return this != OWNED;
  }
}
