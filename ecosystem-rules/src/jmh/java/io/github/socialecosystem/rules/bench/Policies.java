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
import io.github.socialecosystem.rules.StandardPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The standard policy, grown to a given number of rules with extra rules that look like a large
 * organisation's own: each names a niche topic, a layer or type, and an intent, format, reach or
 * action, with any verdict and priority. No community of the {@link Requests} stream has a niche
 * topic, so none of them ever matches the stream, and every decision stays the standard one.
 */
public final class Policies {
  private static final int[] PRIORITIES = {0, 5, 10, 20, 50, 100, 200};

  private Policies() {}

  /** The standard policy with extra rules up to {@code size} rules in all. */
  public static EngagementPolicy withRules(int size) {
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
            .id(String.format(Locale.ROOT, "standard-plus-%d", extra));
    for (int i = 0; i < extra; i++) {
      policy.addRules(extraRule(i, random));
    }
    return policy.build();
  }

  private static EngagementRule extraRule(int i, Random random) {
    // Two rules per niche topic, so a policy of n rules names about n / 2 topics.
    String topic = String.format(Locale.ROOT, "niche-topic-%05d", i / 2);
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
      rule.addObligations("Keep it to what the house rules of " + topic + " allow.");
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
