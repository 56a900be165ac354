package io.github.socialecosystem.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.examples.json.JsonShapes;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One request to decide: a community (an id of the loaded ecosystem, or one given inline), an
 * action (a standard id, or {@code {id, intent, format, reach}}), optional recent activity by
 * intent, an optional request id, and whether to say what would change the answer. Every problem
 * is a {@link BadRequest} naming the field.
 */
record DecideRequest(
    Community community, EngagementAction action, EngagementContext context,
    @Nullable String requestId, boolean counterfactuals) {

  private static final Set<String> FIELDS =
      Set.of("community", "action", "recentActivity", "requestId", "counterfactuals");
  private static final Set<String> ACTION_FIELDS = Set.of("id", "intent", "format", "reach");
  private static final Set<String> COMMUNITY_FIELDS =
      Set.of("id", "name", "steward", "platform", "membership", "audience", "topics",
          "memberCount");
  private static final Set<String> PLATFORM_FIELDS = Set.of("name", "kind");

  /** Reads a request; {@code at} names where it is in the body, e.g. {@code requests[3].}. */
  static DecideRequest read(JsonNode node, Ecosystem ecosystem, String at) {
    object(node, at.isEmpty() ? "body" : at.substring(0, at.length() - 1));
    onlyFields(node, FIELDS, at);
    Community community = community(required(node, "community", at), ecosystem, at + "community");
    EngagementAction action = action(required(node, "action", at), at + "action");
    JsonNode recent = node.get("recentActivity");
    EngagementContext context =
        recent == null || recent.isNull()
            ? EngagementContext.none()
            : context(recent, at + "recentActivity");
    JsonNode id = node.get("requestId");
    String requestId = null;
    if (id != null && !id.isNull()) {
      requestId = text(id, at + "requestId");
      if (requestId.length() > 200) {
        throw BadRequest.of(at + "requestId", "requestId is longer than 200 characters");
      }
      for (int i = 0; i < requestId.length(); i++) {
        char c = requestId.charAt(i);
        boolean paired = Character.isHighSurrogate(c) && i + 1 < requestId.length()
            && Character.isLowSurrogate(requestId.charAt(i + 1));
        if (paired) {
          i++;
        } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
          throw BadRequest.of(at + "requestId", String.format(java.util.Locale.ROOT,
              "requestId has U+%04X at index %d: use printable characters", (int) c, i));
        }
      }
    }
    JsonNode asked = node.get("counterfactuals");
    if (asked != null && !asked.isNull() && !asked.isBoolean()) {
      throw BadRequest.of(at + "counterfactuals",
          "counterfactuals must be true or false, not " + kind(asked));
    }
    return new DecideRequest(community, action, context, requestId,
        asked != null && asked.asBoolean());
  }

  private static Community community(JsonNode node, Ecosystem ecosystem, String field) {
    if (node.isTextual()) {
      return ecosystem.community(node.asText()).orElseThrow(() -> BadRequest.of(field,
          "no community with id " + quoted(node.asText()) + " in the ecosystem of "
              + ecosystem.organization()));
    }
    object(node, field);
    onlyFields(node, COMMUNITY_FIELDS, field + ".");
    JsonNode platform = required(node, "platform", field + ".");
    object(platform, field + ".platform");
    onlyFields(platform, PLATFORM_FIELDS, field + ".platform.");
    try {
      Community.Builder community = Community.builder()
          .id(text(required(node, "id", field + "."), field + ".id"))
          .name(text(required(node, "name", field + "."), field + ".name"))
          .steward(constant(Steward.class, required(node, "steward", field + "."),
              field + ".steward"))
          .platform(Platform.of(
              text(required(platform, "name", field + ".platform."), field + ".platform.name"),
              constant(PlatformKind.class, required(platform, "kind", field + ".platform."),
                  field + ".platform.kind")))
          .membership(constant(Membership.class, required(node, "membership", field + "."),
              field + ".membership"))
          .audience(constant(Audience.class, required(node, "audience", field + "."),
              field + ".audience"));
      JsonNode topics = node.get("topics");
      if (topics != null && !topics.isNull()) {
        if (!topics.isArray()) {
          throw BadRequest.of(field + ".topics", "topics must be an array of topic names, not "
              + topics.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        int i = 0;
        for (JsonNode topic : topics) {
          community.addTopics(text(topic, field + ".topics[" + i++ + "]"));
        }
      }
      JsonNode members = node.get("memberCount");
      if (members != null && !members.isNull()) {
        if (!members.canConvertToExactIntegral() || !members.canConvertToLong()) {
          throw BadRequest.of(field + ".memberCount",
              "memberCount must be a whole number, not " + members);
        }
        community.memberCount(members.asLong());
      }
      return community.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw BadRequest.of(field, String.valueOf(e.getMessage()));
    }
  }

  private static EngagementAction action(JsonNode node, String field) {
    if (node.isTextual()) {
      String id = node.asText();
      return StandardActions.byId(id).orElseThrow(() -> BadRequest.of(field,
          "unknown action " + quoted(id) + ": give a standard action id ("
              + StandardActions.all().stream().map(EngagementAction::id)
                  .collect(Collectors.joining(", "))
              + ") or an object with id, intent, format and reach"));
    }
    object(node, field);
    onlyFields(node, ACTION_FIELDS, field + ".");
    String id = text(required(node, "id", field + "."), field + ".id");
    Intent intent = constant(Intent.class, required(node, "intent", field + "."), field + ".intent");
    Format format = constant(Format.class, required(node, "format", field + "."), field + ".format");
    Reach reach = constant(Reach.class, required(node, "reach", field + "."), field + ".reach");
    try {
      return EngagementAction.of(id, intent, format, reach);
    } catch (IllegalArgumentException e) {
      throw BadRequest.of(field + ".id", String.valueOf(e.getMessage()));
    }
  }

  private static EngagementContext context(JsonNode node, String field) {
    object(node, field);
    EngagementContext.Builder context = EngagementContext.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String at = field + "." + entry.getKey();
      Intent intent = constant(Intent.class, entry.getKey(), at);
      JsonNode count = entry.getValue();
      if (!count.isIntegralNumber() || !count.canConvertToInt() || count.asInt() < 0) {
        throw BadRequest.of(at, "a count of recent actions must be a whole number from 0 to "
            + Integer.MAX_VALUE + ", not " + count);
      }
      context.putRecentActivity(intent, count.asInt());
    }
    return context.build();
  }

  private static void object(JsonNode node, String field) {
    if (!node.isObject()) {
      throw BadRequest.of(field, field + " must be an object, not " + kind(node));
    }
  }

  private static void onlyFields(JsonNode node, Set<String> known, String at) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw BadRequest.of(at + name, "unknown field " + quoted(name) + ": expected "
            + known.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  private static JsonNode required(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw BadRequest.of(at + name, at + name + " is required");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    if (!node.isTextual()) {
      throw BadRequest.of(field, field + " must be a string, not " + kind(node));
    }
    return node.asText();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String field) {
    return constant(type, text(node, field), field);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
    return JsonShapes.valueOf(type, text).orElseThrow(() -> BadRequest.of(field, "unknown "
        + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + quoted(text)
        + ": expected " + JsonShapes.words(type)));
  }


  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A value for a message: quoted, and cut when long. */
  static String quoted(String value) {
    return "'" + (value.length() > 100 ? value.substring(0, 100) + "..." : value) + "'";
  }
}
