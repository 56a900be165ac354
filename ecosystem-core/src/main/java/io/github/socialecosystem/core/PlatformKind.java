package io.github.socialecosystem.core;

/**
 * The kind of software a community runs on, which decides who holds its members' data.
 *
 * @since 0.1.0
 */
public enum PlatformKind {
  /** A consumer social network: pages, groups, brand accounts. */
  CONSUMER_NETWORK,
  /** A site someone else operates: a blog, a forum, a fan site. */
  INDEPENDENT_SITE,
  /** Community software the steward operates itself (open source or enterprise). */
  COMMUNITY_SOFTWARE
}
