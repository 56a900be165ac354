package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Small worked examples of what the analyzer finds about rules: which rules decide, which are
 * shadowed or in conflict, where the gaps are, and the witness of each finding.
 */
class RuleFindingsExamplesTest {

  private static EngagementPolicy policy(String rules) {
    return PolicyLanguage.parse("policy p\ndescription \"d\"\ndefault appropriate\n" + rules);
  }

  private static String rule(String id, String condition, String verdict, int priority) {
    return "rule " + id + "\n  when " + condition + "\n  then " + verdict + "\n  priority " + priority
        + "\n  because \"r\"\n" + (verdict.equals("limited") ? "  must \"Keep it small.\"\n" : "");
  }

  private static PolicyFinding only(PolicyAnalysis analysis, PolicyFinding.Kind kind) {
    List<PolicyFinding> found = analysis.findings(kind);
    assertEquals(1, found.size(), analysis::report);
    return found.get(0);
  }

  private static boolean matches(EngagementPolicy policy, String ruleId, Situation witness) {
    EngagementRule rule = policy.rule(ruleId).orElseThrow();
    return rule.condition()
        .test(witness.community(), witness.action(), witness.promotionOverBalanceLimit());
  }

  @Test
  void findingsAreListedByKindUnsatisfiableBeforeShadowed() {
    EngagementPolicy policy =
        policy(
            rule("quiet", "intent is listen", "limited", 0)
                + rule("boss", "always", "inappropriate", 1)
                + rule("nowhere", "layer is owned and steward is independent", "limited", 0));
    List<PolicyFinding.Kind> kinds =
        PolicyAnalyzer.analyze(policy).findings().stream().map(PolicyFinding::kind).toList();
    assertEquals(List.of(PolicyFinding.Kind.UNSATISFIABLE, PolicyFinding.Kind.SHADOWED), kinds);
  }

  @Test
  void aFailedGuaranteeIsListedBeforeTheGaps() {
    EngagementPolicy policy =
        policy(
            rule("promote-here", "intent is promote", "recommended", 0)
                + "require at most appropriate when intent is promote\n");
    List<PolicyFinding> findings = PolicyAnalyzer.analyze(policy).findings();
    assertEquals(PolicyFinding.Kind.GUARANTEE, findings.get(0).kind());
    assertEquals(PolicyFinding.Kind.GAP, findings.get(findings.size() - 1).kind());
    assertEquals(1 + 5 * 6, findings.size(), "a gap for each other intent in each community type");
  }

  @Test
  void aRuleThatMatchesInOneSituationOnlyDecidesThere() {
    EngagementPolicy policy =
        policy(
            rule(
                "one-place",
                "type is employee and action is moderate and intent is govern and format is none"
                    + " and reach is one-to-many",
                "recommended",
                0)
                + rule("rest", "always", "limited", -1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.findings().isEmpty(), analysis::report);
  }

  @Test
  void aShadowedRuleIsWitnessedWhereItFirstMatchesWithJustTheTopicsItNeeds() {
    EngagementPolicy policy =
        policy(
            rule("boss", "always", "inappropriate", 1)
                + rule("deals", "topic is deals", "limited", 0)
                + rule("deals-and-knitting", "topic is deals and topic is knitting", "appropriate", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    List<PolicyFinding> shadowed = analysis.findings(PolicyFinding.Kind.SHADOWED);
    assertEquals(2, shadowed.size(), analysis::report);
    PolicyFinding deals = shadowed.get(0);
    assertEquals(List.of("deals"), deals.ruleIds());
    Situation witness = deals.witness().orElseThrow();
    assertEquals(Set.of("deals"), witness.community().topics());
    assertEquals(CommunityType.PARTICIPATING, witness.community().type());
    assertEquals(
        "rule 'deals' never decides: wherever it matches, other rules win, such as boss",
        deals.message());
    assertTrue(deals.isError());
  }

  @Test
  void aShadowedRuleForANamedIdIsWitnessedInTheBalanceStateWhereItMatches() {
    EngagementPolicy policy =
        policy(
            rule("converse-first", "intent is converse", "appropriate", 5)
                + rule(
                    "deal-talk",
                    "action is announce-deal and intent is converse and not promotion over balance"
                        + " limit",
                    "recommended",
                    0)
                + rule("calm-down", "promotion over balance limit and intent is promote", "limited", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    PolicyFinding finding = only(analysis, PolicyFinding.Kind.SHADOWED);
    assertEquals(List.of("deal-talk"), finding.ruleIds());
    Situation witness = finding.witness().orElseThrow();
    assertEquals("announce-deal", witness.action().id());
    assertFalse(witness.promotionOverBalanceLimit());
    assertTrue(matches(policy, "deal-talk", witness), witness::describe);
  }

  @Test
  void rulesOfEqualRankDecideTogetherWhereverTheyMeet() {
    // Wherever listen-limited holds, one of knitting / no-knitting holds at the same rank; and
    // listen-deals only ever holds beside listen-limited.
    EngagementPolicy policy =
        policy(
            rule("listen-limited", "intent is listen", "limited", 0)
                + rule("listen-deals", "intent is listen and topic is deals", "limited", 0)
                + rule("knitting", "topic is knitting", "limited", 0)
                + rule("no-knitting", "not topic is knitting", "limited", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.findings().isEmpty(), analysis::report);
  }

  @Test
  void aRuleOutrankedUnderEveryCombinationOfTopicsIsShadowed() {
    EngagementPolicy policy =
        policy(
            rule("listen-limited", "intent is listen", "limited", 0)
                + rule("crafts", "topic is crafts", "recommended", 1)
                + rule("no-crafts", "not topic is crafts", "recommended", 1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    PolicyFinding finding = only(analysis, PolicyFinding.Kind.SHADOWED);
    assertEquals(List.of("listen-limited"), finding.ruleIds());
    assertTrue(analysis.findings(PolicyFinding.Kind.GAP).isEmpty(), analysis::report);
  }

  @Test
  void rulesThatCoverATopicAndItsAbsenceLeaveNoGap() {
    EngagementPolicy policy =
        policy(
            rule("deals", "topic is deals", "limited", 0)
                + rule("no-deals", "not topic is deals", "appropriate", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.findings().isEmpty(), analysis::report);
  }

  @Test
  void aGapWitnessCarriesNoTopicWhereNoneIsNeeded() {
    EngagementPolicy policy =
        policy(rule("deals-and-knitting", "topic is deals and topic is knitting", "recommended", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    List<PolicyFinding> gaps = analysis.findings(PolicyFinding.Kind.GAP);
    assertEquals(5 * 7, gaps.size(), analysis::report);
    for (PolicyFinding gap : gaps) {
      assertEquals(Set.of(), gap.witness().orElseThrow().community().topics(), gap::message);
    }
    assertEquals(
        "no rule decides intent listen in 240 situations in participating communities; the default"
            + " verdict APPROPRIATE applies",
        gaps.get(0).message());
  }

  @Test
  void rulesOfOneTopicGroupConflictWhereBothMatch() {
    EngagementPolicy policy =
        policy(
            rule("no-deals", "topic is deals", "inappropriate", 0)
                + rule("deals-or-knitting", "topic in [deals, knitting]", "appropriate", 0)
                + rule("deals-fans", "topic is deals", "recommended", -1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    PolicyFinding conflict = only(analysis, PolicyFinding.Kind.CONFLICT);
    assertEquals(List.of("no-deals", "deals-or-knitting"), conflict.ruleIds());
    assertEquals(Set.of("deals"), conflict.witness().orElseThrow().community().topics());
    assertEquals(
        "rules 'no-deals' (INAPPROPRIATE) and 'deals-or-knitting' (APPROPRIATE) match together at"
            + " priority 0 in 3290 situations; the stricter verdict wins",
        conflict.message());
  }

  @Test
  void aRuleThatAlwaysHoldsConflictsWithTopicRulesOfItsPriorityThatItOutranks() {
    EngagementPolicy policy =
        policy(
            rule("no-promotion", "intent is promote", "inappropriate", 0)
                + rule("deals-banned", "topic is deals", "inappropriate", 0)
                + rule("deals-welcome", "topic is deals", "appropriate", 0)
                + rule("knitting-welcome", "topic is knitting", "appropriate", 1)
                + rule("crafts-fine", "topic is crafts", "inappropriate", -1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    List<List<String>> pairs =
        analysis.findings(PolicyFinding.Kind.CONFLICT).stream().map(PolicyFinding::ruleIds).toList();
    assertEquals(
        Set.of(List.of("no-promotion", "deals-welcome"), List.of("deals-banned", "deals-welcome")),
        Set.copyOf(pairs),
        analysis::report);
    assertEquals(2, pairs.size());
    for (PolicyFinding conflict : analysis.findings(PolicyFinding.Kind.CONFLICT)) {
      Situation witness = conflict.witness().orElseThrow();
      for (String id : conflict.ruleIds()) {
        assertTrue(matches(policy, id, witness), witness::describe);
      }
    }
  }

  @Test
  void aRuleThatExcludesAnIdNeverConflictsWithTheRuleForThatId() {
    EngagementPolicy policy =
        policy(
            rule("deals-not-here", "topic is deals and not action is announce-deal", "inappropriate", 0)
                + rule("announce", "action is announce-deal", "appropriate", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.findings(PolicyFinding.Kind.CONFLICT).isEmpty(), analysis::report);
  }

  @Test
  void aRuleThatExcludesAnIdIsNotCountedInConflictsForThatId() {
    EngagementPolicy policy =
        policy(
            rule("deals-not-here", "topic is deals and not action is announce-deal", "inappropriate", 0)
                + rule("promotion", "intent is promote", "appropriate", 0));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    PolicyFinding conflict = only(analysis, PolicyFinding.Kind.CONFLICT);
    // Any other id with intent promote, in every shape; never announce-deal.
    assertEquals(47 * 10, conflict.occurrences());
    assertFalse(conflict.witness().orElseThrow().action().id().equals("announce-deal"));
  }

  @Test
  void aShadowedRuleForAStandardIdIsWitnessedByThatActionBelowTheBalanceLimit() {
    EngagementPolicy policy =
        policy(
            rule("boss", "always", "inappropriate", 1)
                + rule(
                    "calm-deals",
                    "action is announce-deal and not promotion over balance limit",
                    "recommended",
                    0));
    PolicyFinding finding = only(PolicyAnalyzer.analyze(policy), PolicyFinding.Kind.SHADOWED);
    Situation witness = finding.witness().orElseThrow();
    assertEquals(StandardActions.ANNOUNCE_DEAL, witness.action());
    assertFalse(witness.promotionOverBalanceLimit());
    assertTrue(matches(policy, "calm-deals", witness), witness::describe);
  }

  @Test
  void aRuleForAnIdAndATopicMatchesWhereBothAreThere() {
    EngagementPolicy policy =
        policy(
            rule("deal-days", "action is announce-deal and topic is deals", "recommended", 0)
                + rule("boss", "always", "inappropriate", 1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    PolicyFinding finding = only(analysis, PolicyFinding.Kind.SHADOWED);
    Situation witness = finding.witness().orElseThrow();
    assertEquals(StandardActions.ANNOUNCE_DEAL, witness.action());
    assertEquals(Set.of("deals"), witness.community().topics());
    assertTrue(analysis.findings(PolicyFinding.Kind.UNSATISFIABLE).isEmpty(), analysis::report);
  }

  @Test
  void whereTopicsCannotAllBeTriedFindingsSayAtLeastAndAreNotErrors() {
    StringBuilder thirteen = new StringBuilder("topic is t01");
    for (int t = 2; t <= 13; t++) {
      thirteen.append(String.format(Locale.ROOT, " and topic is t%02d", t));
    }
    EngagementPolicy policy =
        policy(
            rule("all-thirteen", thirteen.toString(), "recommended", 2)
                + rule("boss", "intent is listen", "inappropriate", 1)
                + rule("quiet", "intent is listen", "limited", 0)
                + rule("promote-ok", "intent is promote", "appropriate", 1)
                + rule("promote-careful", "intent is promote", "limited", 1));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertFalse(analysis.isComplete());
    assertFalse(analysis.hasErrors(), analysis::report);

    // quiet always loses to boss; promote-ok always loses to promote-careful.
    List<PolicyFinding> shadowed = analysis.findings(PolicyFinding.Kind.SHADOWED);
    assertEquals(2, shadowed.size(), analysis::report);
    PolicyFinding quiet = shadowed.get(0);
    assertEquals(List.of("quiet"), quiet.ruleIds());
    assertFalse(quiet.proven());
    assertTrue(
        quiet.message().endsWith(
            " (not proven: some combinations of topics it depends on were not examined)"),
        quiet.message());

    PolicyFinding conflict = only(analysis, PolicyFinding.Kind.CONFLICT);
    assertEquals(
        "rules 'promote-ok' (APPROPRIATE) and 'promote-careful' (LIMITED) match together at"
            + " priority 1 in at least 470 situations; the stricter verdict wins",
        conflict.message());
    PolicyFinding gap = analysis.findings(PolicyFinding.Kind.GAP).get(0);
    assertEquals(Intent.CONVERSE, gap.witness().orElseThrow().action().intent());
    assertEquals(
        "no rule decides intent converse in at least 240 situations in participating communities;"
            + " the default verdict APPROPRIATE applies",
        gap.message());
  }
}
