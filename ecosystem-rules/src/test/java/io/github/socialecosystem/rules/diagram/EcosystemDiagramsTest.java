package io.github.socialecosystem.rules.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.rules.LargeEcosystems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

class EcosystemDiagramsTest {
  private static Community community(String id, String name, Steward steward, PlatformKind kind) {
    return Community.builder()
        .id(id).name(name).steward(steward).platform(Platform.of("P", kind))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .build();
  }

  private final Ecosystem ecosystem =
      Ecosystem.builder()
          .organization("Crafting \"Tools\" Inc.")
          .addCommunities(
              community("fan-club", "Crafters' Club", Steward.ORGANIZATION, PlatformKind.COMMUNITY_SOFTWARE),
              community("craft-forum", "Craft <Forum>", Steward.INDEPENDENT, PlatformKind.INDEPENDENT_SITE),
              community("brand-page", "Brand \"Page\"", Steward.ORGANIZATION, PlatformKind.CONSUMER_NETWORK),
              community("lonely-blog", "Lonely Blog", Steward.INDEPENDENT, PlatformKind.INDEPENDENT_SITE))
          .addChannels(Channel.of("craft-forum", "brand-page"), Channel.of("brand-page", "fan-club"))
          .build();

  @Test
  void mermaidHasLayersInOrderEveryCommunityAndEveryChannel() {
    String mermaid = EcosystemDiagrams.mermaid(ecosystem);
    List<String> lines = Arrays.asList(mermaid.split("\n"));
    assertEquals("flowchart LR", lines.get(0));
    int participating = lines.indexOf("  subgraph participating[\"Participating\"]");
    int managed = lines.indexOf("  subgraph managed[\"Managed\"]");
    int owned = lines.indexOf("  subgraph owned[\"Owned\"]");
    assertTrue(0 < participating && participating < managed && managed < owned, mermaid);

    assertTrue(between(lines, participating, managed, "    c_craft_forum[\"Craft #60;Forum#62;<br/>participating\"]"), mermaid);
    assertTrue(between(lines, participating, managed, "    c_lonely_blog[\"Lonely Blog<br/>participating, isolated\"]"), mermaid);
    assertTrue(between(lines, managed, owned, "    c_brand_page[\"Brand #34;Page#34;<br/>managed\"]"), mermaid);
    assertTrue(lines.subList(owned, lines.size()).contains("    c_fan_club([\"Crafters' Club<br/>external, destination\"])"), mermaid);

    assertTrue(lines.contains("  c_craft_forum --> c_brand_page"), mermaid);
    assertTrue(lines.contains("  c_brand_page --> c_fan_club"), mermaid);
    assertEquals(2, lines.stream().filter(l -> l.contains(" --> ")).count());
    assertTrue(lines.contains("  class c_fan_club destination"), mermaid);
    assertTrue(lines.contains("  class c_lonely_blog isolated"), mermaid);
    assertEquals(3, lines.stream().filter(l -> l.equals("  end")).count());
  }

  @Test
  void mermaidNodeIdNamesEachCommunitysNodeAndNoOther() {
    String mermaid = EcosystemDiagrams.mermaid(ecosystem);
    Set<String> ids = new HashSet<>();
    for (Community community : ecosystem.communities()) {
      String node = EcosystemDiagrams.mermaidNodeId(community.id());
      assertTrue(ids.add(node), node);
      assertEquals(1, mermaid.lines()
          .filter(l -> l.startsWith("    " + node + "[\"") || l.startsWith("    " + node + "([\""))
          .count(), node);
    }
    assertEquals("c_a_1_b", EcosystemDiagrams.mermaidNodeId("a-1-b"));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> EcosystemDiagrams.mermaidNodeId("A b"));
    assertTrue(e.getMessage().contains("communityId") && e.getMessage().contains("A b"),
        e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> EcosystemDiagrams.mermaidNodeId(null));
  }

  @Test
  void dotHasClustersInOrderEveryCommunityAndEveryChannel() {
    String dot = EcosystemDiagrams.dot(ecosystem);
    assertTrue(dot.startsWith("digraph ecosystem {\n  rankdir=LR;\n  label=\"Crafting \\\"Tools\\\" Inc.\";\n"), dot);
    assertTrue(dot.endsWith("}\n"), dot);
    int participating = dot.indexOf("subgraph cluster_participating {");
    int managed = dot.indexOf("subgraph cluster_managed {");
    int owned = dot.indexOf("subgraph cluster_owned {");
    assertTrue(0 < participating && participating < managed && managed < owned, dot);
    for (Community c : ecosystem.communities()) {
      int at = dot.indexOf("    \"" + c.id() + "\" [label=");
      assertTrue(at > 0, c.id());
      int cluster =
          switch (c.layer()) {
            case PARTICIPATING -> participating;
            case MANAGED -> managed;
            case OWNED -> owned;
          };
      assertTrue(at > cluster, c.id() + " outside its layer");
    }
    assertTrue(dot.contains("  \"craft-forum\" -> \"brand-page\";\n"), dot);
    assertTrue(dot.contains("  \"brand-page\" -> \"fan-club\";\n"), dot);
    Matcher edges = Pattern.compile(" -> ").matcher(dot);
    int count = 0;
    while (edges.find()) {
      count++;
    }
    assertEquals(2, count);
    assertTrue(dot.contains("\"fan-club\" [label=\"Crafters' Club\\nexternal\", peripheries=2"), dot);
    assertTrue(dot.contains("\"lonely-blog\" [label=\"Lonely Blog\\nparticipating\", color=\"#c62828\", xlabel=\"isolated\", style=\"rounded,dashed\"]"), dot);
    assertTrue(dot.contains("label=\"Brand \\\"Page\\\"\\nmanaged\""), dot);
    // Braces balance: every cluster is closed.
    assertEquals(dot.chars().filter(ch -> ch == '{').count(), dot.chars().filter(ch -> ch == '}').count());
  }

  @Test
  void ownedCommunitiesNoOuterCommunityReachesAreNotDestinations() {
    Ecosystem withPartners =
        Ecosystem.builder()
            .from(ecosystem)
            .addCommunities(
                Community.builder()
                    .id("partners").name("Partners").steward(Steward.ORGANIZATION)
                    .platform(Platform.of("P", PlatformKind.COMMUNITY_SOFTWARE))
                    .membership(Membership.CONTROLLED).audience(Audience.PARTNERS)
                    .build())
            .build();
    String mermaid = EcosystemDiagrams.mermaid(withPartners);
    assertTrue(mermaid.contains("    c_partners[\"Partners<br/>closed, isolated\"]\n"), mermaid);
    assertTrue(mermaid.contains("  class c_partners isolated\n"), mermaid);
    assertTrue(!mermaid.contains("class c_partners destination"), mermaid);
    String dot = EcosystemDiagrams.dot(withPartners);
    assertTrue(dot.contains("\"partners\" [label=\"Partners\\nclosed\", color=\"#c62828\", xlabel=\"isolated\", style=\"rounded,dashed\"]"), dot);
  }

  private static boolean between(List<String> lines, int from, int to, String line) {
    int at = lines.indexOf(line);
    return from < at && at < to;
  }

  /**
   * Names a renderer might take for markup: each hostile ecosystem has the same ids, types and
   * channels as a plain one, and its diagrams must have the same structure, with every name drawn
   * as the text it is.
   */
  @Nested
  class HostileNames {
    private final List<String> hostile =
        List.of(
            "a\"]\n  x --> y\n  click a call alert()",
            "#60;script#62;",
            "</br><img src=x onerror=alert(1)>",
            "\\\"] ; evil -> node [",
            "one\ntwo\r\nthree\rfour\u0085five\u2028six\u2029seven\tend",
            "#quot; &quot; &amp; &#60; #35;",
            "back\\slash \\N \\G \\E \\T \\H \\L \\l \\r \\n \\",
            "[brackets] {braces} (parens) |pipes| <angles>",
            "Ünïcödé 日本語 😀 👩‍👩‍👧 \u202Eevil",
            "%%{init: {'theme':'dark', 'securityLevel':'loose'}}%%",
            "`**markdown**` _under_ ~~strike~~",
            "style c_x fill:#f00; classDef evil fill:#f00;",
            "end",
            "subgraph x[\"y\"]",
            "a --> b; c -.-> d; e ==> f",
            "\"",
            "whole \uD83D\uDE00 emoji and \u202E right-to-left",
            "x\" ];\n\"injected\" [label=\"boom\"];\n\"a\" -> \"b\"; //",
            "/* comment */ // comment\n# hash line",
            "$$\\color{red}{\\text{APPROVED}}$$ and $x$ and $$$",
            "x\uFB02\u00B0\u00B065\u00B6\u00DFy a\u00B6\u00DFb");

    private Ecosystem named(List<String> names, String organization) {
      Ecosystem.Builder builder = Ecosystem.builder().organization(organization);
      for (int i = 0; i < names.size(); i++) {
        Steward steward = i % 3 == 0 ? Steward.INDEPENDENT : Steward.ORGANIZATION;
        PlatformKind kind =
            i % 3 == 2 ? PlatformKind.COMMUNITY_SOFTWARE
                : i % 3 == 1 ? PlatformKind.CONSUMER_NETWORK : PlatformKind.INDEPENDENT_SITE;
        builder.addCommunities(community("c" + i, names.get(i), steward, kind));
      }
      // Outer communities lead on to the next owned one; the last few stay isolated.
      for (int i = 0; i + 3 < names.size() - 3; i += 3) {
        builder.addChannels(
            Channel.of("c" + i, "c" + (i + 1)),
            Channel.of("c" + (i + 1), "c" + (i + 2)),
            Channel.of("c" + (i + 2), "c" + (i + 3)));
      }
      return builder.build();
    }

    private Ecosystem hostile() {
      return named(hostile, "Org\"; evil -> x; label=\"\\N\n#60; &lt;");
    }

    private Ecosystem plain() {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < hostile.size(); i++) {
        names.add("Community " + i);
      }
      return named(names, "Org");
    }

    /** What a reader should see for a name: line breaks and control characters as spaces. */
    private String shown(String name) {
      StringBuilder text = new StringBuilder();
      name.codePoints().forEach(
          point -> {
            int type = Character.getType(point);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
              text.append(' ');
            } else if (type == Character.SURROGATE) {
              text.append('\uFFFD');
            } else {
              text.appendCodePoint(point);
            }
          });
      return text.toString();
    }

    /**
     * What Mermaid should draw for a name: as {@link #shown}, with a word joiner between two
     * characters Mermaid would take for its markup, and at most 80 characters, then an ellipsis.
     */
    private String shownInMermaid(String name) {
      StringBuilder text = new StringBuilder();
      int[] points = shown(name).codePoints().toArray();
      for (int i = 0; i < points.length; i++) {
        if (i == EcosystemDiagrams.MAX_MERMAID_LABEL) {
          return text.append('\u2026').toString();
        }
        if (i > 0) {
          String pair = new String(points, i - 1, 2);
          if (pair.equals("$$") || pair.equals("\uFB02\u00B0") || pair.equals("\u00B0\u00B0")
              || pair.equals("\u00B6\u00DF")) {
            text.append('\u2060');
          }
        }
        text.appendCodePoint(points[i]);
      }
      return text.toString();
    }

    @Test
    void mermaidWritesLettersAndDigitsAsTheyAreAndTheirNeighboursAsEntityCodes() {
      Ecosystem eco = named(List.of("azAZ09", "`{@[:"), "Org");
      String mermaid = EcosystemDiagrams.mermaid(eco);
      assertTrue(mermaid.contains("[\"azAZ09<br/>"), mermaid);
      assertTrue(mermaid.contains("[\"#96;#123;#64;#91;#58;<br/>"), mermaid);
    }

    @Test
    void mermaidNeverWritesMathematicsAndCutsLongNames() {
      String longName = "A".repeat(200);
      Ecosystem eco = named(List.of("Cost $$5$$", longName, "x"), "Org");
      String mermaid = EcosystemDiagrams.mermaid(eco);
      assertTrue(mermaid.contains("Cost #36;#8288;#36;5#36;#8288;#36;"), mermaid);
      assertTrue(mermaid.contains("A".repeat(80) + "#8230;<br/>"), mermaid);
      assertTrue(!mermaid.contains("A".repeat(81)), mermaid);
    }

    @Test
    void mermaidLeavesOutALayerWithoutCommunities() {
      Ecosystem eco = named(List.of("only one"), "Org");
      String mermaid = EcosystemDiagrams.mermaid(eco);
      assertTrue(mermaid.contains("subgraph participating"), mermaid);
      assertTrue(!mermaid.contains("subgraph managed") && !mermaid.contains("subgraph owned"),
          mermaid);
      assertEquals(1, mermaid.lines().filter(l -> l.equals("  end")).count());
    }

    @Test
    void theHostileEcosystemHasDestinationsIsolatedCommunitiesAndChannels() {
      Ecosystem eco = hostile();
      assertTrue(!eco.destinations().isEmpty());
      assertTrue(eco.communities().stream().anyMatch(c -> eco.isIsolated(c.id())));
      assertTrue(eco.channels().size() > 10);
    }

    private final Pattern mermaidNode =
        Pattern.compile("    (c_[a-z0-9_]+)(\\(\\[\"|\\[\")(.*)<br/>([a-z, -]+)(\"\\]\\)|\"\\])");
    private final Pattern mermaidLabel = Pattern.compile("(?:[A-Za-z0-9 '(),.!?/-]|#[0-9]+;)*");

    @Test
    void mermaidKeepsItsStructureAndDrawsEveryNameAsText() {
      Ecosystem eco = hostile();
      String[] plainLines = EcosystemDiagrams.mermaid(plain()).split("\n", -1);
      String mermaid = EcosystemDiagrams.mermaid(eco);
      String[] lines = mermaid.split("\n", -1);
      assertEquals(plainLines.length, lines.length, mermaid);

      int nodes = 0;
      for (int i = 0; i < lines.length; i++) {
        Matcher plainNode = mermaidNode.matcher(plainLines[i]);
        if (!plainNode.matches()) {
          assertEquals(plainLines[i], lines[i], "line " + i);
          continue;
        }
        Matcher node = mermaidNode.matcher(lines[i]);
        assertTrue(node.matches(), lines[i]);
        nodes++;
        assertEquals(plainNode.group(1), node.group(1));
        assertEquals(plainNode.group(2), node.group(2), "same shape");
        assertEquals(plainNode.group(4), node.group(4), "same type and marks");
        String label = node.group(3);
        assertTrue(mermaidLabel.matcher(label).matches(), "only safe characters and entity codes: " + label);
        Community community = eco.communities().get(Integer.parseInt(node.group(1).substring("c_c".length())));
        assertEquals(shownInMermaid(community.name()), decodeMermaid(label));
      }
      assertEquals(eco.communities().size(), nodes);
      long arrows = Arrays.stream(lines).filter(l -> l.contains("-->")).count();
      assertEquals(eco.channels().size(), arrows);
      assertTrue(Arrays.stream(lines).filter(l -> l.contains("-->")).allMatch(l -> l.matches("  c_[a-z0-9_]+ --> c_[a-z0-9_]+")));
    }

    private String decodeMermaid(String label) {
      Matcher entity = Pattern.compile("#([0-9]+);").matcher(label);
      StringBuilder text = new StringBuilder();
      int at = 0;
      while (entity.find()) {
        text.append(label, at, entity.start()).appendCodePoint(Integer.parseInt(entity.group(1)));
        at = entity.end();
      }
      return text.append(label.substring(at)).toString();
    }

    @Test
    void dotKeepsItsStructureAndDrawsEveryNameAsText() {
      Ecosystem eco = hostile();
      List<Token> plain = DotTokens.of(EcosystemDiagrams.dot(plain()));
      String dot = EcosystemDiagrams.dot(eco);
      List<Token> tokens = DotTokens.of(dot);
      assertEquals(masked(plain), masked(tokens), dot);

      assertEquals(eco.channels().size(), tokens.stream().filter(t -> t.kind() == Kind.ARROW).count());
      List<Integer> statements = DotTokens.nodeStatements(tokens);
      assertEquals(eco.communities().size(), statements.size());
      for (int at : statements) {
        Community community = eco.community(tokens.get(at).text()).orElseThrow();
        assertEquals("[", tokens.get(at + 1).text());
        assertEquals("label", tokens.get(at + 2).text());
        assertEquals("=", tokens.get(at + 3).text());
        String label = decodeDot(tokens.get(at + 4).text());
        assertEquals(shown(community.name()) + "\n" + community.type().name().toLowerCase(Locale.ROOT), label);
      }
      // digraph ecosystem { rankdir = LR ; label = "the organisation" ;
      assertEquals("label", tokens.get(7).text());
      assertEquals(shown(eco.organization()), decodeDot(tokens.get(9).text()));
    }

    /** The tokens, with every label's text left out. */
    private List<String> masked(List<Token> tokens) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        boolean label = i >= 2 && tokens.get(i - 2).text().equals("label") && tokens.get(i - 1).text().equals("=");
        kept.add(label ? "a label" : token.kind() + " " + token.text());
      }
      return kept;
    }

    /**
     * A DOT label as Graphviz shows it: {@code \\} and {@code \"} are a backslash and a quote,
     * {@code \n} a line break, <code>&amp;amp;</code> an ampersand; any other escape or entity
     * would be interpreted by Graphviz, and fails the test.
     */
    private String decodeDot(String raw) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\\') {
          char next = raw.charAt(++i);
          switch (next) {
            case '\\', '"' -> text.append(next);
            case 'n' -> text.append('\n');
            default -> throw new AssertionError("escape \\" + next + " in " + raw);
          }
        } else if (c == '&') {
          assertTrue(raw.startsWith("&amp;", i), "an entity in " + raw);
          text.append('&');
          i += 4;
        } else {
          assertTrue(c >= ' ' && c != '\u007F', "a control character in " + raw);
          text.append(c);
        }
      }
      return text.toString();
    }
  }

  @Nested
  class AtScale {
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aChainOfTwentyThousandCommunitiesIsDrawnWithItsOneDestination() {
      int n = 20_000;
      Ecosystem chain = LargeEcosystems.chain(n, 12_000);
      String mermaid = EcosystemDiagrams.mermaid(chain);
      assertEquals(Set.of(LargeEcosystems.id(12_000)), marked(mermaid, "destination"));
      assertEquals(Set.of(), marked(mermaid, "isolated"));
      assertEquals(n - 1, count(mermaid, " --> "));
      String dot = EcosystemDiagrams.dot(chain);
      assertEquals(1, count(dot, "peripheries=2"));
      assertEquals(0, count(dot, "xlabel=\"isolated\""));
      assertEquals(n - 1, count(dot, "\" -> \""));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aRandomGraphOfFourThousandCommunitiesMarksExactlyItsDestinationsAndIsolatedOnes() {
      Ecosystem islands = LargeEcosystems.islands(9, 4_000, 40_000);
      Set<String> destinations = LargeEcosystems.ownedReachedFromOuter(islands);
      Set<String> isolated = LargeEcosystems.isolated(islands);
      assertTrue(destinations.size() > 10 && isolated.size() > 10, "the graph has both");

      String mermaid = EcosystemDiagrams.mermaid(islands);
      assertEquals(destinations, marked(mermaid, "destination"));
      assertEquals(isolated, marked(mermaid, "isolated"));
      assertEquals(destinations.size(), count(mermaid, "([\""), "drawn as destinations");
      assertEquals(40_000, count(mermaid, " --> "));

      String dot = EcosystemDiagrams.dot(islands);
      List<Token> tokens = DotTokens.of(dot);
      Set<String> filled = new HashSet<>();
      Set<String> dashed = new HashSet<>();
      for (int at : DotTokens.nodeStatements(tokens)) {
        for (int i = at + 1; !tokens.get(i).text().equals("]"); i++) {
          if (tokens.get(i).text().equals("peripheries")) {
            filled.add(tokens.get(at).text());
          }
          if (tokens.get(i).text().equals("xlabel")) {
            dashed.add(tokens.get(at).text());
          }
        }
      }
      assertEquals(destinations, filled);
      assertEquals(isolated, dashed);
      assertEquals(40_000, tokens.stream().filter(t -> t.kind() == Kind.ARROW).count());
    }

    /** The community ids a Mermaid diagram puts in the given class. */
    private Set<String> marked(String mermaid, String className) {
      Set<String> ids = new HashSet<>();
      Matcher line = Pattern.compile("(?m)^  class c_([a-z0-9_]+) " + className + "$").matcher(mermaid);
      while (line.find()) {
        ids.add(line.group(1).replace('_', '-'));
      }
      return ids;
    }

    private int count(String text, String part) {
      int n = 0;
      for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
        n++;
      }
      return n;
    }
  }

  enum Kind { ID, STRING, ARROW, PUNCT }

  /** A DOT token; a string's text is what lies between its quotes, escapes and all. */
  record Token(Kind kind, String text) {}

  /** Just enough of a DOT lexer to count what a diagram declares: it refuses anything else. */
  static final class DotTokens {
    static List<Token> of(String dot) {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      while (i < dot.length()) {
        char c = dot.charAt(i);
        if (c == ' ' || c == '\n') {
          i++;
        } else if (c == '"') {
          int start = ++i;
          while (dot.charAt(i) != '"') {
            assertTrue(dot.charAt(i) != '\n' && dot.charAt(i) != '\r', "a line break inside a string");
            i += dot.charAt(i) == '\\' ? 2 : 1;
          }
          tokens.add(new Token(Kind.STRING, dot.substring(start, i)));
          i++;
        } else if (dot.startsWith("->", i)) {
          tokens.add(new Token(Kind.ARROW, "->"));
          i += 2;
        } else if ("{}[];,=".indexOf(c) >= 0) {
          tokens.add(new Token(Kind.PUNCT, String.valueOf(c)));
          i++;
        } else if (Character.isLetterOrDigit(c) || c == '_') {
          int start = i;
          while (i < dot.length() && (Character.isLetterOrDigit(dot.charAt(i)) || dot.charAt(i) == '_')) {
            i++;
          }
          tokens.add(new Token(Kind.ID, dot.substring(start, i)));
        } else {
          throw new AssertionError("unexpected '" + c + "' at " + i + " outside strings:\n" + dot);
        }
      }
      return tokens;
    }

    /** Where each node statement starts: a string or id, then '[', at the start of a statement. */
    static List<Integer> nodeStatements(List<Token> tokens) {
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        boolean statementStart =
            i == 0
                || (tokens.get(i - 1).kind() == Kind.PUNCT
                    && Set.of("{", "}", ";").contains(tokens.get(i - 1).text()));
        Token token = tokens.get(i);
        boolean keyword = token.kind() == Kind.ID && Set.of("node", "edge", "graph").contains(token.text());
        if (statementStart && !keyword && token.kind() != Kind.PUNCT
            && tokens.get(i + 1).kind() == Kind.PUNCT && tokens.get(i + 1).text().equals("[")) {
          starts.add(i);
        }
      }
      return starts;
    }
  }
}
