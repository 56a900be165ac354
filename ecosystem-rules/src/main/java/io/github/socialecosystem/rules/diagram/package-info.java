/**
 * Pictures of an ecosystem: {@link io.github.socialecosystem.rules.diagram.EcosystemDiagrams}
 * renders Mermaid flowcharts and Graphviz DOT graphs, layers from outer to inner.
 */
@NullMarked
package io.github.socialecosystem.rules.diagram;

import org.jspecify.annotations.NullMarked;
