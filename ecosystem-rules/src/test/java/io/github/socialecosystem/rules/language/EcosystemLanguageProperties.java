package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import io.github.socialecosystem.rules.MutationTries;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of the ecosystem language: whatever can be built prints to a text that parses back to
 * an equal ecosystem, in the same order, and prints the same again; and whatever text is given,
 * parsing either succeeds or fails with an {@link EcosystemSyntaxException} that points into it.
 */
class EcosystemLanguageProperties {
  /**
   * How many mutations each try of the fuzzing property makes: 1 in the build; more in the {@code
   * fuzz} profile ({@code mvn -Pfuzz verify} sets {@code fuzz.scale} to 20).
   */
  private static final int SCALE = Integer.getInteger("fuzz.scale", 1);

  @Property(tries = 500)
  void printedEcosystemsParseBackToEqualEcosystems(@ForAll Ecosystem ecosystem) {
    assertRoundTrip(ecosystem);
    for (Community community : ecosystem.communities()) {
      Statistics.label("layer").collect(community.layer());
    }
    if (!MutationTries.capped()) {
      Statistics.label("layer").coverage(coverage -> {
        for (Layer layer : Layer.values()) {
          coverage.check(layer).count(count -> count > 0);
        }
      });
    }
  }

  @Property(tries = 300)
  void ecosystemsWithStrangeNamesRoundTrip(@ForAll("strangeEcosystems") Ecosystem ecosystem) {
    assertRoundTrip(ecosystem);
  }

  @Property(tries = 1_000)
  void anyTextEitherParsesOrFailsWithASyntaxExceptionInsideIt(
      @ForAll("hostileTexts") String text, @ForAll long seed) {
    check(text);
    Random random = new Random(seed);
    String mutated = text;
    for (int i = 1; i < SCALE; i++) {
      mutated =
          PolicyLanguageProperties.mutate(
              mutated, random.nextInt(1_000_000), NOISE.substring(random.nextInt(NOISE.length())), random.nextInt(4));
      check(mutated);
    }
    if (!MutationTries.capped()) {
      Statistics.label("outcome").coverage(coverage -> {
        coverage.check("parsed").count(count -> count > 0);
        coverage.check("refused").count(count -> count > 0);
      });
    }
  }

  private static final String NOISE =
      "ecosystem community channel name steward platform membership audience topics members"
          + " -> [a, b] \"x\\\"\" # 0123456789 -\n\r\t ->\u00A0\uD83D\uDE00\uD800 independent organization";

  private static void check(String text) {
    try {
      Ecosystem ecosystem = EcosystemLanguage.parse(text);
      Statistics.label("outcome").collect("parsed");
      assertRoundTrip(ecosystem);
    } catch (EcosystemSyntaxException e) {
      Statistics.label("outcome").collect("refused");
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
      assertTrue(e.getMessage().length() < 2_000, "a message of " + e.getMessage().length());
      assertTrue(
          e.lineText().codePointCount(0, e.lineText().length()) <= Source.SHOWN_LINE_LENGTH + 2,
          e.getMessage());
    }
  }

  private static void assertRoundTrip(Ecosystem ecosystem) {
    String text = EcosystemLanguage.print(ecosystem);
    Ecosystem back = EcosystemLanguage.parse(text);
    assertEquals(ecosystem, back, text);
    assertEquals(List.copyOf(ecosystem.channels()), List.copyOf(back.channels()), text);
    for (int i = 0; i < ecosystem.communities().size(); i++) {
      assertEquals(
          List.copyOf(ecosystem.communities().get(i).topics()),
          List.copyOf(back.communities().get(i).topics()),
          text);
    }
    assertEquals(text, EcosystemLanguage.print(back));
  }

  @Provide
  Arbitrary<Ecosystem> strangeEcosystems() {
    Arbitrary<List<Community>> communities =
        strangeCommunities().list().ofMinSize(0).ofMaxSize(5).uniqueElements(Community::id);
    return Combinators.combine(communities, strangeNames(), Arbitraries.integers().between(0, 10))
        .as(
            (list, organization, channels) -> {
              Ecosystem.Builder builder =
                  Ecosystem.builder().organization(organization).addAllCommunities(list);
              for (int i = 0; i + 1 < list.size() && i < channels; i++) {
                builder.addChannels(
                    Channel.of(list.get(i + 1).id(), list.get(i).id()));
              }
              return builder.build();
            });
  }

  private Arbitrary<Community> strangeCommunities() {
    Arbitrary<CommunityType> types = Arbitraries.of(CommunityType.class);
    Arbitrary<Optional<Long>> members =
        Arbitraries.oneOf(
                Arbitraries.of(0L, 1L, Long.MAX_VALUE),
                Arbitraries.longs().between(0, Long.MAX_VALUE))
            .optional(0.7);
    Arbitrary<Set<String>> topics =
        Arbitraries.oneOf(EcosystemArbitraries.topics(), EcosystemArbitraries.ids(), Arbitraries.just("a".repeat(Limits.MAX_ID_LENGTH)))
            .set().ofMaxSize(6);
    return Combinators.combine(
            Arbitraries.oneOf(EcosystemArbitraries.ids(), Arbitraries.just("x".repeat(Limits.MAX_ID_LENGTH))),
            strangeNames(),
            strangeNames(),
            types,
            topics,
            members)
        .as(
            (id, name, platformName, type, topicSet, count) -> {
              Community.Builder builder =
                  Community.builder().id(id).name(name).addAllTopics(topicSet);
              shape(builder, type, platformName);
              count.ifPresent(builder::memberCount);
              return builder.build();
            });
  }

  /** The builder given a shape of the type, with a platform of that name. */
  private static void shape(Community.Builder builder, CommunityType type, String platformName) {
    switch (type) {
      case PARTICIPATING -> builder.steward(Steward.INDEPENDENT)
          .platform(Platform.of(platformName, PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC);
      case MANAGED -> builder.steward(Steward.ORGANIZATION)
          .platform(Platform.of(platformName, PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.CONTROLLED).audience(Audience.CUSTOMERS);
      case EXTERNAL -> builder.steward(Steward.ORGANIZATION)
          .platform(Platform.of(platformName, PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.OPEN).audience(Audience.PARTNERS);
      case CLOSED -> builder.steward(Steward.ORGANIZATION)
          .platform(Platform.of(platformName, PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.PUBLIC);
      case EMPLOYEE -> builder.steward(Steward.ORGANIZATION)
          .platform(Platform.of(platformName, PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.EMPLOYEES);
    }
  }

  /**
   * Names a person might not expect to survive a text: quotes, backslashes, line breaks, tabs,
   * {@code #} and {@code ->}, invisible and control characters, emoji, marks, and names at the
   * length limit. All are well-formed and not blank, as the builders require.
   */
  private static Arbitrary<String> strangeNames() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "\"", "\\", "\n", "\r", "\r\n", "\t", "#", "->", " ", "\u00A0", "\u200B", "\uFEFF",
            "\u0000", "\u001B[2J", "\u0085", "\u2028", "\u202E", "\u0301", "\uD83D\uDE00", "\u0430",
            "\\n", "\\\"", "Crafters' Club", "a", "Z", "é");
    Arbitrary<String> mixed = pieces.list().ofMinSize(1).ofMaxSize(12).map(p -> String.join("", p));
    Arbitrary<String> atTheLimit =
        Arbitraries.of("n", "\\", "\"").map(c -> c.repeat(Limits.MAX_TEXT_LENGTH));
    return Arbitraries.frequencyOf(Tuple.of(20, mixed), Tuple.of(1, atTheLimit))
        .filter(name -> !Checks.isBlank(name));
  }

  @Provide
  Arbitrary<String> hostileTexts() {
    Arbitrary<String> printed = EcosystemArbitraries.ecosystems().map(EcosystemLanguage::print);
    Arbitrary<String> strange = strangeEcosystems().map(EcosystemLanguage::print);
    Arbitrary<String> seeds = Arbitraries.frequencyOf(Tuple.of(3, printed), Tuple.of(1, strange));
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withChars("ecosystemcommunitychannelnamestewardplatformtopics[],\"\\#-> 0123456789\n\r\t")
            .ofMaxLength(200);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(100);
    Arbitrary<String> mutated =
        Combinators.combine(seeds, Arbitraries.integers().between(0, 1_000_000), noise, Arbitraries.integers().between(0, 3))
            .as(PolicyLanguageProperties::mutate);
    Arbitrary<String> endings = seeds.map(t -> t.replace("\n", "\r"));
    Arbitrary<String> marked =
        Combinators.combine(seeds, Arbitraries.of("\uFEFF", "\uFEFF\uFEFF", "\uD800", "\uDC00", "\u0000"))
            .as((seed, mark) -> mark + seed);
    return Arbitraries.frequencyOf(
        Tuple.of(8, mutated),
        Tuple.of(2, noise),
        Tuple.of(1, anything),
        Tuple.of(1, endings),
        Tuple.of(1, marked));
  }
}
