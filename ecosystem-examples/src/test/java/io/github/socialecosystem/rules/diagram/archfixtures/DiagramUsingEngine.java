package io.github.socialecosystem.rules.diagram.archfixtures;

import io.github.socialecosystem.rules.PolicyEngine;

/**
 * Breaks architecture rules on purpose (ArchitectureTest): a diagram that uses the engine, where
 * core is all a diagram may need. Test sources only; the real check never imports it.
 */
public final class DiagramUsingEngine {
  private DiagramUsingEngine() {}

  public static PolicyEngine engine() {
    return PolicyEngine.standard();
  }
}
