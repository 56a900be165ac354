package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The head of an analysis report counts errors and warnings in words that agree with the counts. */
class PolicyAnalysisReportTest {
  private static final EngagementPolicy POLICY =
      EngagementPolicy.builder().id("counted").description("d").defaultVerdict(Verdict.APPROPRIATE)
          .build();

  private static final PolicyFinding ERROR =
      new PolicyFinding(
          PolicyFinding.Kind.UNSATISFIABLE, List.of("r"), Optional.empty(), 0, "never", true);

  private static final PolicyFinding WARNING =
      new PolicyFinding(
          PolicyFinding.Kind.CONFLICT, List.of("a", "b"), Optional.empty(), 3, "together", true);

  private static String counts(List<PolicyFinding> findings) {
    return new PolicyAnalysis(POLICY, findings, 12, true).report().lines().skip(1).findFirst()
        .orElseThrow();
  }

  @Test
  void oneErrorAndOneWarningAreSingular() {
    assertEquals("1 error, 1 warning.", counts(List.of(ERROR, WARNING)));
  }

  @Test
  void noErrorAndTwoWarningsArePlural() {
    assertEquals("0 errors, 2 warnings.", counts(List.of(WARNING, WARNING)));
  }

  @Test
  void twoErrorsAndNoWarningArePlural() {
    assertEquals("2 errors, 0 warnings.", counts(List.of(ERROR, ERROR)));
  }

  @Test
  void toStringNamesThePolicyAndCountsTheFindings() {
    assertEquals(
        "PolicyAnalysis{counted, 3 findings}",
        new PolicyAnalysis(POLICY, List.of(ERROR, WARNING, WARNING), 12, true).toString());
  }
}
