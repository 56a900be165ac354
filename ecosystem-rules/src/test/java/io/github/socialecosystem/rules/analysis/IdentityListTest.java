package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
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
  void listsDifferingInOrderLengthOrKindAreNotEqual() {
    Object a = new Object();
    Object b = new Object();
    IdentityList ab = new IdentityList(List.of(a, b));
    assertNotEquals(ab, new IdentityList(List.of(b, a)));
    assertNotEquals(ab, new IdentityList(List.of(a)));
    assertNotEquals(ab, new IdentityList(List.of(a, b, a)));
    assertNotEquals(ab, (Object) List.of(a, b));
    assertNotEquals(ab, null);
  }
}
