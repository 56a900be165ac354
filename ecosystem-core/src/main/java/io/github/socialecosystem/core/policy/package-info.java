/**
 * Policies as data: what an engine needs to decide whether an engagement action is appropriate in
 * a community, and what it hands back.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.core.policy.EngagementPolicy} — an id, rules, a default
 *       verdict and the balance limit for promotion, with the
 *       {@link io.github.socialecosystem.core.policy.Guarantee guarantees} and
 *       {@link io.github.socialecosystem.core.policy.Expectation expectations} it promises;
 *   <li>{@link io.github.socialecosystem.core.policy.EngagementRule} — a
 *       {@link io.github.socialecosystem.core.policy.Condition}, a verdict, a rationale, a priority,
 *       a citation and {@link io.github.socialecosystem.core.policy.Obligation obligations};
 *   <li>{@link io.github.socialecosystem.core.policy.Condition} — an inspectable condition over the
 *       {@link io.github.socialecosystem.core.policy.Attribute attributes} of a community and an
 *       action, and over recent activity;
 *   <li>{@link io.github.socialecosystem.core.policy.EngagementContext} — recent activity in a
 *       community, by intent;
 *   <li>{@link io.github.socialecosystem.core.policy.Decision} — a verdict with its
 *       {@link io.github.socialecosystem.core.policy.Reason reasons}, obligations and alternatives.
 * </ul>
 */
@NullMarked
@ValueStyle
package io.github.socialecosystem.core.policy;

import io.github.socialecosystem.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
