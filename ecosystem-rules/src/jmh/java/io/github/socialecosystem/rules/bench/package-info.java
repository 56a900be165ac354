/**
 * JMH benchmarks of the policy engine; built and run only with the {@code bench} Maven profile.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.bench.BenchMain} — checks that every engine agrees,
 *       measures retained heap, runs JMH and prints a table of medians;
 *   <li>{@link io.github.socialecosystem.rules.bench.Requests} — the seeded request stream;
 *   <li>{@link io.github.socialecosystem.rules.bench.Policies} — the standard policy grown with
 *       rules the stream never matches;
 *   <li>{@link io.github.socialecosystem.rules.bench.NaiveEngine},
 *       {@link io.github.socialecosystem.rules.bench.EasyRulesEngine},
 *       {@link io.github.socialecosystem.rules.bench.CasbinEngine} — the same policy in other
 *       engines;
 *   <li>{@link io.github.socialecosystem.rules.bench.StandardPolicyBenchmark},
 *       {@link io.github.socialecosystem.rules.bench.LargePolicyBenchmark} — the benchmarks;
 *   <li>{@link io.github.socialecosystem.rules.bench.EcosystemScaleBenchmark} — assessing and
 *       drawing ecosystems of up to 100,000 communities and 1,000,000 channels.
 * </ul>
 */
package io.github.socialecosystem.rules.bench;
