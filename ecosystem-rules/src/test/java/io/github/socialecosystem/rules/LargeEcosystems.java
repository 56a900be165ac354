package io.github.socialecosystem.rules;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Large ecosystems for tests of the advisor and the diagrams, and a deliberately naive way of
 * working out what they should say about them: repeated passes over the list of channels until
 * nothing changes, nothing shared with the library's own search.
 */
public final class LargeEcosystems {
  private static final Community PARTICIPATING =
      Community.builder()
          .id("template").name("Template")
          .steward(Steward.INDEPENDENT).platform(Platform.of("Forum", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .build();
  private static final Community MANAGED =
      Community.builder()
          .from(PARTICIPATING)
          .steward(Steward.ORGANIZATION).platform(Platform.of("Network", PlatformKind.CONSUMER_NETWORK))
          .build();
  private static final Community OWNED =
      Community.builder()
          .from(PARTICIPATING)
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Own software", PlatformKind.COMMUNITY_SOFTWARE))
          .audience(Audience.CUSTOMERS)
          .build();

  private LargeEcosystems() {}

  /** The id of the {@code i}th community of these ecosystems. */
  public static String id(int i) {
    return "c" + i;
  }

  /**
   * A chain {@code c0 -> c1 -> ... -> c(n-1)}; {@code c(owned)} is owned, the others take turns
   * being participating and managed.
   */
  public static Ecosystem chain(int n, int owned) {
    Ecosystem.Builder builder = Ecosystem.builder().organization("Chain Inc.");
    for (int i = 0; i < n; i++) {
      Layer layer = i == owned ? Layer.OWNED : i % 2 == 0 ? Layer.PARTICIPATING : Layer.MANAGED;
      builder.addCommunities(community(i, layer));
    }
    for (int i = 0; i + 1 < n; i++) {
      builder.addChannels(Channel.of(id(i), id(i + 1)));
    }
    return builder.build();
  }

  /**
   * A seeded random ecosystem of {@code n} communities and {@code m} distinct channels, in islands
   * of a hundred communities: channels stay inside an island, some islands have no owned
   * community, some only owned ones, and islands differ widely in how many channels they get, so
   * that some communities are stranded, some owned ones are no destination and some are isolated
   * (one in twenty never gets a channel).
   */
  public static Ecosystem islands(long seed, int n, int m) {
    Random random = new Random(seed);
    int size = 100;
    int islands = (n + size - 1) / size;
    List<List<Integer>> members = new ArrayList<>();
    double[] weights = new double[islands];
    Ecosystem.Builder builder = Ecosystem.builder().organization("Islands Inc.");
    for (int island = 0; island < islands; island++) {
      int kind = random.nextInt(10); // 0-2 outer only, 3-7 mixed, 8-9 owned only
      List<Integer> connected = new ArrayList<>();
      for (int i = island * size; i < Math.min(n, (island + 1) * size); i++) {
        Layer layer =
            kind >= 8 ? Layer.OWNED
                : kind >= 3 && random.nextInt(10) == 0 ? Layer.OWNED
                : random.nextBoolean() ? Layer.PARTICIPATING : Layer.MANAGED;
        builder.addCommunities(community(i, layer));
        if (random.nextInt(20) != 0) {
          connected.add(i);
        }
      }
      members.add(connected);
      double w = random.nextDouble();
      weights[island] = connected.size() < 2 ? 0 : w * w * w;
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    Set<Channel> channels = new LinkedHashSet<>();
    for (long attempts = 0; channels.size() < m && attempts < 50L * m; attempts++) {
      double pick = random.nextDouble() * total;
      int island = 0;
      while (island < islands - 1 && (pick -= weights[island]) > 0) {
        island++;
      }
      List<Integer> connected = members.get(island);
      if (connected.size() < 2) {
        continue;
      }
      int from = connected.get(random.nextInt(connected.size()));
      int to = connected.get(random.nextInt(connected.size()));
      if (from != to) {
        channels.add(Channel.of(id(from), id(to)));
      }
    }
    return builder.addAllChannels(channels).build();
  }

  private static Community community(int i, Layer layer) {
    Community template =
        switch (layer) {
          case PARTICIPATING -> PARTICIPATING;
          case MANAGED -> MANAGED;
          case OWNED -> OWNED;
        };
    return Community.builder().from(template).id(id(i)).name("Community " + i).build();
  }

  /** Ids of the outer communities from which one or more channels lead to an owned community. */
  public static Set<String> outerReachingOwned(Ecosystem ecosystem) {
    Set<String> reaching = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Channel channel : ecosystem.channels()) {
        if (!reaching.contains(channel.from())
            && (layer(ecosystem, channel.to()) == Layer.OWNED || reaching.contains(channel.to()))) {
          reaching.add(channel.from());
          changed = true;
        }
      }
    }
    reaching.removeIf(id -> layer(ecosystem, id) == Layer.OWNED);
    return reaching;
  }

  /** Ids of the owned communities to which one or more channels lead from an outer community. */
  public static Set<String> ownedReachedFromOuter(Ecosystem ecosystem) {
    Set<String> reached = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Channel channel : ecosystem.channels()) {
        if (!reached.contains(channel.to())
            && (layer(ecosystem, channel.from()).isOuter() || reached.contains(channel.from()))) {
          reached.add(channel.to());
          changed = true;
        }
      }
    }
    reached.removeIf(id -> layer(ecosystem, id).isOuter());
    return reached;
  }

  /** Ids of the communities no channel leaves or reaches. */
  public static Set<String> isolated(Ecosystem ecosystem) {
    Set<String> isolated = new HashSet<>();
    ecosystem.communities().forEach(c -> isolated.add(c.id()));
    for (Channel channel : ecosystem.channels()) {
      isolated.remove(channel.from());
      isolated.remove(channel.to());
    }
    return isolated;
  }

  /** Ids of the outer communities. */
  public static Set<String> outer(Ecosystem ecosystem) {
    Set<String> outer = new HashSet<>();
    for (Community c : ecosystem.communities()) {
      if (c.layer().isOuter()) {
        outer.add(c.id());
      }
    }
    return outer;
  }

  private static Layer layer(Ecosystem ecosystem, String id) {
    return ecosystem.community(id).orElseThrow().layer();
  }
}
