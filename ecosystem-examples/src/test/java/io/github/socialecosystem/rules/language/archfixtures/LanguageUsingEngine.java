package io.github.socialecosystem.rules.language.archfixtures;

import io.github.socialecosystem.examples.QuickStart;
import io.github.socialecosystem.rules.PolicyEngine;
import java.io.PrintStream;

/**
 * Breaks architecture rules on purpose (ArchitectureTest): a class in the language's package space
 * that uses the engine (the language is a leaf) and an example (rules never use examples). Test
 * sources only; the real check never imports it.
 */
public final class LanguageUsingEngine {
  private LanguageUsingEngine() {}

  public static PolicyEngine engine() {
    return PolicyEngine.standard();
  }

  public static void quickStart(PrintStream out) {
    QuickStart.run(out);
  }
}
