package io.github.socialecosystem.core;

/**
 * Who runs a community.
 *
 * @since 0.1.0
 */
public enum Steward {
  /** Independent people or groups, not the organisation. */
  INDEPENDENT,
  /** The organisation itself. */
  ORGANIZATION
}
