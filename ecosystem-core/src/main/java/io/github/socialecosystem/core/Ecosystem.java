package io.github.socialecosystem.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Multimaps;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.EcosystemText;
import io.github.socialecosystem.core.internal.Texts;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organisation's social ecosystem: its communities, and the channels along which outer
 * communities draw people toward the ones it owns.
 *
 * <pre>{@code
 * Ecosystem eco = Ecosystem.builder().organization("Fiskars")
 *     .addCommunities(brandPage, fanClub)
 *     .addChannels(Channel.of("brand-page", "fan-club"))
 *     .build();
 * eco.communities(Layer.OWNED);                  // [fanClub]
 * eco.destinationsReachableFrom("brand-page");  // [fanClub]
 * eco.reachesDestination("brand-page");         // true
 * eco.isDestination("fan-club");                // true
 * eco.isIsolated("fan-club");                   // false
 * }</pre>
 *
 * <p>Questions about the whole graph ({@link #reachesDestination}, {@link #isDestination}, {@link
 * #destinations}, {@link #isIsolated}) are answered from one pass over all communities and
 * channels, made the first time one is asked and kept: asking them of every community of a large
 * ecosystem costs time proportional to its communities plus its channels.
 *
 * <p>{@code build()} rejects two communities with the same id, channels whose ends are not
 * communities of the ecosystem, and an ecosystem whose text in the ecosystem language would be
 * longer than {@link Limits#MAX_ECOSYSTEM_CHARS} characters, so that every ecosystem that can be
 * built can be printed and read back.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Ecosystem {
  Ecosystem() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Ecosystem}; {@code build()} validates the whole ecosystem at once. */
  public static final class Builder extends ImmutableEcosystem.Builder {
    Builder() {}
  }

  /**
   * The organisation whose ecosystem this is; at most {@link Limits#MAX_TEXT_LENGTH} characters.
   */
  public abstract String organization();

  /** Its communities, in the order they were added; ids are unique. */
  public abstract List<Community> communities();

  /** Its channels, in the order they were added. */
  public abstract Set<Channel> channels();

  /** The community with the given id, if there is one. */
  public final Optional<Community> community(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(byId().get(id));
  }

  /** The communities in the given layer, in the order they were added. */
  public final List<Community> communities(Layer layer) {
    requireNonNull(layer, "layer");
    return communitiesByLayer().get(layer);
  }

  /**
   * The channels leaving the community with the given id.
   *
   * @throws IllegalArgumentException if there is no such community
   */
  public final Set<Channel> channelsFrom(String id) {
    return channelsFrom().get(known(id));
  }

  /**
   * The channels arriving at the community with the given id.
   *
   * @throws IllegalArgumentException if there is no such community
   */
  public final Set<Channel> channelsTo(String id) {
    return channelsTo().get(known(id));
  }

  /**
   * The owned communities that people can be drawn to from the community with the given id, by
   * following one or more channels; nearest first. The community itself is never among them.
   *
   * <p>Each call is a search from that one community; to ask only whether a community reaches any
   * destination, {@link #reachesDestination} answers in constant time once the ecosystem has been
   * asked.
   *
   * @throws IllegalArgumentException if there is no such community
   */
  public final Set<Community> destinationsReachableFrom(String id) {
    String start = known(id);
    ImmutableSet.Builder<Community> destinations = ImmutableSet.builder();
    Set<String> seen = new HashSet<>();
    seen.add(start);
    Queue<String> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      for (Channel channel : channelsFrom().get(queue.remove())) {
        if (seen.add(channel.to())) {
          Community next = byId().get(channel.to());
          if (next != null && next.layer() == Layer.OWNED) {
            destinations.add(next);
          }
          queue.add(channel.to());
        }
      }
    }
    return destinations.build();
  }

  /**
   * Whether one or more channels lead from the community with the given id to an owned community
   * other than itself: the same as {@code !destinationsReachableFrom(id).isEmpty()}, but answered
   * for every community at once, the first time any community is asked about.
   *
   * <pre>{@code
   * eco.reachesDestination("knitting-group");  // true: knitting-group -> brand-page -> fan-club
   * eco.reachesDestination("lonely-blog");     // false: no channel leads anywhere owned
   * }</pre>
   *
   * <p>An outer community that does not reach a destination is stranded: nothing draws its people
   * inward. An owned community reaches a destination when it leads on to another owned one.
   *
   * @throws IllegalArgumentException if there is no such community
   */
  public final boolean reachesDestination(String id) {
    return reachability().reachesDestination(known(id));
  }

  /**
   * Whether the community with the given id is a destination: an owned community that at least
   * one participating or managed community leads to, by one or more channels.
   *
   * <pre>{@code
   * eco.isDestination("fan-club");    // true: brand-page -> fan-club
   * eco.isDestination("staff-room");  // false: owned, but nothing outside leads there
   * eco.isDestination("brand-page");  // false: not owned
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no such community
   */
  public final boolean isDestination(String id) {
    return reachability().isDestination(known(id));
  }

  /**
   * The destinations of this ecosystem: the owned communities that at least one participating or
   * managed community leads to, in the order they were added. Every destination reachable from an
   * outer community is among them.
   *
   * <pre>{@code
   * eco.destinations();  // [fanClub, partnerNetwork]
   * }</pre>
   */
  public final List<Community> destinations() {
    return reachability().destinations();
  }

  /**
   * Whether the community with the given id is isolated: no channel leaves it and none arrives.
   *
   * <pre>{@code
   * eco.isIsolated("staff-room");  // true
   * }</pre>
   *
   * @throws IllegalArgumentException if there is no such community
   */
  public final boolean isIsolated(String id) {
    return reachability().isIsolated(known(id));
  }

  private String known(String id) {
    requireNonNull(id, "id");
    checkArgument(byId().containsKey(id), "no community with id '%s' in this ecosystem", id);
    return id;
  }

  @Value.Lazy
  ImmutableMap<String, Community> byId() {
    return ImmutableMap.copyOf(indexById(communities()));
  }

  /** Reachability of every community, worked out once, in time linear in the ecosystem's size. */
  @Value.Lazy
  Reachability reachability() {
    return new Reachability(communities(), channels());
  }

  @Value.Lazy
  ImmutableListMultimap<Layer, Community> communitiesByLayer() {
    return Multimaps.index(communities(), Community::layer);
  }

  @Value.Lazy
  ImmutableSetMultimap<String, Channel> channelsFrom() {
    return channels().stream()
        .collect(ImmutableSetMultimap.toImmutableSetMultimap(Channel::from, c -> c));
  }

  @Value.Lazy
  ImmutableSetMultimap<String, Channel> channelsTo() {
    return channels().stream()
        .collect(ImmutableSetMultimap.toImmutableSetMultimap(Channel::to, c -> c));
  }

  private static Map<String, Community> indexById(List<Community> communities) {
    Map<String, Community> index = new HashMap<>();
    for (Community community : communities) {
      Community previous = index.putIfAbsent(community.id(), community);
      checkArgument(
          previous == null,
          "community ids must be unique in an ecosystem, but '%s' appears more than once",
          community.id());
    }
    return index;
  }

  @Value.Check
  final void check() {
    Checks.text("organization", organization());
    Map<String, Community> index = indexById(communities());
    for (Channel channel : channels()) {
      checkArgument(
          index.containsKey(channel.from()),
          "channel %s starts at an unknown community: '%s'",
          channel,
          channel.from());
      checkArgument(
          index.containsKey(channel.to()),
          "channel %s leads to an unknown community: '%s'",
          channel,
          channel.to());
    }
    checkLength();
  }

  /** Refuses an ecosystem whose text would be too long for the ecosystem language to read back. */
  private void checkLength() {
    long length = EcosystemText.length(this);
    if (length <= Limits.MAX_ECOSYSTEM_CHARS) {
      return;
    }
    long communities = EcosystemText.communitiesLength(this);
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "the ecosystem of %s would be %s long as text, but the ecosystem language reads at"
                + " most %,d (Limits.MAX_ECOSYSTEM_CHARS): shorten it by %s (its %s take %s and its"
                + " %s %s), or split it into several ecosystems",
            Texts.quote(organization()),
            count(length, "character", "characters"),
            Limits.MAX_ECOSYSTEM_CHARS,
            count(length - Limits.MAX_ECOSYSTEM_CHARS, "character", "characters"),
            count(communities().size(), "community", "communities"),
            count(communities, "character", "characters"),
            count(channels().size(), "channel", "channels"),
            count(EcosystemText.channelsLength(this), "character", "characters")));
  }

  /** "1 community", "1,234 communities". */
  private static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
