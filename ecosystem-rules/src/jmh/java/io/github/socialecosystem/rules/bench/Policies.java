package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The standard policy, grown to a given number of rules with extra rules that look like a large
 * organisation's own: each names a topic, a layer or type, and an intent, format, reach or
 * action, with any verdict and priority, in the style of the README's {@code fan-club-deals}
 * ({@code type is external and topic is crafting and format is offer}).
 *
 * <ul>
 *   <li>{@link #withRules}: niche topics that no community of the plain {@link Requests} stream
 *       carries, so the extra rules never match it and every decision stays the standard one;
 *   <li>{@link #withTopicRules}: topics that the {@linkplain Requests#topical topical stream}'s
 *       communities carry, so the extra rules decide there;
 *   <li>{@link #withActionRules}: rules that each name a different custom action id.
 * </ul>
 */
public final class Policies {
  private static final int[] PRIORITIES = {0, 5, 10, 20, 50, 100, 200};

  private Policies() {}

  /** The standard policy with niche-topic rules up to {@code size} rules in all. */
  public static EngagementPolicy withRules(int size) {
    return grown(size, "standard-plus-%d", "niche-topic-%05d", false);
  }

  /** The standard policy with rules naming the topical stream's topics, {@code size} in all. */
  public static EngagementPolicy withTopicRules(int size) {
    return grown(size, "topical-%d", "topic-%05d", false);
  }

  /** The standard policy with rules that each name another custom action id, {@code size} in all. */
  public static EngagementPolicy withActionRules(int size) {
    return grown(size, "action-ids-%d", "custom-action-%05d", true);
  }

  /**
   * The standard policy plus {@code n} rules that each name another topic and {@code n} that each
   * name another custom action id (with a layer, type, intent, verdict and priority each): a
   * policy naming {@code n} topics and {@code n} action ids, for the analyzer.
   */
  public static EngagementPolicy withTopicsAndIds(int n) {
    Random random = new Random(Requests.SEED + n);
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder()
            .from(StandardPolicy.policy())
            .guarantees(List.of()) // its house rules break the standard guarantees on purpose
            .expectations(List.of())
            .id(String.format(Locale.ROOT, "topics-and-ids-%d", n));
    for (int i = 0; i < n; i++) {
      policy.addRules(extraRule(2 * i, "topic-%05d", random));
      policy.addRules(actionRule(2 * i + 1, "custom-action-%05d", random));
    }
    return policy.build();
  }

  /**
   * The standard policy plus {@code n} rules {@code topic is tN} and {@code n} rules {@code action
   * is xN}, nothing else in their conditions, with verdicts in turn (priorities 50 and 60).
   */
  public static EngagementPolicy withPlainTopicsAndIds(int n) {
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder()
            .from(StandardPolicy.policy())
            .guarantees(List.of()) // its house rules break the standard guarantees on purpose
            .expectations(List.of())
            .id(String.format(Locale.ROOT, "plain-topics-and-ids-%d", n));
    Verdict[] verdicts = Verdict.values();
    for (int i = 0; i < n; i++) {
      Verdict verdict = verdicts[i % verdicts.length];
      for (boolean topic : new boolean[] {true, false}) {
        String name = String.format(Locale.ROOT, topic ? "t%d" : "x%d", i);
        EngagementRule.Builder rule =
            EngagementRule.builder()
                .id((topic ? "topic-" : "action-") + i)
                .condition(topic ? Condition.topic(name) : Condition.action(name))
                .verdict(verdict)
                .priority(topic ? 50 : 60)
                .rationale("House rule " + name + ".");
        if (verdict == Verdict.LIMITED) {
          rule.addObligations(Obligation.other("Keep it rare."));
        }
        policy.addRules(rule.build());
      }
    }
    return policy.build();
  }

  private static EngagementPolicy grown(int size, String id, String name, boolean actions) {
    EngagementPolicy standard = StandardPolicy.policy();
    int extra = size - standard.rules().size();
    if (extra < 0) {
      throw new IllegalArgumentException(
          "the standard policy alone has " + standard.rules().size() + " rules: " + size);
    }
    Random random = new Random(Requests.SEED + size);
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder()
            .from(standard)
            .id(String.format(Locale.ROOT, id, extra));
    for (int i = 0; i < extra; i++) {
      policy.addRules(actions ? actionRule(i, name, random) : extraRule(i, name, random));
    }
    return policy.build();
  }

  /** A rule naming custom action id {@code i}, in a layer or type, with any verdict and priority. */
  private static EngagementRule actionRule(int i, String name, Random random) {
    String action = String.format(Locale.ROOT, name, i);
    Condition where =
        random.nextBoolean()
            ? Condition.layer(pick(Layer.values(), random))
            : Condition.type(pick(CommunityType.values(), random));
    Verdict verdict = pick(Verdict.values(), random);
    EngagementRule.Builder rule =
        EngagementRule.builder()
            .id(String.format(Locale.ROOT, "extra-rule-%05d", i))
            .condition(Condition.all(Condition.action(action), where))
            .verdict(verdict)
            .priority(PRIORITIES[random.nextInt(PRIORITIES.length)])
            .rationale("The house rules say how to " + action + ".");
    if (verdict == Verdict.LIMITED) {
      rule.addObligations(Obligation.other("Keep " + action + " to what the house rules allow."));
    }
    return rule.build();
  }

  private static EngagementRule extraRule(int i, String name, Random random) {
    // Two rules per topic, so a policy of n rules names about n / 2 topics.
    String topic = String.format(Locale.ROOT, name, i / 2);
    Condition where =
        random.nextBoolean()
            ? Condition.layer(pick(Layer.values(), random))
            : Condition.type(pick(CommunityType.values(), random));
    Condition what =
        switch (random.nextInt(5)) {
          case 0 -> Condition.intent(pick(Intent.values(), random));
          case 1 -> Condition.format(pick(Format.values(), random));
          case 2 -> Condition.reach(pick(Reach.values(), random));
          case 3 -> Condition.action(pick(StandardActions.all(), random));
          default ->
              Condition.any(
                  Condition.intent(pick(Intent.values(), random)),
                  Condition.format(pick(Format.values(), random)));
        };
    Verdict verdict = pick(Verdict.values(), random);
    EngagementRule.Builder rule =
        EngagementRule.builder()
            .id(String.format(Locale.ROOT, "extra-rule-%05d", i))
            .condition(Condition.all(Condition.topic(topic), where, what))
            .verdict(verdict)
            .priority(PRIORITIES[random.nextInt(PRIORITIES.length)])
            .rationale("Communities about " + topic + " follow their own house rules.");
    if (verdict == Verdict.LIMITED) {
      rule.addObligations(Obligation.other("Keep it to what the house rules of " + topic + " allow."));
    }
    return rule.build();
  }

  private static <T> T pick(T[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  private static EngagementAction pick(List<EngagementAction> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
