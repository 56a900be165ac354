package io.github.socialecosystem.examples.cli;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.examples.service.DecisionService;
import io.github.socialecosystem.rules.Counterfactuals;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.analysis.PolicyComparison;
import io.github.socialecosystem.rules.analysis.PolicyDiff;
import io.github.socialecosystem.rules.diagram.EcosystemDiagrams;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command-line tool: assesses ecosystems, decides actions, and checks, compares, explains and
 * formats policies, as text or JSON.
 *
 * <pre>
 * java -jar ecosystem-examples/target/social-ecosystem.jar assess crafting-tools.ecosystem
 * java -jar ecosystem-examples/target/social-ecosystem.jar decide crafting-tools.ecosystem \
 *     brand-page announce-deal --recent promote=8,converse=2 --format json
 * java -jar ecosystem-examples/target/social-ecosystem.jar check my.policy
 * </pre>
 *
 * <p>Exit codes: {@value #OK} done; {@value #FINDINGS} the input has problems the command looks
 * for (a policy with errors for {@code check}, a file not in canonical form for {@code fmt
 * --check}); {@value #BAD_INPUT} bad usage, or a file that is missing, unreadable or does not
 * parse (the message gives the file, line and column); {@value #FAILED} the output could not be
 * written, Java ran out of memory, or an unexpected failure.
 */
@Command(
    name = "social-ecosystem",
    mixinStandardHelpOptions = true,
    versionProvider = SocialEcosystemCli.Version.class,
    description = "Assess social ecosystems and decide, check, compare, explain and format"
        + " engagement policies.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:findings: check found errors, or fmt --check found a file not in canonical form",
      "2:bad usage, or a file that is missing, unreadable or does not parse",
      "3:the output could not be written, Java ran out of memory, or an unexpected failure"
    })
public final class SocialEcosystemCli implements Runnable {
  /** Exit code: done. */
  public static final int OK = 0;

  /** Exit code: the command found what it looks for (policy errors, a file not canonical). */
  public static final int FINDINGS = 1;

  /** Exit code: bad usage, or an input that is missing, unreadable or does not parse. */
  public static final int BAD_INPUT = 2;

  /** Exit code: the output could not be written, Java ran out of memory, or a bug. */
  public static final int FAILED = 3;

  /**
   * The subcommands, by name, in the order help lists them. Only the one a command line names is
   * set up (picocli reads each one's annotations, which costs startup time); help and unknown
   * commands get them all.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  @Spec CommandSpec spec = CommandSpec.create();

  private SocialEcosystemCli() {}

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("assess", Assess::new);
    commands.put("decide", Decide::new);
    commands.put("check", Check::new);
    commands.put("diff", Diff::new);
    commands.put("explain", Explain::new);
    commands.put("fmt", Fmt::new);
    commands.put("serve", Serve::new);
    commands.put("help", HelpCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command with {@code args}, printing to {@code out} and {@code err}, and returns its
   * exit code; never calls {@code System.exit}, so tests and other programs can run it in-process.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine command = new CommandLine(new SocialEcosystemCli());
    @Nullable Supplier<Object> named = args.length == 0 ? null : COMMANDS.get(args[0]);
    if (named != null && !args[0].equals("help")) {
      command.addSubcommand(args[0], named.get());
    } else {
      COMMANDS.forEach((name, subcommand) -> command.addSubcommand(name, subcommand.get()));
    }
    command
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          if (e instanceof InputProblem) {
            line.getOut().flush();
            line.getErr().println(Terminal.safe(String.valueOf(e.getMessage())));
            return BAD_INPUT;
          }
          line.getErr().println("social-ecosystem: unexpected failure: " + e);
          e.printStackTrace(line.getErr());
          return FAILED;
        });
    command.setExpandAtFiles(false);
    int code;
    try {
      code = command.execute(args);
    } catch (OutOfMemoryError e) {
      errWriter.println("social-ecosystem: not enough memory for this input (" + e.getMessage()
          + "); give Java more with -Xmx, e.g. java -Xmx2g -jar social-ecosystem.jar ...");
      code = FAILED;
    }
    outWriter.flush();
    if (outWriter.checkError()) {
      errWriter.println("social-ecosystem: the output could not be written completely"
          + " (a closed pipe, or a full disk?)");
      code = FAILED;
    }
    errWriter.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The tool's version, from its jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SocialEcosystemCli.class.getPackage().getImplementationVersion();
      return new String[] {"social-ecosystem " + (version == null ? "(development build)" : version)};
    }
  }

  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = {
        "Serve decisions over HTTP with JSON: POST /v1/decide, POST /v1/decide/batch,"
            + " GET /v1/communities/{id}/appropriate-actions, /v1/assessment, /v1/ecosystem,"
            + " /v1/diagram, /v1/policy, /v1/policy/grid, /v1/vocabulary, /v1/health,"
            + " /v1/status; and a page for people at GET / (open the address in a browser).",
        "The policy and ecosystem files are reloaded when they change, if they parse and the"
            + " policy has no analyzer errors. Stops on Ctrl-C."
      })
  static final class Serve implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Option(names = "--policy", paramLabel = "FILE|standard", defaultValue = "standard",
        description = "the policy to decide by (default: ${DEFAULT-VALUE})")
    String policy = "standard";

    @Option(names = "--ecosystem", paramLabel = "FILE", required = true,
        description = "the ecosystem file whose communities requests name")
    String ecosystem = "";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8181",
        description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8181;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
        description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind = "127.0.0.1";

    @Option(names = "--token-file", paramLabel = "FILE",
        description = "a file holding the bearer token every request must carry")
    @Nullable String tokenFile;

    @Option(names = "--decision-log", paramLabel = "FILE|-",
        description = "append one JSON line per decision to FILE, or to standard output for -")
    @Nullable String decisionLog;

    @Override
    public Integer call() {
      // Read both once here, so that a bad file is reported as the other commands report it.
      Inputs.policy(policy);
      Inputs.ecosystem(ecosystem);
      DecisionService.Options options = DecisionService.options(policy, Inputs.path(ecosystem))
          .bind(bind);
      try {
        options.port(port);
      } catch (IllegalArgumentException e) {
        throw new InputProblem("--port: " + e.getMessage());
      }
      if (tokenFile != null) {
        options.tokenFile(Inputs.path(tokenFile));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (decisionLog != null) {
        if (decisionLog.equals("-")) {
          options.decisionLog(out);
        } else {
          try {
            options.decisionLog(Files.newBufferedWriter(Inputs.path(decisionLog),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
          } catch (IOException e) {
            throw Inputs.unreadable(decisionLog, e);
          }
        }
      }
      DecisionService service;
      try {
        service = DecisionService.start(options);
      } catch (IOException | IllegalArgumentException e) {
        throw new InputProblem("cannot serve: " + e.getMessage());
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        service.close();
        stopped.countDown();
      }, "stop");
      Runtime.getRuntime().addShutdownHook(hook);
      spec.commandLine().getErr().println("social-ecosystem: serving on http://" + bind + ":"
          + service.port() + "/v1/ (policy hash " + service.policyHash() + ")");
      spec.commandLine().getErr().flush();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();  // asked to stop by the program that runs the tool
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down already: the hook closes the service
        }
        service.close();
      }
      return OK;
    }
  }

  /** The first word of an ecosystem text. */
  private static final Pattern ECOSYSTEM_START = Pattern.compile("ecosystem(?=[\\s\"]|$)");

  /** How {@code assess} writes the assessment. */
  enum AssessFormat {
    MARKDOWN,
    JSON,
    MERMAID,
    DOT
  }

  /** How the other commands write their result. */
  enum TextOrJson {
    TEXT,
    JSON
  }

  @Command(
      name = "assess",
      mixinStandardHelpOptions = true,
      description = {
        "Assess an ecosystem file: where the organisation stands, what to do next, and each"
            + " community's best actions.",
        "Formats: markdown (the report and a Mermaid diagram), json, mermaid, dot."
      })
  static final class Assess implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(paramLabel = "ECOSYSTEM", description = "the ecosystem file")
    String ecosystem = "";

    @Option(names = "--policy", paramLabel = "FILE|standard", defaultValue = "standard",
        description = "the policy that picks each community's best actions (default: ${DEFAULT-VALUE})")
    String policy = "standard";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
        description = "markdown, json, mermaid or dot (default: ${DEFAULT-VALUE})")
    AssessFormat format = AssessFormat.MARKDOWN;

    @Override
    public Integer call() {
      EngagementPolicy rules = Inputs.policy(policy);
      Ecosystem loaded = Inputs.ecosystem(ecosystem);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case MERMAID -> out.print(EcosystemDiagrams.mermaid(loaded));
        case DOT -> out.print(EcosystemDiagrams.dot(loaded));
        case JSON -> out.print(JsonShapes.assessment(assessment(loaded, rules)));
        case MARKDOWN -> out.print(Terminal.safe(markdown(assessment(loaded, rules))));
      }
      out.flush();
      return OK;
    }

    private static EcosystemAssessment assessment(Ecosystem loaded, EngagementPolicy rules) {
      return EcosystemAdvisor.assess(loaded, PolicyEngine.of(rules));
    }
  }

  /**
   * A decision in words; for an action that borrows a standard id with other traits, a last line
   * says so, since the engine judges it by its own traits.
   */
  static String explain(Decision decision) {
    EngagementAction action = decision.action();
    String text = decision.explain();
    return StandardActions.byId(action.id())
        .filter(standard -> !standard.equals(action))
        .map(standard -> text + "  note: " + action.id() + " here has the traits ("
            + JsonShapes.word(action.intent()) + ", " + JsonShapes.word(action.format()) + ", "
            + JsonShapes.word(action.reach()) + "), not the standard action's ("
            + JsonShapes.word(standard.intent()) + ", " + JsonShapes.word(standard.format()) + ", "
            + JsonShapes.word(standard.reach()) + ")\n")
        .orElse(text);
  }

  /** The assessment as Markdown followed by the ecosystem's Mermaid diagram. */
  static String markdown(EcosystemAssessment assessment) {
    return assessment.toMarkdown() + "\n## Diagram\n\n```mermaid\n"
        + EcosystemDiagrams.mermaid(assessment.ecosystem()) + "```\n";
  }

  @Command(
      name = "decide",
      mixinStandardHelpOptions = true,
      description = {
        "Decide one action in one community of an ecosystem file, with the reasons, overridden"
            + " rules, obligations and better alternatives.",
        "ACTION is a standard action id (such as announce-deal) or id/intent/format/reach for a"
            + " custom one (such as post-job-opening/promote/conversation/one-to-many)."
      })
  static final class Decide implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "ECOSYSTEM", description = "the ecosystem file")
    String ecosystem = "";

    @Parameters(index = "1", paramLabel = "COMMUNITY-ID", description = "a community of it")
    String community = "";

    @Parameters(index = "2", paramLabel = "ACTION", description = "the action to decide")
    String action = "";

    @Option(names = "--recent", paramLabel = "INTENT=COUNT,...", defaultValue = "",
        description = "recent activity in the community by intent, such as promote=8,converse=2")
    String recent = "";

    @Option(names = "--policy", paramLabel = "FILE|standard", defaultValue = "standard",
        description = "the policy to decide by (default: ${DEFAULT-VALUE})")
    String policy = "standard";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE})")
    TextOrJson format = TextOrJson.TEXT;

    @Option(names = "--counterfactuals",
        description = "also show what would change the answer: for each other verdict, the fewest"
            + " changes to the community, the action's traits or the balance that give it")
    boolean counterfactuals;

    @Override
    public Integer call() {
      EngagementAction wanted = Inputs.action(action);
      EngagementContext context = Inputs.recent(recent);
      EngagementPolicy rules = Inputs.policy(policy);
      Ecosystem loaded = Inputs.ecosystem(ecosystem);
      Community where = Inputs.community(loaded, ecosystem, community);
      PolicyEngine engine = PolicyEngine.of(rules);
      Counterfactuals whatIf =
          counterfactuals ? engine.counterfactuals(where, wanted, context) : null;
      Decision decision =
          whatIf != null ? whatIf.decision() : engine.decide(where, wanted, context);
      PrintWriter out = spec.commandLine().getOut();
      if (format == TextOrJson.JSON) {
        out.print(whatIf != null
            ? JsonShapes.decision(where, whatIf, context)
            : JsonShapes.decision(where, decision, context));
      } else {
        out.print(Terminal.safe(where.id() + " (" + JsonShapes.word(where.type()) + " community, "
            + JsonShapes.word(where.layer()) + " layer)\n" + explain(decision)
            + (whatIf != null ? whatIf.whatWouldChange() : "")));
      }
      out.flush();
      return OK;
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Analyse a policy over every situation: unsatisfiable and shadowed rules (errors),"
            + " conflicts and gaps (warnings). Exits with 1 when it has errors.",
        "With --against, also every situation where the policy is more lenient than the baseline"
            + " (warnings; errors with --strict)."
      })
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(paramLabel = "POLICY", description = "a policy file, or standard")
    String policy = "";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE})")
    TextOrJson format = TextOrJson.TEXT;

    @Option(names = "--against", paramLabel = "FILE|standard",
        description = "a baseline policy: report every situation where POLICY permits more")
    String against = "";

    @Option(names = "--strict",
        description = "with --against, count each situation more lenient than the baseline as an"
            + " error (exit 1)")
    boolean strict;

    @Override
    public Integer call() {
      if (strict && against.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--strict needs --against");
      }
      EngagementPolicy checked = Inputs.policy(policy);
      PolicyComparison comparison =
          against.isEmpty() ? null : PolicyAnalyzer.compare(checked, Inputs.policy(against));
      PolicyAnalysis analysis = PolicyAnalyzer.analyze(checked);
      PrintWriter out = spec.commandLine().getOut();
      if (comparison == null) {
        out.print(format == TextOrJson.JSON
            ? JsonShapes.analysis(analysis)
            : Terminal.safe(analysis.report()));
      } else {
        out.print(format == TextOrJson.JSON
            ? JsonShapes.analysis(analysis, comparison, strict)
            : Terminal.safe(analysis.report() + "\n" + comparison.report(strict)));
      }
      out.flush();
      boolean lenientErrors = strict && comparison != null && !comparison.moreLenient().isEmpty();
      return analysis.hasErrors() || lenientErrors ? FINDINGS : OK;
    }
  }

  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = "Show every situation whose verdict changes from the OLD policy to the NEW"
          + " one, as a review plan.")
  static final class Diff implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "OLD", description = "a policy file, or standard")
    String before = "";

    @Parameters(index = "1", paramLabel = "NEW", description = "a policy file, or standard")
    String after = "";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE})")
    TextOrJson format = TextOrJson.TEXT;

    @Override
    public Integer call() {
      PolicyDiff diff = PolicyDiff.between(Inputs.policy(before), Inputs.policy(after));
      PrintWriter out = spec.commandLine().getOut();
      if (format == TextOrJson.JSON) {
        JsonShapes.diff(diff, out);
      } else {
        out.print(Terminal.safe(diff.plan()));
      }
      out.flush();
      return OK;
    }
  }

  @Command(
      name = "explain",
      mixinStandardHelpOptions = true,
      description = {
        "Decide ACTION in an example community of TYPE (participating, managed, external,"
            + " closed or employee) under a policy, with the reasons and, when asked, what would"
            + " change the answer.",
        "ACTION is a standard action id or id/intent/format/reach."
      })
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "POLICY", description = "a policy file, or standard")
    String policy = "";

    @Parameters(index = "1", paramLabel = "TYPE", description = "a community type")
    String type = "";

    @Parameters(index = "2", paramLabel = "ACTION", description = "the action to decide")
    String action = "";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE})")
    TextOrJson format = TextOrJson.TEXT;

    @Option(names = "--counterfactuals",
        description = "also show what would change the answer: for each other verdict, the fewest"
            + " changes to the community, the action's traits or the balance that give it")
    boolean counterfactuals;

    @Override
    public Integer call() {
      Community community = Inputs.exampleCommunity(type);
      EngagementAction wanted = Inputs.action(action);
      PolicyEngine engine = PolicyEngine.of(Inputs.policy(policy));
      PrintWriter out = spec.commandLine().getOut();
      if (counterfactuals) {
        Counterfactuals whatIf = engine.counterfactuals(community, wanted);
        out.print(format == TextOrJson.JSON
            ? JsonShapes.decision(community, whatIf, EngagementContext.none())
            : Terminal.safe(explain(whatIf.decision()) + whatIf.whatWouldChange()));
      } else {
        Decision decision = engine.decide(community, wanted);
        out.print(format == TextOrJson.JSON
            ? JsonShapes.decision(community, decision, EngagementContext.none())
            : Terminal.safe(explain(decision)));
      }
      out.flush();
      return OK;
    }
  }

  @Command(
      name = "fmt",
      mixinStandardHelpOptions = true,
      description = {
        "Print a policy or ecosystem file in canonical form. A file ending in .ecosystem, or"
            + " whose first word is 'ecosystem', is an ecosystem; any other a policy.",
        "With --check, print nothing and exit with 1 when the file is not in canonical form."
      })
  static final class Fmt implements Callable<Integer> {
    @Spec CommandSpec spec = CommandSpec.create();

    @Parameters(paramLabel = "FILE", description = "a policy or ecosystem file")
    String file = "";

    @Option(names = "--check", description = "only check: exit with 1 if FILE is not canonical")
    boolean check;

    @Option(names = {"-w", "--write"},
        description = "rewrite FILE in canonical form instead of printing it")
    boolean write;

    @Override
    public Integer call() {
      if (check && write) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--check and --write cannot be used together");
      }
      Path path = Inputs.path(file);
      boolean builtIn = file.equals(StandardPolicy.ID);
      if (builtIn && write) {
        throw new InputProblem("standard: the built-in policy cannot be rewritten; `fmt standard"
            + " > my.policy` writes a copy to edit");
      }
      if (builtIn) {
        return format(StandardPolicy.text(), PolicyLanguage.print(StandardPolicy.policy()), path);
      }
      Path copy = null;
      try {
        Path source = path;
        if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
          // A pipe or a device can be read only once: read it into a file first.
          if (write) {
            throw new InputProblem(file + ": is not a regular file, so it cannot be rewritten");
          }
          copy = copyOf(path);
          source = copy;
        }
        String canonical = isEcosystem(source)
            ? EcosystemLanguage.print(Inputs.ecosystem(source, file))
            : PolicyLanguage.print(Inputs.policy(source, file));
        return format(read(source), canonical, path);
      } finally {
        if (copy != null) {
          try {
            Files.deleteIfExists(copy);
          } catch (IOException e) {
            // a temporary file left behind is harmless
          }
        }
      }
    }

    private int format(String text, String canonical, Path path) {
      if (check) {
        if (text.equals(canonical)) {
          return OK;
        }
        spec.commandLine().getErr().println(
            file + ":" + firstDifference(text, canonical) + ": not in canonical form (the"
                + " canonical form has no comments); `fmt " + file + "` prints it, `fmt --write "
                + file + "` rewrites it");
        return FINDINGS;
      }
      if (write) {
        if (!text.equals(canonical)) {
          replace(path, canonical);
        }
        return OK;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(canonical);
      out.flush();
      return OK;
    }

    /**
     * Writes {@code text} to a new file beside {@code path} and then moves it over {@code path}
     * (the file a link points to), so that a failed write leaves the old file whole.
     */
    private void replace(Path path, String text) {
      Path target;
      Path written = null;
      try {
        target = path.toRealPath();
        if (!Files.isWritable(target)) {
          throw new InputProblem(file + ": cannot be written: permission denied");
        }
        Path dir = target.toAbsolutePath().getParent();
        written = Files.createTempFile(dir, "." + target.getFileName() + ".", ".fmt");
        try {
          Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the new file keeps the default permissions
        }
        Files.writeString(written, text, StandardCharsets.UTF_8);
        try {
          Files.move(written, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
        written = null;
      } catch (IOException e) {
        throw new InputProblem(file + ": cannot be written (" + e + "); it is unchanged");
      } finally {
        if (written != null) {
          try {
            Files.deleteIfExists(written);
          } catch (IOException e) {
            // a temporary file left behind is harmless
          }
        }
      }
    }

    /** A temporary copy of a pipe or device, of at most as many bytes as any text may have. */
    private Path copyOf(Path path) {
      try {
        Path copy = Files.createTempFile("social-ecosystem-fmt", ".txt");
        try (InputStream in = Files.newInputStream(path);
            OutputStream to = Files.newOutputStream(copy)) {
          byte[] buffer = new byte[64 * 1024];
          long left = 3L * Limits.MAX_ECOSYSTEM_CHARS + 4;
          int n;
          while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            to.write(buffer, 0, n);
            left -= n;
          }
        }
        return copy;
      } catch (IOException e) {
        throw Inputs.unreadable(file, e);
      }
    }

    private boolean isEcosystem(Path path) {
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      if (name.endsWith(".ecosystem")) {
        return true;
      }
      if (name.endsWith(".policy")) {
        return false;
      }
      String text = start(path);
      for (String line : text.split("\\R", -1)) {
        String stripped = line.replace("\uFEFF", "").strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        return ECOSYSTEM_START.matcher(stripped).lookingAt();
      }
      return false;
    }

    /** The first characters of the file, read leniently: only to tell what kind of file it is. */
    private String start(Path path) {
      try (InputStream in = Files.newInputStream(path)) {
        return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw Inputs.unreadable(file, e);
      }
    }

    private String read(Path path) {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw Inputs.unreadable(file, e);
      }
    }


    /**
     * {@code line:column} of the first character where the texts differ, both from 1, columns in
     * code points as the parsers count them.
     */
    private static String firstDifference(String text, String canonical) {
      int line = 1;
      int column = 1;
      int length = Math.min(text.length(), canonical.length());
      for (int i = 0; i < length && text.charAt(i) == canonical.charAt(i); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          line++;
          column = 1;
        } else if (!Character.isLowSurrogate(c)) {
          column++;
        }
      }
      return line + ":" + column;
    }
  }
}
