package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lists compared by the identity of their elements. */
class IdentityListTest {
  @Test
  void listsOfTheSameObjectsInTheSameOrderAreEqual() {
    Object a = new Object();
    Object b = new Object();
    IdentityList list = new IdentityList(List.of(a, b));
    IdentityList same = new IdentityList(new ArrayList<>(List.of(a, b)));
    assertEquals(list, same);
    assertEquals(list.hashCode(), same.hashCode());
    assertEquals(list, list);
    assertEquals(new IdentityList(List.of()), new IdentityList(new ArrayList<>()));
  }

  @Test
  void equalObjectsThatAreNotTheSameMakeDifferentLists() {
    List<String> one = List.of(new String("group"));
    List<String> other = List.of(new String("group"));
    assertEquals(one, other);
    assertNotEquals(new IdentityList(one), new IdentityList(other));
  }

  @Test
  void orderLengthAndKindCount() {
    Object a = new Object();
    Object b = new Object();
    IdentityList ab = new IdentityList(List.of(a, b));
    assertNotEquals(ab, new IdentityList(List.of(b, a)));
    assertNotEquals(ab, new IdentityList(List.of(a)));
    assertNotEquals(ab, new IdentityList(List.of(a, b, a)));
    assertNotEquals(ab, (Object) List.of(a, b));
    assertNotEquals(ab, null);
  }

  @Test
  void objectsWithTheSameIdentityHashCodeMakeDifferentListsOfTheSameHashCode() {
    // identity hash codes are not unique: find two objects that share one
    Map<Integer, Object> byHash = new HashMap<>();
    Object first = null;
    Object second = null;
    for (int i = 0; i < 10_000_000 && second == null; i++) {
      Object object = new Object();
      Object before = byHash.putIfAbsent(System.identityHashCode(object), object);
      if (before != null) {
        first = before;
        second = object;
      }
    }
    assertTrue(second != null, "no two objects shared an identity hash code");
    IdentityList one = new IdentityList(List.of(first));
    IdentityList other = new IdentityList(List.of(second));
    assertEquals(one.hashCode(), other.hashCode());
    assertNotEquals(one, other);
  }

  @Test
  void listsOfDifferentObjectsSpreadOverHashCodes() {
    Set<Integer> hashes = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      hashes.add(new IdentityList(List.of(new Object(), new Object())).hashCode());
    }
    assertTrue(hashes.size() > 90, hashes.size() + " hash codes");
  }
}
