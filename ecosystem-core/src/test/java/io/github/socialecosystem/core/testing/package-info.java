/**
 * The test kit: jqwik generators for the domain, shipped as {@code ecosystem-core}'s test-jar.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.core.testing.EcosystemArbitraries} — arbitraries for
 *       communities (of any, or of a given, layer or type), engagement actions (standard and
 *       custom), ecosystems with valid channels, engagement contexts (recent activity), conditions,
 *       rules and policies;
 *   <li>{@link io.github.socialecosystem.core.testing.EcosystemArbitraryProvider} — registered as
 *       a jqwik {@code ArbitraryProvider}, so {@code @ForAll Community}, {@code @ForAll Ecosystem}
 *       and {@code @ForAll EngagementAction}, {@code @ForAll EngagementContext} and {@code @ForAll
 *       EngagementPolicy} work with only the test-jar and jqwik on the test
 *       classpath.
 * </ul>
 */
@NullMarked
package io.github.socialecosystem.core.testing;

import org.jspecify.annotations.NullMarked;
