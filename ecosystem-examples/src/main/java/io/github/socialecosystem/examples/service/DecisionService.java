package io.github.socialecosystem.examples.service;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.Counterfactuals;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.diagram.EcosystemDiagrams;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A decision service over HTTP with JSON: decides actions in the communities of one ecosystem by
 * one policy, reloads both when their files change, and logs every decision.
 *
 * <pre>{@code
 * try (DecisionService service = DecisionService.start(
 *     DecisionService.options("standard", Path.of("crafting-tools.ecosystem")).port(0))) {
 *   URI decide = URI.create("http://127.0.0.1:" + service.port() + "/v1/decide");
 *   ...
 * }
 * }</pre>
 *
 * <p>Endpoints: {@code POST /v1/decide}, {@code POST /v1/decide/batch} (up to {@value
 * #MAX_BATCH}), {@code GET /v1/communities/{id}/appropriate-actions}, {@code GET /v1/assessment}
 * (JSON, or Markdown for {@code Accept: text/markdown}), {@code GET /v1/ecosystem}, {@code GET
 * /v1/diagram} (the Mermaid flowchart and its node per community), {@code GET /v1/policy} (the
 * canonical text), {@code GET /v1/policy/grid} (each standard action in each community type),
 * {@code GET /v1/vocabulary} (the words requests use), {@code GET /v1/health} and {@code GET
 * /v1/status}.
 *
 * <p>{@code GET /} is a page for people: the ecosystem drawn, each community's best actions, the
 * assessment, a form that asks {@code /v1/decide}, and the policy's grid. It and its files (under
 * {@code /page/}) are served without the token, since they hold no data; the page asks for the
 * token when the API wants one, and sends it with every call. Bad requests get a 4xx status and a
 * JSON error naming the field and the value; bodies over {@value #MAX_BODY_BYTES} bytes get 413.
 *
 * <p>A changed policy or ecosystem file is read, parsed and (a policy) analysed; it replaces the
 * running one only when it parses and the analysis finds no error, all at once, so that a request
 * sees the old or the new one and never a mix. Otherwise the old one keeps serving and {@code
 * /v1/status} says why.
 */
public final class DecisionService implements AutoCloseable {
  /** The largest request body, in bytes. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** The most requests one batch may hold. */
  public static final int MAX_BATCH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);

  /** {@code application/json}, with parameters only if the charset, if any, is UTF-8. */
  private static final java.util.regex.Pattern JSON_TYPE = java.util.regex.Pattern.compile(
      "(?i)application/json\\s*(;\\s*charset\\s*=\\s*\"?utf-8\"?\\s*)?");

  /** Writes log lines in ASCII, so that no text can make a line unwritable. */
  private static final ObjectMapper LOG_JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

  /** At most three UTF-8 bytes a character, and a byte-order mark. */
  private static final long MAX_POLICY_BYTES = 3L * Limits.MAX_POLICY_CHARS + 3;

  private static final long MAX_ECOSYSTEM_BYTES = 3L * Limits.MAX_ECOSYSTEM_CHARS + 3;

  /** The JDK server's limit on the time a request may take to arrive, in seconds. */
  private static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

  /** How many requests are worked on at once; more wait for a worker. */
  private static final int WORKERS = 32;

  /** The JDK server's switch for TCP_NODELAY on the connections it accepts. */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Options options;
  private final Clock clock;
  /** Replaced whole, and only by the reload thread; read once per request. */
  private volatile Loaded loaded;
  private final HttpServer server;
  private final ExecutorService workers;
  private final ScheduledExecutorService watcher;
  private final @Nullable DecisionLog log;
  /** Whether the service listens on a loopback address, and so checks the Host header. */
  private final boolean loopback;
  private final byte @Nullable [] token;
  // Each holds while its cause does: a file that cannot be read, or a changed file that was refused.
  private final AtomicReference<@Nullable ObjectNode> policyReadError = new AtomicReference<>();
  private final AtomicReference<@Nullable ObjectNode> policyError = new AtomicReference<>();
  private final AtomicReference<@Nullable ObjectNode> ecosystemReadError = new AtomicReference<>();
  private final AtomicReference<@Nullable ObjectNode> ecosystemError = new AtomicReference<>();
  private volatile @Nullable String seenPolicy;
  private volatile @Nullable String seenEcosystem;

  /** How to run a service; see {@link DecisionService#options}. */
  public static final class Options {
    private final String policy;
    private final Path ecosystem;
    private String bind = "127.0.0.1";
    private int port = 8181;
    private @Nullable Path tokenFile;
    private @Nullable Writer decisionLog;
    private Duration reloadInterval = Duration.ofSeconds(1);

    private Options(String policy, Path ecosystem) {
      this.policy = requireNonNull(policy, "policy");
      this.ecosystem = requireNonNull(ecosystem, "ecosystem");
    }

    /** The address to listen on; {@code 127.0.0.1} unless told otherwise. */
    public Options bind(String address) {
      this.bind = requireNonNull(address, "bind");
      return this;
    }

    /** The port; 0 picks a free one ({@link DecisionService#port()} tells which). */
    public Options port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** A file holding the bearer token every request must carry; none by default. */
    public Options tokenFile(Path file) {
      this.tokenFile = requireNonNull(file, "tokenFile");
      return this;
    }

    /** Where the decision log goes, one JSON line per decision; nowhere by default. */
    public Options decisionLog(Writer out) {
      this.decisionLog = requireNonNull(out, "decisionLog");
      return this;
    }

    /** How often the files are looked at for changes; one second by default. */
    public Options reloadInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("reloadInterval must be positive: " + interval);
      }
      this.reloadInterval = interval;
      return this;
    }
  }

  /** Options for a service deciding by {@code policy} (a file, or {@code standard}). */
  public static Options options(String policy, Path ecosystem) {
    return new Options(policy, ecosystem);
  }

  /**
   * Loads the policy and the ecosystem and starts serving.
   *
   * @throws IllegalArgumentException if a file does not parse or the policy has analyzer errors
   * @throws IOException if a file cannot be read or the address cannot be bound
   */
  public static DecisionService start(Options options) throws IOException {
    return new DecisionService(options, Clock.systemUTC());
  }

  private DecisionService(Options options, Clock clock) throws IOException {
    this.options = options;
    this.clock = clock;
    byte[] policyBytes = policyBytes();
    byte[] ecosystemBytes = read(options.ecosystem, MAX_ECOSYSTEM_BYTES);
    this.loaded = Loaded.of(
        checkedPolicy(policyBytes), EcosystemLanguage.read(options.ecosystem), clock.instant());
    this.seenPolicy = Loaded.hash(new String(policyBytes, StandardCharsets.ISO_8859_1));
    this.seenEcosystem = Loaded.hash(new String(ecosystemBytes, StandardCharsets.ISO_8859_1));
    this.token = options.tokenFile == null ? null : readToken(options.tokenFile);
    // The JDK's server writes a response's headers and body separately; with Nagle's algorithm on,
    // the body of every response after the first on a kept-alive connection waits for the
    // client's delayed ACK (about 40 ms on Linux). The server reads this property once, when the
    // first server is created; an explicit setting is kept.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    // A client that sends its request slowly, or not at all, holds a worker: the server closes
    // a connection whose request takes longer than this (seconds), unless set already.
    if (System.getProperty(MAX_REQUEST_SECONDS) == null) {
      System.setProperty(MAX_REQUEST_SECONDS, "10");
    }
    InetSocketAddress address = new InetSocketAddress(options.bind, options.port);
    this.loopback = address.getAddress() != null && address.getAddress().isLoopbackAddress();
    Page.load();  // a jar without the page's files fails here, not on the first request
    this.server = HttpServer.create(address, 0);
    // Threads start only once the address is bound, so a failed start leaves none behind.
    this.log = options.decisionLog == null ? null : new DecisionLog(options.decisionLog);
    this.workers = Executors.newFixedThreadPool(WORKERS, daemon("decide"));
    server.setExecutor(workers);
    server.createContext("/", this::handle);
    server.start();
    this.watcher = Executors.newSingleThreadScheduledExecutor(daemon("reload"));
    long every = options.reloadInterval.toMillis();
    var unused = watcher.scheduleWithFixedDelay(this::reload, every, every, TimeUnit.MILLISECONDS);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static byte[] readToken(Path file) throws IOException {
    String token = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (token.isEmpty()) {
      throw new IllegalArgumentException(file + ": the token file is empty");
    }
    // HTTP headers carry bytes that clients and servers read as Latin-1 or ASCII: a token of
    // visible ASCII is sent and compared the same way by every client.
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "%s: a token must be visible ASCII characters (no spaces), but has U+%04X at index %d",
            file, (int) c, i));
      }
    }
    return token.getBytes(StandardCharsets.US_ASCII);
  }

  /** The port the service listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The hash (SHA-256 of the canonical text) of the policy deciding now. */
  public String policyHash() {
    return loaded.policyHash();
  }

  /** Stops serving, and writes the decision log's last lines. */
  @Override
  public void close() {
    watcher.shutdownNow();
    server.stop(0);
    workers.shutdown();
    try {
      // Requests under way finish, and log their decisions, before the log closes.
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    if (log != null) {
      log.close();
    }
  }

  // Loading and reloading

  private byte[] policyBytes() throws IOException {
    if (options.policy.equals(StandardPolicy.ID)) {
      return StandardPolicy.text().getBytes(StandardCharsets.UTF_8);
    }
    return read(Path.of(options.policy), MAX_POLICY_BYTES);
  }

  /** The policy in {@code bytes}, if it parses and has no analyzer errors. */
  private static EngagementPolicy checkedPolicy(byte[] bytes) throws IOException {
    EngagementPolicy policy =
        PolicyLanguage.read(new java.io.InputStreamReader(
            new java.io.ByteArrayInputStream(bytes),
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)));
    PolicyAnalysis analysis = PolicyAnalyzer.analyze(policy);
    if (analysis.hasErrors()) {
      throw new IllegalArgumentException("the policy has analyzer errors:\n" + analysis.report());
    }
    return policy;
  }

  private void reload() {
    try {
      reloadPolicy();
      reloadEcosystem();
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // Never let the scheduled task die: the next look tries again.
      policyError.set(error(options.policy, "cannot be reloaded: " + e));
    }
  }

  private void reloadPolicy() {
    if (options.policy.equals(StandardPolicy.ID)) {
      return;  // the built-in policy never changes
    }
    byte[] bytes;
    try {
      bytes = read(Path.of(options.policy), MAX_POLICY_BYTES);
    } catch (IOException e) {
      policyReadError.set(error(options.policy, "cannot be read: " + e));
      return;
    }
    policyReadError.set(null);
    String seen = Loaded.hash(new String(bytes, StandardCharsets.ISO_8859_1));
    if (seen.equals(seenPolicy)) {
      return;
    }
    seenPolicy = seen;
    try {
      EngagementPolicy policy = checkedPolicy(bytes);
      loaded = loaded.withPolicy(policy, clock.instant());
      policyError.set(null);
      LOG.info("reloaded policy {} from {} (hash {})", policy.id(), options.policy,
          loaded.policyHash());
    } catch (IllegalArgumentException | IOException e) {
      LOG.warn("{} changed but cannot be used, still serving the last policy: {}",
          options.policy, e.getMessage());
      policyError.set(error(options.policy, String.valueOf(e.getMessage())));
    }
  }

  private void reloadEcosystem() {
    String file = options.ecosystem.toString();
    byte[] bytes;
    try {
      bytes = read(options.ecosystem, MAX_ECOSYSTEM_BYTES);
    } catch (IOException e) {
      ecosystemReadError.set(error(file, "cannot be read: " + e));
      return;
    }
    ecosystemReadError.set(null);
    String seen = Loaded.hash(new String(bytes, StandardCharsets.ISO_8859_1));
    if (seen.equals(seenEcosystem)) {
      return;
    }
    seenEcosystem = seen;
    try {
      Ecosystem ecosystem = EcosystemLanguage.parse(
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
      loaded = loaded.withEcosystem(ecosystem, clock.instant());
      ecosystemError.set(null);
      LOG.info("reloaded the ecosystem of {} from {} ({} communities)",
          ecosystem.organization(), file, ecosystem.communities().size());
    } catch (IllegalArgumentException | IOException e) {
      LOG.warn("{} changed but cannot be used, still serving the last ecosystem: {}", file,
          e.getMessage());
      ecosystemError.set(error(file, String.valueOf(e.getMessage())));
    }
  }

  /** A file's bytes; one larger than any text the languages accept is refused unread. */
  private static byte[] read(Path path, long maxBytes) throws IOException {
    if (Files.size(path) > maxBytes) {
      throw new IOException("longer than " + maxBytes + " bytes, more than any text the language"
          + " accepts");
    }
    return Files.readAllBytes(path);
  }

  private ObjectNode error(String file, String message) {
    ObjectNode error = JSON.createObjectNode();
    error.put("file", file);
    error.put("message", message);
    error.put("at", clock.instant().toString());
    return error;
  }

  /** The latest of the errors that still hold, or null. */
  private @Nullable ObjectNode lastReloadError() {
    ObjectNode latest = null;
    for (AtomicReference<@Nullable ObjectNode> holder :
        List.of(policyReadError, policyError, ecosystemReadError, ecosystemError)) {
      ObjectNode error = holder.get();
      if (error != null
          && (latest == null || error.get("at").asText().compareTo(latest.get("at").asText()) > 0)) {
        latest = error;
      }
    }
    return latest;
  }

  // Requests

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        String path = exchange.getRequestURI().getRawPath();
        checkHost(exchange);
        if (Page.serves(path)) {
          page(exchange, path);
        } else {
          authorize(exchange);
          route(exchange);
        }
      } catch (BadRequest e) {
        ObjectNode error = JSON.createObjectNode();
        error.put("status", e.status());
        error.put("field", e.field());
        error.put("message", e.getMessage());
        send(exchange, e.status(), "application/json", JSON.writeValueAsString(error) + "\n");
      } catch (RuntimeException e) {
        ObjectNode error = JSON.createObjectNode();
        error.put("status", 500);
        error.put("message", "unexpected failure: " + e);
        send(exchange, 500, "application/json", JSON.writeValueAsString(error) + "\n");
      }
    }
  }

  /**
   * On a loopback address, only requests for this machine's own names are answered: a web page
   * elsewhere that rebinds its own host name to 127.0.0.1 sends its name, and is refused.
   */
  private void checkHost(HttpExchange exchange) {
    if (!loopback) {
      return;
    }
    String host = exchange.getRequestHeaders().getFirst("Host");
    String name = host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      name = end < 0 ? name : name.substring(0, end + 1);
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    if (!LOCAL_NAMES.contains(name)) {
      throw new BadRequest(421, "Host", "this service answers only for this machine"
          + " (localhost, 127.0.0.1 or [::1]), not " + DecideRequest.quoted(String.valueOf(host)));
    }
  }

  private static final java.util.Set<String> LOCAL_NAMES =
      java.util.Set.of("localhost", "127.0.0.1", "[::1]");

  private void authorize(HttpExchange exchange) {
    if (token == null) {
      return;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
      throw new BadRequest(401, "Authorization", "a valid bearer token is required");
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod();
    Loaded now = loaded;
    switch (path) {
      case "/v1/decide" -> {
        allow(exchange, method, "POST");
        JsonNode body = body(exchange);
        DecideRequest request = DecideRequest.read(body, now.ecosystem(), "");
        send(exchange, 200, "application/json", JSON.writeValueAsString(decide(now, request)) + "\n");
      }
      case "/v1/decide/batch" -> {
        allow(exchange, method, "POST");
        JsonNode body = body(exchange);
        if (!body.isObject() || !body.path("requests").isArray()) {
          throw BadRequest.of("requests", "a batch is an object whose field requests is an array");
        }
        if (body.size() != 1) {
          throw BadRequest.of("body", "a batch has one field, requests");
        }
        JsonNode requests = body.get("requests");
        if (requests.size() > MAX_BATCH) {
          throw BadRequest.of("requests", "a batch holds at most " + MAX_BATCH + " requests, not "
              + requests.size());
        }
        List<DecideRequest> read = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
          read.add(DecideRequest.read(requests.get(i), now.ecosystem(), "requests[" + i + "]."));
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("schema", JsonShapes.schema("decisions"));
        ArrayNode results = response.putArray("results");
        for (DecideRequest request : read) {
          results.add(decide(now, request));
        }
        send(exchange, 200, "application/json", JSON.writeValueAsString(response) + "\n");
      }
      case "/v1/assessment" -> {
        allow(exchange, method, "GET");
        var assessment = EcosystemAdvisor.assess(now.ecosystem(), now.engine());
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        if (accept != null && accept.contains("text/markdown")) {
          send(exchange, 200, "text/markdown; charset=utf-8", assessment.toMarkdown());
        } else {
          send(exchange, 200, "application/json", JsonShapes.assessment(assessment));
        }
      }
      case "/v1/policy" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, "text/plain; charset=utf-8", now.policyText());
      }
      case "/v1/policy/grid" -> {
        allow(exchange, method, "GET");
        ObjectNode grid = PolicyGrid.of(now.engine(), JSON);
        policy(grid, now);
        send(exchange, 200, "application/json", JSON.writeValueAsString(grid) + "\n");
      }
      case "/v1/ecosystem" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, "application/json", JsonShapes.ecosystem(now.ecosystem()));
      }
      case "/v1/diagram" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, "application/json", JSON.writeValueAsString(diagram(now)) + "\n");
      }
      case "/v1/vocabulary" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, "application/json", VOCABULARY);
      }
      case "/v1/health" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, "application/json", "{\"status\":\"ok\"}\n");
      }
      case "/v1/status" -> {
        allow(exchange, method, "GET");
        send(exchange, 200, "application/json", JSON.writeValueAsString(status(now)) + "\n");
      }
      default -> {
        String prefix = "/v1/communities/";
        String suffix = "/appropriate-actions";
        if (path.startsWith(prefix) && path.endsWith(suffix)
            && path.length() > prefix.length() + suffix.length()) {
          allow(exchange, method, "GET");
          String raw = path.substring(prefix.length(), path.length() - suffix.length());
          String id;
          try {
            id = URLDecoder.decode(raw, StandardCharsets.UTF_8);
          } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "id", "the community id " + DecideRequest.quoted(raw)
                + " is not well encoded: " + e.getMessage());
          }
          Community community = now.ecosystem().community(id).orElseThrow(() -> new BadRequest(
              404, "id", "no community with id " + DecideRequest.quoted(id)));
          ObjectNode response = JSON.createObjectNode();
          response.put("schema", JsonShapes.schema("appropriate-actions"));
          response.put("community", community.id());
          policy(response, now);
          ArrayNode actions = response.putArray("actions");
          for (Decision decision : now.engine().appropriateActions(community)) {
            actions.add(decisionNode(community, decision, EngagementContext.none()));
          }
          send(exchange, 200, "application/json", JSON.writeValueAsString(response) + "\n");
        } else {
          throw new BadRequest(404, "path", "no such endpoint: " + DecideRequest.quoted(path));
        }
      }
    }
  }

  /** The ecosystem's Mermaid flowchart, and the node that stands for each community in it. */
  private static ObjectNode diagram(Loaded now) {
    ObjectNode diagram = JSON.createObjectNode();
    diagram.put("schema", JsonShapes.schema("diagram"));
    diagram.put("organization", now.ecosystem().organization());
    diagram.put("mermaid", EcosystemDiagrams.mermaid(now.ecosystem()));
    ArrayNode nodes = diagram.putArray("nodes");
    for (Community community : now.ecosystem().communities()) {
      ObjectNode node = nodes.addObject();
      node.put("community", community.id());
      node.put("node", EcosystemDiagrams.mermaidNodeId(community.id()));
    }
    ArrayNode channels = diagram.putArray("channels");
    for (Channel channel : now.ecosystem().channels()) {
      ObjectNode edge = channels.addObject();
      edge.put("from", channel.from());
      edge.put("to", channel.to());
    }
    return diagram;
  }

  /** The words a request may use: standard actions with their traits, and each trait's words. */
  private static final String VOCABULARY = vocabulary().toString() + "\n";

  private static ObjectNode vocabulary() {
    ObjectNode words = JSON.createObjectNode();
    words.put("schema", JsonShapes.schema("vocabulary"));
    ArrayNode actions = words.putArray("standardActions");
    for (EngagementAction action : StandardActions.all()) {
      ObjectNode node = actions.addObject();
      node.put("id", action.id());
      node.put("intent", JsonShapes.word(action.intent()));
      node.put("format", JsonShapes.word(action.format()));
      node.put("reach", JsonShapes.word(action.reach()));
    }
    words(words.putArray("intents"), Intent.values());
    words(words.putArray("formats"), Format.values());
    words(words.putArray("reaches"), Reach.values());
    words(words.putArray("verdicts"), Verdict.values());
    words(words.putArray("communityTypes"), CommunityType.values());
    return words;
  }

  private static void words(ArrayNode array, Enum<?>[] values) {
    for (Enum<?> value : values) {
      array.add(JsonShapes.word(value));
    }
  }

  /** Serves a file of the page, to anyone: it holds nothing of the ecosystem or the policy. */
  private static void page(HttpExchange exchange, String path) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("HEAD")) {
      allow(exchange, method, "GET");
    }
    Page.Asset asset = Page.asset(path).orElseThrow();
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Security-Policy", Page.CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-cache");
    headers.set("Vary", "Accept-Encoding");
    headers.set("ETag", asset.etag());
    if (Page.matches(exchange.getRequestHeaders().getFirst("If-None-Match"), asset.etag())) {
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    headers.set("Content-Type", asset.type());
    String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
    boolean gzip = accepts != null && Page.acceptsGzip(accepts);
    if (gzip) {
      headers.set("Content-Encoding", "gzip");
    }
    if (method.equals("HEAD")) {
      headers.set("Content-Length", String.valueOf(asset.length(gzip)));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, asset.length(gzip));
    try (OutputStream out = exchange.getResponseBody()) {
      asset.writeTo(out, gzip);
    }
  }

  private ObjectNode decide(Loaded now, DecideRequest request) throws IOException {
    Decision decision;
    ObjectNode node;
    if (request.counterfactuals()) {
      Counterfactuals counterfactuals = now.engine().counterfactuals(
          request.community(), request.action(), request.context());
      decision = counterfactuals.decision();
      node = (ObjectNode) JSON.readTree(JsonShapes.decision(
          request.community(), counterfactuals, request.context()));
    } else {
      decision = now.engine().decide(request.community(), request.action(), request.context());
      node = decisionNode(request.community(), decision, request.context());
    }
    policy(node, now);
    node.put("requestId", request.requestId());
    if (log != null) {
      log.log(logLine(now, request, decision));
    }
    return node;
  }

  private static ObjectNode decisionNode(
      Community community, Decision decision, EngagementContext context) throws IOException {
    return (ObjectNode) JSON.readTree(JsonShapes.decision(community, decision, context));
  }

  private static void policy(ObjectNode node, Loaded now) {
    ObjectNode policy = node.putObject("policy");
    policy.put("id", now.policy().id());
    policy.put("hash", now.policyHash());
  }

  private String logLine(Loaded now, DecideRequest request, Decision decision)
      throws JsonProcessingException {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", clock.instant().toString());
    line.put("policy", now.policy().id());
    line.put("policyHash", now.policyHash());
    line.put("community", request.community().id());
    ObjectNode action = line.putObject("action");
    action.put("id", request.action().id());
    action.put("intent", JsonShapes.word(request.action().intent()));
    action.put("format", JsonShapes.word(request.action().format()));
    action.put("reach", JsonShapes.word(request.action().reach()));
    line.put("verdict", JsonShapes.word(decision.verdict()));
    ArrayNode rules = line.putArray("rules");
    for (Reason reason : decision.reasons()) {
      rules.add(reason.ruleId());
    }
    line.put("requestId", request.requestId());
    return LOG_JSON.writeValueAsString(line);
  }

  private ObjectNode status(Loaded now) {
    ObjectNode status = JSON.createObjectNode();
    status.put("schema", JsonShapes.schema("status"));
    ObjectNode policy = status.putObject("policy");
    policy.put("id", now.policy().id());
    policy.put("hash", now.policyHash());
    policy.put("source", options.policy);
    policy.put("loadedAt", now.policyLoadedAt().toString());
    ObjectNode ecosystem = status.putObject("ecosystem");
    ecosystem.put("organization", now.ecosystem().organization());
    ecosystem.put("communities", now.ecosystem().communities().size());
    ecosystem.put("source", options.ecosystem.toString());
    ecosystem.put("loadedAt", now.ecosystemLoadedAt().toString());
    ObjectNode error = lastReloadError();
    if (error == null) {
      status.putNull("lastReloadError");
    } else {
      status.set("lastReloadError", error);
    }
    ObjectNode decisionLog = status.putObject("decisionLog");
    decisionLog.put("enabled", log != null);
    decisionLog.put("written", log == null ? 0 : log.written());
    decisionLog.put("dropped", log == null ? 0 : log.dropped());
    decisionLog.put("failed", log == null ? 0 : log.failed());
    return status;
  }

  private static void allow(HttpExchange exchange, String method, String allowed) {
    if (!method.equals(allowed)) {
      exchange.getResponseHeaders().set("Allow", allowed);
      throw new BadRequest(405, "method", "use " + allowed + " here, not "
          + DecideRequest.quoted(method));
    }
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !JSON_TYPE.matcher(type.strip()).matches()) {
      throw new BadRequest(415, "Content-Type",
          "send the request as application/json, not " + DecideRequest.quoted(String.valueOf(type)));
    }
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new BadRequest(413, "body", "the body is longer than " + MAX_BODY_BYTES + " bytes");
    }
    try {
      JsonNode node = JSON.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw BadRequest.of("body", "the body is empty: send a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw BadRequest.of("body", "the body is not JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? ""
              : " (line " + e.getLocation().getLineNr() + ", column "
                  + e.getLocation().getColumnNr() + ")"));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type",
        type.contains("charset") ? type : type + "; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
