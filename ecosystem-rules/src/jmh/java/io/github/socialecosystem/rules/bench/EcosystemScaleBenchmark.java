package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.diagram.EcosystemDiagrams;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Assessing and drawing large ecosystems: a chain of 20,000 communities, each leading to the next
 * and only the last one owned, and a seeded random graph of 100,000 communities (a third in each
 * layer) and 1,000,000 distinct channels.
 *
 * <p>An ecosystem works out what every community reaches the first time it is asked, and keeps
 * the answer; so each measured call gets a fresh copy of the ecosystem, made before the clock
 * starts, and pays for that work itself. Run it single-shot:
 * {@code -Dbench.args="-f 1 -wi 1 -i 3 -bm ss EcosystemScale"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class EcosystemScaleBenchmark {
  /** The ecosystem's shape. */
  @Param({"chain-20000", "random-100000x1000000"})
  public String shape = "chain-20000";

  private final PolicyEngine engine = PolicyEngine.standard();
  private Ecosystem template = Ecosystem.builder().organization("Scale Inc.").build();
  private Ecosystem ecosystem = template;

  /** Builds the ecosystem of the given shape once. */
  @Setup(Level.Trial)
  public void build() {
    template =
        switch (shape) {
          case "chain-20000" -> chain(20_000);
          case "random-100000x1000000" -> random(100_000, 1_000_000, 2011);
          default -> throw new IllegalArgumentException("unknown shape: " + shape);
        };
  }

  /** A fresh copy for each measured call, so that nothing worked out before is reused. */
  @Setup(Level.Invocation)
  public void copy() {
    ecosystem = Ecosystem.builder().from(template).build();
  }

  /** The assessment: findings, figures, summary, next steps and each community's best actions. */
  @Benchmark
  public EcosystemAssessment assess() {
    return EcosystemAdvisor.assess(ecosystem, engine);
  }

  /** The Mermaid flowchart. */
  @Benchmark
  public String mermaid() {
    return EcosystemDiagrams.mermaid(ecosystem);
  }

  /** The DOT graph. */
  @Benchmark
  public String dot() {
    return EcosystemDiagrams.dot(ecosystem);
  }

  /** All that a report needs: the assessment as Markdown, and both diagrams. */
  @Benchmark
  public void all(Blackhole blackhole) {
    blackhole.consume(EcosystemAdvisor.assess(ecosystem, engine).toMarkdown());
    blackhole.consume(EcosystemDiagrams.mermaid(ecosystem));
    blackhole.consume(EcosystemDiagrams.dot(ecosystem));
  }

  private static Ecosystem chain(int n) {
    List<Community> communities = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      communities.add(community(i, i == n - 1 ? 2 : i % 2));
      if (i > 0) {
        channels.add(Channel.of(id(i - 1), id(i)));
      }
    }
    return Ecosystem.builder()
        .organization("Chain Inc.")
        .addAllCommunities(communities)
        .addAllChannels(channels)
        .build();
  }

  private static Ecosystem random(int n, int m, long seed) {
    Random random = new Random(seed);
    List<Community> communities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      communities.add(community(i, random.nextInt(3)));
    }
    Set<Channel> channels = new LinkedHashSet<>();
    while (channels.size() < m) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      if (from != to) {
        channels.add(Channel.of(id(from), id(to)));
      }
    }
    return Ecosystem.builder()
        .organization("Random Inc.")
        .addAllCommunities(communities)
        .addAllChannels(channels)
        .build();
  }

  /** Community {@code i}: participating (layer 0), managed (1) or owned (2). */
  private static Community community(int i, int layer) {
    Community.Builder builder =
        Community.builder().id(id(i)).name("Community " + i).membership(Membership.OPEN)
            .audience(layer == 2 ? Audience.CUSTOMERS : Audience.PUBLIC)
            .memberCount(1_000L + i);
    switch (layer) {
      case 0 -> builder.steward(Steward.INDEPENDENT)
          .platform(Platform.of("Forum", PlatformKind.INDEPENDENT_SITE));
      case 1 -> builder.steward(Steward.ORGANIZATION)
          .platform(Platform.of("Network", PlatformKind.CONSUMER_NETWORK));
      default -> builder.steward(Steward.ORGANIZATION)
          .platform(Platform.of("Own software", PlatformKind.COMMUNITY_SOFTWARE));
    }
    return builder.build();
  }

  private static String id(int i) {
    return "c" + i;
  }
}
