package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.StandardActions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
class DecisionLogTest {
  @AfterEach
  void debugOff() {
    RecordingLoggers.debug = false;
    RecordingLoggers.LINES.clear();
  }

  @Test
  void atDebugEachDecisionIsOneLine() {
    RecordingLoggers.LINES.clear();
    RecordingLoggers.debug = true;
    PolicyEngine.standard().decide(Communities.FAN_CLUB, StandardActions.LISTEN);
    PolicyEngine.standard().decide(Communities.KNITTING_FORUM, StandardActions.ANNOUNCE_DEAL);
    assertEquals(
        List.of(
            "DEBUG io.github.socialecosystem.rules.PolicyEngine policy=standard community=fan-club"
                + " action=listen verdict=RECOMMENDED rules=owned-listen",
            "DEBUG io.github.socialecosystem.rules.PolicyEngine policy=standard"
                + " community=knitting-forum action=announce-deal verdict=INAPPROPRIATE"
                + " rules=participating-no-broadcast"),
        List.copyOf(RecordingLoggers.LINES));
  }

  @Test
  void withDebugOffNothingIsLogged() {
    RecordingLoggers.LINES.clear();
    RecordingLoggers.debug = false;
    PolicyEngine.standard().decide(Communities.FAN_CLUB, StandardActions.LISTEN);
    PolicyEngine.standard().appropriateActions(Communities.FAN_CLUB);
    assertEquals(List.of(), List.copyOf(RecordingLoggers.LINES));
  }
}
