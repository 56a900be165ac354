/**
 * JMH benchmarks of the policy engine; built and run only with the {@code bench} Maven profile.
 *
 * <ul>
 *   <li>{@link io.github.socialecosystem.rules.bench.BenchMain} — checks that every engine agrees,
 *       measures retained heap, runs JMH and prints a table of medians;
 *   <li>{@link io.github.socialecosystem.rules.bench.Requests} — the seeded request streams:
 *       plain, topical, custom actions;
 *   <li>{@link io.github.socialecosystem.rules.bench.Policies} — the standard policy grown with
 *       topic rules or action-id rules;
 *   <li>{@link io.github.socialecosystem.rules.bench.NaiveEngine},
 *       {@link io.github.socialecosystem.rules.bench.EasyRulesEngine},
 *       {@link io.github.socialecosystem.rules.bench.CasbinEngine} — the same policy in other
 *       engines;
 *   <li>{@link io.github.socialecosystem.rules.bench.StandardPolicyBenchmark},
 *       {@link io.github.socialecosystem.rules.bench.TopicalBenchmark},
 *       {@link io.github.socialecosystem.rules.bench.CustomActionBenchmark},
 *       {@link io.github.socialecosystem.rules.bench.LargePolicyBenchmark} — the benchmarks of
 *       the engine;
 *   <li>{@link io.github.socialecosystem.rules.bench.AnalysisBenchmark} — the analyzer and the
 *       diff of a policy naming 100 topics and 100 action ids;
 *   <li>{@link io.github.socialecosystem.rules.bench.EcosystemScaleBenchmark} — assessing and
 *       drawing ecosystems of up to 100,000 communities and 1,000,000 channels.
 * </ul>
 */
package io.github.socialecosystem.rules.bench;
