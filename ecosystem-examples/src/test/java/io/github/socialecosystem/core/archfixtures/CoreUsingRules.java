package io.github.socialecosystem.core.archfixtures;

import io.github.socialecosystem.examples.QuickStart;
import io.github.socialecosystem.rules.PolicyEngine;
import java.io.PrintStream;

/**
 * Breaks an architecture rule on purpose (ArchitectureTest): a class in core's package space that
 * uses the engine and an example. Test sources only; the real check never imports it.
 */
public final class CoreUsingRules {
  private CoreUsingRules() {}

  public static PolicyEngine engine() {
    return PolicyEngine.standard();
  }

  public static void quickStart(PrintStream out) {
    QuickStart.run(out);
  }
}
