package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import io.github.socialecosystem.rules.StandardPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicyLanguageProperties {

  @Property(tries = 1000)
  void printedPoliciesParseBackToEqualPolicies(@ForAll EngagementPolicy policy) {
    String text = PolicyLanguage.print(policy);
    assertEquals(policy, PolicyLanguage.parse(text), text);
    assertEquals(text, PolicyLanguage.print(PolicyLanguage.parse(text)));
  }

  @Property(tries = 300)
  void printedPoliciesWithTypedObligationsGuaranteesAndExpectationsParseBack(
      @ForAll("policiesWithPromises") EngagementPolicy policy) {
    String text = PolicyLanguage.print(policy);
    assertEquals(policy, PolicyLanguage.parse(text), text);
    assertEquals(text, PolicyLanguage.print(PolicyLanguage.parse(text)));
  }

  @Provide
  Arbitrary<EngagementPolicy> policiesWithPromises() {
    return EcosystemArbitraries.policiesWithPromises();
  }

  @Property(tries = 10_000)
  void anyTextEitherParsesOrFailsWithASyntaxException(@ForAll("hostileTexts") String text) {
    try {
      PolicyLanguage.parse(text);
    } catch (PolicySyntaxException expected) {
      // The only failure allowed; it must point inside the text.
      if (expected.line() < 1 || expected.column() < 1) {
        throw new AssertionError("bad position in " + expected.getMessage(), expected);
      }
    }
  }

  @Provide
  Arbitrary<String> hostileTexts() {
    Arbitrary<String> printed =
        EcosystemArbitraries.policiesWithPromises().map(PolicyLanguage::print);
    Arbitrary<String> seeds = Arbitraries.oneOf(printed, Arbitraries.just(StandardPolicy.text()));
    Arbitrary<String> noise =
        Arbitraries.strings()
            .withChars("policyrulewhenthenandornot()[],\"\\#%-_.0123456789 \n\tisnlayerintent"
                + "requireexpectatmostleastwithtopicsmustdisclosegetapprovalfromkeeprecorddays")
            .ofMaxLength(200);
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(100);
    Arbitrary<String> mutated =
        Combinators.combine(seeds, Arbitraries.integers().between(0, 1_000_000), noise, Arbitraries.integers().between(0, 3))
            .as(PolicyLanguageProperties::mutate);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, mutated),
        net.jqwik.api.Tuple.of(2, noise),
        net.jqwik.api.Tuple.of(1, anything),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 5000).map(n -> "policy p description \"d\" default limited rule r when " + "(".repeat(n) + "always" + ")".repeat(n) + " then limited because \"b\" must \"m\"")),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 5000).map(n -> "policy p description \"d\" default limited rule r when " + "not ".repeat(n) + "always then appropriate because \"b\"")));
  }

  /** Cuts, duplicates, or splices noise into a valid text at a pseudo-random place. */
  static String mutate(String seed, int where, String noise, int how) {
    if (seed.isEmpty()) {
      return noise;
    }
    int at = where % seed.length();
    int end = Math.min(seed.length(), at + 1 + where % 40);
    return switch (how) {
      case 0 -> seed.substring(0, at);
      case 1 -> seed.substring(0, at) + seed.substring(end);
      case 2 -> seed.substring(0, at) + noise + seed.substring(at);
      default -> seed.substring(0, end) + seed.substring(at);
    };
  }
}
