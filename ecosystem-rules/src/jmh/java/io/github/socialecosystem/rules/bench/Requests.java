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
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.function.Function;
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
 * A seeded stream of {@value #SIZE} requests: a community, an action and the recent activity in
 * the community. Communities are drawn from a pool of two of every possible community shape
 * ({@value #POOL} communities).
 *
 * <ul>
 *   <li>{@link #stream()}, the plain stream: standard actions, and communities with up to three
 *       everyday topics that no benchmark policy names. Every community type meets every standard
 *       action at least once.
 *   <li>{@link #topical(EngagementPolicy)}: the same, but every community carries one to three of
 *       the topics the policy names (and sometimes an everyday topic as well).
 *   <li>{@link #customActions()}: the plain stream's communities with {@link #CUSTOM_ACTIONS}
 *       instead of standard actions.
 * </ul>
 */
public final class Requests {
  /** Number of requests in the stream. */
  public static final int SIZE = 1024;

  /** Number of communities in the pool the requests draw from: two of every possible shape. */
  public static final int POOL = 94;

  /**
   * The custom actions of {@link #customActions()}: new ids with all kinds of traits; standard
   * ids with other traits than the standard action's (the engine must not offer the namesake as
   * an alternative); and the one id a standard rule names, with other traits.
   */
  static final List<EngagementAction> CUSTOM_ACTIONS =
      List.of(
          EngagementAction.of("post-job-opening", Intent.RECRUIT, Format.CONVERSATION, Reach.ONE_TO_MANY),
          EngagementAction.of("host-live-stream", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY),
          EngagementAction.of("run-a-poll", Intent.LISTEN, Format.CONVERSATION, Reach.ONE_TO_MANY),
          EngagementAction.of("share-coupon-code", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_ONE),
          EngagementAction.of("publish-tutorial", Intent.SUPPORT, Format.VIDEO, Reach.ONE_TO_MANY),
          EngagementAction.of("ban-spammer", Intent.GOVERN, Format.NONE, Reach.ONE_TO_ONE),
          EngagementAction.of("survey-members", Intent.USE_DATA, Format.CONVERSATION, Reach.ONE_TO_MANY),
          EngagementAction.of("recruit-beta-testers", Intent.RECRUIT, Format.OFFER, Reach.ONE_TO_MANY),
          EngagementAction.of("thank-a-member", Intent.CONVERSE, Format.CONVERSATION, Reach.ONE_TO_ONE),
          EngagementAction.of("announce-event", Intent.PROMOTE, Format.PRESS_RELEASE, Reach.ONE_TO_MANY),
          EngagementAction.of("announce-deal", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY),
          EngagementAction.of("share-video", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_ONE),
          EngagementAction.of("listen", Intent.LISTEN, Format.CONVERSATION, Reach.ONE_TO_ONE),
          EngagementAction.of("moderate", Intent.GOVERN, Format.CONVERSATION, Reach.ONE_TO_MANY),
          EngagementAction.of("analyze-member-profiles", Intent.USE_DATA, Format.NONE, Reach.ONE_TO_ONE));

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

  private final List<Community> pool;
  private final Community[] communities;
  private final EngagementAction[] actions;
  private final EngagementContext[] contexts;

  private Requests(
      List<Community> pool,
      Community[] communities,
      EngagementAction[] actions,
      EngagementContext[] contexts) {
    this.pool = List.copyOf(pool);
    this.communities = communities;
    this.actions = actions;
    this.contexts = contexts;
  }

  /** The plain stream. */
  public static Requests stream() {
    Random random = new Random(SEED);
    return stream(random, pool(random, r -> everyday(r)));
  }

  /** The topical stream for {@code policy}: every community carries topics it names. */
  public static Requests topical(EngagementPolicy policy) {
    List<String> named = new ArrayList<>();
    for (EngagementRule rule : policy.rules()) {
      for (String topic : rule.condition().valuesOf(Attribute.TOPIC)) {
        if (!named.contains(topic)) {
          named.add(topic);
        }
      }
    }
    if (named.isEmpty()) {
      throw new IllegalArgumentException("policy '" + policy.id() + "' names no topic");
    }
    Random random = new Random(SEED + named.size());
    return stream(
        random,
        pool(
            random,
            r -> {
              Set<String> topics = new TreeSet<>();
              int count = 1 + r.nextInt(3);
              while (topics.size() < Math.min(count, named.size())) {
                topics.add(named.get(r.nextInt(named.size())));
              }
              if (r.nextInt(4) == 0) {
                topics.add(TOPICS.get(r.nextInt(TOPICS.size())));
              }
              return topics;
            }));
  }

  /** The plain stream's communities and contexts, asked about {@link #CUSTOM_ACTIONS}. */
  public static Requests customActions() {
    Requests plain = stream();
    Random random = new Random(SEED + 1);
    EngagementAction[] actions = new EngagementAction[SIZE];
    for (int i = 0; i < SIZE; i++) {
      actions[i] = CUSTOM_ACTIONS.get(i % CUSTOM_ACTIONS.size());
    }
    List<EngagementAction> shuffled = new ArrayList<>(List.of(actions));
    Collections.shuffle(shuffled, random);
    return new Requests(
        plain.pool, plain.communities, shuffled.toArray(new EngagementAction[0]), plain.contexts);
  }

  private static Set<String> everyday(Random random) {
    Set<String> topics = new TreeSet<>();
    int count = random.nextInt(4);
    while (topics.size() < count) {
      topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
    }
    return topics;
  }

  private static Requests stream(Random random, List<Community> pool) {
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
    return new Requests(pool, c, a, x);
  }

  /** Two communities of every possible shape, each with the topics {@code topics} draws. */
  private static List<Community> pool(Random random, Function<Random, Set<String>> topics) {
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
              String id = String.format(Locale.ROOT, "community-%02d", pool.size() + 1);
              pool.add(
                  Community.builder()
                      .id(id)
                      .name("Community " + (pool.size() + 1))
                      .steward(steward)
                      .platform(Platform.of("Platform for " + kind.name(), kind))
                      .membership(membership)
                      .audience(audience)
                      .addAllTopics(topics.apply(random))
                      .memberCount(100L + random.nextInt(100_000))
                      .build());
            }
          }
        }
      }
    }
    if (pool.size() != POOL) {
      throw new IllegalStateException("the pool has " + pool.size() + " communities, not " + POOL);
    }
    return pool;
  }

  /** The {@value #POOL} communities the requests are drawn from. */
  public List<Community> pool() {
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
