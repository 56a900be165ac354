package io.github.socialecosystem.examples.archfixtures;

import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.rules.internal.Tri;

/**
 * Breaks an architecture rule on purpose (ArchitectureTest): an example that uses core.internal
 * and rules.internal, which the module path would refuse. Test sources only; the real check never
 * imports it.
 */
public final class ExamplesUsingInternals {
  private ExamplesUsingInternals() {}

  public static String quoted(String value) {
    return Texts.quote(value);
  }

  public static Tri unknown() {
    return Tri.UNKNOWN;
  }
}
