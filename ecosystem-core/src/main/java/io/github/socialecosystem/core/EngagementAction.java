package io.github.socialecosystem.core;

import io.github.socialecosystem.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Something a person can do in a community, described by traits that policies match on.
 *
 * <p>The set of actions is open: {@link StandardActions} is a catalog, and callers define their
 * own. Because rules look at the {@link Intent}, {@link Format} and {@link Reach}, a custom action
 * is judged like the standard actions that share its traits.
 *
 * <pre>{@code
 * EngagementAction jobPost =
 *     EngagementAction.of("post-job-opening", Intent.PROMOTE, Format.CONVERSATION, Reach.ONE_TO_MANY);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class EngagementAction {
  EngagementAction() {}

  /** A kebab-case id, e.g. {@code announce-deal}. */
  @Value.Parameter
  public abstract String id();

  /** What the action is for. */
  @Value.Parameter
  public abstract Intent intent();

  /** What it puts in front of people. */
  @Value.Parameter
  public abstract Format format();

  /** How many people it addresses at once. */
  @Value.Parameter
  public abstract Reach reach();

  /**
   * An engagement action.
   *
   * @throws IllegalArgumentException if {@code id} is not kebab-case
   */
  public static EngagementAction of(String id, Intent intent, Format format, Reach reach) {
    return ImmutableEngagementAction.of(id, intent, format, reach);
  }

  @Value.Check
  final void check() {
    Checks.kebabCase("action id", id());
  }
}
