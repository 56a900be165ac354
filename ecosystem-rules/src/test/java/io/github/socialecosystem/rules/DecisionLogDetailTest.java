package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementContext;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The debug line of decisions asked for with recent activity, and of permitted-action lists. */
@Isolated
class DecisionLogDetailTest {
  private static final String PREFIX = "DEBUG io.github.socialecosystem.rules.PolicyEngine policy=standard";

  @AfterEach
  void debugOff() {
    RecordingLoggers.debug = false;
    RecordingLoggers.LINES.clear();
  }

  @Test
  void aDecisionGivenRecentActivityIsLoggedToo() {
    RecordingLoggers.LINES.clear();
    RecordingLoggers.debug = true;
    EngagementContext recent =
        EngagementContext.builder()
            .putRecentActivity(Intent.PROMOTE, 8)
            .putRecentActivity(Intent.CONVERSE, 2)
            .build();
    PolicyEngine.standard().decide(Communities.FAN_CLUB, StandardActions.ANNOUNCE_DEAL, recent);
    assertEquals(
        List.of(
            PREFIX
                + " community=fan-club action=announce-deal verdict=INAPPROPRIATE"
                + " rules=owned-balance-exceeded"),
        List.copyOf(RecordingLoggers.LINES));
  }

  @Test
  void eachPermittedActionOfAListIsOneLine() {
    RecordingLoggers.LINES.clear();
    RecordingLoggers.debug = true;
    int permitted = PolicyEngine.standard().appropriateActions(Communities.KNITTING_FORUM).size();
    List<String> lines = List.copyOf(RecordingLoggers.LINES);
    assertEquals(permitted, lines.size());
    assertEquals(
        PREFIX + " community=knitting-forum action=listen verdict=RECOMMENDED rules=participating-listen",
        lines.get(0));
  }
}
