package io.github.socialecosystem.core;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.socialecosystem.core.internal.Checks;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One online community in an organisation's ecosystem.
 *
 * <p>A community is described by who runs it, where it runs, who may join and whom it is for; its
 * {@link #type() type}, {@link #layer() layer} and {@link #dataOwnership() data ownership} follow
 * from that and are never stated separately.
 *
 * <pre>{@code
 * Community fanClub = Community.builder()
 *     .id("fan-club").name("Crafters' Club")
 *     .steward(Steward.ORGANIZATION)
 *     .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
 *     .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
 *     .addTopics("crafting").memberCount(12_000)
 *     .build();
 * fanClub.type();   // CommunityType.EXTERNAL
 * fanClub.layer();  // Layer.OWNED
 * }</pre>
 *
 * <p>Shapes that cannot exist are rejected by {@code build()}: an employee community (the
 * organisation's own software, audience {@link Audience#EMPLOYEES}) must control its membership.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Community {
  Community() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Community}; {@code build()} validates the whole shape at once. */
  public static final class Builder extends ImmutableCommunity.Builder {
    Builder() {}
  }

  /** A kebab-case id, unique within an ecosystem, e.g. {@code brand-page}. */
  public abstract String id();

  /** A name for people: not blank, at most {@link Limits#MAX_TEXT_LENGTH} characters. */
  public abstract String name();

  /** Who runs it. */
  public abstract Steward steward();

  /** Where it runs. */
  public abstract Platform platform();

  /** Who may join. */
  public abstract Membership membership();

  /** Whom it is for. */
  public abstract Audience audience();

  /** What it talks about, as kebab-case topics; possibly none. */
  public abstract Set<String> topics();

  /** How many members it has, when known. */
  public abstract OptionalLong memberCount();

  /** Its type, derived from steward, platform kind, membership and audience. */
  @Value.Derived
  public CommunityType type() {
    return CommunityType.classify(steward(), platform().kind(), membership(), audience());
  }

  /** The layer of the ecosystem it belongs to. */
  public final Layer layer() {
    return type().layer();
  }

  /** Who holds its member data, and what the organisation may do with it. */
  public final DataOwnership dataOwnership() {
    return type().dataOwnership();
  }

  @Value.Check
  final void check() {
    Checks.kebabCase("community id", id());
    Checks.text("community name", name());
    for (String topic : topics()) {
      Checks.kebabCase("topic", topic);
    }
    if (memberCount().isPresent()) {
      checkArgument(
          memberCount().getAsLong() >= 0,
          "memberCount must not be negative: %s",
          memberCount().getAsLong());
    }
    checkArgument(
        CommunityType.exists(steward(), platform().kind(), membership(), audience()),
        "membership must be CONTROLLED for an employee community (audience EMPLOYEES on the"
            + " organisation's own community software): %s",
        membership());
  }
}
