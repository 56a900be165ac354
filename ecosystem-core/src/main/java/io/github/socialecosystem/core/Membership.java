package io.github.socialecosystem.core;

/**
 * Who may join a community.
 *
 * @since 0.1.0
 */
public enum Membership {
  /** Anyone may join. */
  OPEN,
  /** The steward decides who joins. */
  CONTROLLED
}
