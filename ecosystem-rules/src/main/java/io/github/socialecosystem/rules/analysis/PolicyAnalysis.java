package io.github.socialecosystem.rules.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.util.List;

/**
 * What {@link PolicyAnalyzer} found in a policy.
 *
 * <pre>{@code
 * PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
 * analysis.assertNoErrors();            // in a JUnit test: fails with the report
 * System.out.print(analysis.report());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyAnalysis {
  private final EngagementPolicy policy;
  private final ImmutableList<PolicyFinding> findings;
  private final int situations;
  private final boolean complete;

  PolicyAnalysis(
      EngagementPolicy policy, List<PolicyFinding> findings, int situations, boolean complete) {
    this.policy = policy;
    this.findings = ImmutableList.copyOf(findings);
    this.situations = situations;
    this.complete = complete;
  }

  /** The policy analysed. */
  public EngagementPolicy policy() {
    return policy;
  }

  /** Every finding: errors first, then warnings. */
  public List<PolicyFinding> findings() {
    return findings;
  }

  /** The findings of one kind. */
  public List<PolicyFinding> findings(PolicyFinding.Kind kind) {
    requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding is an error (an unsatisfiable or shadowed rule). */
  public boolean hasErrors() {
    return findings.stream().anyMatch(PolicyFinding::isError);
  }

  /** How many situations (community shape, action traits, balance) were examined. */
  public int situationsExamined() {
    return situations;
  }

  /**
   * Whether every situation was examined in full, with every combination of topics that can
   * change an answer there. False only when some rules combine more than {@value
   * TopicGroups#MAX_TOPICS} topics that must be tried together; then the findings that depend on
   * them are not proven, and none of those is an error.
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * Throws if there is an error.
   *
   * @throws AssertionError with the report, if there is an unsatisfiable or shadowed rule
   */
  public void assertNoErrors() {
    if (hasErrors()) {
      throw new AssertionError(report());
    }
  }

  /**
   * Throws if there is any finding at all.
   *
   * @throws AssertionError with the report, if there is a finding
   */
  public void assertClean() {
    if (!findings.isEmpty()) {
      throw new AssertionError(report());
    }
  }

  /** The findings as text, one paragraph each, with their witnesses. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append("Policy '").append(policy.id()).append("': ").append(policy.rules().size())
        .append(" rules, ").append(situations).append(" situations examined")
        .append(
            complete
                ? ""
                : " (not complete: some rules combine more than " + TopicGroups.MAX_TOPICS
                    + " topics, whose combinations were tried only partly; findings that depend on"
                    + " them are warnings, not errors)")
        .append(".\n");
    long errors = findings.stream().filter(PolicyFinding::isError).count();
    out.append(errors).append(errors == 1 ? " error, " : " errors, ")
        .append(findings.size() - errors).append(findings.size() - errors == 1 ? " warning" : " warnings")
        .append(".\n");
    for (PolicyFinding finding : findings) {
      out.append('\n').append(finding.isError() ? "ERROR   " : "WARNING ")
          .append(finding.kind()).append(": ").append(finding.message()).append('\n');
      finding.witness().ifPresent(w -> out.append("        e.g. ").append(w.describe()).append('\n'));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "PolicyAnalysis{" + policy.id() + ", " + findings.size() + " findings}";
  }
}
