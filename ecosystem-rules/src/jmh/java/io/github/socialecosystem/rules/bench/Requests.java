package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.EngagementContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A seeded stream of {@value #SIZE} requests: a community, a standard action and the recent
 * activity in the community. Every community type meets every standard action at least once; the
 * rest is drawn at random from every possible community shape, with a few everyday topics each.
 */
public final class Requests {
  /** Number of requests in the stream. */
  public static final int SIZE = 1024;

  /** The seed: the same stream on every run. */
  public static final long SEED = 20_110_606L;

  /** The topics the stream's communities talk about; extra benchmark rules never name these. */
  static final List<String> TOPICS =
      List.of(
          "crafting", "knitting", "gardening", "cycling", "cooking", "photography", "travel",
          "music");

  private static final List<EngagementContext> CONTEXTS =
      List.of(
          EngagementContext.none(),
          context(Map.of(Intent.CONVERSE, 6, Intent.SUPPORT, 3, Intent.PROMOTE, 1)),
          context(Map.of(Intent.PROMOTE, 5, Intent.CONVERSE, 5)), // exactly at the limit: not over
          context(Map.of(Intent.PROMOTE, 8, Intent.CONVERSE, 2)), // over
          context(Map.of(Intent.PROMOTE, 3, Intent.LISTEN, 1)), // over
          context(Map.of(Intent.LISTEN, 10)));

  private final Community[] communities;
  private final EngagementAction[] actions;
  private final EngagementContext[] contexts;

  private Requests(Community[] communities, EngagementAction[] actions, EngagementContext[] contexts) {
    this.communities = communities;
    this.actions = actions;
    this.contexts = contexts;
  }

  /** The stream. */
  public static Requests stream() {
    Random random = new Random(SEED);
    List<Community> pool = pool(random);
    Map<CommunityType, List<Community>> byType = new EnumMap<>(CommunityType.class);
    for (Community community : pool) {
      byType.computeIfAbsent(community.type(), t -> new ArrayList<>()).add(community);
    }
    List<EngagementAction> catalog = StandardActions.all();
    List<Community> communities = new ArrayList<>(SIZE);
    List<EngagementAction> actions = new ArrayList<>(SIZE);
    for (CommunityType type : CommunityType.values()) {
      List<Community> ofType = byType.get(type);
      if (ofType == null) {
        throw new IllegalStateException("no community of type " + type + " in the pool");
      }
      for (EngagementAction action : catalog) {
        communities.add(ofType.get(random.nextInt(ofType.size())));
        actions.add(action);
      }
    }
    while (communities.size() < SIZE) {
      communities.add(pool.get(random.nextInt(pool.size())));
      actions.add(catalog.get(random.nextInt(catalog.size())));
    }
    List<Integer> order = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    Community[] c = new Community[SIZE];
    EngagementAction[] a = new EngagementAction[SIZE];
    EngagementContext[] x = new EngagementContext[SIZE];
    for (int i = 0; i < SIZE; i++) {
      c[i] = communities.get(order.get(i));
      a[i] = actions.get(order.get(i));
      x[i] = CONTEXTS.get(random.nextInt(CONTEXTS.size()));
    }
    return new Requests(c, a, x);
  }

  /** Two communities of every possible shape, each with up to three of {@link #TOPICS}. */
  private static List<Community> pool(Random random) {
    List<Community> pool = new ArrayList<>();
    for (Steward steward : Steward.values()) {
      for (PlatformKind kind : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            CommunityType type = CommunityType.classify(steward, kind, membership, audience);
            if (type == CommunityType.EMPLOYEE && membership != Membership.CONTROLLED) {
              continue; // cannot exist
            }
            for (int copy = 0; copy < 2; copy++) {
              Set<String> topics = new TreeSet<>();
              int count = random.nextInt(4);
              while (topics.size() < count) {
                topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
              }
              String id = String.format(Locale.ROOT, "community-%02d", pool.size() + 1);
              pool.add(
                  Community.builder()
                      .id(id)
                      .name("Community " + (pool.size() + 1))
                      .steward(steward)
                      .platform(Platform.of("Platform for " + kind.name(), kind))
                      .membership(membership)
                      .audience(audience)
                      .addAllTopics(topics)
                      .memberCount(100L + random.nextInt(100_000))
                      .build());
            }
          }
        }
      }
    }
    return pool;
  }

  private static EngagementContext context(Map<Intent, Integer> activity) {
    return EngagementContext.builder().putAllRecentActivity(activity).build();
  }

  /** The community of request {@code i}. */
  public Community community(int i) {
    return communities[i];
  }

  /** The action of request {@code i}. */
  public EngagementAction action(int i) {
    return actions[i];
  }

  /** The recent activity of request {@code i}. */
  public EngagementContext context(int i) {
    return contexts[i];
  }

  /** The communities, by request; a copy. */
  public Community[] communities() {
    return communities.clone();
  }

  /** The actions, by request; a copy. */
  public EngagementAction[] actions() {
    return actions.clone();
  }

  /** The contexts, by request; a copy. */
  public EngagementContext[] contexts() {
    return contexts.clone();
  }

  /** Checks that every community type meets every standard action; throws if not. */
  void checkCoverage() {
    Map<CommunityType, Set<String>> seen = new EnumMap<>(CommunityType.class);
    for (int i = 0; i < SIZE; i++) {
      seen.computeIfAbsent(communities[i].type(), t -> new HashSet<>())
          .add(actions[i].id());
    }
    for (CommunityType type : CommunityType.values()) {
      Set<String> ids = seen.getOrDefault(type, Set.of());
      for (EngagementAction action : StandardActions.all()) {
        if (!ids.contains(action.id())) {
          throw new IllegalStateException(
              "the stream never asks about " + action.id() + " in a " + type + " community");
        }
      }
    }
  }
}
