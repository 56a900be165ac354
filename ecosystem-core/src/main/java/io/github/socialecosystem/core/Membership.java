package io.github.socialecosystem.core;

/** Who may join a community. */
public enum Membership {
  /** Anyone may join. */
  OPEN,
  /** The steward decides who joins. */
  CONTROLLED
}
