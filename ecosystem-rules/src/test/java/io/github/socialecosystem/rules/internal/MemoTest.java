package io.github.socialecosystem.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import org.junit.jupiter.api.Test;

class MemoTest {
  private static EngagementAction action(int i) {
    return EngagementAction.of("custom-" + i, Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);
  }

  @Test
  void findReturnsWhatWasPutForAnEqualKey() {
    Memo<String> memo = new Memo<>(1 << 10);
    assertNull(memo.find(3, 7, action(1)));
    assertEquals("one", memo.put(3, 7, action(1), "one"));
    assertEquals("one", memo.find(3, 7, action(1))); // an equal action, not the same instance
    assertNull(memo.find(3, 8, action(1)));
    assertNull(memo.find(4, 7, action(1)));
    assertNull(memo.find(3, 7, action(2)));
    assertNull(memo.find(3, 7, null));
    memo.put(3, 7, null, "no action");
    assertEquals("no action", memo.find(3, 7, null));
  }

  @Test
  void aCapacityThatIsNotAPowerOfTwoIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Memo<String>(1000));
    assertEquals("capacity must be a power of two of at least 8: 1000", e.getMessage());
  }

  @Test
  void traitsArePartOfTheKey() {
    Memo<String> memo = new Memo<>(1 << 10);
    memo.put(0, 0, EngagementAction.of("a", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY), "offer");
    assertNull(memo.find(0, 0, EngagementAction.of("a", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY)));
  }

  @Test
  void holdsAtMostItsCapacityAndNeverAnswersForAnotherKey() {
    Memo<Integer> memo = new Memo<>(1 << 10);
    int keys = memo.capacity() * 4;
    for (int i = 0; i < keys; i++) {
      assertEquals(i, memo.put(i % 94, i, action(i), i));
    }
    int held = 0;
    for (int i = 0; i < keys; i++) {
      Integer found = memo.find(i % 94, i, action(i));
      if (found != null) {
        assertEquals(i, found);
        held++;
      }
    }
    assertTrue(held <= memo.capacity(), "held " + held);
    assertTrue(held >= memo.capacity() / 2, "held only " + held);
  }

  @Test
  void capacityIsWhatItWasBuiltWith() {
    assertEquals(1 << 10, new Memo<String>(1 << 10).capacity());
    assertEquals(8, new Memo<String>(8).capacity());
  }

  @Test
  void aCapacitySmallerThanEightIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Memo<String>(4));
    assertEquals("capacity must be a power of two of at least 8: 4", e.getMessage());
  }

  @Test
  void whatWasJustPutIsFoundEvenWhenTheMemoIsFull() {
    // Many small memos filled past their capacity: windows fill up in every pattern.
    for (int round = 0; round < 50; round++) {
      Memo<Integer> memo = new Memo<>(16);
      for (int i = round * 24; i < (round + 1) * 24; i++) {
        memo.put(i % 7, i, action(i), i);
        assertEquals(i, memo.find(i % 7, i, action(i)), "key " + i);
      }
    }
  }
}
