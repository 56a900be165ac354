package io.github.socialecosystem.core;

import io.github.socialecosystem.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The software a community runs on: a name for people and a {@link PlatformKind} for the policy.
 *
 * <pre>{@code
 * Platform page = Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Platform {
  Platform() {}

  /**
   * The platform's name, e.g. "Facebook" or "Telligent Community"; at most {@link
   * Limits#MAX_TEXT_LENGTH} characters.
   */
  @Value.Parameter
  public abstract String name();

  /** The kind of platform. */
  @Value.Parameter
  public abstract PlatformKind kind();

  /**
   * A platform.
   *
   * @throws IllegalArgumentException if {@code name} is blank or longer than {@link
   *     Limits#MAX_TEXT_LENGTH} characters
   */
  public static Platform of(String name, PlatformKind kind) {
    return ImmutablePlatform.of(name, kind);
  }

  @Value.Check
  final void check() {
    Checks.text("platform name", name());
  }
}
