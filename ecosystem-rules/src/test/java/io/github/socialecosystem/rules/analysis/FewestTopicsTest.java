package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change is listed with the fewest topics that show it: groups share no topic, so the diff keeps
 * the smallest set of topics for each pair of top ranks as it combines them.
 */
class FewestTopicsTest {
  private static final EngagementPolicy BEFORE =
      PolicyLanguage.parse(
          """
          policy before
          description "d"
          default inappropriate

          rule r0
            when topic is t3
            then inappropriate
            priority 2
            because "r"

          rule r1
            when not (intent in [listen, converse] or layer is owned) and topic in [t4, t9]
            then appropriate
            priority 2
            because "r"

          rule r2
            when (not topic in [t0, t4, t6, t8] or topic in [t1, t2, t6, t7]) or layer is participating
            then inappropriate
            priority 1
            because "r"

          rule r3
            when topic is t5
            then appropriate
            because "r"

          rule r4
            when not (intent in [promote, use-data] or topic is t0) and ((topic in [t2, t3, t4, t8] and layer is managed) and intent in [support, use-data])
            then limited
            priority 2
            because "r"
            must "o"
          """);

  private static final EngagementPolicy AFTER =
      PolicyLanguage.parse(
          """
          policy after
          description "d"
          default limited

          rule r1
            when not intent in [listen, promote]
            then recommended
            because "r"
          """);

  @Test
  void aChangeIsListedWithTheFewestTopicsThatShowIt() {
    EngagementAction support =
        EngagementAction.of("any-other-action", Intent.SUPPORT, Format.NONE, Reach.ONE_TO_ONE);
    Community page =
        Community.builder()
            .id("page")
            .name("Page")
            .steward(Steward.ORGANIZATION)
            .platform(Platform.of("Network", PlatformKind.CONSUMER_NETWORK))
            .membership(Membership.OPEN)
            .audience(Audience.PUBLIC)
            .addTopics("t9")
            .build();
    // One topic shows the change: t9 alone gives APPROPRIATE before (r1), RECOMMENDED after.
    assertEquals(Verdict.APPROPRIATE, PolicyEngine.of(BEFORE).decide(page, support).verdict());
    assertEquals(Verdict.RECOMMENDED, PolicyEngine.of(AFTER).decide(page, support).verdict());

    List<VerdictChange> listed =
        PolicyDiff.between(BEFORE, AFTER).changes().stream()
            .filter(c -> c.situation().community().platform().kind() == PlatformKind.CONSUMER_NETWORK)
            .filter(c -> c.situation().community().audience() == Audience.PUBLIC)
            .filter(c -> c.situation().action().equals(support))
            .filter(c -> c.before() == Verdict.APPROPRIATE && c.after() == Verdict.RECOMMENDED)
            .toList();
    assertFalse(listed.isEmpty());
    for (VerdictChange change : listed) {
      assertTrue(
          change.situation().community().topics().size() <= 1, change.situation().describe());
    }
  }
}
