/**
 * Proofs about policies by enumeration: the attribute space of communities and actions is finite,
 * so every gap, conflict, shadowed rule and unsatisfiable rule can be found, each with a witness.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.analysis.PolicyAnalyzer} — analyses one policy
 *       into a {@link io.github.socialecosystem.rules.analysis.PolicyAnalysis} of
 *       {@link io.github.socialecosystem.rules.analysis.PolicyFinding findings};
 *   <li>{@link io.github.socialecosystem.rules.analysis.PolicyDiff} — every situation whose
 *       verdict changes between two policies, as a
 *       {@link io.github.socialecosystem.rules.analysis.VerdictChange review plan} that opens
 *       with a {@link io.github.socialecosystem.rules.analysis.GridCell grid} of the standard
 *       actions by community type;
 *   <li>{@link io.github.socialecosystem.rules.analysis.PolicyComparison} — a candidate policy
 *       checked against a baseline: every situation where it is more lenient, from {@code
 *       PolicyAnalyzer.compare};
 *   <li>{@link io.github.socialecosystem.rules.analysis.Situation} — a witness or a changed
 *       situation, described with the traits its action really has.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.rules.analysis;

import org.jspecify.annotations.NullMarked;
