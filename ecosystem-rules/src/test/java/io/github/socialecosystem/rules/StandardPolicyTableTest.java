package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the standard policy is generated from the engine; this test fails when
 * they drift apart and prints the table to paste.
 */
class StandardPolicyTableTest {
  static final String START = "<!-- standard-policy-table:start -->";
  static final String END = "<!-- standard-policy-table:end -->";

  /** The table: one row per standard action, one column per community type. */
  static String table(PolicyEngine engine) {
    StringBuilder table = new StringBuilder("| action |");
    StringBuilder rule = new StringBuilder("|---|");
    for (CommunityType type : CommunityType.values()) {
      table.append(' ').append(type).append(" |");
      rule.append("---|");
    }
    table.append('\n').append(rule).append('\n');
    for (EngagementAction action : StandardActions.all()) {
      table.append("| `").append(action.id()).append("` |");
      for (CommunityType type : CommunityType.values()) {
        Decision decision = engine.decide(Communities.of(type), action);
        table.append(' ').append(decision.verdict()).append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }

  @Test
  void readmeTableMatchesTheStandardPolicy() throws IOException {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md lacks the table markers " + START + " and " + END);
    String actual = text.substring(start + START.length(), end).strip() + "\n";
    String expected = table(PolicyEngine.standard());
    assertEquals(expected, actual, "README.md's standard policy table is out of date; it should read:\n" + expected);
  }
}
