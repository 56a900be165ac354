package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small worked examples of guarantees: which ones fail, in how many situations, and the witness
 * and deciding rules each failure names. The attribute space has 47 community shapes (24
 * participating, 16 managed, 3 external, 3 closed, 1 employee) and 70 action traits (7 intents, 5
 * formats, 2 reaches), 10 of them with intent promote; a situation is one community shape, one
 * action (an id a guarantee names, or any other id) with its traits, and one balance state where
 * the balance can matter.
 */
class GuaranteeExamplesTest {

  private static PolicyAnalysis analyze(String head, String body) {
    EngagementPolicy policy =
        PolicyLanguage.parse("policy p\ndescription \"d\"\ndefault appropriate\n" + head + body);
    return PolicyAnalyzer.analyze(policy);
  }

  private static PolicyFinding failure(PolicyAnalysis analysis, String guarantee) {
    return analysis.findings(PolicyFinding.Kind.GUARANTEE).stream()
        .filter(f -> f.message().startsWith("\"" + guarantee + "\""))
        .findFirst()
        .orElseThrow(() -> new AssertionError(guarantee + "\n" + analysis.report()));
  }

  private static final String PROMOTE_HERE =
      """
      rule promote-here
        when intent is promote
        then recommended
        because "Promotion is welcome."
      """;

  private static final String CALM_DOWN_IN_PARTICIPATING =
      """
      rule calm-down
        when intent is promote and promotion over balance limit and layer is participating
        then inappropriate
        priority 1
        because "Too much promotion lately."
      """;

  @Test
  void aFailureThatNoBalanceStateChangesCountsInBothStates() {
    PolicyAnalysis analysis =
        analyze(
            "",
            PROMOTE_HERE
                + CALM_DOWN_IN_PARTICIPATING
                + "require at most appropriate when intent is promote\n");
    PolicyFinding finding = failure(analysis, "require at most appropriate when intent is promote");
    // Participating: only below the balance limit (24 x 10); elsewhere in both states (23 x 10 x 2).
    assertEquals(240 + 460, finding.occurrences());
    assertEquals(
        "\"require at most appropriate when intent is promote\" fails in 700 situations: there the"
            + " verdict is RECOMMENDED, decided by promote-here",
        finding.message());
    Situation witness = finding.witness().orElseThrow();
    assertFalse(witness.promotionOverBalanceLimit());
    assertEquals(Layer.PARTICIPATING, witness.community().layer());
    assertEquals(List.of("promote-here"), finding.ruleIds());
    assertTrue(finding.isError());
  }

  @Test
  void aBalanceLimitOfAHundredPercentIsNeverPassedSoEachSituationCountsOnce() {
    PolicyAnalysis analysis =
        analyze(
            "balance limit 100%\n",
            PROMOTE_HERE
                + CALM_DOWN_IN_PARTICIPATING
                + "require at most appropriate when intent is promote\n");
    PolicyFinding finding = failure(analysis, "require at most appropriate when intent is promote");
    assertEquals(47 * 10, finding.occurrences());
  }

  @Test
  void aGuaranteeAboutTheBalanceIsExaminedOverTheLimitEvenWhenNoRuleLooksAtIt() {
    String guarantee = "require at most appropriate when intent is promote and promotion over balance limit";
    PolicyAnalysis analysis = analyze("", PROMOTE_HERE + guarantee + "\n");
    PolicyFinding finding = failure(analysis, guarantee);
    assertEquals(47 * 10, finding.occurrences());
    assertTrue(finding.witness().orElseThrow().promotionOverBalanceLimit());
  }

  @Test
  void aGuaranteeAboutPassingALimitOfAHundredPercentHoldsForNothingCanPassIt() {
    String guarantee = "require at most appropriate when intent is promote and promotion over balance limit";
    PolicyAnalysis analysis = analyze("balance limit 100%\n", PROMOTE_HERE + guarantee + "\n");
    assertTrue(analysis.findings(PolicyFinding.Kind.GUARANTEE).isEmpty(), analysis::report);
  }

  @Test
  void withoutAnyBalanceTestEachShapeAndActionIsOneSituation() {
    PolicyAnalysis analysis =
        analyze("", PROMOTE_HERE + "require at most appropriate when layer is participating\n");
    PolicyFinding finding = failure(analysis, "require at most appropriate when layer is participating");
    assertEquals(24 * 10, finding.occurrences());
    assertFalse(finding.witness().orElseThrow().promotionOverBalanceLimit());
  }

  @Test
  void aGuaranteeBrokenInOneSituationSaysSoInTheSingular() {
    String guarantee =
        "require at most appropriate when type is employee and action is moderate"
            + " and intent is govern and format is none and reach is one-to-many";
    PolicyAnalysis analysis =
        analyze(
            "",
            """
            rule govern-freely
              when intent is govern
              then recommended
              because "Run it."
            """
                + guarantee + "\n");
    PolicyFinding finding = failure(analysis, guarantee);
    assertEquals(1, finding.occurrences());
    assertEquals(
        "\"" + guarantee + "\" fails in 1 situation: there the verdict is RECOMMENDED, decided by"
            + " govern-freely",
        finding.message());
    Situation witness = finding.witness().orElseThrow();
    assertEquals(StandardActions.MODERATE, witness.action());
    assertEquals(CommunityType.EMPLOYEE, witness.community().type());
  }

  @Test
  void anIdNamedByARuleIsExaminedOnItsOwnWhereThatRuleApplies() {
    PolicyAnalysis analysis =
        analyze(
            "",
            """
            rule deal-pages
              when action is announce-deal and layer is managed
              then recommended
              because "Deals belong on the brand page."
            require at most appropriate when layer is managed
            """);
    PolicyFinding finding = failure(analysis, "require at most appropriate when layer is managed");
    // announce-deal with any traits, in each of the 16 managed shapes.
    assertEquals(16 * 70, finding.occurrences());
    assertEquals("announce-deal", finding.witness().orElseThrow().action().id());
    assertEquals(List.of("deal-pages"), finding.ruleIds());
  }

  @Test
  void anIdNamedOnlyByARuleThatCannotApplyThereCountsAsAnyOtherId() {
    PolicyAnalysis analysis =
        analyze(
            "",
            PROMOTE_HERE
                + """
                rule no-deals-in-forums
                  when action is announce-deal and layer is participating
                  then inappropriate
                  priority 1
                  because "Forums are not for deals."
                require at most appropriate when layer is managed
                """);
    PolicyFinding finding = failure(analysis, "require at most appropriate when layer is managed");
    assertEquals(16 * 10, finding.occurrences());
  }

  @Test
  void aGuaranteeOnATopicIsWitnessedByACommunityWithThatTopic() {
    PolicyAnalysis analysis =
        analyze("", PROMOTE_HERE + "require at most appropriate when topic is deals\n");
    PolicyFinding finding = failure(analysis, "require at most appropriate when topic is deals");
    assertEquals(47 * 10, finding.occurrences());
    assertEquals(Set.of("deals"), finding.witness().orElseThrow().community().topics());
    assertTrue(analysis.isComplete());
  }

  @Test
  void aGuaranteeOnATopicIsTriedWithTheRulesThatShareItsTopicsOnly() {
    StringBuilder twelve = new StringBuilder("topic is t1");
    for (int t = 2; t <= 12; t++) {
      twelve.append(" and topic is t").append(t);
    }
    PolicyAnalysis analysis =
        analyze(
            "",
            """
            rule deals-and-knitting
              when topic is deals and topic is knitting
              then recommended
              because "Knitters love a deal."
            rule all-twelve
              when %s
              then inappropriate
              because "Too broad a crowd."
            require at most appropriate when topic is deals
            """
                .formatted(twelve));
    PolicyFinding finding = failure(analysis, "require at most appropriate when topic is deals");
    assertEquals(47 * 70, finding.occurrences());
    assertEquals(
        "\"require at most appropriate when topic is deals\" fails in 3290 situations: there the"
            + " verdict is RECOMMENDED, decided by deals-and-knitting",
        finding.message());
    assertEquals(Set.of("deals", "knitting"), finding.witness().orElseThrow().community().topics());
    assertTrue(finding.proven());
    assertTrue(analysis.isComplete(), analysis::report);
  }

  @Test
  void whereAGuaranteeJoinsMoreThanTwelveTopicsAFailureIsAtLeastAndNoFailureIsNotProven() {
    StringBuilder rules = new StringBuilder();
    StringBuilder any = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (int t = 1; t <= 13; t++) {
      String topic = String.format(Locale.ROOT, "t%02d", t);
      rules.append("rule likes-").append(topic).append("\n  when type is employee and topic is ")
          .append(topic).append("\n  then recommended\n  because \"A favourite topic.\"\n");
      any.append(t == 1 ? "" : ", ").append(topic);
      all.append(t == 1 ? "" : " and ").append("topic is ").append(topic);
    }
    String anyTopic = "require at most appropriate when type is employee and topic in [" + any + "]";
    String allTopics = "require at most appropriate when type is employee and " + all;
    PolicyAnalysis analysis = analyze("", rules + anyTopic + "\n" + allTopics + "\n");
    assertFalse(analysis.isComplete());

    PolicyFinding failed = failure(analysis, anyTopic);
    assertEquals(70, failed.occurrences());
    assertTrue(
        failed.message().startsWith("\"" + anyTopic + "\" fails in at least 70 situations: there the"
            + " verdict is RECOMMENDED"),
        failed.message());
    assertEquals(1, failed.witness().orElseThrow().community().topics().size());

    PolicyFinding notProven = failure(analysis, allTopics);
    assertFalse(notProven.proven());
    assertFalse(notProven.isError());
    assertTrue(notProven.witness().isEmpty());
    assertEquals(
        "\"" + allTopics + "\" is not proven: where more than 12 topics decide together, only some"
            + " of their combinations were examined; none of those breaks it",
        notProven.message());
  }

  @Test
  void eachGuaranteeCountsItsOwnFailuresOncePerSituation() {
    PolicyAnalysis analysis =
        analyze(
            "",
            PROMOTE_HERE
                + """
                require at most appropriate when intent is promote
                require at most appropriate when layer is managed
                require at least limited when intent is listen
                require inappropriate when action is announce-deal and layer is owned
                """);
    List<PolicyFinding> failed = analysis.findings(PolicyFinding.Kind.GUARANTEE);
    assertEquals(3, failed.size(), analysis::report);
    // Two actions: announce-deal, which a guarantee names, and any other id.
    assertEquals(
        47 * 10 * 2,
        failure(analysis, "require at most appropriate when intent is promote").occurrences());
    assertEquals(
        16 * 10 * 2,
        failure(analysis, "require at most appropriate when layer is managed").occurrences());
    // announce-deal with any traits in the 7 owned shapes: recommended or appropriate there.
    assertEquals(
        7 * 70,
        failure(analysis, "require inappropriate when action is announce-deal and layer is owned")
            .occurrences());
  }

  @Test
  void aFailureOnlyCustomActionsShowIsWitnessedByACustomAction() {
    String guarantee = "require at most appropriate when intent is recruit and format is video";
    PolicyAnalysis analysis =
        analyze(
            "",
            """
            rule recruit-freely
              when intent is recruit
              then recommended
              because "Bring people in."
            """
                + guarantee + "\n");
    PolicyFinding finding = failure(analysis, guarantee);
    // Both reaches, in every shape.
    assertEquals(47 * 2, finding.occurrences());
    Situation witness = finding.witness().orElseThrow();
    assertEquals(Intent.RECRUIT, witness.action().intent());
    assertEquals(Format.VIDEO, witness.action().format());
    assertTrue(StandardActions.byId(witness.action().id()).isEmpty(), witness::describe);
  }
}
