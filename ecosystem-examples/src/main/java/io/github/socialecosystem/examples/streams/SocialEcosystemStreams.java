package io.github.socialecosystem.examples.streams;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link EngagementTopology} against a Kafka cluster until it is stopped.
 *
 * <pre>
 * java -jar social-ecosystem-streams.jar --bootstrap-servers localhost:9092
 * </pre>
 *
 * <p>Before it starts, it checks that both engagement topics exist and have the same number of
 * partitions, and stops with exit code 2 if not.
 */
@Command(
    name = "social-ecosystem-streams",
    mixinStandardHelpOptions = true,
    version = "social-ecosystem-streams 0.1.0",
    description = "Decides planned engagements of many organisations inside Kafka Streams, each"
        + " by its own policy, with recent activity counted from what was published.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad options, or the topics are not as the topology needs"})
public final class SocialEcosystemStreams implements java.util.concurrent.Callable<Integer> {
  @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,...]",
      description = "The Kafka cluster.")
  String bootstrapServers = "";

  @Option(names = "--application-id", paramLabel = "ID",
      description = "Kafka Streams' application id: the consumer group and the prefix of the"
          + " changelog topics (default: ${DEFAULT-VALUE}).")
  String applicationId = "social-ecosystem-engagements";

  @Option(names = "--window", paramLabel = "DURATION",
      description = "How far back recent activity counts, as ISO-8601 (default: ${DEFAULT-VALUE}).")
  String window = "P7D";

  @Option(names = "--grace", paramLabel = "DURATION",
      description = "How late a planned engagement may come and still have its whole window"
          + " counted, as ISO-8601 (default: ${DEFAULT-VALUE}).")
  String grace = "P1D";

  @Option(names = "--threads", paramLabel = "N",
      description = "Stream threads (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Kafka Streams' state directory (default: Kafka Streams' own).")
  String stateDir = "";

  @Option(names = "--published-topic", paramLabel = "TOPIC")
  String published = "published-engagements";

  @Option(names = "--planned-topic", paramLabel = "TOPIC")
  String planned = "planned-engagements";

  @Option(names = "--policies-topic", paramLabel = "TOPIC")
  String policies = "policies";

  @Option(names = "--ecosystems-topic", paramLabel = "TOPIC")
  String ecosystems = "ecosystems";

  @Option(names = "--accepted-policies-topic", paramLabel = "TOPIC")
  String acceptedPolicies = "accepted-policies";

  @Option(names = "--accepted-ecosystems-topic", paramLabel = "TOPIC")
  String acceptedEcosystems = "accepted-ecosystems";

  @Option(names = "--decisions-topic", paramLabel = "TOPIC")
  String decisions = "engagement-decisions";

  @Option(names = "--held-topic", paramLabel = "TOPIC")
  String held = "engagement-held";

  @Option(names = "--rejections-topic", paramLabel = "TOPIC")
  String rejections = "policy-rejections";

  @Option(names = "--dead-letter-topic", paramLabel = "TOPIC")
  String deadLetters = "engagement-dead-letters";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create();

  /** Runs the topology; the exit code is as {@code --help} lists. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SocialEcosystemStreams()).execute(args));
  }

  /** The topology's options from the command line. */
  EngagementTopology.Options options() {
    Duration length = duration("--window", window);
    Duration late = duration("--grace", grace);
    try {
      return EngagementTopology.options()
          .published(published).planned(planned).policies(policies).ecosystems(ecosystems)
          .acceptedPolicies(acceptedPolicies).acceptedEcosystems(acceptedEcosystems)
          .decisions(decisions).held(held).rejections(rejections).deadLetters(deadLetters)
          .window(length).grace(late);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Duration duration(String option, String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be an ISO-8601 duration such as P7D or PT12H, not '" + text + "'");
    }
  }

  /** Kafka Streams' configuration: strings in and out, and bad records never stop it. */
  Properties properties() {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    properties.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class);
    properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    // A record a processor fails on is logged and skipped, in the global stores too, rather than
    // stopping the application (and failing again at every restart).
    properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler.class);
    properties.put("processing.exception.handler.global.enabled", true);
    // A record without a timestamp takes its partition's time instead of stopping the task.
    properties.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG,
        org.apache.kafka.streams.processor.UsePartitionTimeOnInvalidTimestamp.class);
    if (!stateDir.isEmpty()) {
      properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
    }
    return properties;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be at least 1: " + threads);
    }
    EngagementTopology.Options options = options();
    List<String> problems = checkTopics(options);
    if (!problems.isEmpty()) {
      problems.forEach(problem -> err.println("social-ecosystem-streams: " + problem));
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (KafkaStreams streams =
        new KafkaStreams(EngagementTopology.build(options), properties())) {
      streams.setUncaughtExceptionHandler(exception -> {
        err.println("social-ecosystem-streams: a stream thread failed and is replaced: "
            + exception);
        return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
            .StreamThreadExceptionResponse.REPLACE_THREAD;
      });
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "stop"));
      streams.start();
      err.println("social-ecosystem-streams: deciding " + options.planned() + " with "
          + options.window() + " of " + options.published());
      err.flush();
      stopped.await();
      streams.close(Duration.ofSeconds(30));
    }
    return 0;
  }

  private static int partitions(Map<String, TopicDescription> topics, String topic) {
    TopicDescription description = topics.get(topic);
    if (description == null) {
      throw new IllegalStateException("the cluster did not describe " + topic);
    }
    return description.partitions().size();
  }

  /** What keeps the topology from running as intended on this cluster: nothing, if all is well. */
  private List<String> checkTopics(EngagementTopology.Options options) {
    Properties admin = new Properties();
    admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    List<String> problems = new ArrayList<>();
    try (Admin client = Admin.create(admin)) {
      Map<String, TopicDescription> topics = client.describeTopics(
              List.of(options.published(), options.planned()))
          .allTopicNames().get(60, TimeUnit.SECONDS);
      int published = partitions(topics, options.published());
      int planned = partitions(topics, options.planned());
      if (published != planned) {
        problems.add(options.published() + " has " + published + " partitions and "
            + options.planned() + " " + planned + ": both are keyed by community id and must"
            + " have the same number, so that a community's records meet in one task");
      }
    } catch (ExecutionException e) {
      problems.add("the engagement topics cannot be described: " + e.getCause());
    } catch (TimeoutException e) {
      problems.add("the cluster at " + bootstrapServers + " did not answer within 60 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.add("interrupted");
    }
    return problems;
  }
}
