/**
 * The policy engine inside Kafka Streams: {@link
 * io.github.socialecosystem.examples.streams.EngagementTopology} decides the planned engagements
 * of many organisations, each by its own policy, with recent activity counted from what was
 * published; {@link io.github.socialecosystem.examples.streams.SocialEcosystemStreams} runs it.
 * Built into its own jar, {@code social-ecosystem-streams.jar}; none of it is in the command-line
 * tool's jar.
 */
@NullMarked
package io.github.socialecosystem.examples.streams;

import org.jspecify.annotations.NullMarked;
