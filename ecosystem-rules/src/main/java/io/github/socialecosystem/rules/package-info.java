/**
 * The verbs: deciding what is appropriate where.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.PolicyEngine} — compiles an
 *       {@link io.github.socialecosystem.core.policy.EngagementPolicy} and decides actions in
 *       communities, with reasons, obligations and alternatives;
 *   <li>{@link io.github.socialecosystem.rules.Counterfactuals} — what would change a decision:
 *       per other verdict, the nearest {@link io.github.socialecosystem.rules.Counterfactual}
 *       situation that gets it, from {@code PolicyEngine.counterfactuals};
 *   <li>{@link io.github.socialecosystem.rules.StandardPolicy} — the built-in policy for the three
 *       layers of a social ecosystem.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.rules;

import org.jspecify.annotations.NullMarked;
