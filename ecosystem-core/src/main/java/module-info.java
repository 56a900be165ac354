/**
 * The nouns of a social ecosystem: communities, ecosystems, engagement actions and verdicts
 * ({@code io.github.socialecosystem.core}), and policies as data: rules, conditions, recent
 * activity, obligations and decisions ({@code io.github.socialecosystem.core.policy}).
 *
 * <pre>{@code
 * module com.example.app {
 *   requires io.github.socialecosystem.rules; // reads this module too
 * }
 * }</pre>
 *
 * <p>Guava is used inside and never appears in a public signature. The annotation libraries
 * (JSpecify, Immutables) are needed to compile this module and the modules that read it, not to
 * run them. The {@code internal} package is shared with the rules module alone.
 *
 * @since 0.1.0
 */
@SuppressWarnings({
  "module", // the rules module is not in sight when this one compiles
  "requires-automatic", // Immutables' annotations come as an automatic module
  "requires-transitive-automatic"
})
module io.github.socialecosystem.core {
  requires com.google.common;
  // annotations on public types: needed to compile, not to run
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  // what Immutables' generated classes carry: source- and class-retained annotations only
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.socialecosystem.core;
  exports io.github.socialecosystem.core.policy;
  exports io.github.socialecosystem.core.internal to
      io.github.socialecosystem.rules;
}
