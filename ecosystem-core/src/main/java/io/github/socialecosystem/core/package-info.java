/**
 * The vocabulary of a social ecosystem: the communities an organisation takes part in, manages or
 * owns, how they connect, and the engagement actions that can be taken in them.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.core.Community} — one online community; its
 *       {@link io.github.socialecosystem.core.CommunityType type},
 *       {@link io.github.socialecosystem.core.Layer layer} and
 *       {@link io.github.socialecosystem.core.DataOwnership data ownership} are derived from who
 *       runs it ({@link io.github.socialecosystem.core.Steward}), where it runs
 *       ({@link io.github.socialecosystem.core.Platform}), who may join
 *       ({@link io.github.socialecosystem.core.Membership}) and whom it serves
 *       ({@link io.github.socialecosystem.core.Audience}).
 *   <li>{@link io.github.socialecosystem.core.Ecosystem} — an organisation's communities and the
 *       {@link io.github.socialecosystem.core.Channel channels} that draw people inward.
 *   <li>{@link io.github.socialecosystem.core.EngagementAction} — something a person can do in a
 *       community, described by {@link io.github.socialecosystem.core.Intent},
 *       {@link io.github.socialecosystem.core.Format} and
 *       {@link io.github.socialecosystem.core.Reach}; {@link
 *       io.github.socialecosystem.core.StandardActions} is the built-in catalog.
 *   <li>{@link io.github.socialecosystem.core.Verdict} — how appropriate an action is, best first.
 *   <li>{@link io.github.socialecosystem.core.Limits} — the limits on ids, texts, condition depth,
 *       rules and policy size, the same for values built in code and read from text.
 * </ul>
 *
 * <p>Every value is immutable, validated when built, and safe to share between threads.
 */
@NullMarked
@ValueStyle
package io.github.socialecosystem.core;

import io.github.socialecosystem.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
