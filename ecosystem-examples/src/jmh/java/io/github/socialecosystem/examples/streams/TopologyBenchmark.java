package io.github.socialecosystem.examples.streams;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One instance of the topology in Kafka Streams' test driver, on one thread: how many planned
 * engagements it decides a second, each with the recent activity of its community, and how many
 * published ones it records. Each operation pipes one record in and reads what comes out, so
 * serialisation, the window store's fetch and the JSON of the decision are all counted.
 *
 * <p>{@code published} is how many engagements each community has in its window when deciding
 * starts (the fetch reads them all, so more history costs more).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TopologyBenchmark {
  @Param({"0", "50"})
  int published;

  private Path state;
  private TopologyTestDriver driver;
  private TestInputTopic<String, String> planned;
  private TestInputTopic<String, String> publishedTopic;
  private TestOutputTopic<String, String> decisions;
  private List<Community> communities;
  private String[] plans;
  private String[] posts;
  private long clock;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    state = Files.createTempDirectory("topology-benchmark");
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "engagements-benchmark");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    Instant start = Instant.parse("2026-11-30T00:00:00Z");
    driver = new TopologyTestDriver(
        EngagementTopology.build(EngagementTopology.options()), properties, start);
    StringSerializer in = new StringSerializer();
    planned = driver.createInputTopic("planned-engagements", in, in);
    publishedTopic = driver.createInputTopic("published-engagements", in, in);
    decisions = driver.createOutputTopic("engagement-decisions", new StringDeserializer(),
        new StringDeserializer());
    driver.createInputTopic("ecosystems", in, in)
        .pipeInput("Crafting Tools Inc.", CraftingToolsEcosystem.text(), start);
    communities = CraftingToolsEcosystem.ecosystem().communities();
    plans = new String[communities.size() * StandardActions.all().size()];
    posts = new String[plans.length];
    int i = 0;
    for (Community community : communities) {
      for (var action : StandardActions.all()) {
        plans[i] = "{\"organization\":\"Crafting Tools Inc.\",\"community\":\"" + community.id()
            + "\",\"action\":\"" + action.id() + "\",\"requestId\":\"r\"}";
        posts[i] = "{\"organization\":\"Crafting Tools Inc.\",\"community\":\"" + community.id()
            + "\",\"action\":\"" + action.id() + "\",\"time\":\"%s\"}";
        i++;
      }
    }
    clock = start.toEpochMilli();
    for (int n = 0; n < published; n++) {
      for (Community community : communities) {
        clock += 1_000;
        publishedTopic.pipeInput(community.id(), "{\"organization\":\"Crafting Tools Inc.\","
            + "\"community\":\"" + community.id() + "\",\"action\":\""
            + (n % 3 == 0 ? "broadcast-promotion" : "join-discussion") + "\",\"time\":\""
            + Instant.ofEpochMilli(clock) + "\"}", Instant.ofEpochMilli(clock));
      }
    }
    if (!decide().contains("\"verdict\"")) {
      throw new IllegalStateException("no decision came out");
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    driver.close();
    try (var files = Files.walk(state)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /** Decides one planned engagement (at the same moment, so the window's history stays). */
  @Benchmark
  public String decide() {
    int at = next++ % plans.length;
    planned.pipeInput(communities.get(at / StandardActions.all().size()).id(), plans[at],
        Instant.ofEpochMilli(clock));
    return decisions.readValue();
  }

  /** Records one published engagement, a millisecond after the last. */
  @Benchmark
  public void record() {
    int at = next++ % posts.length;
    clock++;
    Instant time = Instant.ofEpochMilli(clock);
    publishedTopic.pipeInput(communities.get(at / StandardActions.all().size()).id(),
        String.format(posts[at], time), time);
  }
}
