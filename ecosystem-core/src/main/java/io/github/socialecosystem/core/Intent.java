package io.github.socialecosystem.core;

/**
 * What an engagement action is for; policies match on it, so custom actions get sound answers.
 *
 * @since 0.1.0
 */
public enum Intent {
  /** Hear what people say, without speaking. */
  LISTEN,
  /** Take part in a conversation as a member. */
  CONVERSE,
  /** Help someone with a question or a problem. */
  SUPPORT,
  /** Market the organisation, its products or its offers. */
  PROMOTE,
  /** Run the community: moderate it, decide who belongs. */
  GOVERN,
  /** Use the data members create: profiles, analytics, exports. */
  USE_DATA,
  /** Draw people toward another community. */
  RECRUIT
}
