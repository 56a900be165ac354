package io.github.socialecosystem.examples.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology in Kafka Streams' test driver: no broker, the real processors and stores. */
class EngagementTopologyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ORG = "Crafting Tools Inc.";
  static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

  /** The standard policy, but the fan community hears about deals gladly. */
  static final String DEALS_WELCOME = StandardPolicy.text()
      .replaceAll("(?m)^(require|expect) .*\n", "").replaceFirst(
      "policy standard", "policy deals-welcome") + """

      rule fan-club-deals
        when type is external and format is offer
        then recommended
        priority 50
        because "Our fans signed up to hear about deals first."
      """;

  @TempDir Path state;
  Topics topics;

  /** A driver and its topics. */
  record Topics(
      TopologyTestDriver driver,
      TestInputTopic<String, String> published,
      TestInputTopic<String, String> planned,
      TestInputTopic<String, String> policies,
      TestInputTopic<String, String> ecosystems,
      TestOutputTopic<String, String> decisions,
      TestOutputTopic<String, String> held,
      TestOutputTopic<String, String> rejections,
      TestOutputTopic<String, String> deadLetters) {

    static Topics open(Path state, Duration window) {
      Properties properties = new Properties();
      properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "engagements-test");
      properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
      TopologyTestDriver driver = new TopologyTestDriver(
          EngagementTopology.build(EngagementTopology.options().window(window)), properties,
          MONDAY.minus(Duration.ofDays(30)));
      StringSerializer in = new StringSerializer();
      StringDeserializer out = new StringDeserializer();
      return new Topics(driver,
          driver.createInputTopic("published-engagements", in, in),
          driver.createInputTopic("planned-engagements", in, in),
          driver.createInputTopic("policies", in, in),
          driver.createInputTopic("ecosystems", in, in),
          driver.createOutputTopic("engagement-decisions", out, out),
          driver.createOutputTopic("engagement-held", out, out),
          driver.createOutputTopic("policy-rejections", out, out),
          driver.createOutputTopic("engagement-dead-letters", out, out));
    }

    void publish(String organization, String community, String action, Instant time) {
      published.pipeInput(community, "{\"organization\":" + quote(organization)
          + ",\"community\":" + quote(community) + ",\"action\":" + action + ",\"time\":\""
          + time + "\"}", time);
    }

    /** Plans an engagement at {@code time} and returns its decision. */
    JsonNode plan(String organization, String community, String action, Instant time)
        throws IOException {
      planned.pipeInput(community, "{\"organization\":" + quote(organization)
          + ",\"community\":" + quote(community) + ",\"action\":" + action
          + ",\"requestId\":\"r-" + time.toEpochMilli() + "\"}", time);
      List<TestRecord<String, String>> out = decisions.readRecordsToList();
      assertEquals(1, out.size(), () -> "one decision, dead letters: "
          + deadLetters.readValuesToList());
      assertEquals(community, out.get(0).key());
      return JSON.readTree(out.get(0).value());
    }
  }

  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void open() {
    topics = Topics.open(state, Duration.ofDays(7));
    topics.ecosystems.pipeInput(ORG, CraftingToolsEcosystem.text(), MONDAY.minus(Duration.ofDays(20)));
  }

  @AfterEach
  void close() {
    topics.driver().close();
  }

  static Community community(String id) {
    return CraftingToolsEcosystem.ecosystem().community(id).orElseThrow();
  }

  @Test
  void promotionInAnOwnedCommunityBecomesInappropriateOverTheLimitAndLimitedOnceTheWindowPasses()
      throws IOException {
    PolicyEngine engine = PolicyEngine.standard();
    EngagementAction promotion = StandardActions.BROADCAST_PROMOTION;
    EngagementContext over = EngagementContext.builder()
        .putRecentActivity(Intent.PROMOTE, 3).putRecentActivity(Intent.CONVERSE, 1).build();
    assertEquals(Verdict.LIMITED, engine.decide(community("crafters-club"), promotion).verdict());
    assertEquals(Verdict.INAPPROPRIATE,
        engine.decide(community("crafters-club"), promotion, over).verdict());

    JsonNode before = topics.plan(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY);
    assertEquals("limited", before.get("verdict").asText());
    assertEquals("{}", before.get("recentActivity").toString());

    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(60));
    topics.publish(ORG, "crafters-club", "\"announce-deal\"", MONDAY.plusSeconds(120));
    topics.publish(ORG, "crafters-club", "\"join-discussion\"", MONDAY.plusSeconds(180));
    // Promotion in another community, or of another organisation, is not counted here.
    topics.publish(ORG, "brand-page", "\"broadcast-promotion\"", MONDAY.plusSeconds(190));
    topics.publish("Other Org", "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(195));
    JsonNode balanced = topics.plan(ORG, "crafters-club", "\"broadcast-promotion\"",
        MONDAY.plusSeconds(200));
    assertEquals("{\"converse\":1,\"promote\":2}", balanced.get("recentActivity").toString());
    assertEquals("inappropriate", balanced.get("verdict").asText(), balanced.toString());

    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(300));
    JsonNode overLimit = topics.plan(ORG, "crafters-club", "\"broadcast-promotion\"",
        MONDAY.plus(Duration.ofDays(6)));
    assertEquals("{\"converse\":1,\"promote\":3}", overLimit.get("recentActivity").toString());
    assertEquals("inappropriate", overLimit.get("verdict").asText());
    assertEquals(2, topics.held().readRecordsToList().size(), "both held for review");

    JsonNode later = topics.plan(ORG, "crafters-club", "\"broadcast-promotion\"",
        MONDAY.plus(Duration.ofDays(7)).plusSeconds(301));
    assertEquals("{}", later.get("recentActivity").toString(), "the window has passed");
    assertEquals("limited", later.get("verdict").asText());
    assertTrue(topics.held().isEmpty());
    assertTrue(topics.deadLetters().isEmpty());
  }

  @Test
  void aDecisionIsTheCommandLinesShapeWithOrganizationPolicyAndRequestId() throws IOException {
    JsonNode decision = topics.plan(ORG, "deals-account", "\"announce-deal\"", MONDAY);
    assertEquals(JsonShapes.schema("decision"), decision.get("schema").asText());
    assertEquals(ORG, decision.get("organization").asText());
    assertEquals("standard", decision.get("policy").get("id").asText());
    assertEquals(Texts.hash(PolicyLanguage.print(PolicyEngine.standard().policy())),
        decision.get("policy").get("hash").asText());
    assertEquals("r-" + MONDAY.toEpochMilli(), decision.get("requestId").asText());
    JsonNode engine = JSON.readTree(JsonShapes.decision(community("deals-account"),
        PolicyEngine.standard().decide(community("deals-account"), StandardActions.ANNOUNCE_DEAL),
        EngagementContext.none()));
    for (String field : List.of("community", "action", "verdict", "reasons", "overridden",
        "obligations", "alternatives", "recentActivity", "permits")) {
      assertEquals(engine.get(field), decision.get(field), field);
    }
  }

  @Test
  void aPolicyUpdateChangesTheNextDecisionAndABrokenOneIsRejected() throws IOException {
    assertEquals("limited",
        topics.plan(ORG, "crafters-club", "\"announce-deal\"", MONDAY).get("verdict").asText());

    topics.policies().pipeInput(ORG, DEALS_WELCOME, MONDAY.plusSeconds(1));
    JsonNode welcome = topics.plan(ORG, "crafters-club", "\"announce-deal\"", MONDAY.plusSeconds(2));
    assertEquals("recommended", welcome.get("verdict").asText());
    assertEquals("deals-welcome", welcome.get("policy").get("id").asText());
    assertTrue(topics.rejections().isEmpty());

    topics.policies().pipeInput(ORG, "policy broken\n  rule nothing-here", MONDAY.plusSeconds(3));
    JsonNode rejection = JSON.readTree(topics.rejections().readValue());
    assertEquals(ORG, rejection.get("organization").asText());
    assertEquals("policy", rejection.get("kind").asText());
    assertTrue(rejection.get("reason").asText().contains("line 2"), rejection.toString());
    JsonNode still = topics.plan(ORG, "crafters-club", "\"announce-deal\"", MONDAY.plusSeconds(4));
    assertEquals("recommended", still.get("verdict").asText(), "the old policy keeps deciding");

    // A policy that parses but that the analyzer finds errors in is rejected too.
    String unsatisfiable = DEALS_WELCOME.replace("deals-welcome", "never") + """

        rule owned-by-independents
          when layer is owned and steward is independent
          then inappropriate
          because "Never matches."
        """;
    topics.policies().pipeInput(ORG, unsatisfiable, MONDAY.plusSeconds(5));
    assertTrue(JSON.readTree(topics.rejections().readValue()).get("reason").asText()
        .contains("UNSATISFIABLE"));
    assertEquals("recommended",
        topics.plan(ORG, "crafters-club", "\"announce-deal\"", MONDAY.plusSeconds(6))
            .get("verdict").asText());

    // So is one that breaks a guarantee it carries: here the standard policy's own promises.
    String promised = StandardPolicy.text().replaceFirst("policy standard", "policy promised")
        + DEALS_WELCOME.substring(DEALS_WELCOME.indexOf("rule fan-club-deals"));
    topics.policies().pipeInput(ORG, promised, MONDAY.plusSeconds(6));
    assertTrue(JSON.readTree(topics.rejections().readValue()).get("reason").asText()
        .contains("GUARANTEE"));

    // A tombstone removes the organisation's policy: the standard one decides again.
    topics.policies().pipeInput(ORG, null, MONDAY.plusSeconds(7));
    assertEquals("limited", topics.plan(ORG, "crafters-club", "\"announce-deal\"",
        MONDAY.plusSeconds(8)).get("verdict").asText());
  }

  @Test
  void twoOrganizationsWithTheSameCommunityIdGetTheirOwnPoliciesAndActivity()
      throws IOException {
    String other = "Other Tools Ltd.";
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    topics.ecosystems().pipeInput(other, EcosystemLanguage.print(Ecosystem.builder()
        .from(flagship).organization(other).build()), MONDAY);
    topics.policies().pipeInput(other, DEALS_WELCOME, MONDAY);
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(10));
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(11));

    JsonNode ours = topics.plan(ORG, "crafters-club", "\"announce-deal\"", MONDAY.plusSeconds(20));
    JsonNode theirs =
        topics.plan(other, "crafters-club", "\"announce-deal\"", MONDAY.plusSeconds(21));
    assertEquals("standard", ours.get("policy").get("id").asText());
    assertEquals("inappropriate", ours.get("verdict").asText(), "over the limit here");
    assertEquals("deals-welcome", theirs.get("policy").get("id").asText());
    assertEquals("{}", theirs.get("recentActivity").toString());
    assertEquals("recommended", theirs.get("verdict").asText());
  }

  @Test
  void recordsThatCannotBeUsedGoToTheDeadLettersWithTheReasonAndNothingStops()
      throws IOException {
    String ok = "{\"organization\":\"" + ORG + "\",\"community\":\"crafters-club\","
        + "\"action\":\"listen\"}";
    List<String[]> bad = List.of(
        new String[] {"crafters-club", "not json", "not JSON"},
        new String[] {"crafters-club", "[1,2]", "JSON object"},
        new String[] {"crafters-club", null, "tombstone"},
        new String[] {"brand-page", ok, "key must be the community id 'crafters-club'"},
        new String[] {null, ok, "not missing"},
        new String[] {"crafters-club", ok.replace("listen", "dance"), "unknown standard action"},
        new String[] {"crafters-club", ok.replace("\"listen\"",
            "{\"id\":\"Bad Id\",\"intent\":\"listen\",\"format\":\"none\",\"reach\":\"one-to-one\"}"),
            "action.id"},
        new String[] {"crafters-club", ok.replace("\"listen\"",
            "{\"id\":\"x\",\"intent\":\"shout\",\"format\":\"none\",\"reach\":\"one-to-one\"}"),
            "action.intent: unknown intent 'shout'"},
        new String[] {"crafters-club", ok.replace("}", ",\"extra\":1}"), "unknown field 'extra'"},
        new String[] {"crafters-club", ok.replace(ORG, "Nobody"), "no ecosystem"},
        new String[] {"moon-base", ok.replace("crafters-club", "moon-base"), "no community"});
    for (String[] record : bad) {
      topics.planned().pipeInput(record[0], record[1], MONDAY);
    }
    topics.published().pipeInput("crafters-club", "{\"organization\":\"x\",\"community\":"
        + "\"crafters-club\",\"action\":\"listen\",\"time\":\"yesterday\"}", MONDAY);
    List<String> letters = topics.deadLetters().readValuesToList();
    assertEquals(bad.size() + 1, letters.size(), letters.toString());
    for (int i = 0; i < bad.size(); i++) {
      JsonNode letter = JSON.readTree(letters.get(i));
      assertTrue(letter.get("reason").asText().contains(bad.get(i)[2]),
          bad.get(i)[2] + " in " + letter);
      assertEquals("planned-engagements", letter.get("topic").asText());
      assertEquals(i, letter.get("offset").asInt());
      assertEquals(bad.get(i)[1], letter.get("value").isNull() ? null : letter.get("value").asText());
    }
    assertTrue(JSON.readTree(letters.get(bad.size())).get("reason").asText().contains("ISO-8601"));
    assertTrue(topics.decisions().isEmpty());
    // And the next good record is decided.
    assertEquals(JsonShapes.word(PolicyEngine.standard()
            .decide(community("crafters-club"), StandardActions.LISTEN).verdict()),
        topics.plan(ORG, "crafters-club", "\"listen\"", MONDAY).get("verdict").asText());
  }

  @Test
  void aBrokenEcosystemIsRejectedAndTheOldOneStays() throws IOException {
    topics.ecosystems().pipeInput(ORG, "ecosystem \"x\"\ncommunity Bad", MONDAY);
    JsonNode rejection = JSON.readTree(topics.rejections().readValue());
    assertEquals("ecosystem", rejection.get("kind").asText());
    assertEquals("listen", topics.plan(ORG, "staff-room", "\"listen\"", MONDAY.plusSeconds(1))
        .get("action").get("id").asText());
    topics.ecosystems().pipeInput(null, CraftingToolsEcosystem.text(), MONDAY);
    assertTrue(JSON.readTree(topics.rejections().readValue()).get("reason").asText()
        .contains("key"));
  }

  @Test
  void publishedTimesFarAheadOrBefore1970GoToTheDeadLettersAndKeepTheWindowWhole()
      throws IOException {
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(1));
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(2));
    // Times that would move the store's clock, or that no record can carry.
    for (String time : List.of("9999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z",
        "1969-12-31T23:00:00Z")) {
      topics.published().pipeInput("x", "{\"organization\":\"Someone\",\"community\":\"x\","
          + "\"action\":\"listen\",\"time\":\"" + time + "\"}", MONDAY.plusSeconds(3));
    }
    assertEquals(3, topics.deadLetters().readValuesToList().size());
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY.plusSeconds(21));
    assertEquals("{\"promote\":3}", topics.plan(ORG, "crafters-club",
        "\"listen\"", MONDAY.plusSeconds(30)).get("recentActivity").toString());
  }

  @Test
  void aLatePlanStillSeesItsWholeWindowWithinTheGrace() throws IOException {
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"",
        MONDAY.minus(Duration.ofHours(5 * 24 + 18)));
    topics.publish(ORG, "crafters-club", "\"broadcast-promotion\"", MONDAY);
    // The task has seen a later time elsewhere: the plan below is eleven hours behind it.
    topics.publish(ORG, "brand-page", "\"listen\"", MONDAY.plus(Duration.ofHours(36)));
    JsonNode late = topics.plan(ORG, "crafters-club", "\"listen\"",
        MONDAY.plus(Duration.ofHours(25)));
    assertEquals("{\"promote\":2}", late.get("recentActivity").toString());
  }

  @Test
  void valuesWrittenToTheAcceptedTopicsByAnythingElseAreNotUsed() throws IOException {
    StringSerializer in = new StringSerializer();
    var accepted = topics.driver().createInputTopic("accepted-policies", in, in);
    accepted.pipeInput(ORG, "0".repeat(64) + "\npolicy forged\n", MONDAY);
    topics.planned().pipeInput("crafters-club", "{\"organization\":\"" + ORG
        + "\",\"community\":\"crafters-club\",\"action\":\"listen\"}", MONDAY);
    JsonNode letter = JSON.readTree(topics.deadLetters().readValue());
    assertTrue(letter.get("reason").asText().contains("does not match its hash"), letter.toString());
    accepted.pipeInput(ORG, "not stamped at all", MONDAY);
    topics.planned().pipeInput("crafters-club", "{\"organization\":\"" + ORG
        + "\",\"community\":\"crafters-club\",\"action\":\"listen\"}", MONDAY);
    assertTrue(JSON.readTree(topics.deadLetters().readValue()).get("reason").asText()
        .contains("not written by this application"));
    // A real update through the policies topic puts things right.
    topics.policies().pipeInput(ORG, DEALS_WELCOME, MONDAY.plusSeconds(1));
    assertEquals("deals-welcome", topics.plan(ORG, "crafters-club", "\"listen\"",
        MONDAY.plusSeconds(2)).get("policy").get("id").asText());
  }

  @Test
  void aPolicyTooLargeForThisApplicationIsRejectedAndAHugeKeyIsCut() throws IOException {
    StringBuilder huge = new StringBuilder(DEALS_WELCOME.replace("deals-welcome", "huge"));
    for (int i = 0; huge.length() <= TextChecker.MAX_POLICY_CHARS; i++) {
      huge.append("\nrule r").append(i).append("\n  when topic is t").append(i)
          .append("\n  then appropriate\n  because \"b\"\n");
    }
    topics.policies().pipeInput(ORG, huge.toString(), MONDAY);
    assertTrue(JSON.readTree(topics.rejections().readValue()).get("reason").asText()
        .contains("at most " + TextChecker.MAX_POLICY_CHARS));
    topics.planned().pipeInput("k".repeat(5_000), "not json", MONDAY);
    assertEquals(DeadLetters.MAX_KEY_CHARS,
        JSON.readTree(topics.deadLetters().readValue()).get("key").asText().length());
  }

  @Test
  void optionsRefuseBadTopicNamesWindowsAndSharedTopics() {
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
        () -> EngagementTopology.options().planned("no spaces"));
    assertTrue(name.getMessage().contains("planned") && name.getMessage().contains("no spaces"));
    assertThrows(IllegalArgumentException.class,
        () -> EngagementTopology.options().window(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> EngagementTopology.options().window(Duration.ofDays(400)));
    IllegalArgumentException shared = assertThrows(IllegalArgumentException.class,
        () -> EngagementTopology.build(EngagementTopology.options().held("engagement-decisions")));
    assertTrue(shared.getMessage().contains("one role"), shared.getMessage());
  }
}
