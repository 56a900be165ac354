package io.github.socialecosystem.core.testing;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Expectation;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.policy.Obligation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the domain values, for property tests in this library and downstream.
 *
 * <pre>{@code
 * @Property
 * void ownedCommunitiesOwnTheirData(@ForAll("owned") Community community) {
 *   assertTrue(community.dataOwnership().ownedByOrganization());
 * }
 *
 * @Provide
 * Arbitrary<Community> owned() {
 *   return EcosystemArbitraries.communities(Layer.OWNED);
 * }
 * }</pre>
 *
 * <p>Every generated value is valid; {@link #communities()} reaches every {@link CommunityType}
 * with similar frequency. Custom actions take ids starting with {@code custom-}, generated rules
 * ids starting with {@code rule-}.
 *
 * @since 0.1.0
 */
public final class EcosystemArbitraries {
  private static final String[] PLATFORM_NAMES = {
    "Facebook", "LinkedIn", "X", "Instagram", "Reddit", "Craft Blog", "Enthusiast Forum",
    "Telligent Community", "Discourse", "Khoros"
  };

  private EcosystemArbitraries() {}

  /** Kebab-case identifiers such as {@code a}, {@code craft-forum-2}. */
  public static Arbitrary<String> ids() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1)
            .ofMaxLength(8);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
  }

  /** Kebab-case topics, drawn from a small vocabulary so that communities share some. */
  public static Arbitrary<String> topics() {
    return Arbitraries.of(
        "crafting", "knitting", "scissors", "gardening", "ux-design", "deals", "support",
        "product-ideas", "snowboarding", "parenting");
  }

  /** Platforms of the given kind, with a plausible name. */
  public static Arbitrary<Platform> platforms(PlatformKind kind) {
    requireNonNull(kind, "kind");
    return Arbitraries.of(PLATFORM_NAMES).map(name -> Platform.of(name, kind));
  }

  /** Communities of every type, each type about equally often. */
  public static Arbitrary<Community> communities() {
    return Arbitraries.of(CommunityType.class).flatMap(EcosystemArbitraries::communities);
  }

  /** Communities in the given layer. */
  public static Arbitrary<Community> communities(Layer layer) {
    requireNonNull(layer, "layer");
    List<CommunityType> types =
        Arrays.stream(CommunityType.values())
            .filter(type -> type.layer() == layer)
            .collect(Collectors.toList());
    return Arbitraries.of(types).flatMap(EcosystemArbitraries::communities);
  }

  /**
   * Communities of the given type, with every shape that classifies as that type: the shapes are
   * those {@link CommunityType#exists} allows, sorted by {@link CommunityType#classify}, so the
   * test kit never states the classification a second time.
   */
  public static Arbitrary<Community> communities(CommunityType type) {
    requireNonNull(type, "type");
    List<Shape> shapes = new ArrayList<>();
    for (Steward steward : Steward.values()) {
      for (PlatformKind kind : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (CommunityType.exists(steward, kind, membership, audience)
                && CommunityType.classify(steward, kind, membership, audience) == type) {
              shapes.add(new Shape(steward, kind, membership, audience));
            }
          }
        }
      }
    }
    return Arbitraries.of(shapes).flatMap(EcosystemArbitraries::shaped);
  }

  /** What a community's type derives from. */
  private record Shape(Steward steward, PlatformKind kind, Membership membership, Audience audience) {}

  private static Arbitrary<Community> shaped(Shape shape) {
    Arbitrary<Set<String>> topicSets = topics().set().ofMaxSize(3);
    Arbitrary<Optional<Long>> memberCounts =
        Arbitraries.longs().between(0, 5_000_000).optional(0.8);
    return Combinators.combine(ids(), names(), platforms(shape.kind()), topicSets, memberCounts)
        .as(
            (id, name, platform, topics, members) -> {
              Community.Builder builder =
                  Community.builder()
                      .id(id)
                      .name(name)
                      .steward(shape.steward())
                      .platform(platform)
                      .membership(shape.membership())
                      .audience(shape.audience())
                      .addAllTopics(topics);
              members.ifPresent(builder::memberCount);
              return builder.build();
            });
  }

  /** The standard actions of {@link StandardActions#all()}. */
  public static Arbitrary<EngagementAction> standardActions() {
    return Arbitraries.of(StandardActions.all());
  }

  /** Custom actions: any id outside the standard catalog, with any traits. */
  public static Arbitrary<EngagementAction> customActions() {
    return Combinators.combine(
            ids().map(id -> "custom-" + id),
            Arbitraries.of(Intent.class),
            Arbitraries.of(Format.class),
            Arbitraries.of(Reach.class))
        .as(EngagementAction::of);
  }

  /** Standard actions and custom ones, about equally often. */
  public static Arbitrary<EngagementAction> actions() {
    return Arbitraries.oneOf(standardActions(), customActions());
  }

  /** Ecosystems of up to eight communities with unique ids and channels between them. */
  public static Arbitrary<Ecosystem> ecosystems() {
    Arbitrary<List<Community>> communityLists =
        communities().list().ofMinSize(1).ofMaxSize(8).uniqueElements(Community::id);
    return communityLists.flatMap(
        communities ->
            Combinators.combine(names(), channels(communities))
                .as(
                    (organization, channels) ->
                        Ecosystem.builder()
                            .organization(organization)
                            .addAllCommunities(communities)
                            .addAllChannels(channels)
                            .build()));
  }

  /**
   * Recent activity in a community, as an {@link EngagementContext}: none at all, or a few
   * counts per intent, so that the promotional share ranges from 0 to 1.
   */
  public static Arbitrary<EngagementContext> contexts() {
    Arbitrary<EngagementContext> some =
        Arbitraries.maps(Arbitraries.of(Intent.class), Arbitraries.integers().between(0, 20))
            .ofMaxSize(Intent.values().length)
            .map(counts -> EngagementContext.builder().putAllRecentActivity(counts).build());
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(EngagementContext.none())), Tuple.of(4, some));
  }

  /**
   * Conditions of up to the given depth over every attribute, the balance limit and the
   * combinators; topics and action ids come from small vocabularies so that rules and communities
   * meet.
   */
  public static Arbitrary<Condition> conditions(int depth) {
    Arbitrary<Condition> leaf =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Condition.always())),
            Tuple.of(1, Arbitraries.just(Condition.promotionOverBalanceLimit())),
            Tuple.of(12, matches()));
    if (depth <= 0) {
      return leaf;
    }
    Arbitrary<Condition> inner = Arbitraries.lazy(() -> conditions(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf),
        Tuple.of(3, inner.list().ofMinSize(1).ofMaxSize(3).map(EcosystemArbitraries::allOf)),
        Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(3).map(EcosystemArbitraries::anyOf)),
        Tuple.of(1, inner.map(Condition::not)));
  }

  /** Rules with generated conditions, verdicts, priorities from 0 to 3, and obligations. */
  public static Arbitrary<EngagementRule> rules() {
    return Combinators.combine(
            ids().map(id -> "rule-" + id),
            conditions(2),
            Arbitraries.of(Verdict.class),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of("participating communities", "managed communities").optional(0.5),
            obligations().list().ofMaxSize(2))
        .as(
            (id, condition, verdict, priority, citation, obligations) ->
                EngagementRule.builder()
                    .id(id)
                    .condition(condition)
                    .verdict(verdict)
                    .priority(priority)
                    .rationale("Generated rule " + id + ".")
                    .citation(citation)
                    .addAllObligations(
                        verdict == Verdict.LIMITED && obligations.isEmpty()
                            ? List.of(Obligation.other("Do it rarely."))
                            : obligations)
                    .build());
  }

  /** Obligations of every kind: typed ones with small parameters, and free texts. */
  public static Arbitrary<Obligation> obligations() {
    return Arbitraries.oneOf(
        Arbitraries.of("Keep it short.", "Say who you work for.").map(Obligation::other),
        Arbitraries.just(Obligation.discloseAffiliation()),
        Arbitraries.just(Obligation.keepInBalance()),
        Arbitraries.of("legal", "community team", "Chief \"Brand\" Officer").map(Obligation::seekApproval),
        Arbitraries.of(Format.class).filter(f -> f != Format.NONE).map(Obligation::preferFormat),
        Arbitraries.integers().between(1, Obligation.MAX_RECORD_DAYS).map(Obligation::keepRecord));
  }

  /** Guarantees of every bound over generated conditions. */
  public static Arbitrary<Guarantee> guarantees() {
    return Combinators.combine(
            Arbitraries.of(Guarantee.Bound.class), Arbitraries.of(Verdict.class), conditions(2))
        .as(Guarantee::of);
  }

  /**
   * Expectations of standard and custom actions, in a type or the owned layer, with or without
   * topics and promotion over the balance limit.
   */
  public static Arbitrary<Expectation> expectations() {
    Arbitrary<Expectation.Builder> place =
        Arbitraries.oneOf(
            Arbitraries.of(CommunityType.class).map(t -> Expectation.builder().type(t)),
            Arbitraries.of(Layer.class).map(l -> Expectation.builder().layer(l)));
    return Combinators.combine(
            place,
            actions(),
            topics().set().ofMaxSize(2),
            Arbitraries.of(true, false),
            Arbitraries.of(Verdict.class))
        .as(
            (builder, action, topics, over, verdict) ->
                builder
                    .action(action)
                    .addAllTopics(topics)
                    .promotionOverBalanceLimit(over)
                    .verdict(verdict)
                    .build());
  }

  /** Policies of up to twelve rules with unique ids, any default verdict and balance limit. */
  public static Arbitrary<EngagementPolicy> policies() {
    return Combinators.combine(
            ids(),
            rules().list().ofMaxSize(12).uniqueElements(EngagementRule::id),
            Arbitraries.of(Verdict.class).filter(v -> v != Verdict.LIMITED),
            Arbitraries.of(0.0, 0.25, 0.5, 0.75, 1.0))
        .as(
            (id, rules, defaultVerdict, balanceLimit) ->
                EngagementPolicy.builder()
                    .id(id)
                    .description("Generated policy " + id)
                    .addAllRules(rules)
                    .defaultVerdict(defaultVerdict)
                    .balanceLimit(balanceLimit)
                    .build());
  }

  /** {@link #policies()} that also carry up to three guarantees and three expectations. */
  public static Arbitrary<EngagementPolicy> policiesWithPromises() {
    return Combinators.combine(
            policies(), guarantees().list().ofMaxSize(3), expectations().list().ofMaxSize(3))
        .as(
            (policy, guarantees, expectations) ->
                EngagementPolicy.builder()
                    .from(policy)
                    .addAllGuarantees(guarantees)
                    .addAllExpectations(expectations)
                    .build());
  }

  private static Arbitrary<Condition> matches() {
    Arbitrary<Attribute> attributes = Arbitraries.of(Attribute.class);
    return attributes.flatMap(
        attribute -> {
          Arbitrary<String> values =
              switch (attribute) {
                case TOPIC -> topics();
                case ACTION -> Arbitraries.oneOf(
                    standardActions().map(EngagementAction::id), Arbitraries.of("custom-a", "custom-b"));
                default -> Arbitraries.of(attribute.domain());
              };
          return values.set().ofMinSize(1).ofMaxSize(3).map(v -> Condition.match(attribute, v));
        });
  }

  private static Condition allOf(List<Condition> operands) {
    return Condition.all(operands.toArray(new Condition[0]));
  }

  private static Condition anyOf(List<Condition> operands) {
    return Condition.any(operands.toArray(new Condition[0]));
  }

  private static Arbitrary<List<Channel>> channels(List<Community> communities) {
    int size = communities.size();
    if (size < 2) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<Integer> index = Arbitraries.integers().between(0, size - 1);
    Arbitrary<Channel> channel =
        Combinators.combine(index, index)
            .filter((from, to) -> !from.equals(to))
            .as((from, to) -> Channel.of(communities.get(from).id(), communities.get(to).id()));
    return channel.list().ofMaxSize(2 * size).map(ArrayList::new);
  }

  private static Arbitrary<String> names() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9)
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

}
