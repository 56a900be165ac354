package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What would change the answer ({@link PolicyEngine#counterfactuals}) for the first {@value #N}
 * requests of a stream: the standard policy over the plain stream, and the standard policy grown
 * with rules naming topics over the topical stream, whose communities carry those topics. Scores
 * are per search.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CounterfactualBenchmark {
  static final int N = 128;

  /** {@code standard}, or the number of rules of the topical policy. */
  @Param({"standard", "100"})
  public String policy = "standard";

  private Community[] communities = new Community[0];
  private EngagementAction[] actions = new EngagementAction[0];
  private EngagementContext[] contexts = new EngagementContext[0];
  private PolicyEngine engine = PolicyEngine.standard();

  @Setup(Level.Trial)
  public void setUp() {
    Requests requests;
    if (policy.equals("standard")) {
      engine = PolicyEngine.standard();
      requests = Requests.stream();
    } else {
      engine = PolicyEngine.of(Policies.withTopicRules(Integer.parseInt(policy)));
      requests = Requests.topical(engine.policy());
    }
    communities = requests.communities();
    actions = requests.actions();
    contexts = requests.contexts();
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void counterfactuals(Blackhole blackhole) {
    for (int i = 0; i < N; i++) {
      blackhole.consume(engine.counterfactuals(communities[i], actions[i], contexts[i]));
    }
  }
}
