/**
 * Policies as text: a small language that people who own a policy can read, review and change
 * without recompiling.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.language.PolicyLanguage} — parses and prints
 *       {@link io.github.socialecosystem.core.policy.EngagementPolicy policies};
 *   <li>{@link io.github.socialecosystem.rules.language.PolicySyntaxException} — what is wrong
 *       with a text, and where.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.rules.language;

import org.jspecify.annotations.NullMarked;
