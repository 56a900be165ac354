package io.github.socialecosystem.examples.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The JSON documents read back by an independent parser, field for field. */
class JsonShapesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ecosystemReadsBackFieldForField() throws IOException {
    Ecosystem ecosystem = CraftingToolsEcosystem.ecosystem();
    JsonNode json = JSON.readTree(JsonShapes.ecosystem(ecosystem));
    assertEquals("social-ecosystem/ecosystem/1", json.get("schema").asText());
    assertEquals(ecosystem.organization(), json.get("organization").asText());
    assertEquals(ecosystem.communities().size(), json.get("communities").size());
    JsonNode club = json.get("communities").get(5);
    assertEquals("crafters-club", club.get("id").asText());
    assertEquals("organization", club.get("steward").asText());
    assertEquals("community-software", club.get("platform").get("kind").asText());
    assertEquals("customers", club.get("audience").asText());
    assertEquals(12_000, club.get("memberCount").asLong());
    assertEquals("external", club.get("type").asText());
    assertEquals("owned", club.get("layer").asText());
    assertEquals("organization", club.get("dataOwnership").get("holder").asText());
    assertEquals(ecosystem.channels().size(), json.get("channels").size());
  }

  @Property(tries = 100)
  void anyEcosystemIsValidJsonWithEveryCommunityAndChannel(@ForAll Ecosystem ecosystem)
      throws IOException {
    JsonNode json = JSON.readTree(JsonShapes.ecosystem(ecosystem));
    assertEquals(ecosystem.organization(), json.get("organization").asText());
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    json.get("communities").forEach(c -> {
      ids.add(c.get("id").asText());
      names.add(c.get("name").asText());
    });
    assertEquals(ecosystem.communities().stream().map(Community::id).toList(), ids);
    assertEquals(ecosystem.communities().stream().map(Community::name).toList(), names);
    assertEquals(ecosystem.channels().size(), json.get("channels").size());
  }

  @Test
  void hostileTextsAreEscaped() throws IOException {
    String name = "Quotes \" backslash \\ newline \n tab \t control \u0001 emoji \uD83E\uDDF6 </script>";
    Community community = Community.builder()
        .id("odd").name(name)
        .steward(Steward.INDEPENDENT)
        .platform(Platform.of(name, PlatformKind.INDEPENDENT_SITE))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .build();
    Ecosystem ecosystem = Ecosystem.builder().organization(name).addCommunities(community).build();
    JsonNode json = JSON.readTree(JsonShapes.ecosystem(ecosystem));
    assertEquals(name, json.get("organization").asText());
    assertEquals(name, json.get("communities").get(0).get("name").asText());
    assertEquals(name, json.get("communities").get(0).get("platform").get("name").asText());
    assertTrue(json.get("communities").get(0).get("memberCount").isNull());
  }

  @Test
  void decisionMarksStandardActionsOnlyWithTheirOwnTraits() throws IOException {
    Community club = CraftingToolsEcosystem.ecosystem().community("crafters-club").orElseThrow();
    EngagementAction borrowed =
        EngagementAction.of("announce-deal", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY);
    PolicyEngine engine = PolicyEngine.standard();
    JsonNode own = JSON.readTree(JsonShapes.decision(
        club, engine.decide(club, StandardActions.ANNOUNCE_DEAL), EngagementContext.none()));
    JsonNode other = JSON.readTree(JsonShapes.decision(
        club, engine.decide(club, borrowed), EngagementContext.none()));
    assertTrue(own.get("action").get("standard").asBoolean());
    assertEquals(false, other.get("action").get("standard").asBoolean());
    assertEquals("video", other.get("action").get("format").asText());
    assertEquals(0, own.get("recentActivity").size());
  }

  @Test
  void limitedDecisionCarriesItsObligationsAndAlternatives() throws IOException {
    Community page = CraftingToolsEcosystem.ecosystem().community("brand-page").orElseThrow();
    JsonNode json = JSON.readTree(JsonShapes.decision(page,
        PolicyEngine.standard().decide(page, StandardActions.POST_PRESS_RELEASE),
        EngagementContext.none()));
    assertEquals("limited", json.get("verdict").asText());
    assertTrue(json.get("permits").asBoolean());
    assertTrue(json.get("obligations").size() > 0, json.toString());
    assertTrue(json.get("obligations").get(0).isTextual());
    assertEquals("share-video", json.get("alternatives").get(0).get("id").asText());
    assertEquals("video", json.get("alternatives").get(0).get("format").asText());
    assertTrue(json.get("reasons").get(0).get("citation").isTextual(), json.toString());
  }

  @Test
  void decisionWithCounterfactualsAddsWouldChangeWithNullForATopicNotThere() throws IOException {
    PolicyEngine engine = PolicyEngine.of(PolicyLanguage.parse("""
        policy p
        description "d"
        default recommended
        rule bargains
          when topic is deals
          then inappropriate
          because "Not a place for bargains."
        """));
    Community page = CraftingToolsEcosystem.ecosystem().community("brand-page").orElseThrow();
    JsonNode json = JSON.readTree(JsonShapes.decision(
        page, engine.counterfactuals(page, StandardActions.LISTEN), EngagementContext.none()));
    assertEquals("recommended", json.get("verdict").asText());
    JsonNode wouldChange = json.get("wouldChange");
    assertTrue(wouldChange.get("complete").asBoolean());
    assertEquals(1, wouldChange.get("nearest").size(), json.toString());
    JsonNode inappropriate = wouldChange.get("nearest").get(0);
    assertEquals("inappropriate", inappropriate.get("verdict").asText());
    assertEquals("managed", inappropriate.get("type").asText());
    JsonNode change = inappropriate.get("changes").get(0);
    assertEquals("topic", change.get("attribute").asText());
    assertTrue(change.get("from").isNull(), json.toString());
    assertEquals("deals", change.get("to").asText());
    assertEquals("bargains", inappropriate.get("reasons").get(0).get("rule").asText());
  }

  @Test
  void typedObligationsAreObjectsWithTheFieldsTheirKindNeeds() throws IOException {
    Community page = CraftingToolsEcosystem.ecosystem().community("brand-page").orElseThrow();
    JsonNode json = JSON.readTree(JsonShapes.decision(page,
        PolicyEngine.standard().decide(page, StandardActions.POST_PRESS_RELEASE),
        EngagementContext.none()));
    JsonNode typed = json.get("typedObligations");
    assertEquals(json.get("obligations").size(), typed.size(), json.toString());
    JsonNode other = typed.get(0);
    assertEquals("other", other.get("kind").asText());
    assertEquals(json.get("obligations").get(0).asText(), other.get("text").asText());
    assertTrue(other.get("role").isNull() && other.get("days").isNull() && other.get("format").isNull());
    JsonNode prefer = typed.get(1);
    assertEquals("prefer-format", prefer.get("kind").asText());
    assertEquals("video", prefer.get("format").asText());
    assertEquals(false, json.get("requiresApproval").asBoolean());

    EngagementPolicy careful = EngagementPolicy.builder()
        .id("careful").description("Careful.").defaultVerdict(Verdict.APPROPRIATE)
        .addRules(EngagementRule.builder()
            .id("ask-first").condition(Condition.always()).verdict(Verdict.LIMITED)
            .rationale("Ask first.")
            .addObligations(Obligation.seekApproval("legal"), Obligation.keepRecord(1095))
            .build())
        .build();
    JsonNode asked = JSON.readTree(JsonShapes.decision(page,
        PolicyEngine.of(careful).decide(page, StandardActions.LISTEN), EngagementContext.none()));
    assertEquals(true, asked.get("requiresApproval").asBoolean());
    assertEquals("seek-approval", asked.get("typedObligations").get(0).get("kind").asText());
    assertEquals("legal", asked.get("typedObligations").get(0).get("role").asText());
    assertEquals("keep-record", asked.get("typedObligations").get(1).get("kind").asText());
    assertEquals(1095, asked.get("typedObligations").get(1).get("days").asInt());
  }

  @Test
  void assessmentSharesAreNullWhenThereIsNothingToShare() throws IOException {
    Community page = Community.builder()
        .id("page").name("Page")
        .steward(Steward.ORGANIZATION)
        .platform(Platform.of("Network", PlatformKind.CONSUMER_NETWORK))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .build();
    Ecosystem ecosystem = Ecosystem.builder().organization("O").addCommunities(page).build();
    JsonNode json = JSON.readTree(JsonShapes.assessment(EcosystemAdvisor.assess(ecosystem)));
    assertTrue(json.get("ownedMemberShare").isNull(), json.toString());
    assertEquals(0.0, json.get("ownedCommunityShare").asDouble());
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> JsonShapes.ecosystem(null));
    assertEquals("ecosystem", e.getMessage());
  }

  @Test
  void wordsAreTheLanguagesKebabCase() {
    assertEquals("one-to-many", JsonShapes.word(Reach.ONE_TO_MANY));
    assertEquals("use-data", JsonShapes.word(Intent.USE_DATA));
    assertEquals("social-ecosystem/diff/1", JsonShapes.schema("diff"));
  }
}
