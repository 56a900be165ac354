package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.analysis.PolicyDiff;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The analyzer and the diff on the standard policy grown with rules naming {@code n} topics and
 * {@code n} action ids ({@link Policies#withTopicsAndIds}); {@code n} = 0 is the standard policy.
 * The diff compares the grown policy with the standard one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class AnalysisBenchmark {
  /** Topics and action ids the extra rules name, as many of each. */
  @Param({"0", "100"})
  public int named;

  private EngagementPolicy policy = StandardPolicy.policy();

  /** Builds the policy and checks that its analysis is complete. */
  @Setup(Level.Trial)
  public void setUp() {
    policy = named == 0 ? StandardPolicy.policy() : Policies.withTopicsAndIds(named);
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    if (!analysis.isComplete()) {
      throw new IllegalStateException("the analysis of " + policy.id() + " is not complete");
    }
  }

  @Benchmark
  public PolicyAnalysis analyze() {
    return PolicyAnalyzer.analyze(policy);
  }

  @Benchmark
  public PolicyDiff diff() {
    return PolicyDiff.between(StandardPolicy.policy(), policy);
  }
}
