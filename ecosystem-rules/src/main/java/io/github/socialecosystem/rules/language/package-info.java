/**
 * Policies and ecosystems as text: small languages that the people who own a policy or map an
 * ecosystem can read, review and change without recompiling. Both share one lexer, so they have
 * the same comments, quoted texts, line endings and errors.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.language.PolicyLanguage} — parses and prints
 *       {@link io.github.socialecosystem.core.policy.EngagementPolicy policies};
 *   <li>{@link io.github.socialecosystem.rules.language.PolicySyntaxException} — what is wrong
 *       with a policy text, and where;
 *   <li>{@link io.github.socialecosystem.rules.language.EcosystemLanguage} — parses and prints
 *       {@link io.github.socialecosystem.core.Ecosystem ecosystems};
 *   <li>{@link io.github.socialecosystem.rules.language.EcosystemSyntaxException} — what is wrong
 *       with an ecosystem text, and where.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.rules.language;

import org.jspecify.annotations.NullMarked;
