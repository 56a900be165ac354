package io.github.socialecosystem.core;

import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every null given to a builder is refused with a message that names the field. */
class BuilderNullsTest {
  @Test
  void aNullTopicNamesTheField() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Community.builder().addTopics((String) null));
    assertEquals("topics element", e.getMessage());
    assertEquals(
        "topics element",
        assertThrows(NullPointerException.class, () -> Community.builder().addTopics("crafting", null))
            .getMessage());
    assertEquals(
        "topics element",
        assertThrows(NullPointerException.class, () -> Community.builder().addAllTopics(Arrays.asList("a", null)))
            .getMessage());
  }

  @Test
  void nullsInPoliciesNameTheField() {
    assertEquals(
        "rules element",
        assertThrows(NullPointerException.class, () -> EngagementPolicy.builder().addRules((EngagementRule) null))
            .getMessage());
    assertEquals(
        "obligations element",
        assertThrows(NullPointerException.class, () -> EngagementRule.builder().addObligations((Obligation) null))
            .getMessage());
    assertEquals(
        "condition",
        assertThrows(NullPointerException.class, () -> EngagementRule.builder().condition(null)).getMessage());
    assertEquals(
        "communities element",
        assertThrows(NullPointerException.class, () -> Ecosystem.builder().addCommunities((Community) null))
            .getMessage());
  }

  @Test
  void everyBuilderMethodNamesWhatIsNull() {
    check(Community::builder);
    check(Ecosystem::builder);
    check(EngagementRule::builder);
    check(EngagementPolicy::builder);
    check(Reason::builder);
    check(EngagementContext::builder);
  }

  /** Calls each public method of a new builder with a null for each reference parameter in turn. */
  private static void check(Supplier<?> builders) {
    Class<?> type = builders.get().getClass();
    int checked = 0;
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?>[] parameters = method.getParameterTypes();
      for (int nullAt = 0; nullAt < parameters.length; nullAt++) {
        if (parameters[nullAt].isPrimitive() || Map.class.isAssignableFrom(parameters[nullAt])) {
          continue;
        }
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
          arguments[i] = i == nullAt ? nullFor(parameters[i]) : defaultFor(parameters[i]);
        }
        Throwable thrown = invoke(method, builders.get(), arguments);
        String where = type.getSimpleName() + "." + method.getName() + Arrays.toString(parameters);
        assertInstanceOf(NullPointerException.class, thrown, where);
        assertNotNull(thrown.getMessage(), where);
        assertFalse(thrown.getMessage().isBlank(), where);
        checked++;
      }
    }
    assertFalse(checked == 0, type.getName());
  }

  /** A null where the method takes one value; a collection holding a null where it takes many. */
  private static Object nullFor(Class<?> parameter) {
    if (parameter.isArray()) {
      return Array.newInstance(parameter.getComponentType(), 1);
    }
    if (Iterable.class.isAssignableFrom(parameter)) {
      return Arrays.asList((Object) null);
    }
    return null;
  }

  private static Object defaultFor(Class<?> parameter) {
    if (parameter == int.class) {
      return 1;
    }
    if (parameter == Intent.class) {
      return Intent.PROMOTE;
    }
    throw new AssertionError("no default for " + parameter);
  }

  private static Throwable invoke(Method method, Object builder, Object[] arguments) {
    try {
      method.setAccessible(true);  // declared by the hidden generated builder
      method.invoke(builder, arguments);
      return new AssertionError(method + " accepted a null");
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
