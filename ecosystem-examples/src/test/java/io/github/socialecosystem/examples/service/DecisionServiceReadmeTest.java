package io.github.socialecosystem.examples.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's section on the decision service says what the service does: every {@code $ curl}
 * example, sent to a service started as the section starts it, gets exactly the answer shown; the
 * decision log line shown is the one the example writes; and the limits it names are the
 * service's.
 */
class DecisionServiceReadmeTest {
  /** The address the README's examples use; the test's service listens elsewhere. */
  private static final String README_ADDRESS = "http://127.0.0.1:8181";

  private static final Pattern TIME = Pattern.compile("\"time\":\"([^\"]*)\"");

  private final String section = section("## The decision service");

  private static String section(String heading) {
    String readme;
    try {
      readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = readme.indexOf("\n" + heading + "\n");
    assertTrue(start >= 0, "README.md has no section '" + heading + "'");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The fenced blocks of the section, without their fences. */
  private List<String> blocks() {
    List<String> blocks = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = section.indexOf("\n```\n", at);
      if (open < 0) {
        return blocks;
      }
      int start = open + "\n```\n".length();
      int close = section.indexOf("\n```\n", start);
      blocks.add(section.substring(start, close + 1));
      at = close + 1;
    }
  }

  private String blockWith(String text) {
    return blocks().stream().filter(block -> block.contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no block with " + text));
  }

  /** One {@code $ curl} line of the README and the answer shown under it. */
  private record Example(String command, String shown) {}

  private List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    String command = null;
    StringBuilder shown = new StringBuilder();
    for (String line : blockWith("$ curl ").lines().toList()) {
      if (line.startsWith("$ ")) {
        if (command != null) {
          examples.add(new Example(command, shown.toString()));
        }
        command = line.substring(2);
        shown.setLength(0);
      } else {
        assertTrue(command != null, "an answer before any command: " + line);
        shown.append(line).append('\n');
      }
    }
    assertTrue(command != null, "no examples");
    examples.add(new Example(command, shown.toString()));
    return examples;
  }

  @Test
  void curlExamplesGetExactlyTheAnswersShownAndTheLogLineShownIsTheOneWritten()
      throws Exception {
    String start = blockWith(" serve ");
    Matcher ecosystem = Pattern.compile(" serve --ecosystem (\\S+)\n").matcher(start);
    assertTrue(ecosystem.find(), start);
    StringWriter log = new StringWriter();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Example> examples = examples();
    assertTrue(examples.size() >= 5, examples.toString());
    try (DecisionService service = DecisionService.start(
        DecisionService.options("standard", Path.of("..", ecosystem.group(1)))
            .port(0)
            .decisionLog(log))) {
      String base = "http://127.0.0.1:" + service.port();
      for (Example example : examples) {
        HttpResponse<String> response =
            http.send(request(example.command(), base), HttpResponse.BodyHandlers.ofString());
        assertEquals(example.shown(), response.body(), example.command());
      }
      // The hash the decisions show is that of the policy text the service serves.
      String policy = http.send(
          HttpRequest.newBuilder(URI.create(base + "/v1/policy")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String hash = "\"hash\":\"" + sha256(policy) + "\"";
      assertTrue(examples.stream().anyMatch(example -> example.shown().contains(hash)), hash);
      for (Example example : examples) {
        if (example.shown().contains("\"hash\":")) {
          assertTrue(example.shown().contains(hash), example.shown());
        }
      }
    }

    String shownLine = blockWith("\"policyHash\"").strip();
    String requestId = field(shownLine, "requestId");
    assertTrue(!requestId.isEmpty(), shownLine);
    String written = log.toString().lines()
        .filter(line -> requestId.equals(field(line, "requestId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + requestId + " in\n" + log));
    Matcher time = TIME.matcher(written);
    assertTrue(time.find(), written);
    Instant.parse(time.group(1));
    assertEquals(withoutTime(shownLine), withoutTime(written));
  }

  @Test
  void limitsTheReadmeNamesAreTheServices() {
    assertTrue(section.contains("up to " + thousands(DecisionService.MAX_BATCH)
        + " decisions in one call"), "MAX_BATCH");
    assertTrue(section.contains("more than " + thousands(DecisionService.MAX_BATCH)
        + " requests"), "MAX_BATCH");
    assertTrue(section.contains("longer than 1 MiB (" + thousands(DecisionService.MAX_BODY_BYTES)
        + " bytes)"), "MAX_BODY_BYTES");
    assertEquals(1 << 20, DecisionService.MAX_BODY_BYTES);
    assertTrue(section.contains("at most " + thousands(DecisionLog.CAPACITY)
        + " of them\n(`DecisionLog.CAPACITY`)"), "CAPACITY");
  }

  private static String thousands(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * The request a README curl line sends, to {@code base} instead of the README's address. Only
   * the options the README uses are known, so that an example cannot use one this test ignores.
   */
  private static HttpRequest request(String command, String base) {
    List<String> words = words(command);
    assertEquals("curl", words.get(0), command);
    String method = null;
    String body = null;
    String url = null;
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      switch (word) {
        case "-s" -> { }
        case "-X" -> method = words.get(++i);
        case "-d" -> body = words.get(++i);
        case "-H" -> {
          String header = words.get(++i);
          int colon = header.indexOf(':');
          headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        default -> {
          if (word.startsWith("-") || url != null) {
            fail("the test does not know what curl does with " + word + " in: " + command);
          }
          url = word;
        }
      }
    }
    assertTrue(url != null && url.startsWith(README_ADDRESS + "/"), command);
    if (body != null && !headers.containsKey("Content-Type")) {
      headers.put("Content-Type", "application/x-www-form-urlencoded"); // what curl -d sends
    }
    if (method == null) {
      method = body == null ? "GET" : "POST";
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + url.substring(README_ADDRESS.length())))
            .method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return request.build();
  }

  /** A command's words, as a shell splits them: on spaces, except inside single quotes. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    assertTrue(!quoted, "an unclosed quote in: " + command);
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  /** A string field's value in a line of JSON, or "" if it has none. */
  private static String field(String jsonLine, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(jsonLine);
    return value.find() ? value.group(1) : "";
  }

  private static String withoutTime(String line) {
    return TIME.matcher(line).replaceFirst("\"time\":\"...\"");
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
  }
}
