package io.github.socialecosystem.examples.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialecosystem.examples.json.JsonShapes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Sends a record that cannot be used to the dead letters, with where it came from and why. */
final class DeadLetters {
  static final String SINK = "dead-letters";

  /** The most characters of a value a dead letter repeats. */
  static final int MAX_VALUE_CHARS = 10_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private DeadLetters() {}

  /** The most characters of a key a dead letter or rejection repeats. */
  static final int MAX_KEY_CHARS = 1_000;

  static @org.jspecify.annotations.Nullable String cut(@org.jspecify.annotations.Nullable String key) {
    return key == null || key.length() <= MAX_KEY_CHARS ? key : key.substring(0, MAX_KEY_CHARS);
  }

  static void send(
      ProcessorContext<String, String> context, Record<String, String> record, String reason) {
    ObjectNode letter = JSON.createObjectNode();
    letter.put("schema", JsonShapes.schema("dead-letter"));
    letter.put("reason", reason);
    RecordMetadata from = context.recordMetadata().orElse(null);
    if (from == null) {
      letter.putNull("topic");
      letter.putNull("partition");
      letter.putNull("offset");
    } else {
      letter.put("topic", from.topic());
      letter.put("partition", from.partition());
      letter.put("offset", from.offset());
    }
    letter.put("key", cut(record.key()));
    String value = record.value();
    if (value != null && value.length() > MAX_VALUE_CHARS) {
      letter.put("value", value.substring(0, MAX_VALUE_CHARS));
      letter.put("valueCut", true);
    } else {
      letter.put("value", value);
    }
    context.forward(record.withValue(letter.toString()), SINK);
  }
}
