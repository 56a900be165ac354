package io.github.socialecosystem.core;

/**
 * The shape of what an engagement action puts in front of people.
 *
 * @since 0.1.0
 */
public enum Format {
  /** Nothing is published, or the format does not matter. */
  NONE,
  /** A post, a comment or a reply in a conversation. */
  CONVERSATION,
  /** A video. */
  VIDEO,
  /** A formal announcement written for the press. */
  PRESS_RELEASE,
  /** A deal, a special or a discount. */
  OFFER
}
