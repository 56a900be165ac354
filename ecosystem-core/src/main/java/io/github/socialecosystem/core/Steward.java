package io.github.socialecosystem.core;

/** Who runs a community. */
public enum Steward {
  /** Independent people or groups, not the organisation. */
  INDEPENDENT,
  /** The organisation itself. */
  ORGANIZATION
}
