package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyToolTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return PolicyTool.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void check_cleanPolicy_exitsZero() throws IOException {
    Path file = write("standard.policy", StandardPolicy.text());
    assertEquals(0, run("check", file.toString()));
    assertTrue(out().startsWith("Policy 'standard': 28 rules, 6900 situations examined.\n0 errors, 0 warnings.\n"), out());
  }

  @Test
  void check_policyWithADeadRule_exitsOne() throws IOException {
    Path file = write("dead.policy", StandardPolicy.text()
        + "\nrule owned-by-independents\n  when layer is owned and steward is independent\n"
        + "  then inappropriate\n  because \"Never matches.\"\n");
    assertEquals(1, run("check", file.toString()));
    assertTrue(out().contains("ERROR   UNSATISFIABLE: rule 'owned-by-independents' can never match"), out());
  }

  @Test
  void check_fileThatDoesNotParse_pointsToLineAndColumn_andExitsTwo() throws IOException {
    Path file = write("broken.policy", "policy p\ndescription \"d\"\ndefault sometimes\n");
    assertEquals(2, run("check", file.toString()));
    assertEquals(
        file + ": line 3, column 9: expected a verdict (recommended, appropriate, limited or"
            + " inappropriate), found 'sometimes'\n  default sometimes\n          ^\n",
        err().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void diff_printsTheReviewPlan() throws IOException {
    Path old = write("old.policy", StandardPolicy.text());
    Path changed = write("new.policy", PolicyLanguage.print(CustomPolicyScenario.policy()));
    assertEquals(0, run("diff", old.toString(), changed.toString()));
    assertTrue(out().startsWith("Policy change 'standard' -> 'crafting-tools': "), out());
    // The summary grid first: in external communities about crafting, deals become recommended.
    assertTrue(out().contains("\naction                     participating  managed"), out());
    String deals = out().lines().filter(l -> l.startsWith("announce-deal ")).findFirst().orElseThrow();
    assertTrue(deals.contains("ltd, ltd -> rec*"), deals);
    // Then the details.
    assertTrue(out().indexOf("\nDetails, by community type") > out().indexOf("\nannounce-deal "), out());
    assertTrue(out().contains("announce-deal (promote, offer, one-to-many): LIMITED -> RECOMMENDED (decided by fan-club-deals)"), out());
  }

  @Test
  void explain_decidesAStandardOrCustomAction() {
    assertEquals(0, run("explain", "standard", "managed", "post-press-release"));
    assertTrue(out().startsWith("post-press-release: LIMITED\n"), out());
    out.reset();
    assertEquals(0, run("explain", "standard", "participating", "post-job/promote/conversation/one-to-many"));
    assertTrue(out().startsWith("post-job: INAPPROPRIATE\n"), out());
  }

  @Test
  void badUsage_exitsTwo_withTheUsage() {
    assertEquals(2, run("explain", "standard", "galaxy", "listen"));
    assertTrue(err().startsWith("unknown community type 'galaxy'"), err());
    err.reset();
    assertEquals(2, run());
    assertTrue(err().startsWith("usage: check FILE | diff OLD NEW | explain FILE TYPE ACTION"), err());
    err.reset();
    assertEquals(2, run("check", dir.resolve("missing.policy").toString()));
    assertTrue(err().endsWith("missing.policy: no such file" + System.lineSeparator()), err());
  }
}
