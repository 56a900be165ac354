package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check that runs before any timing: every engine gives the same verdict as the compiled
 * engine for every request of the stream, with and without the request's recent activity.
 */
final class Agreement {
  private Agreement() {}

  /**
   * Checks the engines against {@code compiled}; {@code expected}, if not null, is an engine
   * whose verdicts every engine must give as well (the standard engine, for a grown policy).
   *
   * @return one line saying what was checked
   * @throws IllegalStateException listing the first disagreements, if there is any
   */
  static String check(
      Requests requests,
      PolicyEngine compiled,
      List<VerdictEngine> others,
      PolicyEngine expected) {
    EngagementPolicy policy = compiled.policy();
    List<String> problems = new ArrayList<>();
    int checks = 0;
    for (int i = 0; i < Requests.SIZE; i++) {
      Community community = requests.community(i);
      EngagementAction action = requests.action(i);
      EngagementContext recent = requests.context(i);
      List<EngagementContext> contexts =
          recent.equals(EngagementContext.none())
              ? List.of(EngagementContext.none())
              : List.of(EngagementContext.none(), recent);
      for (EngagementContext context : contexts) {
        boolean over = context.isPromotionOver(policy.balanceLimit());
        Verdict verdict =
            context.equals(EngagementContext.none())
                ? compiled.decide(community, action).verdict()
                : compiled.decide(community, action, context).verdict();
        Verdict reference = expected.decide(community, action, context).verdict();
        checks++;
        if (verdict != reference) {
          problems.add(problem(i, community, action, over, "compiled", verdict, reference));
        }
        for (VerdictEngine other : others) {
          Verdict theirs = other.verdict(community, action, over);
          checks++;
          if (theirs != verdict) {
            problems.add(problem(i, community, action, over, other.name(), theirs, verdict));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "engines disagree on policy '"
              + policy.id()
              + "' in "
              + problems.size()
              + " of "
              + checks
              + " checks; first ones:\n  "
              + String.join("\n  ", problems.subList(0, Math.min(10, problems.size()))));
    }
    List<String> names = new ArrayList<>();
    names.add("compiled");
    others.forEach(o -> names.add(o.name()));
    return String.format(
        Locale.ROOT,
        "agreement: policy '%s' (%d rules): %s agree on all %d requests, with and without recent"
            + " activity (%d checks)",
        policy.id(),
        policy.rules().size(),
        String.join(", ", names),
        Requests.SIZE,
        checks);
  }

  private static String problem(
      int request,
      Community community,
      EngagementAction action,
      boolean over,
      String engine,
      Verdict got,
      Verdict want) {
    return String.format(
        Locale.ROOT,
        "request %d: %s in %s (%s, over balance limit: %s): %s says %s, expected %s",
        request,
        action.id(),
        community.id(),
        community.type(),
        over,
        engine,
        got,
        want);
  }
}
