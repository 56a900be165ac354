package io.github.socialecosystem.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision service on an ephemeral port, called over HTTP as other programs call it. */
class DecisionServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * The standard policy with a rule that lets the fan community hear about deals freely, and
   * without the standard guarantees and expectations, which that rule breaks on purpose.
   */
  private static final String DEALS_WELCOME = StandardPolicy.text()
      .replaceAll("(?m)^(require|expect) .*\n", "").replaceFirst(
      "policy standard", "policy deals-welcome") + """

      rule fan-club-deals
        when type is external and topic is crafting and format is offer
        then recommended
        priority 50
        because "Our fans signed up to hear about deals first."
      """;

  @TempDir Path dir;
  private Path policyFile;
  private Path ecosystemFile;
  private final StringWriter log = new StringWriter();
  private DecisionService service;

  @BeforeEach
  void start() throws IOException {
    policyFile = dir.resolve("social.policy");
    Files.writeString(policyFile, StandardPolicy.text(), StandardCharsets.UTF_8);
    ecosystemFile = dir.resolve("crafting-tools.ecosystem");
    Files.writeString(ecosystemFile, EcosystemLanguage.print(CraftingToolsEcosystem.ecosystem()),
        StandardCharsets.UTF_8);
    service = DecisionService.start(DecisionService.options(policyFile.toString(), ecosystemFile)
        .port(0).reloadInterval(Duration.ofMillis(50)).decisionLog(log));
  }

  @AfterEach
  void stop() {
    service.close();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + service.port() + path);
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private String verdictOfDealInTheFanClub() throws Exception {
    HttpResponse<String> response =
        post("/v1/decide", "{\"community\":\"crafters-club\",\"action\":\"announce-deal\"}");
    assertEquals(200, response.statusCode(), response.body());
    return json(response).get("verdict").asText();
  }

  /** Replaces the policy file as editors and deploy tools do: a new file moved into place. */
  private void replacePolicy(String text) throws IOException {
    Path next = dir.resolve("next.policy");
    Files.writeString(next, text, StandardCharsets.UTF_8);
    Files.move(next, policyFile, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Waits up to five seconds for the status to satisfy a condition. */
  private JsonNode awaitStatus(java.util.function.Predicate<JsonNode> condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    JsonNode status;
    do {
      status = json(get("/v1/status"));
      if (condition.test(status)) {
        return status;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("status never changed as expected: " + status);
  }

  @Nested
  class Endpoints {
    @Test
    void decideAnswersAsTheEngineWithThePolicyAndTheRequestId() throws Exception {
      HttpResponse<String> response = post("/v1/decide",
          "{\"community\":\"brand-page\",\"action\":\"post-press-release\",\"requestId\":\"r-1\"}");
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
          .startsWith("application/json"));
      JsonNode json = json(response);
      assertEquals("social-ecosystem/decision/1", json.get("schema").asText());
      assertEquals("limited", json.get("verdict").asText());
      assertEquals("managed-press-release", json.get("reasons").get(0).get("rule").asText());
      assertEquals("share-video", json.get("alternatives").get(0).get("id").asText());
      assertEquals("standard", json.get("policy").get("id").asText());
      assertEquals(service.policyHash(), json.get("policy").get("hash").asText());
      assertEquals("r-1", json.get("requestId").asText());
    }

    @Test
    void decideCustomActionInlineCommunityAndRecentActivity() throws Exception {
      HttpResponse<String> response = post("/v1/decide", """
          {"community": {"id": "quilters", "name": "Quilters' Guild", "steward": "organization",
                         "platform": {"name": "Own forum", "kind": "community-software"},
                         "membership": "open", "audience": "customers", "topics": ["quilting"],
                         "memberCount": 300},
           "action": {"id": "announce-deal", "intent": "promote", "format": "video",
                      "reach": "one-to-many"},
           "recentActivity": {"promote": 8, "converse": 2}}
          """);
      assertEquals(200, response.statusCode(), response.body());
      JsonNode json = json(response);
      assertEquals("external", json.get("community").get("type").asText());
      assertFalse(json.get("action").get("standard").asBoolean());
      assertEquals("inappropriate", json.get("verdict").asText());
      assertEquals(8, json.get("recentActivity").get("promote").asInt());
      assertTrue(json.get("requestId").isNull());
    }

    @Test
    void decideSaysWhatWouldChangeTheAnswerWhenAsked() throws Exception {
      HttpResponse<String> response = post("/v1/decide",
          "{\"community\":\"knitting-circle\",\"action\":\"post-press-release\","
              + "\"counterfactuals\":true}");
      assertEquals(200, response.statusCode(), response.body());
      JsonNode would = json(response).get("wouldChange");
      assertTrue(would.get("complete").asBoolean());
      var expected = PolicyEngine.standard().counterfactuals(
          CraftingToolsEcosystem.ecosystem().community("knitting-circle").orElseThrow(),
          io.github.socialecosystem.core.StandardActions.POST_PRESS_RELEASE).nearest();
      assertEquals(expected.size(), would.get("nearest").size());
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i).verdict().name().toLowerCase(java.util.Locale.ROOT),
            would.get("nearest").get(i).get("verdict").asText());
      }
      assertTrue(json(post("/v1/decide", "{\"community\":\"knitting-circle\",\"action\":"
          + "\"listen\"}")).path("wouldChange").isMissingNode(), "only when asked");
      HttpResponse<String> bad = post("/v1/decide", "{\"community\":\"knitting-circle\","
          + "\"action\":\"listen\",\"counterfactuals\":\"yes\"}");
      assertEquals(400, bad.statusCode());
      assertEquals("counterfactuals", json(bad).get("field").asText());
    }

    @Test
    void batchDecidesEachInOrder() throws Exception {
      HttpResponse<String> response = post("/v1/decide/batch", """
          {"requests": [
            {"community": "knitting-circle", "action": "listen"},
            {"community": "knitting-circle", "action": "broadcast-promotion", "requestId": "b"}
          ]}
          """);
      assertEquals(200, response.statusCode(), response.body());
      JsonNode json = json(response);
      assertEquals("social-ecosystem/decisions/1", json.get("schema").asText());
      assertEquals(2, json.get("results").size());
      assertEquals("recommended", json.get("results").get(0).get("verdict").asText());
      assertEquals("inappropriate", json.get("results").get(1).get("verdict").asText());
      assertEquals("b", json.get("results").get(1).get("requestId").asText());
    }

    @Test
    void appropriateActionsAreTheEnginesBestFirst() throws Exception {
      HttpResponse<String> response = get("/v1/communities/crafters-club/appropriate-actions");
      assertEquals(200, response.statusCode(), response.body());
      JsonNode json = json(response);
      assertEquals("crafters-club", json.get("community").asText());
      var community = CraftingToolsEcosystem.ecosystem().community("crafters-club").orElseThrow();
      var expected = PolicyEngine.standard().appropriateActions(community);
      assertEquals(expected.size(), json.get("actions").size());
      for (int i = 0; i < expected.size(); i++) {
        assertEquals(expected.get(i).action().id(),
            json.get("actions").get(i).get("action").get("id").asText());
      }
    }

    @Test
    void assessmentJsonOrMarkdown() throws Exception {
      HttpResponse<String> json = get("/v1/assessment");
      assertEquals(200, json.statusCode());
      assertEquals("social-ecosystem/assessment/1", json(json).get("schema").asText());
      HttpResponse<String> markdown = get("/v1/assessment", "Accept", "text/markdown");
      assertEquals(200, markdown.statusCode());
      assertTrue(markdown.body().startsWith("# Social ecosystem of Crafting Tools Inc.\n"));
      assertTrue(markdown.headers().firstValue("Content-Type").orElseThrow()
          .startsWith("text/markdown"));
    }

    @Test
    void policyHealthAndStatus() throws Exception {
      assertEquals(PolicyLanguage.print(StandardPolicy.policy()), get("/v1/policy").body());
      assertEquals("ok", json(get("/v1/health")).get("status").asText());
      JsonNode status = json(get("/v1/status"));
      assertEquals("standard", status.get("policy").get("id").asText());
      assertEquals(service.policyHash(), status.get("policy").get("hash").asText());
      assertTrue(status.get("lastReloadError").isNull());
      assertEquals(8, status.get("ecosystem").get("communities").asInt());
      assertTrue(status.get("decisionLog").get("enabled").asBoolean());
    }

    @Test
    void decisionLogHasOneParseableLinePerDecision() throws Exception {
      post("/v1/decide", "{\"community\":\"brand-page\",\"action\":\"listen\",\"requestId\":\"1\"}");
      post("/v1/decide/batch", "{\"requests\":[{\"community\":\"staff-room\",\"action\":"
          + "\"moderate\"},{\"community\":\"brand-page\",\"action\":\"announce-deal\"}]}");
      post("/v1/decide", "{\"community\":\"nowhere\",\"action\":\"listen\"}");  // refused
      awaitStatus(status -> status.get("decisionLog").get("written").asInt() == 3);
      service.close();
      List<String> lines = log.toString().lines().toList();
      assertEquals(3, lines.size(), log.toString());
      JsonNode first = JSON.readTree(lines.get(0));
      assertEquals("brand-page", first.get("community").asText());
      assertEquals("listen", first.get("action").get("id").asText());
      assertEquals("appropriate", first.get("verdict").asText());
      assertEquals("1", first.get("requestId").asText());
      assertEquals(service.policyHash(), first.get("policyHash").asText());
      assertTrue(first.get("rules").isArray());
      assertTrue(first.get("time").asText().endsWith("Z"));
      assertEquals("moderate", JSON.readTree(lines.get(1)).get("action").get("id").asText());
    }
  }

  @Nested
  class BadInput {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {"community":"brand-page"                     | body            | not JSON
        []                                            | body            | must be an object
        {"community":"brand-page","action":"listen","colour":1} | colour | unknown field 'colour'
        {"community":"myspace","action":"listen"}     | community       | no community with id 'myspace'
        {"community":"brand-page","action":"shout"}   | action          | unknown action 'shout'
        {"community":"brand-page"}                    | action          | action is required
        {"community":"brand-page","action":{"id":"x","intent":"shout","format":"none","reach":"one-to-one"}} | action.intent | unknown intent 'shout'
        {"community":"brand-page","action":{"id":"Bad Id","intent":"listen","format":"none","reach":"one-to-one"}} | action.id | kebab-case
        {"community":"brand-page","action":"listen","recentActivity":{"promote":-1}} | recentActivity.promote | not -1
        {"community":"brand-page","action":"listen","recentActivity":{"promote":1.5}} | recentActivity.promote | not 1.5
        {"community":"brand-page","action":"listen","recentActivity":{"boast":1}} | recentActivity.boast | unknown intent 'boast'
        {"community":{"id":"x","name":"X","steward":"organization","platform":{"name":"P","kind":"community-software"},"membership":"open","audience":"employees"},"action":"listen"} | community | membership
        {"community":"brand-page","action":"listen","requestId":7} | requestId | must be a string
        {"community":"staff-room","action":"listen","community":"brand-page"} | body | Duplicate field 'community'
        {"community":"brand-page","action":"listen","requestId":"a\\ud800"} | requestId | U+D800 at index 1
        """)
    void decideRefusesWith400NamingTheField(String body, String field, String message)
        throws Exception {
      HttpResponse<String> response = post("/v1/decide", body);
      assertEquals(400, response.statusCode(), response.body());
      JsonNode error = json(response);
      assertEquals(400, error.get("status").asInt());
      assertEquals(field, error.get("field").asText(), response.body());
      assertTrue(error.get("message").asText().contains(message), response.body());
    }

    @Test
    void batchItemsAreNamedByIndexAndTheSizeIsBounded() throws Exception {
      HttpResponse<String> response = post("/v1/decide/batch",
          "{\"requests\":[{\"community\":\"brand-page\",\"action\":\"listen\"},"
              + "{\"community\":\"brand-page\",\"action\":\"shout\"}]}");
      assertEquals(400, response.statusCode());
      assertEquals("requests[1].action", json(response).get("field").asText());
      String item = "{\"community\":\"brand-page\",\"action\":\"listen\"}";
      String tooMany = "{\"requests\":[" + String.join(",", java.util.Collections.nCopies(
          DecisionService.MAX_BATCH + 1, item)) + "]}";
      HttpResponse<String> big = post("/v1/decide/batch", tooMany);
      assertEquals(400, big.statusCode(), big.body());
      assertTrue(json(big).get("message").asText().contains("at most 1000"), big.body());
    }

    @Test
    void oversizedBodyIs413() throws Exception {
      String body = "{\"community\":\"brand-page\",\"action\":\"listen\",\"requestId\":\""
          + "x".repeat(DecisionService.MAX_BODY_BYTES) + "\"}";
      HttpResponse<String> response = post("/v1/decide", body);
      assertEquals(413, response.statusCode());
      assertEquals("body", json(response).get("field").asText());
    }

    @Test
    void wrongMethodIs405WithAllow() throws Exception {
      HttpResponse<String> response = get("/v1/decide");
      assertEquals(405, response.statusCode());
      assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
      HttpResponse<String> post = post("/v1/status", "{}");
      assertEquals(405, post.statusCode());
      assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/v1/decide"))
          .POST(HttpRequest.BodyPublishers.ofString("community=brand-page"))
          .header("Content-Type", "application/x-www-form-urlencoded").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(415, response.statusCode());
      assertEquals("Content-Type", json(response).get("field").asText());
    }

    @Test
    void contentTypeMustBeJsonInUtf8() throws Exception {
      for (String type : List.of("application/jsonx", "application/json; charset=utf-16",
          "text/json")) {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri("/v1/decide"))
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"community\":\"brand-page\",\"action\":\"listen\"}"))
            .header("Content-Type", type).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), type);
      }
      HttpResponse<String> utf8 = CLIENT.send(HttpRequest.newBuilder(uri("/v1/decide"))
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"community\":\"brand-page\",\"action\":\"listen\"}"))
          .header("Content-Type", "Application/JSON; charset=UTF-8").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, utf8.statusCode(), utf8.body());
    }

    @Test
    void clientsThatSendNothingDoNotStopOthersBeingAnswered() throws Exception {
      List<java.net.Socket> idle = new java.util.ArrayList<>();
      try {
        for (int i = 0; i < 12; i++) {
          java.net.Socket socket =
              new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), service.port());
          socket.getOutputStream().write('G');
          socket.getOutputStream().flush();
          idle.add(socket);
        }
        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(uri("/v1/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
      } finally {
        for (java.net.Socket socket : idle) {
          socket.close();
        }
      }
    }

    @Test
    void unknownPathOrCommunityIs404() throws Exception {
      assertEquals(404, get("/v1/decisions").statusCode());
      assertEquals(404, get("/index.html").statusCode());
      HttpResponse<String> response = get("/v1/communities/myspace/appropriate-actions");
      assertEquals(404, response.statusCode());
      assertTrue(json(response).get("message").asText().contains("'myspace'"));
    }
  }

  @Nested
  class Token {
    private DecisionService guarded;

    @AfterEach
    void stopGuarded() {
      if (guarded != null) {
        guarded.close();
      }
    }

    @Test
    void withATokenFileOnlyRequestsWithTheBearerTokenGetAnswers() throws Exception {
      Path token = dir.resolve("token");
      Files.writeString(token, "s3cret-token\n");
      guarded = DecisionService.start(DecisionService.options("standard", ecosystemFile)
          .port(0).tokenFile(token));
      URI health = URI.create("http://127.0.0.1:" + guarded.port() + "/v1/health");
      HttpResponse<String> none =
          CLIENT.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, none.statusCode());
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElseThrow());
      assertFalse(none.body().contains("\"status\":\"ok\""), none.body());
      assertEquals(401, json(none).get("status").asInt());
      HttpResponse<String> wrong = CLIENT.send(HttpRequest.newBuilder(health)
          .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(401, wrong.statusCode());
      HttpResponse<String> right = CLIENT.send(HttpRequest.newBuilder(health)
          .header("Authorization", "Bearer s3cret-token").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, right.statusCode());
      HttpResponse<String> decide = CLIENT.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + guarded.port() + "/v1/decide"))
          .POST(HttpRequest.BodyPublishers.ofString("not json")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, decide.statusCode(), "the token is checked before anything else");
    }

    @Test
    void theSchemeIsCaseInsensitive() throws Exception {
      Path token = dir.resolve("token");
      Files.writeString(token, "s3cret-token\r\n");
      guarded = DecisionService.start(DecisionService.options("standard", ecosystemFile)
          .port(0).tokenFile(token));
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + guarded.port() + "/v1/health"))
          .header("Authorization", "bearer s3cret-token").build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
    }

    @Test
    void withoutATokenFileNoHeaderIsNeeded() throws Exception {
      assertEquals(200, get("/v1/health").statusCode());
    }

    @Test
    void aTokenThatIsNotVisibleAsciiIsRefusedAtStart() throws IOException {
      for (String bad : List.of("tok\u00e9n", "two words", "emoji\uD83D\uDE00")) {
        Path token = dir.resolve("odd-token");
        Files.writeString(token, bad, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> DecisionService.start(DecisionService.options("standard", ecosystemFile)
                .port(0).tokenFile(token)));
        assertTrue(e.getMessage().contains("visible ASCII"), e.getMessage());
      }
    }

    @Test
    void anEmptyTokenFileIsRefusedAtStart() throws IOException {
      Path token = dir.resolve("empty-token");
      Files.writeString(token, " \n");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DecisionService.start(DecisionService.options("standard", ecosystemFile)
              .port(0).tokenFile(token)));
      assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
  }

  @Nested
  class Page {
    @Test
    void thePageIsHtmlWithAContentSecurityPolicyThatAllowsOnlyItsOwnScripts() throws Exception {
      HttpResponse<String> page = get("/");
      assertEquals(200, page.statusCode());
      assertEquals("text/html; charset=utf-8",
          page.headers().firstValue("Content-Type").orElseThrow());
      String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(policy.contains("default-src 'none'"), policy);
      assertTrue(policy.contains("script-src 'self'"), policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertFalse(policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
      assertTrue(page.body().contains("<script src=\"/page/page.js\""), page.body());
      assertFalse(page.body().contains("http://") || page.body().contains("https://"),
          "the page names no other site");
      for (String file : List.of("/page/page.js", "/page/page.css", "/page/mermaid.min.js")) {
        HttpResponse<String> asset = get(file);
        assertEquals(200, asset.statusCode(), file);
        assertEquals("nosniff", asset.headers().firstValue("X-Content-Type-Options").orElseThrow());
      }
      assertTrue(get("/page/mermaid.min.js").body().length() > 1_000_000, "the whole bundle");
      assertEquals(404, get("/page/../pom.xml").statusCode());
      assertEquals(404, get("/page/nothing.js").statusCode());
      assertEquals(405, post("/", "{}").statusCode());
    }

    @Test
    void aFileTheBrowserHasAlreadyIsNotSentAgain() throws Exception {
      HttpResponse<String> first = get("/page/mermaid.min.js");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
      HttpResponse<String> again = get("/page/mermaid.min.js", "If-None-Match", etag);
      assertEquals(304, again.statusCode());
      assertEquals("", again.body());
      assertEquals(200, get("/page/mermaid.min.js", "If-None-Match", "\"other\"").statusCode());
      assertFalse(etag.equals(get("/page/page.js").headers().firstValue("ETag").orElseThrow()));
    }

    @Test
    void pageFilesAnswerHeadWeakAndListedTagsAndGzip() throws Exception {
      HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(uri("/page/page.js"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, head.statusCode());
      assertEquals(String.valueOf(get("/page/page.js").body().getBytes(StandardCharsets.UTF_8)
          .length), head.headers().firstValue("Content-Length").orElseThrow());
      String etag = get("/").headers().firstValue("ETag").orElseThrow();
      assertEquals(304, get("/", "If-None-Match", "W/" + etag).statusCode());
      assertEquals(304, get("/", "If-None-Match", "\"a\", " + etag).statusCode());
      HttpResponse<byte[]> packed = CLIENT.send(HttpRequest.newBuilder(uri("/page/mermaid.min.js"))
          .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals("gzip", packed.headers().firstValue("Content-Encoding").orElseThrow());
      byte[] unpacked = new java.util.zip.GZIPInputStream(
          new java.io.ByteArrayInputStream(packed.body())).readAllBytes();
      assertEquals(get("/page/mermaid.min.js").body(), new String(unpacked, StandardCharsets.UTF_8));
      assertTrue(packed.body().length < unpacked.length / 2, "compressed");
      HttpResponse<byte[]> refused = CLIENT.send(HttpRequest.newBuilder(uri("/page/page.css"))
          .header("Accept-Encoding", "gzip;q=0").build(), HttpResponse.BodyHandlers.ofByteArray());
      assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void onLoopbackOnlyThisMachinesNamesAreAnswered() throws Exception {
      for (String host : List.of("localhost", "127.0.0.1", "LOCALHOST")) {
        java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), service.port());
        try (socket) {
          socket.getOutputStream().write(("GET /v1/health HTTP/1.1\r\nHost: " + host + ":"
              + service.port() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          String answer = new String(socket.getInputStream().readAllBytes(),
              StandardCharsets.US_ASCII);
          assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
        }
      }
      java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), service.port());
      try (socket) {
        socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: attacker.example:"
            + service.port() + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(socket.getInputStream().readAllBytes(),
            StandardCharsets.US_ASCII);
        assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
        assertTrue(answer.contains("\"field\":\"Host\""), answer);
        assertTrue(answer.contains("attacker.example"), answer);
      }
    }

    @Test
    void diagramIsTheProjectsMermaidSourceWithTheNodeOfEachCommunity() throws Exception {
      JsonNode diagram = json(get("/v1/diagram"));
      assertEquals("social-ecosystem/diagram/1", diagram.get("schema").asText());
      assertEquals(io.github.socialecosystem.rules.diagram.EcosystemDiagrams.mermaid(
          CraftingToolsEcosystem.ecosystem()), diagram.get("mermaid").asText());
      assertEquals(CraftingToolsEcosystem.ecosystem().communities().size(),
          diagram.get("nodes").size());
      for (JsonNode node : diagram.get("nodes")) {
        String id = node.get("node").asText();
        String mermaid = diagram.get("mermaid").asText();
        assertTrue(mermaid.contains("    " + id + "[\"") || mermaid.contains("    " + id + "([\""),
            node.toString());
      }
      assertEquals(CraftingToolsEcosystem.ecosystem().channels().size(),
          diagram.get("channels").size());
    }

    @Test
    void ecosystemVocabularyAndGridAreJson() throws Exception {
      JsonNode ecosystem = json(get("/v1/ecosystem"));
      assertEquals("social-ecosystem/ecosystem/1", ecosystem.get("schema").asText());
      assertEquals(8, ecosystem.get("communities").size());
      JsonNode words = json(get("/v1/vocabulary"));
      assertEquals(io.github.socialecosystem.core.StandardActions.all().size(),
          words.get("standardActions").size());
      assertEquals("listen", words.get("intents").get(0).asText());
      JsonNode grid = json(get("/v1/policy/grid"));
      assertEquals("social-ecosystem/policy-grid/1", grid.get("schema").asText());
      assertEquals(5, grid.get("types").size());
      assertEquals(io.github.socialecosystem.core.StandardActions.all().size(),
          grid.get("rows").size());
      JsonNode first = grid.get("rows").get(0);
      assertEquals("listen", first.get("action").asText());
      assertEquals("participating", first.get("cells").get(0).get("type").asText());
      assertEquals("standard", grid.get("policy").get("id").asText());
      int shapes = 0;
      for (JsonNode type : grid.get("types")) {
        shapes += type.get("shapes").asInt();
      }
      assertEquals(47, shapes, "every community shape that can exist, once");
    }

    @Test
    void withATokenThePageIsServedButNoDataWithoutTheToken() throws Exception {
      Path token = dir.resolve("token");
      Files.writeString(token, "s3cret-token\n");
      try (DecisionService guarded = DecisionService.start(
          DecisionService.options("standard", ecosystemFile).port(0).tokenFile(token))) {
        String base = "http://127.0.0.1:" + guarded.port();
        for (String path : List.of("/", "/page/page.js")) {
          assertEquals(200, CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode(), path);
        }
        for (String path : List.of("/v1/diagram", "/v1/ecosystem", "/v1/policy/grid",
            "/v1/vocabulary", "/v1/assessment")) {
          assertEquals(401, CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode(), path);
        }
      }
    }
  }

  @Nested
  class Reload {
    @Test
    void aValidPolicyReplacesTheRunningOneWithinAFewReloadIntervals() throws Exception {
      assertEquals("limited", verdictOfDealInTheFanClub());
      String before = service.policyHash();
      replacePolicy(DEALS_WELCOME);
      JsonNode status = awaitStatus(s -> s.get("policy").get("id").asText().equals("deals-welcome"));
      assertFalse(before.equals(status.get("policy").get("hash").asText()));
      assertEquals("recommended", verdictOfDealInTheFanClub());
      assertEquals(PolicyLanguage.print(PolicyLanguage.parse(DEALS_WELCOME)),
          get("/v1/policy").body());
    }

    @Test
    void aPolicyThatDoesNotParseLeavesTheOldOneServing() throws Exception {
      replacePolicy("policy broken\ndescription \"d\"\ndefault sometimes\n");
      JsonNode status = awaitStatus(s -> !s.get("lastReloadError").isNull());
      assertEquals(policyFile.toString(), status.get("lastReloadError").get("file").asText());
      assertTrue(status.get("lastReloadError").get("message").asText()
          .startsWith("line 3, column 9: expected a verdict"), status.toString());
      assertEquals("standard", status.get("policy").get("id").asText());
      assertEquals("limited", verdictOfDealInTheFanClub());
    }

    @Test
    void aPolicyWithAnalyzerErrorsLeavesTheOldOneServing() throws Exception {
      replacePolicy(DEALS_WELCOME + """

          rule owned-by-independents
            when layer is owned and steward is independent
            then inappropriate
            because "Never matches."
          """);
      JsonNode status = awaitStatus(s -> !s.get("lastReloadError").isNull());
      assertTrue(status.get("lastReloadError").get("message").asText()
          .contains("UNSATISFIABLE"), status.toString());
      assertEquals("standard", status.get("policy").get("id").asText());
      assertEquals("limited", verdictOfDealInTheFanClub());
      // A good file afterwards is taken, and the error is cleared.
      replacePolicy(DEALS_WELCOME);
      awaitStatus(s -> s.get("lastReloadError").isNull()
          && s.get("policy").get("id").asText().equals("deals-welcome"));
      assertEquals("recommended", verdictOfDealInTheFanClub());
    }

    @Test
    void aRefusedPolicyStaysReportedWhileTheEcosystemReloads() throws Exception {
      replacePolicy("policy broken\n");
      awaitStatus(s -> !s.get("lastReloadError").isNull());
      String text = Files.readString(ecosystemFile).replace("Staff Room", "Crew Room");
      Path next = dir.resolve("next.ecosystem");
      Files.writeString(next, text);
      Files.move(next, ecosystemFile, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (!get("/v1/assessment", "Accept", "text/markdown").body().contains("crew")
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      JsonNode status = json(get("/v1/status"));
      assertEquals(policyFile.toString(), status.get("lastReloadError").get("file").asText(),
          status.toString());
    }

    @Test
    void theEcosystemReloadsToo() throws Exception {
      String text = Files.readString(ecosystemFile).replace("community staff-room",
          "community crew-room");
      Path next = dir.resolve("next.ecosystem");
      Files.writeString(next, text);
      Files.move(next, ecosystemFile, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      awaitStatus(s -> true);
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      int code;
      do {
        code = get("/v1/communities/crew-room/appropriate-actions").statusCode();
        Thread.sleep(20);
      } while (code != 200 && System.nanoTime() < deadline);
      assertEquals(200, code);
      assertEquals(404, get("/v1/communities/staff-room/appropriate-actions").statusCode());
    }

    @Test
    void aFileMissingForAMomentIsReportedUntilItIsBack() throws Exception {
      String text = Files.readString(policyFile);
      Files.delete(policyFile);
      JsonNode status = awaitStatus(s -> !s.get("lastReloadError").isNull());
      assertTrue(status.get("lastReloadError").get("message").asText().contains("social.policy"),
          status.toString());
      assertEquals("limited", verdictOfDealInTheFanClub());
      Files.writeString(policyFile, text);
      awaitStatus(s -> s.get("lastReloadError").isNull());
    }

    @Test
    void aBadPolicyAtStartIsRefused() throws IOException {
      Path broken = dir.resolve("broken.policy");
      Files.writeString(broken, "policy p\n");
      assertThrows(IllegalArgumentException.class, () -> DecisionService.start(
          DecisionService.options(broken.toString(), ecosystemFile).port(0)));
    }
  }

  @Test
  void optionsRefuseBadValuesByName() {
    DecisionService.Options options = DecisionService.options("standard", ecosystemFile);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> options.port(70_000))
        .getMessage().contains("port"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> options.reloadInterval(Duration.ZERO)).getMessage().contains("reloadInterval"));
  }
}
