package io.github.socialecosystem.core;

/**
 * Whom a community is for.
 *
 * @since 0.1.0
 */
public enum Audience {
  /** Anyone interested. */
  PUBLIC,
  /** The organisation's customers, for example owners of a product. */
  CUSTOMERS,
  /** The organisation's partners. */
  PARTNERS,
  /** The organisation's employees. */
  EMPLOYEES
}
