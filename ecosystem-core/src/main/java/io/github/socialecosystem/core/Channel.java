package io.github.socialecosystem.core;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.socialecosystem.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A path along which one community draws people toward another, by community id.
 *
 * <pre>{@code
 * Channel toFanClub = Channel.of("brand-page", "fan-club");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Channel {
  Channel() {}

  /** The id of the community people come from. */
  @Value.Parameter
  public abstract String from();

  /** The id of the community people are drawn to. */
  @Value.Parameter
  public abstract String to();

  /**
   * A channel between two different communities.
   *
   * @throws IllegalArgumentException if an id is not kebab-case or both ends are the same
   */
  public static Channel of(String from, String to) {
    return ImmutableChannel.of(from, to);
  }

  @Value.Check
  final void check() {
    Checks.kebabCase("channel from", from());
    Checks.kebabCase("channel to", to());
    checkArgument(
        !from().equals(to()),
        "a channel must connect two different communities, but from and to are both '%s'",
        from());
  }

  @Override
  public String toString() {
    return from() + " -> " + to();
  }
}
