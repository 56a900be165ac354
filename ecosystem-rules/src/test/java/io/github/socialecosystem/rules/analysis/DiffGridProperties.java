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
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The laws of a diff's summary grid and of the words for situations, for small policies whose
 * rules name standard ids, a custom id, topics and the balance limit.
 */
class DiffGridProperties {
  private static final List<String> IDS =
      List.of("send-direct-message", "listen", "post-press-release", "post-job-opening");

  @Property(tries = 25)
  void everyFlipOfAStandardActionShowsInItsCellAndEveryCellFlipIsAChange(
      @ForAll("before") EngagementPolicy before, @ForAll("policies") EngagementPolicy after) {
    PolicyDiff diff = PolicyDiff.between(before, after);
    Statistics.label("a flip in only some shapes of a type")
        .collect(diff.grid().stream().anyMatch(c -> c.flips().stream().anyMatch(f -> f.shapes() < c.shapes())))
        .coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("an action borrowing a standard id")
        .collect(
            diff.changes().stream()
                .anyMatch(
                    c -> StandardActions.byId(c.situation().action().id())
                        .filter(s -> !Situation.sameTraits(s, c.situation().action()))
                        .isPresent()))
        .coverage(c -> c.check(true).count(n -> n > 0));
    for (VerdictChange change : diff.changes()) {
      for (EngagementAction standard : DiffGridTest.standing(diff, change)) {
        GridCell cell = diff.cell(standard, change.situation().community().type());
        List<Verdict> pair = List.of(change.before(), change.after());
        assertTrue(
            cell.flips().stream().anyMatch(f -> f.before() == change.before() && f.after() == change.after()),
            pair + " at " + change.situation().describe() + " missing from " + cell);
        assertTrue(DiffGridTest.pairs(cell.text()).contains(pair), pair + " not in " + cell.text());
      }
    }
    for (GridCell cell : diff.grid()) {
      Set<List<Verdict>> flips = new HashSet<>();
      cell.flips().forEach(f -> flips.add(List.of(f.before(), f.after())));
      assertEquals(flips, DiffGridTest.pairs(cell.text()), cell.toString());
      for (GridCell.Flip flip : cell.flips()) {
        assertTrue(
            diff.changes(cell.type()).stream()
                .anyMatch(
                    c -> c.before() == flip.before() && c.after() == flip.after()
                        && DiffGridTest.standing(diff, c).contains(cell.action())),
            flip + " in " + cell);
      }
    }
  }

  @Property(tries = 25)
  void usualVerdictsAreTheEnginesInMostShapesOfTheType(
      @ForAll("before") EngagementPolicy before, @ForAll("policies") EngagementPolicy after) {
    PolicyDiff diff = PolicyDiff.between(before, after);
    PolicyEngine was = PolicyEngine.of(before);
    PolicyEngine now = PolicyEngine.of(after);
    for (GridCell cell : diff.grid()) {
      Map<List<Verdict>, Integer> counts = new HashMap<>();
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        if (shape.type() == cell.type()) {
          Community plain = Witnesses.community(shape, Set.of());
          counts.merge(
              List.of(
                  was.decide(plain, cell.action()).verdict(), now.decide(plain, cell.action()).verdict()),
              1,
              Integer::sum);
        }
      }
      int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
      assertEquals(
          most, counts.getOrDefault(List.of(cell.before(), cell.after()), 0), cell + " but " + counts);
      // The cell's first entry is the usual case.
      String first = cell.text().split(", ", -1)[0];
      if (cell.before() != cell.after()) {
        assertTrue(DiffGridTest.pairs(first).contains(List.of(cell.before(), cell.after())), cell.text());
      } else {
        assertEquals(DiffSummary.code(cell.before()), first, cell.text());
      }
    }
  }

  @Property(tries = 25)
  void situationsNameAStandardIdOnlyWithItsOwnTraits(
      @ForAll("before") EngagementPolicy before, @ForAll("policies") EngagementPolicy after) {
    for (VerdictChange change : PolicyDiff.between(before, after).changes()) {
      assertHonest(change.situation());
    }
    for (PolicyFinding finding : PolicyAnalyzer.analyze(after).findings()) {
      finding.witness().ifPresent(DiffGridProperties::assertHonest);
    }
  }

  /** A situation's words match its action: a standard one, one borrowing a standard id, or another. */
  private static void assertHonest(Situation s) {
    EngagementAction action = s.action();
    String words = s.describeAction();
    String traits = Situation.traits(action);
    StandardActions.byId(action.id())
        .ifPresentOrElse(
            standard -> {
              if (Situation.sameTraits(standard, action)) {
                assertEquals(action.id() + " " + traits, words);
              } else {
                assertTrue(!s.anyActionId(), "an action for any id never borrows a standard id: " + words);
                assertEquals("an action with id " + action.id() + " but traits " + traits, words);
              }
            },
            () -> assertEquals((s.anyActionId() ? "a custom action" : action.id()) + " " + traits, words));
    for (EngagementAction standard : StandardActions.all()) {
      if (!Situation.sameTraits(standard, action)) {
        assertTrue(!words.startsWith(standard.id() + " "), words);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Generators

  @Provide
  Arbitrary<EngagementPolicy> before() {
    return Arbitraries.oneOf(Arbitraries.just(StandardPolicy.policy()), policies());
  }

  /**
   * Policies of one to six rules over layers, types, platforms, audiences, memberships (which split
   * a type's shapes), traits, the ids above, a topic and the balance.
   */
  @Provide
  Arbitrary<EngagementPolicy> policies() {
    Arbitrary<Condition> condition =
        Arbitraries.oneOf(
            Arbitraries.of(Layer.class).map(Condition::layer),
            Arbitraries.of(CommunityType.class).map(Condition::type),
            Arbitraries.of(PlatformKind.class).map(Condition::platform),
            Arbitraries.of(Audience.class).map(Condition::audience),
            Arbitraries.of(Membership.class).map(Condition::membership),
            Arbitraries.of(Intent.class).map(Condition::intent),
            Arbitraries.of(Format.class).map(Condition::format),
            Arbitraries.of(Reach.class).map(Condition::reach),
            Arbitraries.of(IDS).map(Condition::action),
            Arbitraries.just(Condition.topic("crafting")),
            Arbitraries.just(Condition.promotionOverBalanceLimit()));
    Arbitrary<Condition> conditions =
        condition.list().ofMinSize(1).ofMaxSize(3).map(c -> Condition.all(c.toArray(new Condition[0])));
    Arbitrary<EngagementRule> rule =
        Combinators.combine(conditions, Arbitraries.of(Verdict.class), Arbitraries.of(0, 10, 20))
            .as(
                (c, verdict, priority) ->
                    EngagementRule.builder()
                        .id("rule")
                        .condition(c)
                        .verdict(verdict)
                        .priority(priority)
                        .rationale("Generated.")
                        .addAllObligations(verdict == Verdict.LIMITED ? List.of(Obligation.other("Rarely.")) : List.<Obligation>of())
                        .build());
    return Combinators.combine(
            rule.list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(Verdict.class),
            Arbitraries.of(0.3, 0.5, 1.0))
        .as(
            (rules, defaultVerdict, limit) -> {
              EngagementPolicy.Builder policy =
                  EngagementPolicy.builder()
                      .id("generated")
                      .description("Generated")
                      .defaultVerdict(defaultVerdict)
                      .balanceLimit(limit);
              for (int i = 0; i < rules.size(); i++) {
                policy.addRules(
                    EngagementRule.builder()
                        .from(rules.get(i))
                        .id(String.format(Locale.ROOT, "rule-%d", i))
                        .build());
              }
              return policy.build();
            });
  }
}
