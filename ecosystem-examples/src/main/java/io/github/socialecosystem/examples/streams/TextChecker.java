package io.github.socialecosystem.examples.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jspecify.annotations.Nullable;

/**
 * Checks each policy or ecosystem text an organisation sends: one that can be used goes on, in
 * its canonical form and with its hash ({@link Texts#stamped}), to the accepted topic that every
 * instance reads; one that cannot goes to the rejections, with the reason.
 */
final class TextChecker implements Processor<String, String, String, String> {
  enum Kind {
    POLICY,
    ECOSYSTEM
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The longest policy text taken, in characters (some 4,000 rules). */
  static final int MAX_POLICY_CHARS = 256 * 1024;

  /** The longest ecosystem text taken, in characters. */
  static final int MAX_ECOSYSTEM_CHARS = 900_000;

  /** The largest accepted value sent on, in bytes: under Kafka's default limit for a record. */
  static final int MAX_ACCEPTED_BYTES = 1_000_000;

  private final Kind kind;
  private final String topic;
  private @Nullable ProcessorContext<String, String> context;

  TextChecker(Kind kind, String topic) {
    this.kind = kind;
    this.topic = topic;
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, String> record) {
    ProcessorContext<String, String> context = Texts.present(this.context);
    String organization = record.key();
    if (organization == null || organization.isBlank()) {
      reject(context, record, "the key must be the organization's name, not "
          + (organization == null ? "missing" : "blank"));
      return;
    }
    String text = record.value();
    if (text == null) {
      // A tombstone: the organisation's text is removed everywhere.
      context.forward(record, kind == Kind.POLICY ? "accepted-policies-sink"
          : "accepted-ecosystems-sink");
      return;
    }
    int most = kind == Kind.POLICY ? MAX_POLICY_CHARS : MAX_ECOSYSTEM_CHARS;
    if (text.length() > most) {
      reject(context, record, "the text has " + text.length() + " characters; this application"
          + " takes at most " + most + ", so that one text cannot hold up its thread");
      return;
    }
    String canonical;
    try {
      if (kind == Kind.POLICY) {
        EngagementPolicy policy = PolicyLanguage.parse(text);
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
        if (analysis.hasErrors()) {
          reject(context, record, "the policy has analyzer errors:\n" + analysis.report());
          return;
        }
        canonical = PolicyLanguage.print(policy);
      } else {
        Ecosystem ecosystem = EcosystemLanguage.parse(text);
        canonical = EcosystemLanguage.print(ecosystem);
      }
    } catch (IllegalArgumentException e) {
      reject(context, record, String.valueOf(e.getMessage()));
      return;
    } catch (StackOverflowError e) {
      reject(context, record, "the text nests too deeply to be read");
      return;
    }
    String stamped = Texts.stamped(canonical);
    if (stamped.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ACCEPTED_BYTES) {
      reject(context, record, "in its canonical form the text is larger than "
          + MAX_ACCEPTED_BYTES + " bytes, more than a Kafka record holds by default");
      return;
    }
    context.forward(record.withValue(stamped),
        kind == Kind.POLICY ? "accepted-policies-sink" : "accepted-ecosystems-sink");
  }

  private void reject(
      ProcessorContext<String, String> context, Record<String, String> record, String reason) {
    ObjectNode rejection = JSON.createObjectNode();
    rejection.put("schema", io.github.socialecosystem.examples.json.JsonShapes.schema("rejection"));
    rejection.put("organization", DeadLetters.cut(record.key()));
    rejection.put("topic", topic);
    rejection.put("kind", kind == Kind.POLICY ? "policy" : "ecosystem");
    rejection.put("reason", reason);
    rejection.put("at", Instant.ofEpochMilli(record.timestamp()).toString());
    context.forward(record.withValue(rejection.toString()), "rejections");
  }
}
