package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The standard policy over the {@link Requests} stream, in this library's compiled engine and in
 * the other engines. Each invocation decides the whole stream; scores are per decision. The
 * compiled engine returns a full {@code Decision} (reasons, obligations, alternatives); the
 * others return the verdict alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class StandardPolicyBenchmark {
  private Community[] communities = new Community[0];
  private EngagementAction[] actions = new EngagementAction[0];
  private EngagementContext[] contexts = new EngagementContext[0];
  private double limit;
  private PolicyEngine compiled = PolicyEngine.standard();
  private VerdictEngine naive = new NaiveEngine(compiled.policy());
  private VerdictEngine easyRules = naive;
  private VerdictEngine jcasbin = naive;

  /** Builds the stream and every engine, and checks that they agree before any timing. */
  @Setup(Level.Trial)
  public void setUp() {
    Requests requests = Requests.stream();
    requests.checkCoverage();
    communities = requests.communities();
    actions = requests.actions();
    contexts = requests.contexts();
    compiled = PolicyEngine.standard();
    EngagementPolicy policy = compiled.policy();
    limit = policy.balanceLimit();
    naive = new NaiveEngine(policy);
    easyRules = new EasyRulesEngine(policy);
    jcasbin = new CasbinEngine(policy);
    Agreement.check(requests, compiled, List.of(naive, easyRules, jcasbin), compiled);
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
  public void decideWithContext(Blackhole blackhole) {
    for (int i = 0; i < communities.length; i++) {
      blackhole.consume(compiled.decide(communities[i], actions[i], contexts[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void appropriateActions(Blackhole blackhole) {
    for (int i = 0; i < communities.length; i++) {
      blackhole.consume(compiled.appropriateActions(communities[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void naiveDecide(Blackhole blackhole) {
    verdicts(naive, false, blackhole);
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void naiveDecideWithContext(Blackhole blackhole) {
    verdicts(naive, true, blackhole);
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void easyRulesDecide(Blackhole blackhole) {
    verdicts(easyRules, false, blackhole);
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void easyRulesDecideWithContext(Blackhole blackhole) {
    verdicts(easyRules, true, blackhole);
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void jcasbinDecide(Blackhole blackhole) {
    verdicts(jcasbin, false, blackhole);
  }

  @Benchmark
  @OperationsPerInvocation(Requests.SIZE)
  public void jcasbinDecideWithContext(Blackhole blackhole) {
    verdicts(jcasbin, true, blackhole);
  }

  private void verdicts(VerdictEngine engine, boolean withContext, Blackhole blackhole) {
    for (int i = 0; i < communities.length; i++) {
      boolean over = withContext && contexts[i].isPromotionOver(limit);
      blackhole.consume(engine.verdict(communities[i], actions[i], over));
    }
  }
}
