package io.github.socialecosystem.examples.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The runnable main's options, without a cluster: what it refuses before it connects. */
class SocialEcosystemStreamsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(new SocialEcosystemStreams());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void helpListsTheOptionsAndTopics() {
    assertEquals(0, run("--help"));
    for (String option : new String[] {"--bootstrap-servers", "--window", "--planned-topic",
        "--dead-letter-topic", "--threads"}) {
      assertTrue(out.toString().contains(option), option + " in " + out);
    }
  }

  @Test
  void badOptionsExitWith2AndSayWhy() {
    assertEquals(2, run("--bootstrap-servers", "localhost:9092", "--window", "a week"));
    assertTrue(err.toString().contains("--window must be an ISO-8601 duration"), err.toString());
    assertEquals(2, run("--bootstrap-servers", "localhost:9092", "--window", "P400D"));
    assertTrue(err.toString().contains("366 days"), err.toString());
    assertEquals(2, run("--bootstrap-servers", "localhost:9092", "--held-topic", "bad topic"));
    assertTrue(err.toString().contains("'bad topic'"), err.toString());
    assertEquals(2, run("--bootstrap-servers", "localhost:9092", "--threads", "0"));
    assertEquals(2, run("--window", "P1D"));
    assertTrue(err.toString().contains("--bootstrap-servers"), err.toString());
  }

  @Test
  void propertiesAreStringsInAndOutAndBadRecordsNeverStopIt() {
    SocialEcosystemStreams main = new SocialEcosystemStreams();
    new CommandLine(main).parseArgs("--bootstrap-servers", "k1:9092,k2:9092",
        "--application-id", "engagements", "--threads", "3", "--window", "PT12H");
    Properties properties = main.properties();
    assertEquals("k1:9092,k2:9092", properties.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
    assertEquals("engagements", properties.get(StreamsConfig.APPLICATION_ID_CONFIG));
    assertEquals(3, properties.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
    assertEquals(org.apache.kafka.streams.errors.LogAndContinueExceptionHandler.class,
        properties.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG));
    assertEquals(Duration.ofHours(12), main.options().window());
  }
}
