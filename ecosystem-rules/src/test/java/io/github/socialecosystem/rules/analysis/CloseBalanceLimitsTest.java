package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.PolicyEngine;
import org.junit.jupiter.api.Test;

/**
 * Two balance limits closer than one in a billion can still be told apart by recent activity
 * (2,147,483,647 promotions and 2,147,483,646 other actions): the diff finds such activity, exactly,
 * and lists the change.
 */
class CloseBalanceLimitsTest {
  @Test
  void aChangeBetweenTwoCloseLimitsIsListedOrTheDiffSaysItIsIncomplete() {
    EngagementRule balance =
        EngagementRule.builder()
            .id("balance")
            .condition(Condition.promotionOverBalanceLimit())
            .verdict(Verdict.INAPPROPRIATE)
            .rationale("Too much promotion.")
            .build();
    EngagementPolicy before =
        EngagementPolicy.builder()
            .id("before")
            .description("Half")
            .defaultVerdict(Verdict.RECOMMENDED)
            .balanceLimit(0.5)
            .addRules(balance)
            .build();
    EngagementPolicy after =
        EngagementPolicy.builder().from(before).id("after").balanceLimit(0.5 + 2e-10).build();
    EngagementContext between =
        EngagementContext.builder()
            .putRecentActivity(Intent.PROMOTE, Integer.MAX_VALUE)
            .putRecentActivity(Intent.CONVERSE, Integer.MAX_VALUE - 1)
            .build();
    Community fanClub =
        Community.builder()
            .id("fan-club")
            .name("Fans")
            .steward(Steward.ORGANIZATION)
            .platform(Platform.of("Forum", PlatformKind.COMMUNITY_SOFTWARE))
            .membership(Membership.OPEN)
            .audience(Audience.CUSTOMERS)
            .build();
    // The engines disagree here: INAPPROPRIATE before, RECOMMENDED after.
    assertEquals(
        Verdict.INAPPROPRIATE,
        PolicyEngine.of(before).decide(fanClub, StandardActions.LISTEN, between).verdict());
    assertEquals(
        Verdict.RECOMMENDED,
        PolicyEngine.of(after).decide(fanClub, StandardActions.LISTEN, between).verdict());
    PolicyDiff diff = PolicyDiff.between(before, after);
    assertTrue(!diff.isEmpty() || !diff.isComplete(), diff.plan());
  }
}
