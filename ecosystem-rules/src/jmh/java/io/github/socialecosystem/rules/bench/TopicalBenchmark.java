package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
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
 * The {@linkplain Requests#topical topical stream}: every community carries one to three of the
 * topics the policy names, so the rules naming them take part in its decisions. The policy is the
 * standard one plus topic rules ({@link Policies#withTopicRules}): 8 of them (36 rules in all), or
 * grown to 1,000 and 10,000 rules. Easy Rules runs the 36-rule policy only; the benchmark's jCasbin
 * model has no topic attribute.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TopicalBenchmark {
  /** The stream and the engines for one size of policy. */
  @State(Scope.Benchmark)
  public static class Stream {
    /** Rules in the policy, the standard ones included. */
    @Param({"36", "1000", "10000"})
    public int rules;

    Community[] communities = new Community[0];
    EngagementAction[] actions = new EngagementAction[0];
    EngagementContext[] contexts = new EngagementContext[0];
    Ecosystem ecosystem = Ecosystem.builder().organization("none").build();
    PolicyEngine compiled = PolicyEngine.standard();
    VerdictEngine naive = new NaiveEngine(compiled.policy());

    /** Builds the stream and the engines, and checks that they agree before any timing. */
    @Setup(Level.Trial)
    public void setUp() {
      EngagementPolicy policy = Policies.withTopicRules(rules);
      Requests requests = Requests.topical(policy);
      requests.checkCoverage();
      communities = requests.communities();
      actions = requests.actions();
      contexts = requests.contexts();
      ecosystem =
          Ecosystem.builder().organization("Topical").addAllCommunities(requests.pool()).build();
      compiled = PolicyEngine.of(policy);
      naive = new NaiveEngine(policy);
      Agreement.check(requests, compiled, List.of(naive), compiled);
    }
  }

  /** The 36-rule policy in Easy Rules. */
  @State(Scope.Benchmark)
  public static class EasyRulesStream {
    /** Rules in the policy: the standard ones and 8 topic rules. */
    @Param({"36"})
    public int rules;

    Community[] communities = new Community[0];
    EngagementAction[] actions = new EngagementAction[0];
    VerdictEngine easyRules = new NaiveEngine(PolicyEngine.standard().policy());

    /** Builds the stream and the engine, and checks it against the compiled engine. */
    @Setup(Level.Trial)
    public void setUp() {
      EngagementPolicy policy = Policies.withTopicRules(rules);
      Requests requests = Requests.topical(policy);
      communities = requests.communities();
      actions = requests.actions();
      easyRules = new EasyRulesEngine(policy);
      PolicyEngine compiled = PolicyEngine.of(policy);
      Agreement.check(requests, compiled, List.of(easyRules), compiled);
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void decide(Stream s, Blackhole blackhole) {
    for (int i = 0; i < s.communities.length; i++) {
      blackhole.consume(s.compiled.decide(s.communities[i], s.actions[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void decideWithContext(Stream s, Blackhole blackhole) {
    for (int i = 0; i < s.communities.length; i++) {
      blackhole.consume(s.compiled.decide(s.communities[i], s.actions[i], s.contexts[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void appropriateActions(Stream s, Blackhole blackhole) {
    for (int i = 0; i < s.communities.length; i++) {
      blackhole.consume(s.compiled.appropriateActions(s.communities[i]));
    }
  }

  /** Every standard action over the whole pool; the score is per community examined. */
  @Benchmark
  @OperationsPerInvocation(15 * Requests.POOL)
  public void whereAppropriate(Stream s, Blackhole blackhole) {
    for (EngagementAction action : StandardActions.all()) {
      blackhole.consume(s.compiled.whereAppropriate(s.ecosystem, action));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void naiveDecide(Stream s, Blackhole blackhole) {
    for (int i = 0; i < s.communities.length; i++) {
      blackhole.consume(s.naive.verdict(s.communities[i], s.actions[i], false));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void easyRulesDecide(EasyRulesStream s, Blackhole blackhole) {
    for (int i = 0; i < s.communities.length; i++) {
      blackhole.consume(s.easyRules.verdict(s.communities[i], s.actions[i], false));
    }
  }
}
