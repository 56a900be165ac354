package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks the way the README reports them: first the agreement check (every engine
 * gives the same verdict for every request, or nothing is timed), then the retained heap of
 * engines for large policies, then JMH with the given command-line options, then a Markdown table
 * of medians, printed and written to {@code target/benchmarks.md}.
 */
public final class BenchMain {
  private static final int[] SIZES = {75, 1_000, 10_000};
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private BenchMain() {}

  /** Runs everything; the arguments are JMH's command-line options. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListProfilers()) {
      new Runner(options).list();
      return;
    }
    List<String> report = new ArrayList<>();
    report.add(machine());
    report.add("");

    Requests requests = Requests.stream();
    requests.checkCoverage();
    PolicyEngine standard = PolicyEngine.standard();
    EngagementPolicy policy = standard.policy();
    List<VerdictEngine> others =
        List.of(new NaiveEngine(policy), new EasyRulesEngine(policy), new CasbinEngine(policy));
    report.add(Agreement.check(requests, standard, others, standard));
    for (int size : SIZES) {
      EngagementPolicy grown = Policies.withRules(size);
      report.add(
          Agreement.check(
              requests, PolicyEngine.of(grown), List.of(new NaiveEngine(grown)), standard));
    }
    report.forEach(System.out::println);
    System.out.println();

    List<String> heap = new ArrayList<>();
    heap.add("| policy rules | policy itself | engine, beyond its policy |");
    heap.add("|---:|---:|---:|");
    for (int size : SIZES) {
      long[] measured = retained(size);
      heap.add(String.format(Locale.ROOT, "| %,d | %s | %s |", size, kib(measured[0]), kib(measured[1])));
    }
    heap.forEach(System.out::println);
    System.out.println();

    Collection<RunResult> results = new Runner(options).run();
    List<String> table = table(results);
    report.add("");
    report.addAll(table);
    report.add("");
    report.add(
        "Retained heap (used heap after full collections, before and after building; median of 5):");
    report.add("");
    report.addAll(heap);
    System.out.println();
    report.forEach(System.out::println);
    Path out = Path.of("target", "benchmarks.md");
    Files.createDirectories(out.getParent());
    Files.write(out, report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("written to " + out.toAbsolutePath());
  }

  // -----------------------------------------------------------------------------------------
  // The table

  private static List<String> table(Collection<RunResult> results) {
    Map<String, Double> compiledScores = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String clazz = benchmark.substring(0, benchmark.lastIndexOf('.'));
      clazz = clazz.substring(clazz.lastIndexOf('.') + 1);
      int underscore = method.indexOf('_');
      String engine = underscore < 0 ? "compiled" : engineName(method.substring(0, underscore));
      String operation = underscore < 0 ? method : method.substring(underscore + 1);
      String rules = Optional.ofNullable(result.getParams().getParam("rules")).orElse("28");
      Result<?> primary = result.getPrimaryResult();
      double median = primary.getStatistics().getPercentile(50);
      double allocated = Double.NaN;
      for (String label : result.getSecondaryResults().keySet()) {
        if (label.endsWith(ALLOCATION)) {
          Result<?> secondary = result.getSecondaryResults().get(label);
          allocated = secondary.getStatistics().getPercentile(50);
        }
      }
      Row row = new Row(clazz, operation, engine, rules, median, primary.getScoreUnit(), allocated);
      rows.add(row);
      if (engine.equals("compiled")) {
        compiledScores.put(row.key(), median);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("| benchmark | engine | policy rules | median | bytes allocated per op | time vs compiled |");
    lines.add("|---|---|---:|---:|---:|---:|");
    for (Row row : rows) {
      Double compiled = compiledScores.get(row.key());
      String ratio =
          compiled == null || row.engine.equals("compiled")
              ? ""
              : times(row.median / compiled);
      lines.add(
          String.format(
              Locale.ROOT,
              "| `%s` | %s | %,d | %s %s | %s | %s |",
              row.operation,
              row.engine,
              Integer.parseInt(row.rules),
              number(row.median),
              row.unit,
              Double.isNaN(row.allocated) ? "n/a" : number(row.allocated),
              ratio));
    }
    return lines;
  }

  private record Row(
      String clazz,
      String operation,
      String engine,
      String rules,
      double median,
      String unit,
      double allocated) {
    String key() {
      return clazz + "/" + operation + "/" + rules;
    }
  }

  private static String engineName(String prefix) {
    return switch (prefix) {
      case "naive" -> "naive scan";
      case "easyRules" -> "Easy Rules 4.1.0";
      case "jcasbin" -> "jCasbin 1.81.0";
      default -> prefix;
    };
  }

  private static String times(double ratio) {
    return ratio >= 10
        ? String.format(Locale.ROOT, "%,.0f×", ratio)
        : String.format(Locale.ROOT, "%.1f×", ratio);
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  // -----------------------------------------------------------------------------------------
  // Retained heap

  /** The policy's own retained bytes, and the engine's beyond it: medians of five measures. */
  private static long[] retained(int size) {
    PolicyEngine.of(Policies.withRules(size)); // load and warm every class first
    long[] policyBytes = new long[5];
    long[] engineBytes = new long[5];
    for (int run = 0; run < 5; run++) {
      EngagementPolicy[] policy = new EngagementPolicy[1];
      policyBytes[run] = retainedBy(() -> policy[0] = Policies.withRules(size));
      PolicyEngine[] engine = new PolicyEngine[1];
      engineBytes[run] = retainedBy(() -> engine[0] = PolicyEngine.of(policy[0]));
      KEPT.clear();
    }
    return new long[] {median(policyBytes), median(engineBytes)};
  }

  /** What is being measured stays reachable from here until the measure is over. */
  private static final List<Object> KEPT = new ArrayList<>();

  private static long retainedBy(Supplier<Object> build) {
    long before = usedAfterGc();
    KEPT.add(build.get());
    return usedAfterGc() - before;
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String kib(long bytes) {
    return String.format(Locale.ROOT, "%,.0f KiB", bytes / 1024.0);
  }

  // -----------------------------------------------------------------------------------------
  // The machine

  private static String machine() throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try (Stream<String> lines = Files.lines(cpuinfo)) {
        cpu =
            lines
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .findFirst()
                .orElse(cpu);
      }
    }
    return String.format(
        Locale.ROOT,
        "Machine: %d cores (%s), %s %s (%s), %s %s, max heap %,d MiB",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
