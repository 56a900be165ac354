package io.github.socialecosystem.rules;

import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of every property when the system property {@code mutation.tries} is set, and
 * turns shrinking off there. The {@code mutation} profile sets it for PIT's test JVM: a mutant is
 * killed by the first falsified sample, and a property that takes a thousand tries of a slowed-down
 * mutant only times out. Without the system property nothing changes, so {@code mvn verify} runs
 * every property with its own tries. Registered for all properties through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
@SuppressWarnings("exports") // a hook for jqwik, compiled into the module under test
public final class MutationTries implements AroundPropertyHook {
  /** The system property that holds the cap. */
  static final String CAP = "mutation.tries";

  /**
   * Whether tries are capped in this JVM. A property that checks how its samples spread (jqwik's
   * statistics coverage) checks it only when they are not: ten tries need not show every kind.
   */
  public static boolean capped() {
    return Integer.getInteger(CAP) != null;
  }

  /** Created by jqwik's service loader. */
  public MutationTries() {}

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    Integer cap = Integer.getInteger(CAP);
    if (cap != null) {
      PropertyAttributes attributes = context.attributes();
      if (attributes.tries().map(tries -> tries > cap).orElse(false)) {
        attributes.setTries(cap);
      }
      attributes.setShrinking(ShrinkingMode.OFF);
    }
    return property.execute();
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS; // registered on the engine, meant for every property
  }

  @Override
  public int aroundPropertyProximity() {
    return -100; // outermost: the attributes must be set before the property starts
  }
}
