package io.github.socialecosystem.examples.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For generated sequences of published and planned engagements and policy changes, every decision
 * the topology makes is the one the engine makes in process, with the recent activity counted
 * here independently: the events of that community within the window before the plan.
 */
class EngagementTopologyProperties {
  private static final Duration WINDOW = Duration.ofHours(1);
  private static final Instant START = Instant.parse("2026-11-30T00:00:00Z");
  private static final List<Community> COMMUNITIES =
      CraftingToolsEcosystem.ecosystem().communities();
  private static final List<EngagementAction> ACTIONS = actions();

  private static List<EngagementAction> actions() {
    List<EngagementAction> actions = new ArrayList<>(StandardActions.all());
    actions.add(EngagementAction.of("host-live-workshop", Intent.CONVERSE, Format.VIDEO,
        Reach.ONE_TO_MANY));
    actions.add(EngagementAction.of("share-video", Intent.PROMOTE, Format.PRESS_RELEASE,
        Reach.ONE_TO_MANY));
    return List.copyOf(actions);
  }

  /** One event: what it is, where, which action, and when (minutes after the start). */
  record Event(Kind kind, int community, int action, int minute) {}

  enum Kind {
    PUBLISHED,
    PLANNED,
    DEALS_WELCOME,
    STANDARD
  }

  @Provide
  Arbitrary<Event> events() {
    Arbitrary<Kind> kind = Arbitraries.frequency(
        net.jqwik.api.Tuple.of(10, Kind.PUBLISHED), net.jqwik.api.Tuple.of(8, Kind.PLANNED),
        net.jqwik.api.Tuple.of(1, Kind.DEALS_WELCOME), net.jqwik.api.Tuple.of(1, Kind.STANDARD));
    // Few communities, so that activity piles up where plans are made.
    return Combinators.combine(kind, Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, ACTIONS.size() - 1),
            Arbitraries.integers().between(0, 240))
        .as(Event::new);
  }

  @Property(tries = 20)
  void everyDecisionIsTheEngines(
      @ForAll @Size(min = 1, max = 120) List<@From("events") Event> generated)
      throws IOException {
    List<Event> events = new ArrayList<>(generated);
    events.sort(Comparator.comparingInt(Event::minute));
    Path state = Files.createTempDirectory("topology-property");
    var topics = EngagementTopologyTest.Topics.open(state, WINDOW);
    try {
      String org = EngagementTopologyTest.ORG;
      topics.ecosystems().pipeInput(org, CraftingToolsEcosystem.text(), START);
      PolicyEngine standard = PolicyEngine.standard();
      PolicyEngine welcome =
          PolicyEngine.of(PolicyLanguage.parse(EngagementTopologyTest.DEALS_WELCOME));
      PolicyEngine current = standard;
      List<Event> published = new ArrayList<>();
      for (Event event : events) {
        Community community = COMMUNITIES.get(event.community());
        EngagementAction action = ACTIONS.get(event.action());
        Instant time = START.plus(Duration.ofMinutes(event.minute()));
        String json = StandardActions.all().contains(action)
            ? "\"" + action.id() + "\""
            : "{\"id\":\"" + action.id() + "\",\"intent\":\"" + JsonShapes.word(action.intent())
                + "\",\"format\":\"" + JsonShapes.word(action.format()) + "\",\"reach\":\""
                + JsonShapes.word(action.reach()) + "\"}";
        switch (event.kind()) {
          case PUBLISHED -> {
            topics.publish(org, community.id(), json, time);
            published.add(event);
          }
          case DEALS_WELCOME -> {
            topics.policies().pipeInput(org, EngagementTopologyTest.DEALS_WELCOME, time);
            current = welcome;
          }
          case STANDARD -> {
            topics.policies().pipeInput(org, null, time);
            current = standard;
          }
          case PLANNED -> {
            JsonNode decided = topics.plan(org, community.id(), json, time);
            EngagementContext context = recentActivity(published, event);
            ObjectNode expected = (ObjectNode) EngagementTopologyTest.JSON.readTree(
                JsonShapes.decision(community, current.decide(community, action, context),
                    context));
            for (String field : List.of("organization", "policy", "requestId")) {
              ((ObjectNode) decided).remove(field);
            }
            assertEquals(expected, decided, event.toString());
          }
        }
      }
    } finally {
      topics.driver().close();
      try (var files = Files.walk(state)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  /** The activity published in the plan's community within the window, counted from the list. */
  private static EngagementContext recentActivity(List<Event> published, Event plan) {
    Map<Intent, Integer> counts = new EnumMap<>(Intent.class);
    long planned = Duration.ofMinutes(plan.minute()).toMillis();
    for (Event event : published) {
      long at = Duration.ofMinutes(event.minute()).toMillis();
      if (event.community() == plan.community() && at <= planned
          && at > planned - WINDOW.toMillis()) {
        counts.merge(ACTIONS.get(event.action()).intent(), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return EngagementContext.none();
    }
    EngagementContext.Builder context = EngagementContext.builder();
    counts.forEach(context::putRecentActivity);
    return context.build();
  }
}
