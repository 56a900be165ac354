package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of {@link PolicyAnalyzer#compare}: every situation it reports is more lenient when both
 * engines decide it, and over a space small enough to walk whole, no situation where the candidate
 * is more lenient goes unreported.
 */
class PolicyComparisonProperties {
  private static final List<Set<String>> TOPIC_SETS =
      List.of(Set.of(), Set.of("alpha"), Set.of("beta"), Set.of("alpha", "beta"));
  private static final List<String> IDS = List.of("custom-a", "some-other-id");
  private static final String ANY = "(any id no rule tells apart)";
  private static final List<EngagementContext> CONTEXTS =
      List.of(
          EngagementContext.none(),
          context(1, 1),
          context(3, 2),
          context(1, 0));

  private static EngagementContext context(int promote, int converse) {
    return EngagementContext.builder()
        .putRecentActivity(Intent.PROMOTE, promote)
        .putRecentActivity(Intent.CONVERSE, converse)
        .build();
  }

  @Property(tries = 20)
  void everyReportedSituationIsMoreLenientWhenBothEnginesDecideIt(
      @ForAll EngagementPolicy candidate, @ForAll EngagementPolicy baseline) {
    PolicyComparison comparison = PolicyAnalyzer.compare(candidate, baseline);
    PolicyEngine candidateEngine = PolicyEngine.of(candidate);
    PolicyEngine baselineEngine = PolicyEngine.of(baseline);
    for (VerdictChange change : comparison.moreLenient()) {
      Community community = change.situation().community();
      EngagementAction action = change.situation().action();
      Verdict before = baselineEngine.decide(community, action, change.context()).verdict();
      Verdict after = candidateEngine.decide(community, action, change.context()).verdict();
      assertEquals(change.before(), before, change.situation().describe());
      assertEquals(change.after(), after, change.situation().describe());
      assertTrue(before.isMoreRestrictiveThan(after), change.situation().describe());
    }
    Statistics.label("more lenient somewhere").collect(!comparison.moreLenient().isEmpty());
  }

  @Property(tries = 8)
  void nothingMoreLenientIsMissedOverASmallSpace(
      @ForAll("small") EngagementPolicy candidate, @ForAll("small") EngagementPolicy baseline) {
    PolicyComparison comparison = PolicyAnalyzer.compare(candidate, baseline);
    assertTrue(comparison.isComplete());
    PolicyEngine candidateEngine = PolicyEngine.of(candidate);
    PolicyEngine baselineEngine = PolicyEngine.of(baseline);
    Set<List<Object>> reported = reported(comparison);
    int lenient = 0;
    for (Steward steward : Steward.values()) {
      for (PlatformKind platform : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (!CommunityType.exists(steward, platform, membership, audience)) {
              continue;
            }
            for (Set<String> topics : TOPIC_SETS) {
              Community community =
                  Community.builder().id("c").name("C").steward(steward)
                      .platform(Platform.of("P", platform)).membership(membership)
                      .audience(audience).addAllTopics(topics).build();
              for (Intent intent : Intent.values()) {
                for (Format format : Format.values()) {
                  for (Reach reach : Reach.values()) {
                    for (String id : IDS) {
                      EngagementAction action = EngagementAction.of(id, intent, format, reach);
                      for (EngagementContext context : CONTEXTS) {
                        Verdict before = baselineEngine.decide(community, action, context).verdict();
                        Verdict after = candidateEngine.decide(community, action, context).verdict();
                        if (before.isMoreRestrictiveThan(after)) {
                          lenient++;
                          assertTrue(
                              covered(comparison, reported, community, action, context, before, after),
                              () -> action + " in " + community + " with " + context + ": "
                                  + before + " -> " + after + " not reported\n"
                                  + comparison.report());
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    assertEquals(lenient == 0, comparison.moreLenient().isEmpty());
    Statistics.label("more lenient somewhere").collect(lenient > 0);
  }

  /**
   * What a reported situation stands for: the community shape, the action traits, its id (or any
   * id, where it stands for every id no rule tells apart there), the side of each policy's
   * balance limit its recent activity is on, and the pair of verdicts.
   */
  private static List<Object> key(
      PolicyComparison comparison,
      Community community,
      EngagementAction action,
      String id,
      EngagementContext context,
      Verdict before,
      Verdict after) {
    return List.of(
        community.steward(), community.platform().kind(), community.membership(),
        community.audience(), action.intent(), action.format(), action.reach(), id,
        over(comparison.baseline(), context), over(comparison.candidate(), context), before, after);
  }

  private static Set<List<Object>> reported(PolicyComparison comparison) {
    Set<List<Object>> keys = new HashSet<>();
    for (VerdictChange change : comparison.moreLenient()) {
      Situation situation = change.situation();
      keys.add(
          key(comparison, situation.community(), situation.action(),
              situation.anyActionId() ? ANY : situation.action().id(), change.context(),
              change.before(), change.after()));
    }
    return keys;
  }

  private static boolean covered(
      PolicyComparison comparison,
      Set<List<Object>> reported,
      Community community,
      EngagementAction action,
      EngagementContext context,
      Verdict before,
      Verdict after) {
    return reported.contains(key(comparison, community, action, action.id(), context, before, after))
        || reported.contains(key(comparison, community, action, ANY, context, before, after));
  }

  private static boolean over(EngagementPolicy policy, EngagementContext context) {
    boolean looks = policy.rules().stream().anyMatch(r -> r.condition().mentionsBalanceLimit());
    return looks && context.isPromotionOver(policy.balanceLimit());
  }

  /** Policies of a few rules over a small space: two topics, one custom id, the balance limit. */
  @Provide
  Arbitrary<EngagementPolicy> small() {
    Arbitrary<Condition> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(Condition.always()),
            Arbitraries.just(Condition.promotionOverBalanceLimit()),
            Arbitraries.of(TOPIC_SETS.subList(1, 4)).map(t -> Condition.topic(t.toArray(new String[0]))),
            Arbitraries.just(Condition.action("custom-a")),
            Arbitraries.of(Intent.class).map(Condition::intent),
            Arbitraries.of(Format.class).map(Condition::format),
            Arbitraries.of(Reach.class).map(Condition::reach),
            Arbitraries.of(Layer.class).map(Condition::layer),
            Arbitraries.of(CommunityType.class).map(Condition::type),
            Arbitraries.of(Steward.class).map(Condition::steward));
    Arbitrary<Condition> condition =
        Arbitraries.oneOf(
            leaf,
            leaf.list().ofMinSize(2).ofMaxSize(3).map(l -> Condition.all(l.toArray(new Condition[0]))),
            leaf.list().ofMinSize(2).ofMaxSize(3).map(l -> Condition.any(l.toArray(new Condition[0]))),
            leaf.map(Condition::not));
    Arbitrary<EngagementRule> rule =
        Combinators.combine(condition, Arbitraries.of(Verdict.class), Arbitraries.integers().between(0, 2))
            .as(
                (when, verdict, priority) -> {
                  EngagementRule.Builder built =
                      EngagementRule.builder().id("r").condition(when).verdict(verdict)
                          .priority(priority).rationale("A rule.");
                  if (verdict == Verdict.LIMITED) {
                    built.addObligations(io.github.socialecosystem.core.policy.Obligation.other("Do it rarely."));
                  }
                  return built.build();
                });
    return Combinators.combine(
            rule.list().ofMaxSize(5),
            Arbitraries.of(Verdict.APPROPRIATE, Verdict.INAPPROPRIATE, Verdict.RECOMMENDED),
            Arbitraries.of(0.25, 0.5, 0.75, 1.0))
        .as(
            (rules, defaultVerdict, limit) -> {
              List<EngagementRule> named = new ArrayList<>();
              for (int i = 0; i < rules.size(); i++) {
                named.add(EngagementRule.builder().from(rules.get(i)).id("r" + i).build());
              }
              return EngagementPolicy.builder().id("small").description("A small policy")
                  .addAllRules(named).defaultVerdict(defaultVerdict).balanceLimit(limit).build();
            });
  }
}
