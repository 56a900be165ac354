package io.github.socialecosystem.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.examples.CustomPolicyScenario;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.diagram.EcosystemDiagrams;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand and exit code of the command-line tool, run in-process. */
class SocialEcosystemCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A policy of six rules of its own, in the style a new user writes first. */
  static final String SIX_RULES = """
      policy six-rules
      description "Listen everywhere, promote only where we run the place."
      default limited

      rule listen-everywhere
        when intent is listen
        then recommended
        because "Hearing people out is always welcome."

      rule no-promotion-outside
        when layer is participating and intent in [promote, recruit]
        then inappropriate
        because "Members did not come for marketing."

      rule promote-on-our-pages
        when layer is managed and intent is promote
        then appropriate
        because "Our own pages carry our message."

      rule owned-in-balance
        when layer is owned and intent is promote
        then limited
        because "A little marketing at home, in balance."
        must "Keep promotion under half of what you post there."

      rule no-data-outside
        when layer in [participating, managed] and intent is use-data
        then inappropriate
        because "The platform holds that data, not us."

      rule run-our-own
        when layer is owned and intent is govern
        then recommended
        because "Running our own communities is our job."
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Path flagship;

  @BeforeEach
  void writeFlagship() throws IOException {
    flagship = write("crafting-tools.ecosystem",
        EcosystemLanguage.print(CraftingToolsEcosystem.ecosystem()));
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return SocialEcosystemCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private JsonNode json() throws IOException {
    return JSON.readTree(out());
  }

  /**
   * The shape of a JSON document: every field path with the kind of its value, arrays by their
   * first element, e.g. {@code reasons[].rule: string}.
   */
  static Map<String, String> shape(JsonNode node) {
    Map<String, String> shape = new TreeMap<>();
    shape("", node, shape);
    return shape;
  }

  private static void shape(String path, JsonNode node, Map<String, String> shape) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        shape((path.isEmpty() ? "" : path + ".") + field.getKey(), field.getValue(), shape);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        shape.putIfAbsent(path + "[]", "empty");
      } else {
        shape(path + "[]", node.get(0), shape);
      }
    } else {
      shape.put(path, node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Nested
  class Assess {
    @Test
    void markdownIsTheFlagshipExamplesReport() {
      ByteArrayOutputStream flagshipOut = new ByteArrayOutputStream();
      CraftingToolsEcosystem.run(new PrintStream(flagshipOut, true, StandardCharsets.UTF_8));

      assertEquals(0, run("assess", flagship.toString()));
      assertEquals(flagshipOut.toString(StandardCharsets.UTF_8), out());
      assertEquals("", err());
    }

    @Test
    void diagramsAreTheLibrarys() {
      Ecosystem ecosystem = CraftingToolsEcosystem.ecosystem();
      assertEquals(0, run("assess", flagship.toString(), "--format", "mermaid"));
      assertEquals(EcosystemDiagrams.mermaid(ecosystem), out());
      assertEquals(0, run("assess", flagship.toString(), "--format", "dot"));
      assertEquals(EcosystemDiagrams.dot(ecosystem), out());
    }

    @Test
    void jsonHasThePinnedShape() throws IOException {
      assertEquals(0, run("assess", flagship.toString(), "--format", "json"));
      JsonNode json = json();
      assertEquals("social-ecosystem/assessment/1", json.get("schema").asText());
      assertEquals("Crafting Tools Inc.", json.get("organization").asText());
      assertEquals(3, json.get("communitiesPerLayer").get("participating").asInt());
      assertEquals(8, json.get("topActions").size());
      assertEquals("brand-page", json.get("topActions").get(3).get("community").asText());
      Map<String, String> expected = new TreeMap<>(Map.ofEntries(
          Map.entry("schema", "string"),
          Map.entry("organization", "string"),
          Map.entry("summary", "string"),
          Map.entry("communitiesPerLayer.participating", "number"),
          Map.entry("communitiesPerLayer.managed", "number"),
          Map.entry("communitiesPerLayer.owned", "number"),
          Map.entry("ownedCommunityShare", "number"),
          Map.entry("ownedMemberShare", "number"),
          Map.entry("outerReachShare", "number"),
          Map.entry("findings[].code", "string"),
          Map.entry("findings[].severity", "string"),
          Map.entry("findings[].message", "string"),
          Map.entry("findings[].communities[]", "string"),
          Map.entry("nextSteps[]", "string"),
          Map.entry("topActions[].community", "string"),
          Map.entry("topActions[].actions[].id", "string"),
          Map.entry("topActions[].actions[].verdict", "string")));
      expected.putAll(prefixed("ecosystem.", ECOSYSTEM_SHAPE));
      assertEquals(expected, shape(json));
      assertEquals("no-path-to-destination", json.get("findings").get(0).get("code").asText());
      assertEquals("warning", json.get("findings").get(0).get("severity").asText());
    }

    @Test
    void withAnotherPolicyItsBestActionsFollowThatPolicy() throws IOException {
      Path policy = write("six.policy", SIX_RULES);
      assertEquals(0, run("assess", flagship.toString(), "--policy", policy.toString(),
          "--format", "json"));
      JsonNode club = json().get("topActions").get(5);
      assertEquals("crafters-club", club.get("community").asText());
      assertEquals("recommended", club.get("actions").get(0).get("verdict").asText());
    }
  }

  /** The fields of an ecosystem, as the flagship has them (every community with a member count). */
  static final Map<String, String> ECOSYSTEM_SHAPE = Map.ofEntries(
      Map.entry("organization", "string"),
      Map.entry("communities[].id", "string"),
      Map.entry("communities[].name", "string"),
      Map.entry("communities[].steward", "string"),
      Map.entry("communities[].platform.name", "string"),
      Map.entry("communities[].platform.kind", "string"),
      Map.entry("communities[].membership", "string"),
      Map.entry("communities[].audience", "string"),
      Map.entry("communities[].topics[]", "string"),
      Map.entry("communities[].memberCount", "number"),
      Map.entry("communities[].type", "string"),
      Map.entry("communities[].layer", "string"),
      Map.entry("communities[].dataOwnership.holder", "string"),
      Map.entry("communities[].dataOwnership.visibility", "string"),
      Map.entry("communities[].dataOwnership.mayExport", "boolean"),
      Map.entry("channels[].from", "string"),
      Map.entry("channels[].to", "string"));

  static Map<String, String> prefixed(String prefix, Map<String, String> shape) {
    Map<String, String> result = new TreeMap<>();
    shape.forEach((k, v) -> result.put(prefix + k, v));
    return result;
  }

  @Nested
  class AssessPolicy {
    @Test
    void diagramsTooRefuseAPolicyThatCannotBeRead() {
      assertEquals(2, run("assess", flagship.toString(), "--format", "dot", "--policy",
          dir.resolve("missing.policy").toString()));
      assertEquals(dir.resolve("missing.policy") + ": no such file\n", err());
      assertEquals("", out());
    }

    @Test
    void markdownKeepsAHostileOrganisationNameOnItsTitleLine() throws IOException {
      String text = Files.readString(flagship).replace("ecosystem \"Crafting Tools Inc.\"",
          "ecosystem \"Acme\\n\\n## Findings\\n\\n- **OK** | no problems\"");
      Path odd = write("odd.ecosystem", text);
      assertEquals(0, run("assess", odd.toString()));
      assertTrue(out().startsWith("# Social ecosystem of Acme  ## Findings  - \\*\\*OK\\*\\*"
          + " \\| no problems\n"), out());
      assertEquals(1, out().lines().filter(l -> l.equals("## Findings")).count(), out());
    }
  }

  @Nested
  class Decide {
    @Test
    void textNamesTheCommunityAndExplains() {
      assertEquals(0, run("decide", flagship.toString(), "brand-page", "post-press-release"));
      assertTrue(out().startsWith("brand-page (managed community, managed layer)\n"
          + "post-press-release: LIMITED\n  because "), out());
      assertTrue(out().contains("better here: share-video"), out());
    }

    @Test
    void counterfactualsStartFromTheRecentActivityGiven() throws IOException {
      assertEquals(0, run("decide", flagship.toString(), "crafters-club", "announce-deal",
          "--recent", "promote=8,converse=2", "--counterfactuals"));
      assertTrue(out().contains("  what would change the answer:\n"), out());
      assertTrue(out().contains("    LIMITED with balance over-limit -> within-limit (decided by"
          + " owned-promotion-in-balance)\n"), out());
      assertEquals(0, run("decide", flagship.toString(), "crafters-club", "announce-deal",
          "--recent", "promote=8,converse=2", "--counterfactuals", "--format", "json"));
      JsonNode limited = json().get("wouldChange").get("nearest").get(2);
      assertEquals("limited", limited.get("verdict").asText());
      assertEquals("balance", limited.get("changes").get(0).get("attribute").asText());
      assertEquals("over-limit", limited.get("changes").get(0).get("from").asText());
    }

    @Test
    void jsonHasThePinnedShapeAndCarriesRecentActivity() throws IOException {
      assertEquals(0, run("decide", flagship.toString(), "crafters-club", "announce-deal",
          "--recent", "promote=8,converse=2", "--format", "json"));
      JsonNode json = json();
      assertEquals("social-ecosystem/decision/1", json.get("schema").asText());
      assertEquals("inappropriate", json.get("verdict").asText());
      assertFalse(json.get("permits").asBoolean());
      assertEquals(8, json.get("recentActivity").get("promote").asInt());
      assertEquals(2, json.get("recentActivity").get("converse").asInt());
      assertEquals("external", json.get("community").get("type").asText());
      assertEquals("one-to-many", json.get("action").get("reach").asText());
      assertTrue(json.get("action").get("standard").asBoolean());
      Map<String, String> expected = new TreeMap<>(Map.ofEntries(
          Map.entry("schema", "string"),
          Map.entry("community.id", "string"),
          Map.entry("community.type", "string"),
          Map.entry("community.layer", "string"),
          Map.entry("action.id", "string"),
          Map.entry("action.intent", "string"),
          Map.entry("action.format", "string"),
          Map.entry("action.reach", "string"),
          Map.entry("action.standard", "boolean"),
          Map.entry("recentActivity.promote", "number"),
          Map.entry("recentActivity.converse", "number"),
          Map.entry("verdict", "string"),
          Map.entry("permits", "boolean"),
          Map.entry("reasons[].rule", "string"),
          Map.entry("reasons[].verdict", "string"),
          Map.entry("reasons[].rationale", "string"),
          Map.entry("reasons[].citation", "string"),
          Map.entry("reasons[].detail", "string"),
          Map.entry("overridden[].rule", "string"),
          Map.entry("overridden[].verdict", "string"),
          Map.entry("overridden[].rationale", "string"),
          Map.entry("overridden[].citation", "string"),
          Map.entry("overridden[].detail", "null"),
          Map.entry("obligations[]", "empty"),
          Map.entry("typedObligations[]", "empty"),
          Map.entry("requiresApproval", "boolean"),
          Map.entry("alternatives[]", "empty")));
      assertEquals(expected, shape(json));
    }

    @Test
    void customActionIsDecidedByItsTraits() throws IOException {
      assertEquals(0, run("decide", flagship.toString(), "knitting-circle",
          "post-job-opening/promote/conversation/one-to-many", "--format", "json"));
      JsonNode json = json();
      assertEquals("inappropriate", json.get("verdict").asText());
      assertEquals("post-job-opening", json.get("action").get("id").asText());
      assertFalse(json.get("action").get("standard").asBoolean());
    }

    @Test
    void unknownCommunityExitsTwoNamingTheIdsThereAre() {
      assertEquals(2, run("decide", flagship.toString(), "myspace", "listen"));
      assertTrue(err().startsWith(flagship + ": no community with id 'myspace'; it has"
          + " scissor-stories, paper-crafters-forum"), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shout", "a/promote/offer", "Bad Id/promote/offer/one-to-many",
        "x/promote/offer/one-to-all"})
    void badActionExitsTwo(String action) {
      assertEquals(2, run("decide", flagship.toString(), "brand-page", action));
      assertTrue(err().contains("action '" + action + "'")
          || err().contains("unknown reach 'one-to-all'"), err());
      assertEquals("", out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"promote", "promote=-1", "promote=eight", "shout=2",
        "promote=1,promote=2", "promote=99999999999", "promote=\u0663", "=5", "promote=+3"})
    void badRecentActivityExitsTwo(String recent) {
      assertEquals(2, run("decide", flagship.toString(), "brand-page", "listen",
          "--recent", recent));
      assertTrue(err().startsWith("--recent '" + recent + "': "), err());
      assertEquals("", out());
    }

    @Test
    void borrowedStandardIdSaysItsTraitsAreNotTheStandardOnes() {
      assertEquals(0, run("decide", flagship.toString(), "knitting-circle",
          "export-member-data/listen/none/one-to-many"));
      assertTrue(out().contains("\n  note: export-member-data here has the traits (listen, none,"
          + " one-to-many), not the standard action's (use-data, none, one-to-many)\n"), out());
      assertEquals(0, run("decide", flagship.toString(), "knitting-circle", "export-member-data"));
      assertFalse(out().contains("note:"), out());
    }

    @Test
    void controlCharactersInTextsAreShownNotObeyed() throws IOException {
      Path policy = write("odd.policy", """
          policy odd
          description "d"
          default appropriate

          rule odd
            when intent is listen
            then recommended
            because "Bell \u0007 escape \u001b[2J and a right-to-left override \u202e."
          """);
      assertEquals(0, run("explain", policy.toString(), "managed", "listen"));
      assertTrue(out().contains("Bell ? escape ?[2J and a right-to-left override ?."), out());
      assertFalse(out().chars().anyMatch(c -> c == 0x1b || c == 7 || c == 0x202e), out());
      assertEquals(0, run("explain", policy.toString(), "managed", "listen", "--format", "json"));
      assertTrue(json().get("reasons").get(0).get("rationale").asText().contains("\u001b[2J"));
    }
  }

  @Nested
  class Check {
    @Test
    void cleanPolicyExitsZero() throws IOException {
      assertEquals(0, run("check", "standard"));
      assertTrue(out().startsWith("Policy 'standard': 28 rules, 6900 situations examined."), out());
      assertTrue(out().contains("\n0 errors, 0 warnings.\n"), out());
      Path file = write("standard.policy", StandardPolicy.text());
      assertEquals(0, run("check", file.toString()));
    }

    private static final String PRESS_WELCOME = """

        rule press-welcome
          when type is participating and format is press-release
          then limited
          priority 100
          because "This forum asked us for product news."
          must "One release a month, and only product news."
        """;

    @Test
    void againstWarnsWhereMoreLenientExitsOneOnlyWhenStrict() throws IOException {
      Path file = write("press.policy",
          StandardPolicy.text().replaceAll("(?m)^(require|expect) .*\n", "") + PRESS_WELCOME);
      assertEquals(0, run("check", file.toString(), "--against", "standard"));
      assertTrue(out().contains("\n0 errors, 0 warnings.\n"), out());
      assertTrue(out().contains("\nPolicy 'standard' against 'standard': 672 situations more"
          + " lenient.\n"), out());
      assertTrue(out().contains("  post-press-release in participating: no -> ltd\n"), out());
      assertTrue(out().contains("WARNING more lenient in participating communities: INAPPROPRIATE"
          + " -> LIMITED (decided by press-welcome)\n        in 672 situations, e.g."
          + " post-press-release (promote, press-release, one-to-many) in a participating"
          + " community"), out());
      assertEquals(1, run("check", file.toString(), "--against", "standard", "--strict"));
      assertTrue(out().contains("ERROR   more lenient in participating communities"), out());

      assertEquals(1, run("check", file.toString(), "--against", "standard", "--strict",
          "--format", "json"));
      JsonNode against = json().get("against");
      assertFalse(json().get("hasErrors").asBoolean());
      assertTrue(against.get("hasErrors").asBoolean());
      assertEquals("standard", against.get("baseline").asText());
      assertFalse(against.get("refines").asBoolean());
      assertEquals(672, against.get("moreLenientCount").asInt());
      assertEquals("post-press-release", against.get("grid").get(0).get("action").asText());
      assertEquals("no -> ltd", against.get("grid").get(0).get("text").asText());
      JsonNode first = against.get("moreLenient").get(0);
      assertEquals("inappropriate", first.get("before").asText());
      assertEquals("limited", first.get("after").asText());
      assertEquals("press-welcome", first.get("decidingRulesAfter").get(0).asText());
    }

    @Test
    void againstStricterPolicyReportsNothingEvenWhenStrict() throws IOException {
      Path file = write("press.policy", StandardPolicy.text() + PRESS_WELCOME);
      assertEquals(0, run("check", "standard", "--against", file.toString(), "--strict"));
      assertTrue(out().endsWith("\nPolicy 'standard' against 'standard': 0 situations more"
          + " lenient.\n"), out());
      assertEquals(0, run("check", "standard", "--against", "standard", "--format", "json"));
      assertTrue(json().get("against").get("refines").asBoolean());
    }

    @Test
    void strictWithoutAgainstIsAUsageError() {
      assertEquals(2, run("check", "standard", "--strict"));
      assertTrue(err().startsWith("--strict needs --against\n"), err());
    }

    @Test
    void policyWithErrorsExitsOneInTextAndJson() throws IOException {
      Path file = write("dead.policy", StandardPolicy.text()
          + "\nrule owned-by-independents\n  when layer is owned and steward is independent\n"
          + "  then inappropriate\n  because \"Never matches.\"\n");
      assertEquals(1, run("check", file.toString()));
      assertTrue(out().contains("ERROR   UNSATISFIABLE: rule 'owned-by-independents' can never"
          + " match"), out());

      assertEquals(1, run("check", file.toString(), "--format", "json"));
      JsonNode json = json();
      assertEquals("social-ecosystem/analysis/1", json.get("schema").asText());
      assertTrue(json.get("hasErrors").asBoolean());
      assertTrue(json.get("complete").asBoolean());
      JsonNode finding = json.get("findings").get(0);
      assertEquals("unsatisfiable", finding.get("kind").asText());
      assertEquals("owned-by-independents", finding.get("rules").get(0).asText());
      assertTrue(finding.get("error").asBoolean());
    }

    @Test
    void brokenGuaranteeExitsOneWithItsWitness() throws IOException {
      Path file = write("anything-goes.policy", StandardPolicy.text()
          + "\nrule anything-goes\n  when always\n  then recommended\n  priority 1000\n"
          + "  because \"Everything is fine.\"\n");
      assertEquals(1, run("check", file.toString()));
      assertTrue(out().contains("ERROR   GUARANTEE: \"require inappropriate when layer is"
          + " participating and format in [press-release, offer]\" fails"), out());
      assertTrue(out().contains("e.g. post-press-release (promote, press-release, one-to-many) in a"
          + " participating community"), out());
      assertTrue(out().contains("ERROR   EXPECTATION: \"expect post-press-release in participating"
          + " is inappropriate\" fails"), out());
    }

    @Test
    void jsonWitnessesHaveThePinnedShape() throws IOException {
      Path file = write("six.policy", SIX_RULES);
      run("check", file.toString(), "--format", "json");
      JsonNode json = json();
      JsonNode withWitness = null;
      for (JsonNode finding : json.get("findings")) {
        if (!finding.get("witness").isNull()) {
          withWitness = finding;
          break;
        }
      }
      assertTrue(withWitness != null, out());
      Map<String, String> witness = new TreeMap<>();
      shape(withWitness.get("witness")).forEach((k, v) -> witness.put(k, v));
      assertEquals(new TreeMap<>(Map.ofEntries(
          Map.entry("community.type", "string"),
          Map.entry("community.layer", "string"),
          Map.entry("community.steward", "string"),
          Map.entry("community.platformKind", "string"),
          Map.entry("community.membership", "string"),
          Map.entry("community.audience", "string"),
          Map.entry("community.topics[]", "empty"),
          Map.entry("action.id", "string"),
          Map.entry("action.intent", "string"),
          Map.entry("action.format", "string"),
          Map.entry("action.reach", "string"),
          Map.entry("action.standard", "boolean"),
          Map.entry("anyActionId", "boolean"),
          Map.entry("promotionOverBalanceLimit", "boolean"),
          Map.entry("description", "string"))), witness);
    }

    @Test
    void fileThatDoesNotParseExitsTwoWithFileLineAndColumn() throws IOException {
      Path file = write("broken.policy", "policy p\ndescription \"d\"\ndefault sometimes\n");
      assertEquals(2, run("check", file.toString()));
      assertEquals(
          file + ":3:9: expected a verdict (recommended, appropriate, limited or inappropriate),"
              + " found 'sometimes'\n  default sometimes\n          ^\n",
          err());
    }

    @Test
    void emptyFileNameExitsTwo() {
      assertEquals(2, run("check", ""));
      assertEquals("no file name given: ''\n", err());
    }

    @Test
    void outputThatCannotBeWrittenExitsThree() {
      java.io.OutputStream full = new java.io.OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("No space left on device");
        }
      };
      int code = SocialEcosystemCli.run(new String[] {"check", "standard"},
          new PrintStream(full, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(3, code);
      assertTrue(err().contains("the output could not be written completely"), err());
    }

    @Test
    void argumentsStartingWithAnAtAreFileNames() throws IOException {
      write("args.txt", "check\nstandard\n");
      assertEquals(2, run("check", "@" + dir.resolve("args.txt")));
      assertTrue(err().startsWith("@" + dir.resolve("args.txt") + ": no such file"), err());
    }

    @Test
    void missingOrUnreadableFileExitsTwo() throws IOException {
      assertEquals(2, run("check", dir.resolve("missing.policy").toString()));
      assertEquals(dir.resolve("missing.policy") + ": no such file\n", err());
      assertEquals(2, run("check", dir.toString()));
      assertEquals(dir + ": is a directory, not a file\n", err());
      Path latin1 = dir.resolve("latin1.policy");
      Files.write(latin1, "policy caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
      assertEquals(2, run("check", latin1.toString()));
      assertTrue(err().startsWith(latin1 + ":1:"), err());
      assertTrue(err().contains("not valid UTF-8"), err());
    }
  }

  @Nested
  class Diff {
    @Test
    void textIsTheReviewPlan() throws IOException {
      Path changed = write("new.policy", PolicyLanguage.print(CustomPolicyScenario.policy()));
      assertEquals(0, run("diff", "standard", changed.toString()));
      assertTrue(out().startsWith("Policy change 'standard' -> 'crafting-tools': "), out());
      // The summary grid first: in external communities about crafting, deals become recommended.
      assertTrue(out().contains("\naction                     participating  managed"), out());
      String deals =
          out().lines().filter(l -> l.startsWith("announce-deal ")).findFirst().orElseThrow();
      assertTrue(deals.contains("ltd, ltd -> rec*"), deals);
      // Then the details.
      assertTrue(out().indexOf("\nDetails, by community type") > out().indexOf("\nannounce-deal "),
          out());
      assertTrue(out().contains("announce-deal (promote, offer, one-to-many): LIMITED -> RECOMMENDED"
          + " (decided by fan-club-deals)"), out());
    }

    @Test
    void sixRulePolicySummaryFitsOnOneScreen() throws IOException {
      Path changed = write("six.policy", SIX_RULES);
      assertEquals(0, run("diff", "standard", changed.toString()));
      String summary = out().substring(0, out().indexOf("\nDetails, by community type"));
      assertTrue(summary.lines().count() <= 50, summary);
      assertTrue(summary.lines().allMatch(l -> l.length() <= 120), summary);
      assertTrue(summary.contains("\naction "), summary);
    }

    @Test
    void jsonListsEveryChange() throws IOException {
      Path changed = write("six.policy", SIX_RULES);
      assertEquals(0, run("diff", "standard", changed.toString(), "--format", "json"));
      JsonNode json = json();
      assertEquals("social-ecosystem/diff/1", json.get("schema").asText());
      assertEquals("standard", json.get("before").asText());
      assertEquals("six-rules", json.get("after").asText());
      assertTrue(json.get("changeCount").asInt() > 0);
      assertEquals(json.get("changeCount").asInt(), json.get("changes").size());
      assertEquals(15 * 5, json.get("grid").size());
      JsonNode cell = json.get("grid").get(5 * 5);  // by action, then community type
      assertEquals("send-direct-message", cell.get("action").asText());
      assertEquals("participating", cell.get("type").asText());
      int flipsInGrid = 0;
      for (JsonNode c : json.get("grid")) {
        flipsInGrid += c.get("flips").size();
        assertEquals(c.get("flips").size() > 0, c.get("text").asText().contains("->"), c.toString());
      }
      assertTrue(flipsInGrid > 0);
      JsonNode change = json.get("changes").get(0);
      assertFalse(change.get("before").asText().equals(change.get("after").asText()));
      assertTrue(change.get("situation").get("description").isTextual());
    }

    @Test
    void samePolicyHasNoChanges() throws IOException {
      assertEquals(0, run("diff", "standard", "standard", "--format", "json"));
      assertEquals(0, json().get("changeCount").asInt());
    }
  }

  @Nested
  class Explain {
    @Test
    void decidesAStandardOrCustomAction() throws IOException {
      assertEquals(0, run("explain", "standard", "managed", "post-press-release"));
      assertTrue(out().startsWith("post-press-release: LIMITED\n"), out());
      assertEquals(0, run("explain", "standard", "participating",
          "post-job/promote/conversation/one-to-many"));
      assertTrue(out().startsWith("post-job: INAPPROPRIATE\n"), out());
      assertEquals(0, run("explain", "standard", "employee", "listen", "--format", "json"));
      assertEquals("employee", json().get("community").get("type").asText());
    }

    @Test
    void counterfactualsFollowTheDecisionOnlyWhenAsked() throws IOException {
      assertEquals(0, run("explain", "standard", "participating", "post-press-release"));
      assertFalse(out().contains("what would change the answer"), out());
      String plain = out();
      assertEquals(0, run("explain", "standard", "participating", "post-press-release",
          "--counterfactuals"));
      assertEquals(plain
          + "  what would change the answer:\n"
          + "    RECOMMENDED with steward independent -> organization, format press-release ->"
          + " conversation (decided by managed-social-formats)\n"
          + "    APPROPRIATE with steward independent -> organization, format press-release ->"
          + " none (decided by managed-marketing)\n"
          + "    LIMITED with steward independent -> organization (decided by"
          + " managed-press-release)\n", out());
      assertEquals(0, run("explain", "standard", "participating", "post-press-release",
          "--format", "json"));
      assertFalse(json().has("wouldChange"));
      assertEquals(0, run("explain", "standard", "participating", "post-press-release",
          "--counterfactuals", "--format", "json"));
      JsonNode wouldChange = json().get("wouldChange");
      assertTrue(wouldChange.get("complete").asBoolean());
      JsonNode limited = wouldChange.get("nearest").get(2);
      assertEquals("limited", limited.get("verdict").asText());
      assertEquals("managed", limited.get("type").asText());
      assertEquals("steward", limited.get("changes").get(0).get("attribute").asText());
      assertEquals("independent", limited.get("changes").get(0).get("from").asText());
      assertEquals("organization", limited.get("changes").get(0).get("to").asText());
      assertEquals("managed-press-release", limited.get("reasons").get(0).get("rule").asText());
    }

    @Test
    void showsTypedObligationsWithTheirKinds() throws IOException {
      assertEquals(0, run("explain", "standard", "participating", "join-discussion"));
      assertTrue(out().contains("  you must: Say openly that you work for the organisation before"
          + " you take part. [disclose-affiliation]\n"), out());
      assertEquals(0, run("explain", "standard", "external", "announce-deal"));
      assertTrue(out().contains("[keep-in-balance]\n"), out());
      assertEquals(0, run("explain", "standard", "managed", "post-press-release", "--format", "json"));
      assertEquals("prefer-format", json().get("typedObligations").get(1).get("kind").asText());
    }

    @Test
    void unknownTypeExitsTwo() {
      assertEquals(2, run("explain", "standard", "galaxy", "listen"));
      assertTrue(err().startsWith("unknown community type 'galaxy': expected participating,"
          + " managed, external, closed, employee"), err());
    }
  }

  @Nested
  class Fmt {
    @Test
    void canonicalFilesPassTheCheck() throws IOException {
      Path policy = write("standard.policy", PolicyLanguage.print(StandardPolicy.policy()));
      assertEquals(0, run("fmt", "--check", policy.toString()));
      assertEquals("", out() + err());
      assertEquals(0, run("fmt", "--check", flagship.toString()));
      assertEquals("", out() + err());
    }

    @Test
    void otherFilesFailTheCheckPrintAndRewriteToCanonicalForm() throws IOException {
      String canonical = PolicyLanguage.print(PolicyLanguage.parse(SIX_RULES));
      Path policy = write("six.policy", SIX_RULES.replace("  then", "    then"));
      assertEquals(1, run("fmt", "--check", policy.toString()));
      assertTrue(err().startsWith(policy + ":"), err());
      assertTrue(err().contains("not in canonical form"), err());

      assertEquals(0, run("fmt", policy.toString()));
      assertEquals(canonical, out());

      assertEquals(0, run("fmt", "--write", policy.toString()));
      assertEquals(canonical, Files.readString(policy));
      assertEquals(0, run("fmt", "--check", policy.toString()));
    }

    @Test
    void ecosystemsAreToldFromPoliciesByExtensionOrFirstWord() throws IOException {
      String text = EcosystemLanguage.print(CraftingToolsEcosystem.ecosystem());
      Path noExtension = write("crafting-tools", "# our communities\n\n" + text);
      assertEquals(0, run("fmt", noExtension.toString()));
      assertEquals(text, out());
    }

    @Test
    void fileThatDoesNotParseExitsTwo() throws IOException {
      Path broken = write("broken.ecosystem", "ecosystem \"x\"\ncommunity\n");
      assertEquals(2, run("fmt", broken.toString()));
      assertTrue(err().startsWith(broken + ":3:1: expected a kebab-case community id"), err());
    }

    @Test
    void ecosystemsAreRecognisedAfterAByteOrderMarkOrWithATab() throws IOException {
      String text = EcosystemLanguage.print(CraftingToolsEcosystem.ecosystem());
      Path marked = write("marked", "\uFEFF" + text);
      assertEquals(0, run("fmt", marked.toString()));
      assertEquals(text, out());
      Path tabbed = write("tabbed", text.replaceFirst("ecosystem ", "ecosystem\t"));
      assertEquals(0, run("fmt", tabbed.toString()));
      assertEquals(text, out());
    }

    @Test
    void theBuiltInPolicyIsPrintedButNeverWrittenToAFile() {
      assertEquals(0, run("fmt", "standard"));
      assertEquals(PolicyLanguage.print(StandardPolicy.policy()), out());
      assertEquals(2, run("fmt", "--write", "standard"));
      assertTrue(err().startsWith("standard: the built-in policy cannot be rewritten"), err());
      assertFalse(Files.exists(Path.of("standard")));
    }

    @Test
    void writeReplacesTheFileALinkPointsToKeepingItsPermissions() throws IOException {
      Path policy = write("six.policy", SIX_RULES);
      Files.setPosixFilePermissions(policy,
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
      Path link = Files.createSymbolicLink(dir.resolve("link.policy"), policy);
      assertEquals(0, run("fmt", "--write", link.toString()));
      assertTrue(Files.isSymbolicLink(link));
      assertEquals(PolicyLanguage.print(PolicyLanguage.parse(SIX_RULES)), Files.readString(policy));
      assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
          Files.getPosixFilePermissions(policy)));
      try (var files = Files.list(dir)) {
        assertEquals(List.of("crafting-tools.ecosystem", "link.policy", "six.policy"),
            files.map(f -> f.getFileName().toString()).sorted().toList());
      }
    }

    @Test
    void aPipeIsReadOnce() throws Exception {
      Path fifo = dir.resolve("piped.policy");
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
      Thread writer = new Thread(() -> {
        try {
          Files.writeString(fifo, SIX_RULES, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      writer.start();
      assertEquals(0, run("fmt", fifo.toString()));
      writer.join(10_000);
      assertEquals(PolicyLanguage.print(PolicyLanguage.parse(SIX_RULES)), out());
    }

    @Test
    void checkAndWriteTogetherIsBadUsage() throws IOException {
      Path policy = write("standard.policy", StandardPolicy.text());
      assertEquals(2, run("fmt", "--check", "--write", policy.toString()));
      assertTrue(err().contains("--check and --write cannot be used together"), err());
    }
  }

  /** What the README shows of the tool and of ecosystem texts is what they do. */
  @Nested
  class Readme {
    private final String readme = readReadme();

    private static String readReadme() {
      try {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** The first fenced block after {@code marker}, without its fences. */
    private String blockAfter(String marker) {
      int at = readme.indexOf(marker);
      assertTrue(at >= 0, marker);
      int start = readme.indexOf("```\n", at) + 4;
      return readme.substring(start, readme.indexOf("```\n", start));
    }

    @Test
    void decideExamplePrintsWhatTheReadmeShows() {
      String block = blockAfter("A decision, for the flagship's fan community");
      String[] lines = block.split("\n", -1);
      String file = lines[0].substring(lines[0].indexOf('=') + 1);
      String command = lines[1].substring(lines[1].indexOf(".jar ") + 5).replace("$F", "../" + file);
      assertEquals(0, run(command.split(" ")));
      String shown = block.substring(block.indexOf('\n', block.indexOf('\n') + 1) + 1);
      assertEquals(shown, out());
    }

    @Test
    void counterfactualsExamplePrintsWhatTheReadmeShows() {
      String block = blockAfter("What would change the answer, for a press release");
      String command = block.substring(block.indexOf(".jar ") + 5, block.indexOf('\n'));
      assertEquals(0, run(command.split(" ")));
      assertEquals(block.substring(block.indexOf('\n') + 1), out());
    }

    @Test
    void ecosystemTextExampleParsesAndItsErrorExampleIsTheParsersMessage() throws IOException {
      Ecosystem example = EcosystemLanguage.parse(blockAfter("## Ecosystems as text"));
      assertEquals("Crafting Tools Inc.", example.organization());
      assertEquals(2, example.communities().size());
      assertEquals(1, example.channels().size());

      String error = blockAfter("invisible characters named by code point.");
      String flagshipText = Files.readString(flagship);
      int staffRoom = flagshipText.indexOf("community staff-room");
      String broken = flagshipText.substring(0, staffRoom)
          + flagshipText.substring(staffRoom).replaceFirst("membership controlled", "membership open");
      Path file = write("broken.ecosystem", broken);
      assertEquals(2, run("fmt", file.toString()));
      String message = error.substring(error.indexOf(": ") + 2);
      String location = error.substring(0, error.indexOf(": "))
          .replace("line ", "").replace(", column ", ":");
      assertEquals(file + ":" + location + ": " + message, err());
    }

    @Test
    void diffExampleIsTheStartOfWhatTheToolPrints() {
      String block = blockAfter("The start of the plan for the six-rule policy");
      String[] lines = block.split("\n", -1);
      String file = lines[1].strip();
      assertTrue(lines[0].endsWith("diff standard \\"), lines[0]);
      assertEquals(0, run("diff", "standard", "../" + file));
      String shown = block.substring(block.indexOf('\n', block.indexOf('\n') + 1) + 1);
      assertTrue(shown.endsWith("...\n"), shown);
      String start = shown.substring(0, shown.length() - "...\n".length());
      assertTrue(out().startsWith(start), out());
      assertTrue(start.endsWith("\nDetails, by community type: each change with the rules that"
          + " decide it now.\n"), start);
      assertTrue(start.lines().count() <= 50, start);
    }

    @Test
    void tryItCommandNamesTheShippedFile() {
      String block = blockAfter("The same report comes from the command-line tool");
      String path = block.substring(block.lastIndexOf(' ') + 1).strip();
      assertTrue(Files.isRegularFile(Path.of("..", path)), path);
      assertEquals(0, run("assess", "../" + path));
      assertTrue(out().startsWith("# Social ecosystem of Crafting Tools Inc.\n"), out());
    }
  }

  @Nested
  class Usage {
    @ParameterizedTest
    @ValueSource(strings = {"assess", "decide", "check", "diff", "explain", "fmt", "serve"})
    void everySubcommandHasHelp(String command) {
      assertEquals(0, run(command, "--help"));
      assertTrue(out().startsWith("Usage: social-ecosystem " + command), out());
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
      assertEquals(0, run("--help"));
      for (String command : new String[] {"assess", "decide", "check", "diff", "explain", "fmt"}) {
        assertTrue(out().contains("\n  " + command + " "), out());
      }
      assertTrue(out().contains("Exit codes:"), out());
      assertEquals(0, run("help", "decide"));
      assertTrue(out().startsWith("Usage: social-ecosystem decide"), out());
    }

    @Test
    void noCommandUnknownCommandMissingArgumentsBadOptionExitTwo() {
      assertEquals(2, run());
      assertTrue(err().contains("a command is required"), err());
      assertEquals(2, run("evaluate"));
      assertTrue(err().contains("Unmatched argument"), err());
      assertEquals(2, run("decide", "only-one-argument"));
      assertTrue(err().contains("Missing required parameters"), err());
      assertEquals(2, run("check", "standard", "--format", "yaml"));
      assertTrue(err().contains("yaml"), err());
    }

    @Test
    void serveRefusesFilesItCannotUseBeforeListening() throws IOException {
      assertEquals(2, run("serve", "--ecosystem", dir.resolve("missing.ecosystem").toString()));
      assertEquals(dir.resolve("missing.ecosystem") + ": no such file\n", err());
      Path broken = write("broken.policy", "policy p\n");
      assertEquals(2, run("serve", "--ecosystem", flagship.toString(), "--policy",
          broken.toString()));
      assertTrue(err().startsWith(broken + ":2:1: "), err());
      assertEquals(2, run("serve", "--ecosystem", flagship.toString(), "--port", "70000"));
      assertTrue(err().startsWith("--port: port must be from 0 to 65535"), err());
      assertEquals(2, run("serve"));
      assertTrue(err().contains("Missing required option: '--ecosystem=FILE'"), err());
    }

    @Test
    void serveListensUntilStopped() throws Exception {
      int[] code = {-1};
      Thread server = new Thread(() -> code[0] = SocialEcosystemCli.run(
          new String[] {"serve", "--ecosystem", flagship.toString(), "--port", "0"},
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)));
      server.start();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!err().contains("/v1/ (policy hash ") && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      String line = err();
      assertTrue(line.startsWith("social-ecosystem: serving on http://127.0.0.1:"), line);
      String base = line.substring(line.indexOf("http://"), line.indexOf("/v1/") + 4);
      var response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "health")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      server.interrupt();
      server.join(10_000);
      assertFalse(server.isAlive());
      assertEquals(0, code[0]);
    }

    @Test
    void version() {
      assertEquals(0, run("--version"));
      assertTrue(out().startsWith("social-ecosystem "), out());
    }
  }
}
