/**
 * The verbs of a social ecosystem: the policy engine and the standard policy ({@code
 * io.github.socialecosystem.rules}), the text languages for policies and ecosystems ({@code
 * .language}), analysis, diffs and refinement ({@code .analysis}), the ecosystem advisor ({@code
 * .advisor}) and diagrams ({@code .diagram}).
 *
 * <pre>{@code
 * module com.example.app {
 *   requires io.github.socialecosystem.rules;
 * }
 * // then: PolicyEngine.standard().decide(community, StandardActions.LISTEN)
 * }</pre>
 *
 * <p>Reads the core module transitively, so that its types in this module's signatures are
 * readable without a second {@code requires}. The compiled decision table and its attribute space
 * ({@code .internal}) are not exported.
 *
 * @since 0.1.0
 */
// Immutables' annotations come as an automatic module
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.socialecosystem.rules {
  requires transitive io.github.socialecosystem.core;
  requires com.google.common;
  requires org.slf4j;
  // annotations on public types: needed to compile, not to run
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  // what Immutables' generated classes carry: source- and class-retained annotations only
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.socialecosystem.rules;
  exports io.github.socialecosystem.rules.advisor;
  exports io.github.socialecosystem.rules.analysis;
  exports io.github.socialecosystem.rules.diagram;
  exports io.github.socialecosystem.rules.language;
}
