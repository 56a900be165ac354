package io.github.socialecosystem.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
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
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.examples.CraftingToolsEcosystem;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service's page in a real headless Chromium, driven through Selenium, against the service on
 * an ephemeral port. The browser reaches nothing but the service: every other host fails to
 * resolve, and every other address goes to a proxy that is not there.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them);
 * {@code -Dbrowser.tests=skip} skips these tests where they cannot run, and says so.
 */
class DecisionPageTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
  /** Where the screenshot for the README is written. */
  static final Path SCREENSHOT = Path.of("target", "decision-page.png");

  private static ChromeDriver browser;
  private static Path profile;

  @TempDir Path dir;
  private final List<DecisionService> services = new ArrayList<>();

  @BeforeAll
  static void startBrowser() throws IOException {
    if ("skip".equals(System.getProperty("browser.tests"))) {
      org.junit.jupiter.api.Assumptions.abort("browser tests skipped by -Dbrowser.tests=skip");
    }
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the page's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (Debian: apt-get install -y chromium chromium-driver, as .ci/run does);"
          + " -Dbrowser.tests=skip skips them");
    }
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--user-data-dir=" + profile, "--window-size=1300,1000",
        // Nothing but the service: other names do not resolve, other addresses go nowhere.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=127.0.0.1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(driver, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void freshPage() {
    browser.manage().window().setSize(new Dimension(1300, 1000));
    browser.get("about:blank");
    browser.manage().logs().get(LogType.BROWSER);  // drop what earlier tests left
  }

  @AfterEach
  void stopServices() {
    services.forEach(DecisionService::close);
  }

  // Helpers

  /** The ecosystem file of the service started last. */
  private Path ecosystemFile;

  private DecisionService serve(Ecosystem ecosystem, String... token) throws IOException {
    Path file = Files.createTempFile(dir, "ecosystem", ".ecosystem");
    ecosystemFile = file;
    Files.writeString(file, EcosystemLanguage.print(ecosystem), StandardCharsets.UTF_8);
    DecisionService.Options options = DecisionService.options("standard", file).port(0)
        .reloadInterval(Duration.ofMillis(200));
    if (token.length > 0) {
      Path tokenFile = dir.resolve("token");
      Files.writeString(tokenFile, token[0], StandardCharsets.UTF_8);
      options.tokenFile(tokenFile);
    }
    DecisionService service = DecisionService.start(options);
    services.add(service);
    return service;
  }

  private static String origin(DecisionService service) {
    return "http://127.0.0.1:" + service.port();
  }

  private static WebDriverWait waiting() {
    // parts of the page are drawn anew: an element read while it is replaced has gone stale
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Opens the page and waits until its diagram is drawn. */
  private static void open(DecisionService service) {
    browser.get(origin(service) + "/");
    awaitDrawn();
  }

  private static void awaitDrawn() {
    waiting().until(page -> "drawn".equals(
        page.findElement(By.id("diagram")).getAttribute("data-state")));
  }

  private static Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  private static List<WebElement> all(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  private static int nodes() {
    return all("#diagram svg g.node").size();
  }

  private static int edges() {
    return all("#diagram svg .edgePaths path").size();
  }

  /** The page's element structure: every element's tag and id, in document order. */
  private static String structure() {
    return (String) script("return Array.from(document.body.querySelectorAll('*'))"
        + ".filter(e => !e.closest('svg'))"
        + ".map(e => e.tagName + (e.id ? '#' + e.id : '')).join(' ')");
  }

  private static String svgStructure() {
    return (String) script("return Array.from(document.querySelectorAll('#diagram svg *'))"
        + ".map(e => e.tagName).join(' ')");
  }

  private static List<String> severeConsoleEntries() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .collect(Collectors.toList());
  }

  private static List<String> attributes(String css, String attribute) {
    return all(css).stream().map(e -> e.getAttribute(attribute)).collect(Collectors.toList());
  }

  private static List<String> words(List<Reason> reasons) {
    return reasons.stream().map(Reason::ruleId).collect(Collectors.toList());
  }

  /** Asks the page's form, and waits for its answer. */
  private static void ask(String community, String standardAction) {
    askWith(community, standardAction, null, Map.of());
  }

  private static void askWith(String community, String standardAction,
      EngagementAction custom, Map<Intent, Integer> recent) {
    String before = browser.findElement(By.id("decision")).getAttribute("data-seq");
    script("""
        const [community, action, custom, recent] = arguments;
        document.getElementById('ask-community').value = community;
        document.getElementById(custom ? 'kind-custom' : 'kind-standard').checked = true;
        if (custom) {
          document.getElementById('custom-id').value = custom.id;
          document.getElementById('custom-intent').value = custom.intent;
          document.getElementById('custom-format').value = custom.format;
          document.getElementById('custom-reach').value = custom.reach;
        } else {
          document.getElementById('ask-action').value = action;
        }
        for (const input of document.querySelectorAll('#recent input')) {
          input.value = recent[input.dataset.intent] === undefined ? '' : recent[input.dataset.intent];
        }
        document.getElementById('ask-button').click();
        """, community, standardAction,
        custom == null ? null : Map.of("id", custom.id(), "intent", JsonShapes.word(custom.intent()),
            "format", JsonShapes.word(custom.format()), "reach", JsonShapes.word(custom.reach())),
        recent.entrySet().stream().collect(Collectors.toMap(
            e -> JsonShapes.word(e.getKey()), Map.Entry::getValue)));
    waiting().until(page -> {
      WebElement decision = page.findElement(By.id("decision"));
      return !before.equals(decision.getAttribute("data-seq"))
          && !"asking".equals(decision.getAttribute("data-state"));
    });
    assertEquals("done", browser.findElement(By.id("decision")).getAttribute("data-state"),
        () -> browser.findElement(By.id("decision-error")).getText());
  }

  /** What the page shows of its last answer, read in one call. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> shown() {
    return (Map<String, Object>) script("""
        const list = (id, attribute) => Array.from(document.querySelectorAll('#' + id + ' li'))
            .map(li => attribute ? li.getAttribute(attribute) : li.textContent);
        return {
          verdict: document.getElementById('decision-verdict').dataset.verdict,
          reasons: list('decision-reasons', 'data-rule'),
          overridden: list('decision-overridden', 'data-rule'),
          alternatives: list('decision-alternatives', 'data-action'),
          obligations: Array.from(document.querySelectorAll('#decision-obligations li'))
              .map(li => li.firstChild.textContent),
          kinds: list('decision-obligations', 'data-kind'),
          wouldChange: list('decision-counterfactuals', 'data-verdict'),
        };
        """);
  }

  /** Asserts the page shows the engine's decision, and the verdicts nearer situations get. */
  private static void assertShows(
      PolicyEngine engine, Community community, EngagementAction action,
      EngagementContext context, String what) {
    assertShows(engine.decide(community, action, context), what);
    assertEquals(engine.counterfactuals(community, action, context).nearest().stream()
        .map(c -> JsonShapes.word(c.verdict())).collect(Collectors.toList()),
        shown().get("wouldChange"), what);
  }

  private static void assertShows(Decision expected, String what) {
    Map<String, Object> shown = shown();
    assertEquals(JsonShapes.word(expected.verdict()), shown.get("verdict"), what);
    assertEquals(words(expected.reasons()), shown.get("reasons"), what);
    assertEquals(words(expected.overridden()), shown.get("overridden"), what);
    assertEquals(expected.alternatives().stream().map(EngagementAction::id)
        .collect(Collectors.toList()), shown.get("alternatives"), what);
    assertEquals(expected.obligationTexts(), shown.get("obligations"), what);
    assertEquals(expected.obligations().stream().map(o -> JsonShapes.word(o.kind()))
        .collect(Collectors.toList()), shown.get("kinds"), what);
  }

  // The diagram

  @Test
  void diagramHasOneNodePerCommunityAndOneEdgePerChannel() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    open(serve(flagship));
    assertEquals(flagship.communities().size(), nodes());
    assertEquals(flagship.channels().size(), edges());
    assertEquals(flagship.communities().stream().map(Community::id).collect(Collectors.toSet()),
        Set.copyOf(attributes("#diagram svg g.node", "data-community")));
    assertEquals(flagship.organization(), browser.findElement(By.id("organization")).getText());
  }

  @Test
  void selectingACommunityShowsTheEnginesPermittedActionsBestFirst() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    PolicyEngine engine = PolicyEngine.standard();
    open(serve(flagship));
    for (Community community : flagship.communities()) {
      browser.findElement(By.cssSelector(
          "#diagram svg g.node[data-community='" + community.id() + "']")).click();
      waiting().until(page -> {
        WebElement panel = page.findElement(By.id("community"));
        return community.id().equals(panel.getAttribute("data-community"))
            && "done".equals(panel.getAttribute("data-state"));
      });
      List<Decision> expected = engine.appropriateActions(community);
      assertEquals(expected.stream().map(d -> d.action().id()).collect(Collectors.toList()),
          attributes("#community-actions li", "data-action"), community.id());
      assertEquals(expected.stream().map(d -> JsonShapes.word(d.verdict()))
          .collect(Collectors.toList()),
          attributes("#community-actions li", "data-verdict"), community.id());
      assertEquals(Math.min(3, expected.size()), all("#community-actions li.best").size());
      assertEquals(community.name(), browser.findElement(By.id("community-name")).getText());
      assertTrue(browser.findElement(By.id("community-facts")).getText()
          .contains(JsonShapes.word(community.dataOwnership().holder())), community.id());
    }
  }

  // The form

  @Test
  void formAnswersAsTheEngineForEveryStandardActionInEveryCommunity() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    PolicyEngine engine = PolicyEngine.standard();
    open(serve(flagship));
    for (Community community : flagship.communities()) {
      for (EngagementAction action : StandardActions.all()) {
        ask(community.id(), action.id());
        assertShows(engine, community, action, EngagementContext.none(),
            community.id() + " " + action.id());
      }
    }
  }

  @Test
  void formAnswersAsTheEngineForCustomActionsAndRecentActivity() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    PolicyEngine engine = PolicyEngine.standard();
    open(serve(flagship));
    List<EngagementAction> custom = List.of(
        EngagementAction.of("host-live-workshop", Intent.CONVERSE, Format.VIDEO, Reach.ONE_TO_MANY),
        // a standard id with other traits: decided by its traits, not its id
        EngagementAction.of("share-video", Intent.PROMOTE, Format.PRESS_RELEASE, Reach.ONE_TO_MANY));
    Map<Intent, Integer> overTheLimit = Map.of(Intent.PROMOTE, 9, Intent.CONVERSE, 1);
    for (Community community : flagship.communities()) {
      for (EngagementAction action : custom) {
        askWith(community.id(), null, action, Map.of());
        assertShows(engine, community, action, EngagementContext.none(),
            community.id() + " " + action.id());
      }
      askWith(community.id(), null, StandardActions.BROADCAST_PROMOTION, overTheLimit);
      EngagementContext context = EngagementContext.builder()
          .putRecentActivity(Intent.PROMOTE, 9).putRecentActivity(Intent.CONVERSE, 1).build();
      assertShows(engine, community, StandardActions.BROADCAST_PROMOTION, context,
          community.id() + " with recent promotion");
    }
  }

  @Test
  void formShowsTheServicesMessageForARefusedRequest() throws IOException {
    open(serve(CraftingToolsEcosystem.ecosystem()));
    script("""
        document.getElementById('kind-custom').checked = true;
        document.getElementById('custom-id').value = 'Not An Id';
        document.getElementById('ask-button').click();
        """);
    waiting().until(page -> "failed".equals(
        page.findElement(By.id("decision")).getAttribute("data-state")));
    assertTrue(browser.findElement(By.id("decision-error")).getText().contains("kebab-case"),
        browser.findElement(By.id("decision-error")).getText());
    severeConsoleEntries();  // the 400 is reported by the browser; it is what this test asks for
  }

  // The policy grid

  @Test
  void gridColoursEachStandardActionInEachTypeAsTheEngineDecides() throws IOException {
    PolicyEngine engine = PolicyEngine.standard();
    open(serve(CraftingToolsEcosystem.ecosystem()));
    @SuppressWarnings("unchecked")
    Map<String, String> grid = (Map<String, String>) script("""
        const cells = {};
        for (const td of document.querySelectorAll('#grid td')) {
          const verdict = td.dataset.verdict;
          const coloured = td.classList.contains(verdict === 'mixed' ? 'mixed' : 'verdict-' + verdict);
          cells[td.dataset.action + ' ' + td.dataset.type] = coloured ? verdict : 'uncoloured';
        }
        return cells;
        """);
    int cells = 0;
    for (EngagementAction action : StandardActions.all()) {
      for (CommunityType type : CommunityType.values()) {
        EnumSet<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (Community shape : shapes(type)) {
          verdicts.add(engine.decide(shape, action).verdict());
        }
        String expected = verdicts.size() == 1
            ? JsonShapes.word(verdicts.iterator().next()) : "mixed";
        String key = action.id() + " " + JsonShapes.word(type);
        assertEquals(expected, grid.get(key), key);
        cells++;
      }
    }
    assertEquals(cells, grid.size());
  }

  /** Every community shape of a type, found by brute force, independently of the service. */
  private static List<Community> shapes(CommunityType type) {
    List<Community> shapes = new ArrayList<>();
    for (Steward steward : Steward.values()) {
      for (PlatformKind kind : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (CommunityType.exists(steward, kind, membership, audience)
                && CommunityType.classify(steward, kind, membership, audience) == type) {
              shapes.add(Community.builder().id("shape").name("shape").steward(steward)
                  .platform(Platform.of("p", kind)).membership(membership).audience(audience)
                  .build());
            }
          }
        }
      }
    }
    return shapes;
  }

  // Safe by construction

  private static final List<String> HOSTILE_NAMES = List.of(
      "<img src=x onerror=\"window.pwned=1\">Evil & Co",
      "#lt;b#gt;bold#lt;/b#gt; #35; #quot; #59; &lt;i&gt;",
      "line one\nline two\r\n<script>window.pwned=2</script>",
      "\"]; click c_staff_room call alert(1); A[\"",
      "%%{init: {\"securityLevel\": \"loose\"}}%%",
      "</p></span></div></foreignObject><svg onload=\"window.pwned=3\">",
      "A --> B\nsubgraph X\nend",
      "javascript:alert(1) ${x} {{x}} \u202Eevil\u202C");

  private static Ecosystem renamed(Ecosystem ecosystem, String organization, List<String> names) {
    Ecosystem.Builder copy = Ecosystem.builder().organization(organization);
    int i = 0;
    for (Community community : ecosystem.communities()) {
      copy.addCommunities(Community.builder().from(community)
          .name(names.get(i++ % names.size())).build());
    }
    return copy.addAllChannels(ecosystem.channels()).build();
  }

  @Test
  void hostileNamesChangeNeitherThePagesStructureNorTheDiagram() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    Ecosystem plain = renamed(flagship, "Plain Org", List.of("Plain name"));
    Ecosystem hostile = renamed(flagship, "<b>Org</b>\n#quot;&amp;", HOSTILE_NAMES);
    Community first = hostile.communities().get(0);

    open(serve(plain));
    browser.findElement(By.cssSelector("#community-list button")).click();
    waiting().until(p -> "done".equals(p.findElement(By.id("community")).getAttribute("data-state")));
    ask(first.id(), "listen");
    String plainStructure = structure();
    String plainSvg = svgStructure();
    severeConsoleEntries();

    open(serve(hostile));
    browser.findElement(By.cssSelector("#community-list button")).click();
    waiting().until(p -> "done".equals(p.findElement(By.id("community")).getAttribute("data-state")));
    ask(first.id(), "listen");

    assertEquals(plainStructure, structure());
    assertEquals(flagship.communities().size(), nodes());
    assertEquals(flagship.channels().size(), edges());
    assertEquals(plainSvg, svgStructure());
    assertEquals(null, script("return window.pwned === undefined ? null : window.pwned"));
    assertEquals(0, all("img").size());
    assertEquals(2, all("script").size());
    // The names are shown as the text they are.
    assertEquals(first.name(), script(
        "return document.getElementById('community-name').textContent"));
    assertEquals(hostile.organization(), script(
        "return document.getElementById('organization').textContent"));
    String drawn = browser.findElement(By.id("diagram")).getText();
    assertTrue(drawn.contains("<img src=x onerror=\"window.pwned=1\">Evil & Co"), drawn);
    assertTrue(drawn.contains("#lt;b#gt;bold#lt;/b#gt;"), drawn);
    assertTrue(drawn.contains("line one line two"), drawn);
    assertEquals(List.of(), severeConsoleEntries());
  }

  // The browser's view

  @Test
  void pageLoadsOnlyFromTheServiceAndTheConsoleStaysClean() throws IOException {
    DecisionService service = serve(CraftingToolsEcosystem.ecosystem());
    open(service);
    browser.findElement(By.cssSelector("#community-list button")).click();
    waiting().until(p -> "done".equals(p.findElement(By.id("community")).getAttribute("data-state")));
    ask("crafters-club", "announce-deal");
    @SuppressWarnings("unchecked")
    List<String> loaded = (List<String>) script(
        "return performance.getEntriesByType('resource').map(e => e.name)");
    assertFalse(loaded.isEmpty());
    for (String url : loaded) {
      assertTrue(url.startsWith(origin(service) + "/"), url);
    }
    assertTrue(loaded.contains(origin(service) + "/page/mermaid.min.js"), loaded.toString());
    assertEquals(List.of(), severeConsoleEntries());
  }

  @Test
  void withATokenThePageAsksForItAndSendsIt() throws IOException {
    DecisionService service = serve(CraftingToolsEcosystem.ecosystem(), "s3cret-token");
    browser.get(origin(service) + "/");
    waiting().until(p -> p.findElement(By.id("token-form")).isDisplayed());
    assertEquals("empty", browser.findElement(By.id("diagram")).getAttribute("data-state"));
    assertEquals("", browser.findElement(By.id("summary")).getText());

    browser.findElement(By.id("token")).sendKeys("wrong");
    browser.findElement(By.cssSelector("#token-form button")).click();
    waiting().until(p -> p.findElement(By.id("status")).getText().contains("refused"));
    assertEquals("empty", browser.findElement(By.id("diagram")).getAttribute("data-state"));

    browser.findElement(By.id("token")).clear();
    browser.findElement(By.id("token")).sendKeys("s3cret-token");
    browser.findElement(By.cssSelector("#token-form button")).click();
    awaitDrawn();
    assertFalse(browser.findElement(By.id("token-form")).isDisplayed());
    ask("crafters-club", "announce-deal");
    assertShows(PolicyEngine.standard().decide(
        CraftingToolsEcosystem.ecosystem().community("crafters-club").orElseThrow(),
        StandardActions.ANNOUNCE_DEAL), "with the token");
    script("sessionStorage.clear()");
    List<String> console = severeConsoleEntries();
    assertTrue(console.stream().allMatch(line -> line.contains("401")), console.toString());
  }

  // Beyond the flagship

  /** An ecosystem of {@code size} communities, each joined to the next {@code fanOut} ones. */
  private static Ecosystem large(int size, int fanOut) {
    Ecosystem.Builder large = Ecosystem.builder().organization("Large Org");
    for (int i = 0; i < size; i++) {
      large.addCommunities(Community.builder().id("c" + i).name("Community " + i)
          .steward(i % 2 == 0 ? Steward.INDEPENDENT : Steward.ORGANIZATION)
          .platform(Platform.of("p", i % 3 == 0 ? PlatformKind.COMMUNITY_SOFTWARE
              : PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.OPEN).audience(Audience.PUBLIC).build());
    }
    for (int i = 0; i < size; i++) {
      for (int j = 1; j <= fanOut && i + j < size; j++) {
        large.addChannels(io.github.socialecosystem.core.Channel.of("c" + i, "c" + (i + j)));
      }
    }
    return large.build();
  }

  @Test
  void diagramIsDrawnPastMermaidsDefaultLimitOf500Edges() throws IOException {
    Ecosystem large = large(60, 10);
    assertTrue(large.channels().size() > 500, "channels: " + large.channels().size());
    open(serve(large));
    assertEquals(60, nodes());
    assertEquals(large.channels().size(), edges());
    assertEquals(List.of(), severeConsoleEntries());
  }

  @Test
  void aVeryLargeEcosystemIsDrawnOnlyWhenAskedAndTheRestWorksAtOnce() throws IOException {
    Ecosystem large = large(160, 0);
    browser.get(origin(serve(large)) + "/");
    waiting().until(p -> "waiting".equals(
        p.findElement(By.id("diagram")).getAttribute("data-state")));
    assertTrue(browser.findElement(By.cssSelector("#diagram button")).getText()
        .contains("160 communities"));
    assertEquals(160, all("#community-list button").size());
    ask("c1", "listen");
    assertShows(PolicyEngine.standard().decide(large.community("c1").orElseThrow(),
        StandardActions.LISTEN), "c1 listen");
  }

  @Test
  void directionControlsInANameAreShownNotObeyed() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    Ecosystem reversed = renamed(flagship, "Acme \u202Eevil", List.of("Forum \u202Eremusnoc"));
    open(serve(reversed));
    browser.findElement(By.cssSelector("#community-list button")).click();
    waiting().until(p -> "done".equals(p.findElement(By.id("community")).getAttribute("data-state")));
    assertEquals("Forum [U+202E]remusnoc", browser.findElement(By.id("community-name")).getText());
    assertEquals("Acme [U+202E]evil", browser.findElement(By.id("organization")).getText());
    assertFalse(browser.findElement(By.id("summary")).getText().contains("\u202E"));
  }

  @Test
  void aRefusedQuestionLeavesNoEarlierAnswerOnShow() throws IOException {
    open(serve(CraftingToolsEcosystem.ecosystem()));
    ask("knitting-circle", "post-press-release");
    assertFalse(all("#decision-reasons li").isEmpty());
    script("""
        document.getElementById('kind-custom').checked = true;
        document.getElementById('custom-id').value = 'Bad Id';
        document.getElementById('ask-button').click();
        """);
    waiting().until(p -> "failed".equals(
        p.findElement(By.id("decision")).getAttribute("data-state")));
    assertFalse(browser.findElement(By.id("decision-details")).isDisplayed());
    assertTrue(all("#decision-reasons li").isEmpty());
    assertEquals("", browser.findElement(By.id("decision-verdict")).getText());
    severeConsoleEntries();  // the refused request's 400
  }

  @Test
  void thePageFollowsTheServiceWhenItReloadsTheEcosystem() throws IOException {
    Ecosystem flagship = CraftingToolsEcosystem.ecosystem();
    open(serve(flagship));
    Ecosystem renamed = renamed(flagship, flagship.organization(), List.of("Renamed"));
    Path next = dir.resolve("next.ecosystem");
    Files.writeString(next, EcosystemLanguage.print(renamed), StandardCharsets.UTF_8);
    Files.move(next, ecosystemFile, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    waiting().until(p -> all("#community-list button")
        .stream().allMatch(button -> button.getText().equals("Renamed")));
    awaitDrawn();
    assertTrue(browser.findElement(By.id("diagram")).getText().contains("Renamed"));
  }

  @Test
  void aTokenABrowserCannotSendIsRefusedOnThePage() throws IOException {
    DecisionService service = serve(CraftingToolsEcosystem.ecosystem(), "s3cret-token");
    browser.get(origin(service) + "/");
    waiting().until(p -> p.findElement(By.id("token-form")).isDisplayed());
    browser.findElement(By.id("token")).sendKeys("wrong\u00e9");
    browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
    waiting().until(p -> p.findElement(By.id("status")).getText().contains("visible ASCII"));
    assertEquals(null, script("return sessionStorage.getItem('social-ecosystem-token')"));
    severeConsoleEntries();  // the first, tokenless requests' 401s
  }

  // The README's picture

  @Test
  void screenshotIsSavedForTheReadme() throws IOException {
    open(serve(CraftingToolsEcosystem.ecosystem()));
    browser.findElement(By.cssSelector("#diagram svg g.node[data-community='crafters-club']"))
        .click();
    waiting().until(p -> "done".equals(p.findElement(By.id("community")).getAttribute("data-state")));
    askWith("knitting-circle", "post-press-release", null, Map.of());
    // The window's own frame takes part of its height: grow it until the whole page shows.
    for (int i = 0; i < 3; i++) {
      long page = (Long) script("return document.documentElement.scrollHeight");
      long view = (Long) script("return window.innerHeight");
      if (view >= page) {
        break;
      }
      Dimension size = browser.manage().window().getSize();
      browser.manage().window().setSize(new Dimension(1300,
          (int) Math.min(size.getHeight() + page - view + 8, 6000)));
    }
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
    Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertTrue(png.length > 10_000, "a screenshot of " + png.length + " bytes");
    assertNotEquals(0, png[0]);
  }
}
