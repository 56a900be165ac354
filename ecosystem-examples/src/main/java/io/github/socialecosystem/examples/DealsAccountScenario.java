package io.github.socialecosystem.examples;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.rules.PolicyEngine;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * A deals account: a managed community that announces offers. The same offers posted into an
 * independent forum are another matter; the engine says why, and where in the ecosystem deals
 * belong instead.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl ecosystem-examples -am package exec:java -DskipTests
 * -Dexec.mainClass=io.github.socialecosystem.examples.DealsAccountScenario}.
 */
public final class DealsAccountScenario {
  private DealsAccountScenario() {}

  /** Prints the scenario. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the scenario to {@code out}. */
  public static void run(PrintStream out) {
    Ecosystem ecosystem = CraftingToolsEcosystem.ecosystem();
    Community deals = ecosystem.community("deals-account").orElseThrow();
    Community forum = ecosystem.community("paper-crafters-forum").orElseThrow();
    PolicyEngine engine = PolicyEngine.standard();

    out.println("Announcing this week's offer on the deals account:");
    out.print(indent(engine.decide(deals, StandardActions.ANNOUNCE_DEAL).explain()));
    out.println();
    out.println("Posting the same offer in the Paper Crafters Forum:");
    Decision inForum = engine.decide(forum, StandardActions.ANNOUNCE_DEAL);
    out.print(indent(inForum.explain()));
    out.println();
    out.println("Where deals may go instead: "
        + engine.whereAppropriate(ecosystem, StandardActions.ANNOUNCE_DEAL).stream()
            .map(c -> c.id() + " (" + engine.decide(c, StandardActions.ANNOUNCE_DEAL).verdict() + ")")
            .collect(Collectors.joining(", ")));
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line + "\n").collect(Collectors.joining());
  }
}
