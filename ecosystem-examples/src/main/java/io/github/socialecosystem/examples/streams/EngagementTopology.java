package io.github.socialecosystem.examples.streams;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The policy engine inside Kafka Streams: every planned post of many organisations decided by
 * that organisation's policy, in its ecosystem, with the recent activity that each community
 * actually saw.
 *
 * <pre>{@code
 * Topology topology = EngagementTopology.build(EngagementTopology.options());
 * KafkaStreams streams = new KafkaStreams(topology, properties);   // String keys and values
 * }</pre>
 *
 * <p>It reads:
 *
 * <ul>
 *   <li>{@code published-engagements}: what was posted, a JSON object {@code {"organization",
 *       "community", "action", "time"}} ({@code action} a standard id or {@code {"id", "intent",
 *       "format", "reach"}}, {@code time} an ISO-8601 instant), keyed by the community id. Each is
 *       remembered for the length of the window, per organisation, community and intent;
 *   <li>{@code planned-engagements}: what someone means to post, {@code {"organization",
 *       "community", "action", "requestId"}}, keyed by the community id, decided at the record's
 *       timestamp with the recent activity counted over the window before it;
 *   <li>{@code policies} and {@code ecosystems}: compacted, keyed by organisation, each value a
 *       text in the policy or ecosystem language (a tombstone removes it). A text that parses,
 *       and a policy in which the analyzer finds no error, is passed on to {@code
 *       accepted-policies} or {@code accepted-ecosystems}, which every instance reads whole into a
 *       global store; any other goes to {@code policy-rejections} with the reason, and the
 *       organisation's last accepted one keeps deciding. An organisation without a policy is
 *       decided by the standard policy; one without an ecosystem cannot be decided for.
 * </ul>
 *
 * <p>It writes each decision to {@code engagement-decisions} (the command-line tool's decision
 * JSON with {@code organization}, {@code requestId} and {@code policy} {@code {"id", "hash"}}),
 * keyed by the community id; inappropriate ones also to {@code engagement-held}, for a person to
 * review; and every record it cannot use to {@code engagement-dead-letters}, with the reason, the
 * topic, partition and offset it came from, and its key and value. It never stops on bad input.
 *
 * <p>Both engagement topics must be keyed by the community id and have the same number of
 * partitions (the runnable main checks at start): a community's published and planned records
 * then meet in the same task, whose window store holds that community's recent activity. A record
 * whose key is not its community's id goes to the dead letters. All state is in memory and
 * logged to changelog topics, from which a task is restored after a rebalance or a restart; no
 * RocksDB is needed.
 */
public final class EngagementTopology {
  static final String WINDOW_STORE = "recent-activity";
  static final String POLICY_STORE = "accepted-policies-store";
  static final String ECOSYSTEM_STORE = "accepted-ecosystems-store";

  private EngagementTopology() {}

  /** The topics and the window of a topology; every topic name can be changed. */
  public static final class Options {
    private String published = "published-engagements";
    private String planned = "planned-engagements";
    private String policies = "policies";
    private String ecosystems = "ecosystems";
    private String acceptedPolicies = "accepted-policies";
    private String acceptedEcosystems = "accepted-ecosystems";
    private String decisions = "engagement-decisions";
    private String held = "engagement-held";
    private String rejections = "policy-rejections";
    private String deadLetters = "engagement-dead-letters";
    private Duration window = Duration.ofDays(7);
    private Duration grace = Duration.ofDays(1);

    private Options() {}

    /** The longest window of recent activity. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    private static String topic(String field, String name) {
      requireNonNull(name, field);
      // Kafka's own rule for topic names.
      if (!name.matches("[a-zA-Z0-9._-]{1,249}") || name.equals(".") || name.equals("..")) {
        throw new IllegalArgumentException(field + " must be a Kafka topic name (letters, digits,"
            + " '.', '_' and '-', at most 249 characters): '" + name + "'");
      }
      return name;
    }

    /** What was posted; {@code published-engagements} by default. */
    public Options published(String topic) {
      this.published = topic("published", topic);
      return this;
    }

    /** What is to be decided; {@code planned-engagements} by default. */
    public Options planned(String topic) {
      this.planned = topic("planned", topic);
      return this;
    }

    /** Policy texts by organisation; {@code policies} by default. */
    public Options policies(String topic) {
      this.policies = topic("policies", topic);
      return this;
    }

    /** Ecosystem texts by organisation; {@code ecosystems} by default. */
    public Options ecosystems(String topic) {
      this.ecosystems = topic("ecosystems", topic);
      return this;
    }

    /** The policies that passed their checks; {@code accepted-policies} by default. */
    public Options acceptedPolicies(String topic) {
      this.acceptedPolicies = topic("acceptedPolicies", topic);
      return this;
    }

    /** The ecosystems that parsed; {@code accepted-ecosystems} by default. */
    public Options acceptedEcosystems(String topic) {
      this.acceptedEcosystems = topic("acceptedEcosystems", topic);
      return this;
    }

    /** Every decision; {@code engagement-decisions} by default. */
    public Options decisions(String topic) {
      this.decisions = topic("decisions", topic);
      return this;
    }

    /** Inappropriate decisions, for review; {@code engagement-held} by default. */
    public Options held(String topic) {
      this.held = topic("held", topic);
      return this;
    }

    /** Texts that were refused, and why; {@code policy-rejections} by default. */
    public Options rejections(String topic) {
      this.rejections = topic("rejections", topic);
      return this;
    }

    /** Records that could not be used, and why; {@code engagement-dead-letters} by default. */
    public Options deadLetters(String topic) {
      this.deadLetters = topic("deadLetters", topic);
      return this;
    }

    /** How far back recent activity is counted; seven days by default, at most a year. */
    public Options window(Duration window) {
      requireNonNull(window, "window");
      if (window.compareTo(Duration.ofMillis(1)) < 0 || window.compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException(
            "window must be from 1 ms to " + MAX_WINDOW.toDays() + " days: " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * How late a planned engagement may come, behind the newest published time its task has seen,
     * and still have its whole window counted; one day by default. Published engagements are kept
     * for the window plus this long.
     */
    public Options grace(Duration grace) {
      requireNonNull(grace, "grace");
      if (grace.isNegative() || grace.compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException(
            "grace must be from 0 to " + MAX_WINDOW.toDays() + " days: " + grace);
      }
      this.grace = grace;
      return this;
    }

    String published() {
      return published;
    }

    String planned() {
      return planned;
    }

    Duration window() {
      return window;
    }

    /** Every topic, in the order above. */
    List<String> topics() {
      return List.of(published, planned, policies, ecosystems, acceptedPolicies,
          acceptedEcosystems, decisions, held, rejections, deadLetters);
    }
  }

  /** The default topics and a seven-day window. */
  public static Options options() {
    return new Options();
  }

  /**
   * The topology for {@code options}.
   *
   * @throws IllegalArgumentException if two roles share a topic
   */
  public static Topology build(Options options) {
    requireNonNull(options, "options");
    Set<String> distinct = new LinkedHashSet<>(options.topics());
    if (distinct.size() != options.topics().size()) {
      throw new IllegalArgumentException("each topic must have one role, but some share one: "
          + options.topics());
    }
    StringDeserializer keys = new StringDeserializer();
    StringDeserializer values = new StringDeserializer();
    StringSerializer out = new StringSerializer();
    Topology topology = new Topology();

    // Policies and ecosystems: checked, then shared with every instance.
    topology.addSource("policies", keys, values, options.policies);
    topology.addProcessor("check-policies",
        () -> new TextChecker(TextChecker.Kind.POLICY, options.policies), "policies");
    topology.addSink("accepted-policies-sink", options.acceptedPolicies, out, out,
        "check-policies");
    topology.addSource("ecosystems", keys, values, options.ecosystems);
    topology.addProcessor("check-ecosystems",
        () -> new TextChecker(TextChecker.Kind.ECOSYSTEM, options.ecosystems), "ecosystems");
    topology.addSink("accepted-ecosystems-sink", options.acceptedEcosystems, out, out,
        "check-ecosystems");
    topology.addSink("rejections", options.rejections, out, out,
        "check-policies", "check-ecosystems");
    ByteArrayDeserializer bytes = new ByteArrayDeserializer();
    topology.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(POLICY_STORE),
            Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
        "accepted-policies", keys, bytes, options.acceptedPolicies, "keep-policies",
        () -> new GlobalCopy(POLICY_STORE));
    topology.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ECOSYSTEM_STORE),
            Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
        "accepted-ecosystems", keys, bytes, options.acceptedEcosystems, "keep-ecosystems",
        () -> new GlobalCopy(ECOSYSTEM_STORE));

    // Engagements: what was published is counted, what is planned is decided.
    topology.addSource("published", keys, values, options.published);
    topology.addProcessor("record-published", PublishedRecorder::new, "published");
    topology.addSource("planned", keys, values, options.planned);
    topology.addProcessor("decide-planned", () -> new PlannedDecider(options.window),
        "planned");
    topology.addStateStore(
        Stores.windowStoreBuilder(
            Stores.inMemoryWindowStore(WINDOW_STORE, options.window.plus(options.grace),
                Duration.ofMillis(1), true),
            Serdes.String(), Serdes.String()),
        "record-published", "decide-planned");
    topology.addSink("decisions", options.decisions, out, out, "decide-planned");
    topology.addSink("held", options.held, out, out, "decide-planned");
    topology.addSink("dead-letters", options.deadLetters, out, out,
        "record-published", "decide-planned");
    return topology;
  }
}
