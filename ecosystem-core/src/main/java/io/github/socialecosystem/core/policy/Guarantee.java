package io.github.socialecosystem.core.policy;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Texts;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A promise a policy makes about every situation a condition covers: there the verdict is exactly
 * one verdict, at most one (no better than it), or at least one (no worse). The analyzer proves a
 * guarantee over the whole finite attribute space, or shows a situation where it fails.
 *
 * <pre>{@code
 * Guarantee noPromotion = Guarantee.exactly(Verdict.INAPPROPRIATE,
 *     Condition.all(Condition.layer(Layer.PARTICIPATING), Condition.intent(Intent.PROMOTE)));
 * Guarantee pressReleases = Guarantee.atMost(Verdict.LIMITED, Condition.format(Format.PRESS_RELEASE));
 * pressReleases.allows(Verdict.INAPPROPRIATE);   // true: no better than LIMITED
 * }</pre>
 *
 * <p>In the policy language: {@code require inappropriate when ...}, {@code require at most limited
 * when ...}, {@code require at least appropriate when ...}.
 *
 * @since 0.1.0
 */
public final class Guarantee {
  /** How the verdict must relate to the guarantee's verdict. */
  public enum Bound {
    /** The very verdict. */
    EXACTLY,
    /** That verdict or a more restrictive one. */
    AT_MOST,
    /** That verdict or a better one. */
    AT_LEAST
  }

  private final Bound bound;
  private final Verdict verdict;
  private final Condition condition;

  private Guarantee(Bound bound, Verdict verdict, Condition condition) {
    this.bound = bound;
    this.verdict = verdict;
    this.condition = condition;
  }

  /** Wherever {@code condition} holds, the verdict is {@code bound} {@code verdict}. */
  public static Guarantee of(Bound bound, Verdict verdict, Condition condition) {
    return new Guarantee(
        requireNonNull(bound, "bound"),
        requireNonNull(verdict, "verdict"),
        requireNonNull(condition, "condition"));
  }

  /** Wherever {@code condition} holds, the verdict is {@code verdict}. */
  public static Guarantee exactly(Verdict verdict, Condition condition) {
    return of(Bound.EXACTLY, verdict, condition);
  }

  /** Wherever {@code condition} holds, the verdict is {@code verdict} or more restrictive. */
  public static Guarantee atMost(Verdict verdict, Condition condition) {
    return of(Bound.AT_MOST, verdict, condition);
  }

  /** Wherever {@code condition} holds, the verdict is {@code verdict} or better. */
  public static Guarantee atLeast(Verdict verdict, Condition condition) {
    return of(Bound.AT_LEAST, verdict, condition);
  }

  /** How the verdict must relate to {@link #verdict()}. */
  public Bound bound() {
    return bound;
  }

  /** The verdict the bound refers to. */
  public Verdict verdict() {
    return verdict;
  }

  /** The situations the guarantee covers. */
  public Condition condition() {
    return condition;
  }

  /** Whether {@code actual} keeps the guarantee. */
  public boolean allows(Verdict actual) {
    requireNonNull(actual, "actual");
    return switch (bound) {
      case EXACTLY -> actual == verdict;
      case AT_MOST -> actual.compareTo(verdict) >= 0;
      case AT_LEAST -> actual.compareTo(verdict) <= 0;
    };
  }

  /** What the verdict must be, in words: {@code at most limited}. */
  public String requirement() {
    return switch (bound) {
      case EXACTLY -> Texts.kebab(verdict);
      case AT_MOST -> "at most " + Texts.kebab(verdict);
      case AT_LEAST -> "at least " + Texts.kebab(verdict);
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Guarantee that
        && bound == that.bound
        && verdict == that.verdict
        && condition.equals(that.condition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bound, verdict, condition);
  }

  /** The guarantee as the policy language writes it. */
  @Override
  public String toString() {
    return "require " + requirement() + " when " + condition;
  }
}
