package io.github.socialecosystem.rules.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list compared by the identity of its elements, with its hash code worked out once: groups of
 * rules already tried are shared, one object per kind, so this is how a list of them is compared.
 */
final class IdentityList {
  private final List<?> items;
  private final int hash;

  IdentityList(List<?> items) {
    this.items = items;
    int h = 1;
    for (Object item : items) {
      h = 31 * h + System.identityHashCode(item);
    }
    this.hash = h;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof IdentityList that) || that.hash != hash || that.items.size() != items.size()) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) != that.items.get(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
