package io.github.socialecosystem.examples;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.analysis.PolicyDiff;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import io.github.socialecosystem.rules.language.PolicySyntaxException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A command line for policy files.
 *
 * <pre>
 * check FILE                 analyse the policy; exit 1 if it has errors
 * diff OLD NEW               print what changes from OLD to NEW, as a review plan
 * explain FILE TYPE ACTION   decide ACTION in a community of TYPE, with the reasons
 * </pre>
 *
 * <p>FILE may be {@code standard} for the built-in policy. TYPE is a community type ({@code
 * participating}, {@code managed}, {@code external}, {@code closed}, {@code employee}); ACTION
 * a standard action id, or {@code id/intent/format/reach} for a custom one. Exit codes: 0 done,
 * 1 the policy has errors, 2 bad usage or a file that does not parse.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl ecosystem-examples -am package exec:java -DskipTests
 * -Dexec.mainClass=io.github.socialecosystem.examples.PolicyTool -Dexec.args="check my.policy"}.
 */
public final class PolicyTool {
  private static final String USAGE =
      "usage: check FILE | diff OLD NEW | explain FILE TYPE ACTION"
          + "   (FILE may be 'standard' for the built-in policy)";

  private PolicyTool() {}

  /** Runs the command and exits with its code when that is not 0. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command, printing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 2 && args[0].equals("check")) {
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(load(args[1]));
        out.print(analysis.report());
        return analysis.hasErrors() ? 1 : 0;
      }
      if (args.length == 3 && args[0].equals("diff")) {
        out.print(PolicyDiff.between(load(args[1]), load(args[2])).plan());
        return 0;
      }
      if (args.length == 4 && args[0].equals("explain")) {
        PolicyEngine engine = PolicyEngine.of(load(args[1]));
        out.print(engine.decide(community(args[2]), action(args[3])).explain());
        return 0;
      }
      err.println(USAGE);
      return 2;
    } catch (FileProblem e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
  }

  private static EngagementPolicy load(String file) {
    Path path = Path.of(file);
    if (file.equals(StandardPolicy.ID) && !Files.exists(path)) {
      return StandardPolicy.policy();
    }
    try {
      return PolicyLanguage.read(path);
    } catch (PolicySyntaxException e) {
      throw new FileProblem(file + ": " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new FileProblem(file + ": no such file", e);
    } catch (IOException e) {
      throw new FileProblem(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** A policy file that is missing, unreadable or does not parse; the message names the file. */
  private static final class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileProblem(String message, Exception cause) {
      super(message, cause);
    }
  }

  private static Community community(String type) {
    CommunityType wanted;
    try {
      wanted = CommunityType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown community type '" + type + "': expected participating, managed, external,"
              + " closed or employee", e);
    }
    Community.Builder community =
        Community.builder().id("example-" + type.toLowerCase(Locale.ROOT))
            .name("An example " + type.toLowerCase(Locale.ROOT) + " community");
    return switch (wanted) {
      case PARTICIPATING -> community.steward(Steward.INDEPENDENT)
          .platform(Platform.of("Independent forum", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC).build();
      case MANAGED -> community.steward(Steward.ORGANIZATION)
          .platform(Platform.of("Consumer network", PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.OPEN).audience(Audience.PUBLIC).build();
      case EXTERNAL -> owned(community, Membership.OPEN, Audience.CUSTOMERS);
      case CLOSED -> owned(community, Membership.CONTROLLED, Audience.PARTNERS);
      case EMPLOYEE -> owned(community, Membership.CONTROLLED, Audience.EMPLOYEES);
    };
  }

  private static Community owned(Community.Builder community, Membership membership, Audience audience) {
    return community.steward(Steward.ORGANIZATION)
        .platform(Platform.of("Own community software", PlatformKind.COMMUNITY_SOFTWARE))
        .membership(membership).audience(audience).build();
  }

  private static EngagementAction action(String spec) {
    String[] parts = spec.split("/", -1);
    if (parts.length == 4) {
      return EngagementAction.of(
          parts[0], constant(Intent.class, parts[1]), constant(Format.class, parts[2]),
          constant(Reach.class, parts[3]));
    }
    return StandardActions.byId(spec)
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown action '" + spec + "': expected a standard action id such as announce-deal,"
                + " or id/intent/format/reach"));
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + text + "'", e);
    }
  }
}
