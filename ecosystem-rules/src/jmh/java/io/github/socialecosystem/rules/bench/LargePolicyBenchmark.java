package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.List;
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
 * Policies of many rules: the standard policy grown with rules the plain stream never matches
 * ({@link Policies}), either naming niche topics or each naming another custom action id.
 * Measures building an engine, and deciding the stream with it and with a plain scan of the rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class LargePolicyBenchmark {
  /** Rules in the policy, the standard ones included. */
  @Param({"75", "1000", "10000"})
  public int rules;

  /** What the extra rules name: {@code niche-topics} or {@code action-ids}. */
  @Param({"niche-topics", "action-ids"})
  public String kind = "niche-topics";

  private Community[] communities = new Community[0];
  private EngagementAction[] actions = new EngagementAction[0];
  private EngagementPolicy policy = StandardPolicy.policy();
  private PolicyEngine compiled = PolicyEngine.standard();
  private VerdictEngine naive = new NaiveEngine(policy);

  /** Grows the policy, builds the engines and checks them against the standard engine. */
  @Setup(Level.Trial)
  public void setUp() {
    Requests requests = Requests.stream();
    communities = requests.communities();
    actions = requests.actions();
    policy = grown(kind, rules);
    compiled = PolicyEngine.of(policy);
    naive = new NaiveEngine(policy);
    Agreement.check(requests, compiled, List.of(naive), PolicyEngine.standard());
  }

  /** The standard policy grown to {@code rules} rules of the given kind. */
  static EngagementPolicy grown(String kind, int rules) {
    return switch (kind) {
      case "niche-topics" -> Policies.withRules(rules);
      case "action-ids" -> Policies.withActionRules(rules);
      default -> throw new IllegalArgumentException("kind: " + kind);
    };
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public PolicyEngine construct() {
    return PolicyEngine.of(policy);
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void decide(Blackhole blackhole) {
    for (int i = 0; i < communities.length; i++) {
      blackhole.consume(compiled.decide(communities[i], actions[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void naiveDecide(Blackhole blackhole) {
    for (int i = 0; i < communities.length; i++) {
      blackhole.consume(naive.verdict(communities[i], actions[i], false));
    }
  }
}
