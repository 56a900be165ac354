package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.internal.DecisionTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks the way the README reports them: first the agreement checks (on every
 * stream, every engine gives the same verdict for every request, or nothing is timed), then the
 * retained heap of engines for large policies, then JMH with the given command-line options, then
 * a Markdown table of medians and the figures the engine is held to, printed and written to
 * {@code target/benchmarks.md}.
 */
public final class BenchMain {
  private static final int[] SIZES = {75, 1_000, 10_000};
  private static final int[] TOPICAL_SIZES = {36, 1_000, 10_000};
  private static final List<String> KINDS = List.of("niche-topics", "action-ids");
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
    report.addAll(agreement());
    report.forEach(System.out::println);
    System.out.println();

    List<String> heap = new ArrayList<>();
    heap.add("| extra rules name | policy rules | policy itself | engine, beyond its policy | engine with full caches |");
    heap.add("|---|---:|---:|---:|---:|");
    for (String kind : KINDS) {
      for (int size : SIZES) {
        long[] measured = retained(kind, size);
        heap.add(
            String.format(
                Locale.ROOT,
                "| %s | %,d | %s | %s | %s |",
                kind.replace('-', ' '),
                size,
                kib(measured[0]),
                kib(measured[1]),
                kib(measured[2])));
      }
    }
    heap.forEach(System.out::println);
    System.out.println();

    Collection<RunResult> results = new Runner(options).run();
    List<Row> rows = rows(results);
    report.add("");
    report.addAll(table(rows));
    report.add("");
    report.addAll(figures(rows));
    report.add("");
    report.add(
        "Retained heap (used heap after full collections, before and after building, and after"
            + " deciding " + 4 * DecisionTable.DECISIONS + " distinct requests; median of 5):");
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

  /** Every stream checked against every engine that runs it, before any timing. */
  private static List<String> agreement() {
    List<String> lines = new ArrayList<>();
    PolicyEngine standard = PolicyEngine.standard();
    EngagementPolicy policy = standard.policy();
    List<VerdictEngine> others =
        List.of(new NaiveEngine(policy), new EasyRulesEngine(policy), new CasbinEngine(policy));
    Requests plain = Requests.stream();
    plain.checkCoverage();
    lines.add("plain stream, " + Agreement.check(plain, standard, others, standard));
    lines.add(
        "custom-action stream, " + Agreement.check(Requests.customActions(), standard, others, standard));
    for (int size : TOPICAL_SIZES) {
      EngagementPolicy topical = Policies.withTopicRules(size);
      Requests requests = Requests.topical(topical);
      requests.checkCoverage();
      List<VerdictEngine> engines =
          size == TOPICAL_SIZES[0]
              ? List.of(new NaiveEngine(topical), new EasyRulesEngine(topical))
              : List.of(new NaiveEngine(topical));
      PolicyEngine compiled = PolicyEngine.of(topical);
      lines.add("topical stream, " + Agreement.check(requests, compiled, engines, compiled));
    }
    for (String kind : KINDS) {
      for (int size : SIZES) {
        EngagementPolicy grown = LargePolicyBenchmark.grown(kind, size);
        lines.add(
            "plain stream, "
                + Agreement.check(plain, PolicyEngine.of(grown), List.of(new NaiveEngine(grown)), standard));
      }
    }
    return lines;
  }

  // -----------------------------------------------------------------------------------------
  // The table

  private record Row(
      String stream,
      String operation,
      String engine,
      int rules,
      double median,
      String unit,
      double allocated) {
    String key() {
      return stream + "/" + operation + "/" + rules;
    }
  }

  private static List<Row> rows(Collection<RunResult> results) {
    List<Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String clazz = benchmark.substring(0, benchmark.lastIndexOf('.'));
      clazz = clazz.substring(clazz.lastIndexOf('.') + 1);
      int underscore = method.indexOf('_');
      String engine = underscore < 0 ? "compiled" : engineName(method.substring(0, underscore));
      String operation = underscore < 0 ? method : method.substring(underscore + 1);
      String analysed = clazz.equals("AnalysisBenchmark") ? result.getParams().getParam("policy") : null;
      int rules =
          analysed != null
              ? (analysed.equals("standard") ? 28 : 228)
              : Integer.parseInt(Optional.ofNullable(result.getParams().getParam("rules")).orElse("28"));
      Result<?> primary = result.getPrimaryResult();
      double median = primary.getStatistics().getPercentile(50);
      double allocated = Double.NaN;
      for (String label : result.getSecondaryResults().keySet()) {
        if (label.endsWith(ALLOCATION)) {
          allocated = result.getSecondaryResults().get(label).getStatistics().getPercentile(50);
        }
      }
      rows.add(
          new Row(
              streamName(clazz, result), operation, engine, rules, median, primary.getScoreUnit(), allocated));
    }
    return rows;
  }

  private static String streamName(String clazz, RunResult result) {
    return switch (clazz) {
      case "StandardPolicyBenchmark" -> "plain";
      case "CustomActionBenchmark" -> "custom actions";
      case "TopicalBenchmark" -> "topical";
      case "AnalysisBenchmark" ->
          switch (Optional.ofNullable(result.getParams().getParam("policy")).orElse("?")) {
            case "standard" -> "analysis, standard policy";
            case "house-rules" -> "analysis, 100 topics and 100 action ids in house rules";
            case "plain-rules" -> "analysis, 100 topics and 100 action ids in plain rules";
            default -> "analysis";
          };
      case "LargePolicyBenchmark" ->
          "plain, extra rules name "
              + Optional.ofNullable(result.getParams().getParam("kind")).orElse("?").replace('-', ' ');
      default -> {
        List<String> params = new ArrayList<>();
        for (String key : result.getParams().getParamsKeys()) {
          params.add(key + "=" + result.getParams().getParam(key));
        }
        String name = clazz.replace("Benchmark", "");
        yield params.isEmpty() ? name : name + " (" + String.join(", ", params) + ")";
      }
    };
  }

  private static List<String> table(List<Row> rows) {
    Map<String, Double> compiled = new HashMap<>();
    for (Row row : rows) {
      if (row.engine.equals("compiled")) {
        compiled.put(row.key(), row.median);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("| stream | benchmark | engine | policy rules | median | bytes allocated per op | time vs compiled |");
    lines.add("|---|---|---|---:|---:|---:|---:|");
    for (Row row : rows) {
      Double mine = compiled.get(row.key());
      String ratio = mine == null || row.engine.equals("compiled") ? "" : times(row.median / mine);
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | `%s` | %s | %,d | %s %s | %s | %s |",
              row.stream,
              row.operation,
              row.engine,
              row.rules,
              number(row.median),
              row.unit,
              Double.isNaN(row.allocated) ? "n/a" : number(row.allocated),
              ratio));
    }
    return lines;
  }

  /** The figures the engine is held to, from this run. */
  private static List<String> figures(List<Row> rows) {
    List<String> lines = new ArrayList<>();
    lines.add("The engine's figures in this run (medians; \"plain\" is the plain stream's figure):");
    lines.add("");
    Optional<Row> plain = find(rows, "plain", "decide", "compiled", 28);
    Optional<Row> plainBest = find(rows, "plain", "appropriateActions", "compiled", 28);
    for (int size : TOPICAL_SIZES) {
      compare(lines, find(rows, "topical", "decide", "compiled", size), plain, "topical `decide`, " + size + " rules");
    }
    compare(lines, find(rows, "custom actions", "decide", "compiled", 28), plain, "custom-action `decide`");
    for (int size : TOPICAL_SIZES) {
      compare(
          lines,
          find(rows, "topical", "appropriateActions", "compiled", size),
          plainBest,
          "topical `appropriateActions`, " + size + " rules");
    }
    for (Row row : rows) {
      if (row.engine.equals("compiled") && row.operation.startsWith("decide")) {
        find(rows, row.stream, row.operation, "naive scan", row.rules)
            .or(() -> find(rows, row.stream, "decide", "naive scan", row.rules))
            .ifPresent(
                naive ->
                    lines.add(
                        String.format(
                            Locale.ROOT,
                            "- %s stream, `%s`, %,d rules: the plain scan takes %s as long",
                            row.stream,
                            row.operation,
                            row.rules,
                            times(naive.median / row.median))));
      }
    }
    for (Row row : rows) {
      if (row.stream.startsWith("analysis")) {
        lines.add(
            String.format(
                Locale.ROOT, "- `%s`, %s: %s %s", row.operation, row.stream, number(row.median), row.unit));
      }
    }
    for (Row row : rows) {
      if (row.operation.equals("construct") && row.rules == 10_000) {
        lines.add(
            String.format(
                Locale.ROOT, "- building an engine, %s, 10,000 rules: %s %s", row.stream, number(row.median), row.unit));
      }
    }
    return lines;
  }

  private static void compare(List<String> lines, Optional<Row> row, Optional<Row> base, String what) {
    if (row.isEmpty() || base.isEmpty()) {
      return;
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "- %s: %s %s, %s plain (%s %s); %s bytes per op",
            what,
            number(row.get().median),
            row.get().unit,
            times(row.get().median / base.get().median),
            number(base.get().median),
            base.get().unit,
            Double.isNaN(row.get().allocated) ? "n/a" : number(row.get().allocated)));
  }

  private static Optional<Row> find(List<Row> rows, String stream, String operation, String engine, int rules) {
    return rows.stream()
        .filter(r -> r.stream.equals(stream) && r.operation.equals(operation) && r.engine.equals(engine) && r.rules == rules)
        .findFirst();
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
        : ratio >= 0.1
            ? String.format(Locale.ROOT, "%.2f×", ratio)
            : String.format(Locale.ROOT, "%.3f×", ratio);
  }

  private static String number(double value) {
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  // -----------------------------------------------------------------------------------------
  // Retained heap

  /**
   * The policy's own retained bytes; the engine's beyond it; and the engine's once its caches are
   * full: medians of five measures.
   */
  private static long[] retained(String kind, int size) {
    fill(PolicyEngine.of(LargePolicyBenchmark.grown(kind, size))); // load and warm every class
    long[] policyBytes = new long[5];
    long[] engineBytes = new long[5];
    long[] fullBytes = new long[5];
    for (int run = 0; run < 5; run++) {
      EngagementPolicy[] policy = new EngagementPolicy[1];
      policyBytes[run] = retainedBy(() -> policy[0] = LargePolicyBenchmark.grown(kind, size));
      long before = usedAfterGc();
      PolicyEngine engine = PolicyEngine.of(policy[0]);
      KEPT.add(engine);
      engineBytes[run] = usedAfterGc() - before;
      fill(engine);
      fullBytes[run] = usedAfterGc() - before;
      KEPT.clear();
    }
    return new long[] {median(policyBytes), median(engineBytes), median(fullBytes)};
  }

  /**
   * Decides many more distinct requests than the engine's caches hold: custom actions, and
   * communities carrying the policy's topics, so that every cache fills to its bound.
   */
  private static void fill(PolicyEngine engine) {
    List<Community> pool = Requests.stream().pool();
    Set<String> named = new LinkedHashSet<>();
    for (EngagementRule rule : engine.policy().rules()) {
      named.addAll(rule.condition().valuesOf(Attribute.TOPIC));
    }
    List<String> topics = new ArrayList<>(named);
    Intent[] intents = Intent.values();
    Format[] formats = Format.values();
    for (int i = 0; i < 4 * DecisionTable.DECISIONS; i++) {
      Community community = pool.get(i % pool.size());
      if (!topics.isEmpty()) {
        community =
            Community.builder().from(community).topics(Set.of(topics.get(i % topics.size()))).build();
        engine.appropriateActions(community);
      }
      EngagementAction action =
          EngagementAction.of(
              String.format(Locale.ROOT, "fill-%06d", i),
              intents[i % intents.length],
              formats[(i / intents.length) % formats.length],
              i % 2 == 0 ? Reach.ONE_TO_MANY : Reach.ONE_TO_ONE);
      engine.decide(community, action);
    }
  }

  /** What is being measured stays reachable from here until the measure is over. */
  private static final List<Object> KEPT = new ArrayList<>();

  private static long retainedBy(Supplier<Object> build) {
    long before = usedAfterGc();
    KEPT.add(build.get());
    return usedAfterGc() - before;
  }

  private static long usedAfterGc() {
    // Runtime rather than java.lang.management: these sources compile into the rules module,
    // which does not read java.management
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
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
