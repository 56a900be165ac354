package io.github.socialecosystem.examples.streams;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.examples.json.JsonShapes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One engagement record, published or planned, read from its JSON. Every problem is an {@link
 * IllegalArgumentException} whose message names the field and the value.
 */
record Engagement(
    String organization, String community, EngagementAction action, @Nullable Instant time,
    @Nullable String requestId) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> PUBLISHED = Set.of("organization", "community", "action", "time");
  private static final Set<String> PLANNED =
      Set.of("organization", "community", "action", "requestId");
  private static final Set<String> ACTION = Set.of("id", "intent", "format", "reach");

  /** The longest request id, in characters. */
  static final int MAX_REQUEST_ID = 200;

  static Engagement published(@Nullable String value) {
    JsonNode node = object(value, PUBLISHED);
    String time = text(node, "time");
    Instant at;
    try {
      at = Instant.parse(time);
      long unused = at.toEpochMilli();  // throws for instants beyond the milliseconds a record has
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "time must be an ISO-8601 instant such as 2026-11-30T09:00:00Z, not " + quoted(time));
    }
    return new Engagement(text(node, "organization"), text(node, "community"),
        action(node.get("action")), at, null);
  }

  static Engagement planned(@Nullable String value) {
    JsonNode node = object(value, PLANNED);
    JsonNode id = node.get("requestId");
    String requestId = null;
    if (id != null && !id.isNull()) {
      requestId = text(node, "requestId");
      if (requestId.length() > MAX_REQUEST_ID) {
        throw new IllegalArgumentException(
            "requestId is longer than " + MAX_REQUEST_ID + " characters");
      }
    }
    return new Engagement(text(node, "organization"), text(node, "community"),
        action(node.get("action")), null, requestId);
  }

  private static JsonNode object(@Nullable String value, Set<String> fields) {
    if (value == null) {
      throw new IllegalArgumentException("the value is missing (a tombstone)");
    }
    JsonNode node;
    try {
      node = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the value is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("the value must be a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw new IllegalArgumentException("unknown field " + quoted(name) + ": expected "
            + String.join(", ", fields.stream().sorted().toList()));
      }
    }
    return node;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string, not "
          + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return value.asText();
  }

  private static EngagementAction action(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException("action is required");
    }
    if (node.isTextual()) {
      return StandardActions.byId(node.asText()).orElseThrow(() -> new IllegalArgumentException(
          "action: unknown standard action " + quoted(node.asText())
              + "; give a standard id or an object with id, intent, format and reach"));
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("action must be a standard id or an object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ACTION.contains(name)) {
        throw new IllegalArgumentException("action: unknown field " + quoted(name)
            + ": expected format, id, intent, reach");
      }
    }
    String id = text(node, "id");
    Intent intent = word(Intent.class, "action.intent", text(node, "intent"));
    Format format = word(Format.class, "action.format", text(node, "format"));
    Reach reach = word(Reach.class, "action.reach", text(node, "reach"));
    try {
      return EngagementAction.of(id, intent, format, reach);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("action.id: " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E word(Class<E> type, String field, String text) {
    return JsonShapes.valueOf(type, text).orElseThrow(() -> new IllegalArgumentException(
        field + ": unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " "
            + quoted(text) + ": expected " + JsonShapes.words(type)));
  }

  static String quoted(String value) {
    return "'" + (value.length() > 100 ? value.substring(0, 100) + "..." : value) + "'";
  }
}
