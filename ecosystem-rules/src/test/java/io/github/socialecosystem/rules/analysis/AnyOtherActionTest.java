package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analyzer and the diff stand for every id no rule names with {@code any-other-action}, or,
 * when a rule names that very id, with a numbered form of it no rule names: witnesses are then
 * decided as the finding or the change says.
 */
class AnyOtherActionTest {
  private static final EngagementPolicy NAMES_IT =
      PolicyLanguage.parse(
          """
          policy names-it
          description "A rule names the id the analyzer uses for any other id"
          default inappropriate

          rule named
            when action is any-other-action
            then recommended
            because "Ours."
          """);

  @Test
  void everyGapWitnessIsDecidedByTheDefault() {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(NAMES_IT);
    PolicyEngine engine = PolicyEngine.of(NAMES_IT);
    List<String> wrong = new ArrayList<>();
    for (PolicyFinding gap : analysis.findings(PolicyFinding.Kind.GAP)) {
      Situation witness = gap.witness().orElseThrow();
      Decision decision = engine.decide(witness.community(), witness.action());
      if (!decision.reasons().get(0).isDefault()) {
        wrong.add(witness.describe() + " is decided " + decision.verdict() + " by "
            + decision.reasons().get(0).ruleId());
      }
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(3, wrong.size())), wrong.size() + " wrong witnesses");
  }

  @Test
  void everyListedChangeIsRealAndListedOnce() {
    EngagementPolicy after =
        EngagementPolicy.builder().from(NAMES_IT).id("after").defaultVerdict(Verdict.RECOMMENDED).build();
    PolicyDiff diff = PolicyDiff.between(NAMES_IT, after);
    PolicyEngine was = PolicyEngine.of(NAMES_IT);
    PolicyEngine now = PolicyEngine.of(after);
    List<String> unreal = new ArrayList<>();
    for (VerdictChange change : diff.changes()) {
      Situation s = change.situation();
      Verdict before = was.decide(s.community(), s.action(), change.context()).verdict();
      Decision decision = now.decide(s.community(), s.action(), change.context());
      if (before != change.before() || decision.verdict() != change.after()) {
        unreal.add(change.before() + " -> " + change.after() + " at " + s.describe()
            + ", but the engines give " + before + " -> " + decision.verdict() + " by "
            + decision.reasons().stream().map(Reason::ruleId).toList());
      }
    }
    assertEquals(List.of(), unreal.subList(0, Math.min(3, unreal.size())), unreal.size() + " unreal changes");
  }
}
