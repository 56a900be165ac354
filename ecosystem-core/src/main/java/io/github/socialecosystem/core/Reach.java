package io.github.socialecosystem.core;

/**
 * How many people an engagement action addresses at once.
 *
 * @since 0.1.0
 */
public enum Reach {
  /** One person. */
  ONE_TO_ONE,
  /** Many people, or the whole community. */
  ONE_TO_MANY
}
