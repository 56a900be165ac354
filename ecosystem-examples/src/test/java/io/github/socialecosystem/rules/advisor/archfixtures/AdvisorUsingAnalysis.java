package io.github.socialecosystem.rules.advisor.archfixtures;

import io.github.socialecosystem.rules.analysis.archfixtures.AnalysisUsingAdvisor;

/**
 * Breaks architecture rules on purpose (ArchitectureTest): the advisor uses analysis, which uses
 * the advisor ({@link AnalysisUsingAdvisor}), a cycle. Test sources only; the real check never
 * imports it.
 */
public final class AdvisorUsingAnalysis {
  private AdvisorUsingAnalysis() {}

  public static int advisor() {
    return 2;
  }

  public static int analysis() {
    return AnalysisUsingAdvisor.analysis();
  }
}
