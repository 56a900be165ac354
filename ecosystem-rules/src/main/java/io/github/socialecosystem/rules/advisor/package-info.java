/**
 * Where an organisation stands in its social ecosystem, and what to do next.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.advisor.EcosystemAdvisor} — assesses an
 *       {@link io.github.socialecosystem.core.Ecosystem};
 *   <li>{@link io.github.socialecosystem.rules.advisor.EcosystemAssessment} — findings, figures,
 *       a positioning summary, next steps and each community's best actions, printable as
 *       Markdown;
 *   <li>{@link io.github.socialecosystem.rules.advisor.EcosystemFinding} — one observation with a stable
 *       {@link io.github.socialecosystem.rules.advisor.EcosystemFinding.Code code} and a
 *       {@link io.github.socialecosystem.rules.advisor.EcosystemFinding.Severity severity}.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.rules.advisor;

import org.jspecify.annotations.NullMarked;
