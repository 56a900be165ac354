package io.github.socialecosystem.examples.cli;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.EcosystemSyntaxException;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import io.github.socialecosystem.rules.language.PolicySyntaxException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Turns the command line's arguments into library values, or into an {@link InputProblem}. */
final class Inputs {
  private Inputs() {}

  /** The path of a file named on the command line. */
  static Path path(String file) {
    if (file.isBlank()) {
      throw new InputProblem("no file name given: '" + file + "'");
    }
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new InputProblem(file + ": not a file name this system accepts: " + e.getReason());
    }
  }

  /** A policy file, or the built-in policy for {@code standard}. */
  static EngagementPolicy policy(String file) {
    if (file.equals(StandardPolicy.ID)) {
      return StandardPolicy.policy();  // always the built-in one; ./standard names a file
    }
    return policy(path(file), file);
  }

  /** The policy in the file at {@code path}; messages name it {@code file}. */
  static EngagementPolicy policy(Path path, String file) {
    try {
      return PolicyLanguage.read(path);
    } catch (PolicySyntaxException e) {
      throw InputProblem.at(file, e.line(), e.column(), e.problem(), String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** An ecosystem file. */
  static Ecosystem ecosystem(String file) {
    return ecosystem(path(file), file);
  }

  /** The ecosystem in the file at {@code path}; messages name it {@code file}. */
  static Ecosystem ecosystem(Path path, String file) {
    try {
      return EcosystemLanguage.read(path);
    } catch (EcosystemSyntaxException e) {
      throw InputProblem.at(file, e.line(), e.column(), e.problem(), String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  static InputProblem unreadable(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new InputProblem(file + ": no such file");
    }
    if (e instanceof AccessDeniedException) {
      return new InputProblem(file + ": permission denied");
    }
    if (Files.isDirectory(Path.of(file))) {
      return new InputProblem(file + ": is a directory, not a file");
    }
    return new InputProblem(file + ": cannot be read: " + e.getMessage());
  }

  /** The community with {@code id} in {@code ecosystem}. */
  static Community community(Ecosystem ecosystem, String file, String id) {
    return ecosystem.community(id).orElseThrow(() -> {
      List<String> ids =
          ecosystem.communities().stream().map(Community::id).collect(Collectors.toList());
      String known = ids.size() <= 12
          ? String.join(", ", ids)
          : String.join(", ", ids.subList(0, 12)) + ", ... (" + ids.size() + " in all)";
      return new InputProblem(
          file + ": no community with id '" + id + "'" + (ids.isEmpty() ? "" : "; it has " + known));
    });
  }

  /**
   * A standard action by id, or a custom one written {@code id/intent/format/reach}, e.g. {@code
   * post-job-opening/promote/conversation/one-to-many}.
   */
  static EngagementAction action(String spec) {
    String[] parts = spec.split("/", -1);
    if (parts.length == 4) {
      try {
        return EngagementAction.of(
            parts[0], constant(Intent.class, "intent", parts[1]),
            constant(Format.class, "format", parts[2]), constant(Reach.class, "reach", parts[3]));
      } catch (IllegalArgumentException e) {
        throw new InputProblem("action '" + spec + "': " + e.getMessage());
      }
    }
    if (parts.length != 1) {
      throw new InputProblem(
          "action '" + spec + "': expected a standard action id such as announce-deal, or four"
              + " parts id/intent/format/reach such as post-job-opening/promote/conversation/"
              + "one-to-many; found " + parts.length + " parts");
    }
    return StandardActions.byId(spec).orElseThrow(() -> new InputProblem(
        "unknown action '" + spec + "': expected a standard action id ("
            + StandardActions.all().stream().map(EngagementAction::id)
                .collect(Collectors.joining(", "))
            + "), or id/intent/format/reach for a custom one"));
  }

  /** Recent activity written {@code promote=8,converse=2}; empty text for none. */
  static EngagementContext recent(String spec) {
    EngagementContext.Builder context = EngagementContext.builder();
    if (spec.isBlank()) {
      return context.build();
    }
    EnumSet<Intent> seen = EnumSet.noneOf(Intent.class);
    for (String pair : spec.split(",", -1)) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2) {
        throw new InputProblem(
            "--recent '" + spec + "': expected intent=count pairs separated by commas, such as"
                + " promote=8,converse=2; found '" + pair + "'");
      }
      Intent intent;
      try {
        intent = constant(Intent.class, "intent", parts[0].strip());
      } catch (InputProblem e) {
        throw new InputProblem("--recent '" + spec + "': " + e.getMessage());
      }
      if (!seen.add(intent)) {
        throw new InputProblem(
            "--recent '" + spec + "': intent " + JsonShapes.word(intent)
                + " is given twice; give each intent once, with its whole count");
      }
      String count = parts[1].strip();
      int value;
      try {
        if (!count.matches("[0-9]+")) {
          throw new NumberFormatException(count);
        }
        value = Integer.parseInt(count);
      } catch (NumberFormatException e) {
        throw new InputProblem(
            "--recent '" + spec + "': the count of " + JsonShapes.word(intent)
                + " must be a whole number from 0 to " + Integer.MAX_VALUE + ", not '" + count + "'");
      }
      if (value < 0) {
        throw new InputProblem(
            "--recent '" + spec + "': the count of " + JsonShapes.word(intent)
                + " must not be negative: " + value);
      }
      context.putRecentActivity(intent, value);
    }
    return context.build();
  }

  /** A community of {@code type}, made up for {@code explain}. */
  static Community exampleCommunity(String type) {
    CommunityType wanted = constant(CommunityType.class, "community type", type);
    String word = JsonShapes.word(wanted);
    Community.Builder community =
        Community.builder().id("example-" + word).name("An example " + word + " community");
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

  private static Community owned(
      Community.Builder community, Membership membership, Audience audience) {
    return community.steward(Steward.ORGANIZATION)
        .platform(Platform.of("Own community software", PlatformKind.COMMUNITY_SOFTWARE))
        .membership(membership).audience(audience).build();
  }

  /** The constant of {@code type} written {@code text} in kebab case, e.g. {@code one-to-many}. */
  static <E extends Enum<E>> E constant(Class<E> type, String what, String text) {
    return JsonShapes.valueOf(type, text).orElseThrow(() -> new InputProblem(
        "unknown " + what + " '" + text + "': expected " + JsonShapes.words(type)));
  }

}
