package io.github.socialecosystem.rules.internal;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import org.jspecify.annotations.Nullable;

/**
 * The standard catalog, with a lookup by action that needs neither boxing nor a map.
 *
 * <p>Not part of the public API.
 */
public final class Catalog {
  /** The standard actions, in catalog order. */
  public static final ImmutableList<EngagementAction> ACTIONS =
      ImmutableList.copyOf(StandardActions.all());

  /** How many standard actions there are. */
  public static final int SIZE = ACTIONS.size();

  /** Open addressing by id hash; a table four times the catalog keeps probes short. */
  private static final int MASK = Integer.highestOneBit(SIZE * 4 - 1) * 2 - 1;

  private static final @Nullable EngagementAction[] TABLE = new EngagementAction[MASK + 1];
  private static final int[] INDEX = new int[MASK + 1];

  static {
    for (int i = 0; i < SIZE; i++) {
      int slot = spread(ACTIONS.get(i).id().hashCode()) & MASK;
      while (TABLE[slot] != null) {
        slot = (slot + 1) & MASK;
      }
      TABLE[slot] = ACTIONS.get(i);
      INDEX[slot] = i;
    }
  }

  private Catalog() {}

  /** The catalog index of {@code action}, or -1 if it is not exactly a standard action. */
  public static int indexOf(EngagementAction action) {
    String id = action.id();
    for (int slot = spread(id.hashCode()) & MASK; ; slot = (slot + 1) & MASK) {
      EngagementAction standard = TABLE[slot];
      if (standard == null) {
        return -1;
      }
      if (standard == action) {
        return INDEX[slot];
      }
      if (standard.id().equals(id)) {
        // Same id: a standard action only if its traits are the standard ones too.
        return standard.intent() == action.intent()
                && standard.format() == action.format()
                && standard.reach() == action.reach()
            ? INDEX[slot]
            : -1;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
