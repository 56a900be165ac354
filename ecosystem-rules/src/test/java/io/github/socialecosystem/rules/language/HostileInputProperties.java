package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Deep, long and strange inputs, in code and in text, fail only in the documented ways: an
 * {@link IllegalArgumentException} when built, a {@link PolicySyntaxException} when read, each
 * with a short message; whatever is accepted prints, reads back and compiles.
 */
class HostileInputProperties {
  /** How a condition grows by one step. */
  enum Step {
    NOT,
    AND,
    OR,
    AND_OF_OR
  }

  @Property(tries = 100)
  void conditionsBuiltInCodeAreRefusedOnlyPastTheLimitAndOtherwiseRoundTripAndCompile(
      @ForAll("steps") List<Step> steps) {
    Condition condition = Condition.layer(Layer.OWNED);
    for (Step step : steps) {
      Condition leaf = Condition.intent(step == Step.OR ? Intent.LISTEN : Intent.PROMOTE);
      int before = condition.depth();
      try {
        condition =
            switch (step) {
              case NOT -> Condition.not(condition);
              case AND -> Condition.all(condition, leaf);
              case OR -> Condition.any(leaf, condition);
              case AND_OF_OR -> Condition.all(Condition.any(condition, leaf), leaf);
            };
      } catch (IllegalArgumentException e) {
        assertTrue(before + 2 > Limits.MAX_CONDITION_DEPTH, "refused at depth " + before);
        assertTrue(e.getMessage().startsWith("a condition may nest at most 64 levels deep"), e.getMessage());
        break;
      }
      assertTrue(condition.depth() <= Limits.MAX_CONDITION_DEPTH);
    }
    EngagementPolicy policy =
        EngagementPolicy.builder()
            .id("deep").description("Deep conditions").defaultVerdict(Verdict.LIMITED)
            .addRules(EngagementRule.builder().id("r").condition(condition).verdict(Verdict.APPROPRIATE)
                .rationale("Deep.").build())
            .build();
    assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    assertEquals(policy, PolicyEngine.of(policy).policy());
  }

  @Property(tries = 200)
  void hostileTextsFailOnlyWithShortSyntaxErrors(@ForAll("hostileTexts") String text) {
    try {
      EngagementPolicy policy = PolicyLanguage.parse(text);
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    } catch (PolicySyntaxException e) {
      assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
      assertTrue(e.getMessage().length() < 2_000, "a message of " + e.getMessage().length());
      assertTrue(e.lineText().codePointCount(0, e.lineText().length()) <= Source.SHOWN_LINE_LENGTH + 2);
    }
  }

  @Property(tries = 200)
  void hostileValuesInCodeFailOnlyWithShortArgumentErrors(@ForAll("hostileWords") String word) {
    try {
      EngagementPolicy policy =
          EngagementPolicy.builder()
              .id(word).description(word).defaultVerdict(Verdict.LIMITED)
              .addRules(EngagementRule.builder().id("r").condition(Condition.topic(word))
                  .verdict(Verdict.APPROPRIATE).rationale(word).build())
              .build();
      assertEquals(policy, PolicyLanguage.parse(PolicyLanguage.print(policy)));
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().length() < 1_000, "a message of " + e.getMessage().length());
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Arbitraries.of(Step.class).list().ofMinSize(1).ofMaxSize(120);
  }

  @Provide
  Arbitrary<String> hostileWords() {
    Arbitrary<Character> strange =
        Arbitraries.of('\u00A0', '\u200B', '\uFEFF', '\u2060', '\u0430', '\u0000', '\n', '\r', '"', '\\');
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> odd = Combinators.combine(plain, strange, plain).as((a, c, b) -> a + c + b);
    Arbitrary<String> invisible = strange.list().ofMinSize(1).ofMaxSize(5)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    Arbitrary<String> longOnes =
        Arbitraries.integers().between(Limits.MAX_ID_LENGTH - 2, Limits.MAX_TEXT_LENGTH + 2)
            .map(n -> "a".repeat(n));
    return Arbitraries.frequencyOf(
        Tuple.of(3, odd), Tuple.of(2, invisible), Tuple.of(2, longOnes), Tuple.of(1, plain));
  }

  @Provide
  Arbitrary<String> hostileTexts() {
    Arbitrary<String> printed = EcosystemArbitraries.policies().map(PolicyLanguage::print);
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.of("\u00A0", "\u200B", "\uFEFF", "\u0430", "\uD83D\uDE00", "\r", "\r\n", "\u001B[2J", "\t"),
            Arbitraries.integers().between(1, 200_000).map(n -> "x".repeat(n)),
            Arbitraries.integers().between(1, 200).map(n -> "(".repeat(n)),
            Arbitraries.integers().between(1, 200).map(n -> "not ".repeat(n)));
    Arbitrary<String> endings = printed.map(t -> t.replace("\n", "\r"));
    return Combinators.combine(
            Arbitraries.oneOf(printed, endings),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            insert,
            Arbitraries.of(true, false))
        .as((text, where, what, marked) -> {
          int at = where % (text.length() + 1);
          return (marked ? "\uFEFF" : "") + text.substring(0, at) + what + text.substring(at);
        });
  }
}
