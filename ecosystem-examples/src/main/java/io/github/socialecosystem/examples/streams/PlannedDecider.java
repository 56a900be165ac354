package io.github.socialecosystem.examples.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.jspecify.annotations.Nullable;

/**
 * Decides each planned engagement with its organisation's policy, in its organisation's ecosystem,
 * given what was published in that community within the window before the record's timestamp.
 * Compiled policies and parsed ecosystems are kept per organisation, the most recently used
 * {@value #CACHED} of each, and replaced when the accepted text's hash changes.
 */
final class PlannedDecider implements Processor<String, String, String, String> {
  static final int CACHED = 256;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STANDARD_HASH =
      Texts.hash(PolicyLanguage.print(PolicyEngine.standard().policy()));

  private final Duration window;
  private @Nullable ProcessorContext<String, String> context;
  private @Nullable WindowStore<String, String> recent;
  private @Nullable KeyValueStore<String, byte[]> policies;
  private @Nullable KeyValueStore<String, byte[]> ecosystems;
  private final Map<String, Compiled> engines = lru();
  private final Map<String, Parsed> parsed = lru();

  private record Compiled(String hash, String id, PolicyEngine engine) {}

  private record Parsed(String hash, Ecosystem ecosystem) {}

  PlannedDecider(Duration window) {
    this.window = window;
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > CACHED;
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.recent = context.getStateStore(EngagementTopology.WINDOW_STORE);
    this.policies = context.getStateStore(EngagementTopology.POLICY_STORE);
    this.ecosystems = context.getStateStore(EngagementTopology.ECOSYSTEM_STORE);
  }

  @Override
  public void process(Record<String, String> record) {
    ProcessorContext<String, String> context = Texts.present(this.context);
    Engagement planned;
    try {
      planned = Engagement.planned(record.value());
    } catch (IllegalArgumentException e) {
      DeadLetters.send(context, record, String.valueOf(e.getMessage()));
      return;
    }
    if (!Objects.equals(record.key(), planned.community())) {
      DeadLetters.send(context, record,
          PublishedRecorder.keyMismatch(record.key(), planned.community()));
      return;
    }
    Ecosystem ecosystem;
    Compiled policy;
    try {
      ecosystem = ecosystem(planned.organization());
      policy = policy(planned.organization());
    } catch (IllegalArgumentException e) {
      DeadLetters.send(context, record, String.valueOf(e.getMessage()));
      return;
    }
    if (ecosystem == null) {
      DeadLetters.send(context, record, "no ecosystem has been accepted for the organization "
          + Engagement.quoted(planned.organization()));
      return;
    }
    Community community = ecosystem.community(planned.community()).orElse(null);
    if (community == null) {
      DeadLetters.send(context, record, "no community " + Engagement.quoted(planned.community())
          + " in the ecosystem of " + Engagement.quoted(planned.organization()));
      return;
    }
    EngagementContext activity = recentActivity(planned, record.timestamp());
    Decision decision = policy.engine().decide(community, planned.action(), activity);
    // The decision's shape is one JSON object: its closing brace gives way to three more fields.
    String shape = JsonShapes.decision(community, decision, activity);
    StringBuilder json = new StringBuilder(shape.length() + 200)
        .append(shape, 0, shape.lastIndexOf('}'))
        .append(",\"organization\":").append(quoted(planned.organization()))
        .append(",\"policy\":{\"id\":").append(quoted(policy.id()))
        .append(",\"hash\":\"").append(policy.hash()).append("\"}")
        .append(",\"requestId\":")
        .append(planned.requestId() == null ? "null" : quoted(planned.requestId()))
        .append('}');
    Record<String, String> out = record.withValue(json.toString());
    context.forward(out, "decisions");
    if (decision.verdict() == Verdict.INAPPROPRIATE) {
      context.forward(out, "held");
    }
  }

  private static String quoted(@Nullable String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string is always JSON", e);
    }
  }

  /** What was published in this community within the window up to {@code now}. */
  private EngagementContext recentActivity(Engagement planned, long now) {
    Map<Intent, Integer> counts = new EnumMap<>(Intent.class);
    long from = now - window.toMillis() + 1;
    try (WindowStoreIterator<String> published = Texts.present(recent).fetch(
        PublishedRecorder.key(planned.organization(), planned.community()), from, now)) {
      while (published.hasNext()) {
        KeyValue<Long, String> entry = published.next();
        JsonShapes.valueOf(Intent.class, entry.value)
            .ifPresent(intent -> counts.merge(intent, 1, Integer::sum));
      }
    }
    if (counts.isEmpty()) {
      return EngagementContext.none();
    }
    EngagementContext.Builder context = EngagementContext.builder();
    counts.forEach(context::putRecentActivity);
    return context.build();
  }

  private Compiled policy(String organization) {
    byte[] stamped = Texts.present(policies).get(organization);
    if (stamped == null) {
      return standard();
    }
    Compiled cached = engines.get(organization);
    if (cached != null && Texts.isStamped(stamped) && Texts.hasHash(stamped, cached.hash())) {
      return cached;
    }
    var policy = PolicyLanguage.parse(Texts.checked(stamped, "policy", organization));
    Compiled compiled = new Compiled(Texts.hashOf(stamped), policy.id(), PolicyEngine.of(policy));
    engines.put(organization, compiled);
    return compiled;
  }

  private @Nullable Compiled standardEngine;

  private Compiled standard() {
    Compiled standard = standardEngine;
    if (standard == null) {
      standard = new Compiled(STANDARD_HASH, StandardPolicy.ID, PolicyEngine.standard());
      standardEngine = standard;
    }
    return standard;
  }

  private @Nullable Ecosystem ecosystem(String organization) {
    byte[] stamped = Texts.present(ecosystems).get(organization);
    if (stamped == null) {
      return null;
    }
    Parsed cached = parsed.get(organization);
    if (cached != null && Texts.isStamped(stamped) && Texts.hasHash(stamped, cached.hash())) {
      return cached.ecosystem();
    }
    Ecosystem ecosystem =
        EcosystemLanguage.parse(Texts.checked(stamped, "ecosystem", organization));
    parsed.put(organization, new Parsed(Texts.hashOf(stamped), ecosystem));
    return ecosystem;
  }
}
