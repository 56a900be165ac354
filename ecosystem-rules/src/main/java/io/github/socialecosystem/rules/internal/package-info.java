/**
 * How the engine decides, behind {@link io.github.socialecosystem.rules.PolicyEngine}, and the
 * one model of the attribute space that the engine, the analyzer and the diff share. Nothing here
 * is public API: it may change in any release.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.internal.AttributeSpace} and
 *       {@link io.github.socialecosystem.rules.internal.PartialSituation} — the finite space of community
 *       shapes, action traits, balance states and named topics and ids, and conditions evaluated
 *       at a situation of it;
 *   <li>{@link io.github.socialecosystem.rules.internal.TableCompiler} and
 *       {@link io.github.socialecosystem.rules.internal.DecisionTable} — a policy compiled ahead of
 *       time, and what is worked out on first use, remembered in a bounded
 *       {@link io.github.socialecosystem.rules.internal.Memo};
 *   <li>{@link io.github.socialecosystem.rules.internal.Outcome} — the policy semantics in one
 *       place; {@link io.github.socialecosystem.rules.internal.RuleIndex} — rules by the topics and
 *       ids they name.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.rules.internal;

import org.jspecify.annotations.NullMarked;
