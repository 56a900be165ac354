package io.github.socialecosystem.examples;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import java.io.PrintStream;

/**
 * One organisation's own policy: the standard rules plus one of its own, at a higher priority,
 * that lets its fan community hear about deals freely. The decision names the standard rule it
 * overrode.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl ecosystem-examples -am package exec:java -DskipTests
 * -Dexec.mainClass=io.github.socialecosystem.examples.CustomPolicyScenario}.
 */
public final class CustomPolicyScenario {
  private CustomPolicyScenario() {}

  /** Prints the scenario. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** The standard policy with the fan community's deals rule added. */
  public static EngagementPolicy policy() {
    EngagementRule fanDeals = EngagementRule.builder()
        .id("fan-club-deals")
        .condition(Condition.all(
            Condition.type(CommunityType.EXTERNAL), Condition.topic("crafting"),
            Condition.format(Format.OFFER)))
        .verdict(Verdict.RECOMMENDED)
        .priority(50) // above the standard rules, below the balance rule at 100
        .rationale("Members of our crafting fan community signed up to hear about deals first.")
        .build();
    return EngagementPolicy.builder()
        .from(StandardPolicy.policy())
        .id("crafting-tools")
        .description("The standard policy, with deals welcome in our crafting fan community.")
        .addRules(fanDeals)
        .build();
  }

  /** Prints the scenario to {@code out}. */
  public static void run(PrintStream out) {
    Community club = CraftingToolsEcosystem.ecosystem().community("crafters-club").orElseThrow();
    out.println("Standard policy, deal in crafters-club:");
    out.print(PolicyEngine.standard().decide(club, StandardActions.ANNOUNCE_DEAL).explain());
    out.println();
    out.println("Crafting Tools policy, deal in crafters-club:");
    out.print(PolicyEngine.of(policy()).decide(club, StandardActions.ANNOUNCE_DEAL).explain());
  }
}
