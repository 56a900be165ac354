package io.github.socialecosystem.rules.internal;

import io.github.socialecosystem.core.EngagementAction;
import org.jspecify.annotations.Nullable;

/**
 * A bounded cache of what an engine worked out once for a key: a row of the decision table, the
 * named topics a community carries ({@link RuleIndex#topicKey}) and, optionally, an action. It is
 * filled lazily and read by any number of threads without locks.
 *
 * <p>It holds at most its capacity of entries. A key is looked up in a short window of slots;
 * when the window is full, a new entry replaces an old one, which is worked out again if it is
 * asked for later. Entries are immutable and published through final fields, so a thread sees
 * either nothing, or a whole entry; two threads that miss at once both compute the same value and
 * one of them wins. What the cache holds therefore never shows in results, only in speed.
 *
 * <p>Not part of the public API.
 */
public final class Memo<V> {
  private static final int WINDOW = 8;

  private final int mask;
  private final @Nullable Entry<?>[] slots;
  /** Which slot of a full window to replace next; races only change which entry goes. */
  private int victim;

  private static final class Entry<V> {
    final int hash;
    final int row;
    final long topics;
    final @Nullable EngagementAction action;
    final V value;

    Entry(int hash, int row, long topics, @Nullable EngagementAction action, V value) {
      this.hash = hash;
      this.row = row;
      this.topics = topics;
      this.action = action;
      this.value = value;
    }

    boolean is(int hash, int row, long topics, @Nullable EngagementAction action) {
      return this.hash == hash
          && (this.action == action || (this.action != null && this.action.equals(action)))
          && this.row == row
          && this.topics == topics;
    }
  }

  /** The value for the key, if the memo holds it. */
  public @Nullable V find(int row, long topics, @Nullable EngagementAction action) {
    return find(hash(row, topics, action), row, topics, action);
  }

  @SuppressWarnings("unchecked") // only entries of V are ever stored
  private @Nullable V find(int hash, int row, long topics, @Nullable EngagementAction action) {
    for (int i = 0; i < WINDOW; i++) {
      Entry<?> entry = slots[(hash + i) & mask];
      if (entry == null) {
        return null;
      }
      if (entry.is(hash, row, topics, action)) {
        return (V) entry.value;
      }
    }
    return null;
  }

  /** A memo of at most {@code capacity} entries, a power of two. */
  public Memo(int capacity) {
    if (Integer.bitCount(capacity) != 1 || capacity < WINDOW) {
      throw new IllegalArgumentException("capacity must be a power of two of at least 8: " + capacity);
    }
    this.mask = capacity - 1;
    this.slots = new Entry<?>[capacity];
  }

  /** The most entries it holds. */
  public int capacity() {
    return slots.length;
  }

  /** Remembers {@code value} for the key, and returns it. */
  public V put(int row, long topics, @Nullable EngagementAction action, V value) {
    int hash = hash(row, topics, action);
    Entry<V> entry = new Entry<>(hash, row, topics, action, value);
    for (int i = 0; i < WINDOW; i++) {
      int slot = (hash + i) & mask;
      if (slots[slot] == null) {
        slots[slot] = entry;
        return value;
      }
    }
    int next = victim;
    victim = next + 1;
    slots[(hash + (next & (WINDOW - 1))) & mask] = entry;
    return value;
  }

  private static int hash(int row, long topics, @Nullable EngagementAction action) {
    int h = (row << 16) ^ (int) topics ^ (int) (topics >>> 29);
    if (action != null) {
      h ^= action.id().hashCode() + (AttributeSpace.traitsOf(action) << 9);
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
