package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.analysis.PolicyDiff;
import java.util.List;
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
 * The analyzer and the diff on the standard policy, and on the standard policy grown with rules
 * naming 100 topics and 100 action ids: house rules that also test a layer or type and a trait
 * ({@link Policies#withTopicsAndIds}), or plain ones, {@code topic is tN} and {@code action is xN}
 * ({@link Policies#withPlainTopicsAndIds}). The diff compares the policy with the standard one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class AnalysisBenchmark {
  /**
   * The policy: {@code standard} (with its guarantees and expectations), {@code standard-rules}
   * (the same rules without them, to see what checking them costs), {@code house-rules} or
   * {@code plain-rules}.
   */
  @Param({"standard", "standard-rules", "house-rules", "plain-rules"})
  public String policy = "standard";

  private EngagementPolicy analysed = StandardPolicy.policy();

  /** Builds the policy and checks that its analysis is complete. */
  @Setup(Level.Trial)
  public void setUp() {
    analysed =
        switch (policy) {
          case "standard" -> StandardPolicy.policy();
          case "standard-rules" ->
              EngagementPolicy.builder()
                  .from(StandardPolicy.policy())
                  .guarantees(List.of())
                  .expectations(List.of())
                  .build();
          case "house-rules" -> Policies.withTopicsAndIds(100);
          case "plain-rules" -> Policies.withPlainTopicsAndIds(100);
          default -> throw new IllegalArgumentException("policy: " + policy);
        };
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(analysed);
    if (!analysis.isComplete()) {
      throw new IllegalStateException("the analysis of " + analysed.id() + " is not complete");
    }
  }

  @Benchmark
  public PolicyAnalysis analyze() {
    return PolicyAnalyzer.analyze(analysed);
  }

  @Benchmark
  public PolicyDiff diff() {
    return PolicyDiff.between(StandardPolicy.policy(), analysed);
  }
}
