package io.github.socialecosystem.rules.analysis.archfixtures;

import io.github.socialecosystem.rules.advisor.archfixtures.AdvisorUsingAnalysis;

/**
 * Breaks architecture rules on purpose (ArchitectureTest): analysis uses the advisor, which uses
 * analysis ({@link AdvisorUsingAnalysis}), a cycle. Test sources only; the real check never
 * imports it.
 */
public final class AnalysisUsingAdvisor {
  private AnalysisUsingAdvisor() {}

  public static int analysis() {
    return 1;
  }

  public static int advice() {
    return AdvisorUsingAnalysis.advisor();
  }
}
