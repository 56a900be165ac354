package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The analyzer fails a guarantee exactly when the engine's verdict breaks it somewhere, checked
 * against a brute-force walk over every community shape, every subset of the topics named,
 * every action id named (and one named nowhere) with every traits, and both balance states.
 */
class GuaranteeProperties {
  /** A small vocabulary of topics, so that the brute force can try every subset. */
  private static final List<String> TOPICS = List.of("crafting", "knitting", "deals");

  private static final String UNNAMED_ID = "zz-unnamed-action";

  @Property(tries = 12)
  void analyzerFailsAGuaranteeExactlyWhenSomeSituationBreaksIt(
      @ForAll("policies") EngagementPolicy policy) {
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    assertTrue(analysis.isComplete(), analysis::report);
    List<Guarantee> guarantees = policy.guarantees();
    boolean[] broken = bruteForce(policy);
    for (int g = 0; g < guarantees.size(); g++) {
      Statistics.label("guarantee").collect(broken[g] ? "broken" : "kept");
      Statistics.label("condition names a topic")
          .collect(!guarantees.get(g).condition().valuesOf(Attribute.TOPIC).isEmpty());
    }
    Statistics.label("guarantee").coverage(coverage -> coverage.check("kept").count(n -> n > 0));
    Statistics.label("condition names a topic")
        .coverage(coverage -> coverage.check(true).count(n -> n > 0));
    for (int g = 0; g < guarantees.size(); g++) {
      Guarantee guarantee = guarantees.get(g);
      String quoted = "\"" + guarantee + "\" fails";
      List<PolicyFinding> failed =
          analysis.findings(PolicyFinding.Kind.GUARANTEE).stream()
              .filter(f -> f.message().startsWith(quoted))
              .toList();
      assertEquals(broken[g], !failed.isEmpty(), guarantee + "\n" + analysis.report());
      for (PolicyFinding finding : failed) {
        assertTrue(finding.isError(), finding.message());
        Situation witness = finding.witness().orElseThrow();
        boolean over =
            witness.promotionOverBalanceLimit() && policy.balanceLimit() < 1.0;
        assertTrue(
            guarantee.condition().test(witness.community(), witness.action(), over),
            witness.describe());
        assertFalse(
            guarantee.allows(
                PolicyEngine.of(policy)
                    .decide(witness.community(), witness.action(), context(witness.promotionOverBalanceLimit()))
                    .verdict()),
            witness.describe());
      }
    }
  }

  /** For each guarantee, whether some situation breaks it. */
  private static boolean[] bruteForce(EngagementPolicy policy) {
    PolicyEngine engine = PolicyEngine.of(policy);
    List<Guarantee> guarantees = policy.guarantees();
    boolean[] broken = new boolean[guarantees.size()];
    Set<String> ids = new TreeSet<>();
    for (EngagementRule rule : policy.rules()) {
      ids.addAll(rule.condition().valuesOf(Attribute.ACTION));
    }
    for (Guarantee guarantee : guarantees) {
      ids.addAll(guarantee.condition().valuesOf(Attribute.ACTION));
    }
    ids.add(UNNAMED_ID);
    for (CommunityShape shape : AttributeSpace.possibleShapes()) {
      for (int subset = 0; subset < 1 << TOPICS.size(); subset++) {
        Community community = community(shape, subset);
        for (String id : ids) {
          for (Intent intent : Intent.values()) {
            for (Format format : Format.values()) {
              for (Reach reach : Reach.values()) {
                EngagementAction action = EngagementAction.of(id, intent, format, reach);
                for (boolean over : new boolean[] {false, true}) {
                  boolean reallyOver = over && policy.balanceLimit() < 1.0;
                  Verdict verdict = engine.decide(community, action, context(over)).verdict();
                  for (int g = 0; g < guarantees.size(); g++) {
                    if (!broken[g]
                        && guarantees.get(g).condition().test(community, action, reallyOver)
                        && !guarantees.get(g).allows(verdict)) {
                      broken[g] = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    return broken;
  }

  private static EngagementContext context(boolean over) {
    return over
        ? EngagementContext.builder().putRecentActivity(Intent.PROMOTE, 1).build()
        : EngagementContext.none();
  }

  private static Community community(CommunityShape shape, int subset) {
    List<String> topics = new ArrayList<>();
    for (int t = 0; t < TOPICS.size(); t++) {
      if ((subset & (1 << t)) != 0) {
        topics.add(TOPICS.get(t));
      }
    }
    return Community.builder()
        .id("brute-force")
        .name("Brute force")
        .steward(shape.steward())
        .platform(Platform.of("Somewhere", shape.platform()))
        .membership(shape.membership())
        .audience(shape.audience())
        .addAllTopics(topics)
        .build();
  }

  @Provide
  Arbitrary<EngagementPolicy> policies() {
    Arbitrary<List<EngagementRule>> rules =
        EcosystemArbitraries.rules()
            .map(GuaranteeProperties::fewTopics)
            .list()
            .ofMaxSize(8)
            .uniqueElements(EngagementRule::id);
    Arbitrary<List<Guarantee>> guarantees =
        EcosystemArbitraries.guarantees()
            .map(g -> Guarantee.of(g.bound(), g.verdict(), fewTopics(g.condition())))
            .list()
            .ofMinSize(1)
            .ofMaxSize(4);
    // One more guarantee that tests a topic, either kept by any verdict or as generated.
    Arbitrary<Guarantee> aboutATopic =
        Combinators.combine(
                EcosystemArbitraries.guarantees(), Arbitraries.of(TOPICS), Arbitraries.of(true, false))
            .as(
                (g, topic, anyVerdict) ->
                    Guarantee.of(
                        anyVerdict ? Guarantee.Bound.AT_MOST : g.bound(),
                        anyVerdict ? Verdict.INAPPROPRIATE : g.verdict(),
                        Condition.all(Condition.topic(topic), fewTopics(g.condition()))));
    return Combinators.combine(EcosystemArbitraries.policies(), rules, guarantees, aboutATopic)
        .as(
            (base, ruleList, guaranteeList, topical) ->
                EngagementPolicy.builder()
                    .from(base)
                    .rules(ruleList)
                    .addAllGuarantees(guaranteeList)
                    .addGuarantees(topical)
                    .build());
  }

  private static EngagementRule fewTopics(EngagementRule rule) {
    return EngagementRule.builder().from(rule).condition(fewTopics(rule.condition())).build();
  }

  /** The condition with its topics mapped onto {@link #TOPICS}. */
  private static Condition fewTopics(Condition condition) {
    return condition.accept(
        new Condition.Visitor<Condition>() {
          @Override
          public Condition visitAlways() {
            return Condition.always();
          }

          @Override
          public Condition visitMatch(Attribute attribute, Set<String> values) {
            if (attribute != Attribute.TOPIC) {
              return Condition.match(attribute, values);
            }
            Set<String> mapped = new TreeSet<>();
            for (String value : values) {
              mapped.add(TOPICS.get(Math.floorMod(value.hashCode(), TOPICS.size())));
            }
            return Condition.match(attribute, mapped);
          }

          @Override
          public Condition visitOverBalanceLimit() {
            return Condition.promotionOverBalanceLimit();
          }

          @Override
          public Condition visitAll(List<Condition> operands) {
            return Condition.all(operands.stream().map(o -> o.accept(this)).toArray(Condition[]::new));
          }

          @Override
          public Condition visitAny(List<Condition> operands) {
            return Condition.any(operands.stream().map(o -> o.accept(this)).toArray(Condition[]::new));
          }

          @Override
          public Condition visitNot(Condition operand) {
            return Condition.not(operand.accept(this));
          }
        });
  }
}
