package io.github.socialecosystem.examples.streams;

import io.github.socialecosystem.examples.json.JsonShapes;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.jspecify.annotations.Nullable;

/**
 * Remembers what was published: the intent of each engagement, at its time, under its
 * organisation and community, for as long as the window lasts.
 */
final class PublishedRecorder implements Processor<String, String, String, String> {
  private @Nullable ProcessorContext<String, String> context;
  private @Nullable WindowStore<String, String> recent;

  @Override
  public void init(ProcessorContext<String, String> context) {
    this.context = context;
    this.recent = context.getStateStore(EngagementTopology.WINDOW_STORE);
  }

  @Override
  public void process(Record<String, String> record) {
    ProcessorContext<String, String> context = Texts.present(this.context);
    Engagement engagement;
    try {
      engagement = Engagement.published(record.value());
    } catch (IllegalArgumentException e) {
      DeadLetters.send(context, record, String.valueOf(e.getMessage()));
      return;
    }
    if (!Objects.equals(record.key(), engagement.community())) {
      DeadLetters.send(context, record, keyMismatch(record.key(), engagement.community()));
      return;
    }
    Instant time = Objects.requireNonNull(engagement.time());
    Instant received = Instant.ofEpochMilli(record.timestamp());
    if (time.isBefore(Instant.EPOCH) || time.isAfter(received.plus(MAX_AHEAD))) {
      // A time far ahead would move the store's clock and expire everything else in it.
      DeadLetters.send(context, record, "time " + time + " must be from 1970 on and at most "
          + MAX_AHEAD.toHours() + " hours after the record's timestamp " + received);
      return;
    }
    Texts.present(recent).put(key(engagement.organization(), engagement.community()),
        JsonShapes.word(engagement.action().intent()), time.toEpochMilli());
  }

  /** How far after its record's timestamp a published time may lie. */
  static final java.time.Duration MAX_AHEAD = java.time.Duration.ofHours(1);

  /** The window store's key: the community id, its length first, then the organisation. */
  static String key(String organization, String community) {
    return community.length() + "/" + community + "/" + organization;
  }

  static String keyMismatch(@Nullable String key, String community) {
    return "the key must be the community id " + Engagement.quoted(community) + ", not "
        + (key == null ? "missing" : Engagement.quoted(key))
        + ": both engagement topics are keyed by community, so that a community's records meet"
        + " in one task";
  }
}
