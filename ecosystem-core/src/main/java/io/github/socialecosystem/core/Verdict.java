package io.github.socialecosystem.core;

/**
 * How appropriate an engagement action is in a community, declared best first.
 *
 * <p>The natural order of the constants is the ranking: {@code RECOMMENDED} sorts before {@code
 * INAPPROPRIATE}. A verdict is an answer, never an error.
 *
 * @since 0.1.0
 */
public enum Verdict {
  /** Encouraged: one of the things to do here. */
  RECOMMENDED,
  /** Fine to do. */
  APPROPRIATE,
  /** Acceptable a little, with care; the decision says what the limit is. */
  LIMITED,
  /** Not to be done here. */
  INAPPROPRIATE;

  /** Whether the action may be taken at all; false only for {@link #INAPPROPRIATE}. */
  public boolean permits() {
    return this != INAPPROPRIATE;
  }

  /** Whether this verdict allows less than {@code other}. */
  public boolean isMoreRestrictiveThan(Verdict other) {
    return compareTo(other) > 0;
  }

  /** The more restrictive of two verdicts. */
  public static Verdict mostRestrictive(Verdict first, Verdict second) {
    return first.compareTo(second) >= 0 ? first : second;
  }
}
