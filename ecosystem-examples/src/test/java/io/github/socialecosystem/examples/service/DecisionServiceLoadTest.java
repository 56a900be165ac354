package io.github.socialecosystem.examples.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service under load while its policy changes: sixteen clients send 2,000 mixed requests each
 * (single decisions with standard and custom actions, recent activity and inline communities,
 * small batches, appropriate actions, and a few bad requests) while the policy file is replaced
 * ten times, cycling through three valid policies that answer differently.
 *
 * <p>Every answer must be the one an in-process engine gives for the policy whose hash the answer
 * names; no request may fail or get a status other than the one it should; and the decision log
 * must hold exactly one line for each decision made, with nothing dropped.
 */
class DecisionServiceLoadTest {
  private static final int CLIENTS = 16;
  private static final int REQUESTS_PER_CLIENT = 2_000;
  private static final int REPLACEMENTS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The standard policy without its guarantees and expectations, which the variants below break
   * on purpose (the service refuses a policy the analyzer finds errors in).
   */
  private static final String HOUSE_RULES_BASE =
      StandardPolicy.text().replaceAll("(?m)^(require|expect) .*\n", "");

  /** The standard policy, and two variants whose answers differ from it. */
  private static final List<String> POLICY_TEXTS = List.of(
      StandardPolicy.text(),
      HOUSE_RULES_BASE.replaceFirst("(?m)^policy standard$", "policy deals-limited")
          + "\nrule managed-deals-limited\n"
          + "  when layer is managed and intent is promote and format is offer\n"
          + "  then limited\n"
          + "  priority 30\n"
          + "  because \"While the trial runs, deals on pages the organisation manages go out"
          + " sparingly.\"\n"
          + "  must \"Post at most one deal a week on a page you manage.\"\n",
      HOUSE_RULES_BASE.replaceFirst("(?m)^policy standard$", "policy tight-balance")
          .replaceFirst("(?m)^balance limit 50%$", "balance limit 25%"));

  private static final List<EngagementAction> CUSTOM_ACTIONS = List.of(
      EngagementAction.of("post-job-opening", Intent.PROMOTE, Format.CONVERSATION,
          Reach.ONE_TO_MANY),
      EngagementAction.of("host-live-session", Intent.CONVERSE, Format.VIDEO, Reach.ONE_TO_MANY),
      EngagementAction.of("send-survey", Intent.USE_DATA, Format.CONVERSATION, Reach.ONE_TO_ONE),
      // standard ids, other traits
      EngagementAction.of("announce-deal", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY),
      EngagementAction.of("analyze-member-profiles", Intent.USE_DATA, Format.NONE,
          Reach.ONE_TO_ONE));

  private static final List<EngagementContext> CONTEXTS = List.of(
      EngagementContext.builder()
          .putRecentActivity(Intent.PROMOTE, 8).putRecentActivity(Intent.CONVERSE, 2).build(),
      // 30% promotion: over the tight variant's limit, under the standard one's
      EngagementContext.builder()
          .putRecentActivity(Intent.PROMOTE, 3).putRecentActivity(Intent.CONVERSE, 7).build(),
      EngagementContext.builder()
          .putRecentActivity(Intent.PROMOTE, 1).putRecentActivity(Intent.SUPPORT, 9).build());

  private static final List<Community> INLINE_COMMUNITIES = List.of(
      Community.builder().id("quilters-forum").name("Quilters' Forum")
          .steward(Steward.INDEPENDENT)
          .platform(Platform.of("Independent forum", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC).addTopics("quilting")
          .memberCount(3_000).build(),
      Community.builder().id("outlet-page").name("Outlet page")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Instagram", PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.OPEN).audience(Audience.PUBLIC).build(),
      Community.builder().id("owners-lounge").name("Owners' Lounge")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Discourse", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.CUSTOMERS)
          .addTopics("crafting", "repairs").build(),
      // an inline community may reuse an id of the ecosystem's
      Community.builder().id("brand-page").name("Employee network")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Yammer", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.EMPLOYEES).build());

  @TempDir Path dir;

  /** One decision asked for: its situation, its request id and the JSON that asks for it. */
  private record Ask(
      Community community, EngagementAction action, EngagementContext context, String requestId,
      ObjectNode json) {}


  /** The engine's answer in a situation, as JSON, and whether the standard policy differs. */
  private record Expected(JsonNode json, boolean differsFromStandard) {}

  /** By policy hash, community, action and recent activity. */
  private static final Map<List<Object>, Expected> EXPECTED = new ConcurrentHashMap<>();

  /** By policy hash and community id. */
  private static final Map<List<Object>, JsonNode> EXPECTED_ACTIONS = new ConcurrentHashMap<>();

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang fails, not the speed
  void sixteenClientsWhileThePolicyIsReplacedTenTimesGetTheEnginesAnswersAndEveryDecisionIsLogged()
      throws Exception {
    Map<String, PolicyEngine> engines = new LinkedHashMap<>();
    List<String> hashes = new ArrayList<>();
    for (String text : POLICY_TEXTS) {
      EngagementPolicy policy = PolicyLanguage.parse(text);
      String hash = sha256(PolicyLanguage.print(policy));
      engines.put(hash, PolicyEngine.of(policy));
      hashes.add(hash);
    }
    assertEquals(POLICY_TEXTS.size(), engines.size(), "the variants differ");
    PolicyEngine standard = engines.get(hashes.get(0));

    Path policyFile = dir.resolve("live.policy");
    Files.writeString(policyFile, POLICY_TEXTS.get(0), UTF_8);
    Path ecosystemFile = dir.resolve("crafting-tools.ecosystem");
    Files.writeString(ecosystemFile, CraftingToolsEcosystem.text(), UTF_8);
    Ecosystem ecosystem = EcosystemLanguage.parse(CraftingToolsEcosystem.text());
    Path logFile = dir.resolve("decisions.jsonl");

    Queue<String> problems = new ConcurrentLinkedQueue<>();
    // by request id: the log line each answer must have, without its time
    Map<String, String> decided = new ConcurrentHashMap<>();
    Set<String> hashesSeen = ConcurrentHashMap.newKeySet();
    AtomicInteger differentFromStandard = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    AtomicInteger replaced = new AtomicInteger();
    int total = CLIENTS * REQUESTS_PER_CLIENT;

    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
    JsonNode status;
    try (Writer log = Files.newBufferedWriter(logFile, UTF_8)) {
      DecisionService service = DecisionService.start(
          DecisionService.options(policyFile.toString(), ecosystemFile)
              .port(0)
              .reloadInterval(Duration.ofMillis(50))
              .decisionLog(log));
      try {
        URI base = URI.create("http://127.0.0.1:" + service.port());
        assertEquals(hashes.get(0), service.policyHash());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        try {
          Future<?> replacer = clients.submit(() -> {
            for (int k = 1; k <= REPLACEMENTS; k++) {
              while (finished.get() < (long) k * total / (REPLACEMENTS + 1)) {
                Thread.sleep(2);
              }
              int variant = k % POLICY_TEXTS.size();
              Path next = dir.resolve("next.policy");
              Files.writeString(next, POLICY_TEXTS.get(variant), UTF_8);
              Files.move(next, policyFile, StandardCopyOption.ATOMIC_MOVE,
                  StandardCopyOption.REPLACE_EXISTING);
              long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
              while (!service.policyHash().equals(hashes.get(variant))) {
                if (System.nanoTime() > deadline) {
                  throw new AssertionError("replacement " + k + " was not loaded");
                }
                Thread.sleep(2);
              }
              replaced.incrementAndGet();
            }
            return null;
          });
          List<Future<?>> running = new ArrayList<>();
          for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
              Random random = new Random(client);
              for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                String where = "client " + client + " request " + i;
                try {
                  oneRequest(http, base, random, client + "-" + i, ecosystem, engines, standard,
                      decided, hashesSeen, differentFromStandard);
                } catch (IOException | RuntimeException e) {
                  problems.add(where + ": " + e);
                } catch (AssertionError e) {
                  problems.add(where + ": " + e.getMessage());
                }
                finished.incrementAndGet();
              }
              return null;
            }));
          }
          for (Future<?> client : running) {
            client.get();
          }
          replacer.get(1, TimeUnit.MINUTES);
        } finally {
          clients.shutdownNow();
        }
        status = JSON.readTree(http.send(
            HttpRequest.newBuilder(base.resolve("/v1/status")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
      } finally {
        service.close();
      }
    }

    assertEquals(List.of(), problems.stream().limit(10).collect(Collectors.toList()),
        problems.size() + " problems; the first ten");
    assertEquals(REPLACEMENTS, replaced.get());
    assertEquals(new HashSet<>(hashes), hashesSeen, "answers came from every policy");
    assertTrue(differentFromStandard.get() > 0, "a variant changed some answers");
    assertEquals(hashes.get(REPLACEMENTS % POLICY_TEXTS.size()), status.at("/policy/hash").asText());
    assertTrue(status.get("lastReloadError").isNull(), status.toString());
    assertEquals(0, status.at("/decisionLog/dropped").asLong(), status.toString());
    assertEquals(0, status.at("/decisionLog/failed").asLong(), status.toString());

    List<String> lines = Files.readAllLines(logFile, UTF_8);
    Set<String> logged = new HashSet<>();
    for (String line : lines) {
      JsonNode entry = assertDoesNotThrow(() -> JSON.readTree(line), line);
      assertTrue(entry.isObject(), line);
      Instant.parse(entry.path("time").asText());
      ((ObjectNode) entry).remove("time");
      String requestId = entry.path("requestId").asText();
      String expected = decided.get(requestId);
      assertTrue(expected != null, "a logged decision nobody asked for, or a bad request: " + line);
      assertTrue(logged.add(requestId), "logged twice: " + line);
      assertEquals(expected, entry.toString(), line);
    }
    assertEquals(decided.size(), lines.size(), "one log line per decision");
    assertEquals(decided.keySet(), logged);
  }

  /** Sends one request of a randomly chosen kind and checks the answer. */
  private static void oneRequest(
      HttpClient http, URI base, Random random, String id, Ecosystem ecosystem,
      Map<String, PolicyEngine> engines, PolicyEngine standard, Map<String, String> decided,
      Set<String> hashesSeen, AtomicInteger differentFromStandard)
      throws IOException, InterruptedException {
    int kind = random.nextInt(100);
    if (kind < 60) {
      Ask ask = ask(random, id, ecosystem);
      JsonNode answer = post(http, base, "/v1/decide", ask.json(), 200);
      check(ask, answer, engines, standard, decided, hashesSeen, differentFromStandard);
    } else if (kind < 80) {
      List<Ask> asks = new ArrayList<>();
      ObjectNode batch = JSON.createObjectNode();
      ArrayNode requests = batch.putArray("requests");
      int size = 2 + random.nextInt(4);
      for (int i = 0; i < size; i++) {
        Ask ask = ask(random, id + "." + i, ecosystem);
        asks.add(ask);
        requests.add(ask.json());
      }
      JsonNode answer = post(http, base, "/v1/decide/batch", batch, 200);
      assertEquals(JsonShapes.schema("decisions"), answer.path("schema").asText());
      JsonNode results = answer.path("results");
      assertEquals(size, results.size(), answer::toString);
      for (int i = 0; i < size; i++) {
        check(asks.get(i), results.get(i), engines, standard, decided, hashesSeen,
            differentFromStandard);
      }
      Set<String> batchHashes = new HashSet<>();
      results.forEach(result -> batchHashes.add(result.at("/policy/hash").asText()));
      assertEquals(1, batchHashes.size(), "one policy decides a whole batch");
    } else if (kind < 97) {
      Community community = pick(random, ecosystem.communities());
      HttpResponse<String> response = http.send(
          HttpRequest.newBuilder(
              base.resolve("/v1/communities/" + community.id() + "/appropriate-actions")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response::body);
      JsonNode answer = JSON.readTree(response.body());
      PolicyEngine engine = engine(answer, engines);
      String hash = answer.at("/policy/hash").asText();
      hashesSeen.add(hash);
      JsonNode expected = EXPECTED_ACTIONS.computeIfAbsent(List.of(hash, community), key -> {
        ArrayNode actions = JSON.createArrayNode();
        for (Decision decision : engine.appropriateActions(community)) {
          actions.add(tree(JsonShapes.decision(community, decision, EngagementContext.none())));
        }
        return actions;
      });
      assertEquals(JsonShapes.schema("appropriate-actions"), answer.path("schema").asText());
      assertEquals(community.id(), answer.path("community").asText());
      assertEquals(expected, answer.get("actions"), "appropriate actions in " + community.id());
    } else {
      // a bad request: refused, and never logged
      ObjectNode body = JSON.createObjectNode();
      body.put("community", "moon-base");
      body.put("action", "listen");
      body.put("requestId", id);
      JsonNode answer = post(http, base, "/v1/decide", body, 400);
      assertEquals("{\"status\":400,\"field\":\"community\",\"message\":\"no community with id"
          + " 'moon-base' in the ecosystem of Crafting Tools Inc.\"}", answer.toString());
    }
  }

  private static Ask ask(Random random, String requestId, Ecosystem ecosystem) {
    ObjectNode json = JSON.createObjectNode();
    Community community;
    if (random.nextInt(5) == 0) {
      community = pick(random, INLINE_COMMUNITIES);
      json.set("community", inline(community));
    } else {
      community = pick(random, ecosystem.communities());
      json.put("community", community.id());
    }
    EngagementAction action;
    if (random.nextInt(4) == 0) {
      action = pick(random, CUSTOM_ACTIONS);
      ObjectNode node = json.putObject("action");
      node.put("id", action.id());
      node.put("intent", JsonShapes.word(action.intent()));
      node.put("format", JsonShapes.word(action.format()));
      node.put("reach", JsonShapes.word(action.reach()));
    } else {
      action = pick(random, StandardActions.all());
      json.put("action", action.id());
    }
    EngagementContext context = EngagementContext.none();
    if (random.nextInt(3) == 0) {
      context = pick(random, CONTEXTS);
      ObjectNode recent = json.putObject("recentActivity");
      context.recentActivity().forEach((intent, count) -> recent.put(JsonShapes.word(intent), count));
    }
    json.put("requestId", requestId);
    return new Ask(community, action, context, requestId, json);
  }

  private static ObjectNode inline(Community community) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", community.id());
    node.put("name", community.name());
    node.put("steward", JsonShapes.word(community.steward()));
    ObjectNode platform = node.putObject("platform");
    platform.put("name", community.platform().name());
    platform.put("kind", JsonShapes.word(community.platform().kind()));
    node.put("membership", JsonShapes.word(community.membership()));
    node.put("audience", JsonShapes.word(community.audience()));
    ArrayNode topics = node.putArray("topics");
    community.topics().forEach(topics::add);
    community.memberCount().ifPresent(count -> node.put("memberCount", count));
    return node;
  }

  /** Checks one answer against the engine of the policy it names, and notes it for the log. */
  private static void check(
      Ask ask, JsonNode answer, Map<String, PolicyEngine> engines, PolicyEngine standard,
      Map<String, String> decided, Set<String> hashesSeen, AtomicInteger differentFromStandard) {
    PolicyEngine engine = engine(answer, engines);
    String hash = answer.at("/policy/hash").asText();
    hashesSeen.add(hash);
    // The engine's answer for a situation is worked out once per policy and kept: the clients
    // ask about a few thousand situations, tens of thousands of times.
    Expected expected = EXPECTED.computeIfAbsent(
        List.of(hash, ask.community(), ask.action(), ask.context()), key -> {
          Decision decision = engine.decide(ask.community(), ask.action(), ask.context());
          return new Expected(
              tree(JsonShapes.decision(ask.community(), decision, ask.context())),
              decision.verdict()
                  != standard.decide(ask.community(), ask.action(), ask.context()).verdict());
        });
    ObjectNode got = answer.deepCopy();
    got.remove("policy");
    got.remove("requestId");
    // verdict, deciding and overridden rules, obligations and alternatives, all at once
    assertEquals(expected.json(), got, () -> "for " + ask.json() + " by policy " + hash);
    assertEquals(ask.requestId(), answer.path("requestId").asText());
    if (expected.differsFromStandard()) {
      differentFromStandard.incrementAndGet();
    }
    if (decided.put(ask.requestId(), logLine(answer)) != null) {
      throw new AssertionError("request id used twice: " + ask.requestId());
    }
  }

  /** The line the decision log must hold for an answer, without the time it was decided. */
  private static String logLine(JsonNode answer) {
    ObjectNode line = JSON.createObjectNode();
    line.set("policy", answer.at("/policy/id"));
    line.set("policyHash", answer.at("/policy/hash"));
    line.set("community", answer.at("/community/id"));
    ObjectNode action = answer.get("action").deepCopy();
    action.remove("standard");
    line.set("action", action);
    line.set("verdict", answer.get("verdict"));
    ArrayNode rules = line.putArray("rules");
    answer.get("reasons").forEach(reason -> rules.add(reason.get("rule")));
    line.set("requestId", answer.get("requestId"));
    return line.toString();
  }

  private static PolicyEngine engine(JsonNode answer, Map<String, PolicyEngine> engines) {
    String hash = answer.at("/policy/hash").asText();
    PolicyEngine engine = engines.get(hash);
    if (engine == null) {
      throw new AssertionError("an answer names a policy no variant has: " + answer.get("policy"));
    }
    assertEquals(engine.policy().id(), answer.at("/policy/id").asText());
    return engine;
  }

  private static JsonNode post(HttpClient http, URI base, String path, JsonNode body, int status)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), () -> path + " " + body + " -> " + response.body());
    return JSON.readTree(response.body());
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return java.util.HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
  }
}
