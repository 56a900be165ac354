package io.github.socialecosystem.examples.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a global store an exact copy of its accepted topic, as a restore would: the topic holds
 * only texts that passed their checks, so nothing is checked here. Values are kept as the
 * topic's bytes, so that a reader can compare a text's hash without decoding the text.
 */
final class GlobalCopy implements Processor<String, byte[], Void, Void> {
  private final String storeName;
  private @Nullable KeyValueStore<String, byte[]> store;

  GlobalCopy(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    KeyValueStore<String, byte[]> store = Texts.present(this.store);
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
    } else {
      store.put(record.key(), record.value());
    }
  }
}
