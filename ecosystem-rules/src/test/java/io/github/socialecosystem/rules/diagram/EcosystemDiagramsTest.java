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
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
  void mermaid_hasLayersInOrder_everyCommunity_andEveryChannel() {
    String mermaid = EcosystemDiagrams.mermaid(ecosystem);
    List<String> lines = Arrays.asList(mermaid.split("\n"));
    assertEquals("flowchart LR", lines.get(0));
    int participating = lines.indexOf("  subgraph participating[\"Participating\"]");
    int managed = lines.indexOf("  subgraph managed[\"Managed\"]");
    int owned = lines.indexOf("  subgraph owned[\"Owned\"]");
    assertTrue(0 < participating && participating < managed && managed < owned, mermaid);

    assertTrue(between(lines, participating, managed, "    c_craft_forum[\"Craft #lt;Forum#gt;<br/>participating\"]"), mermaid);
    assertTrue(between(lines, participating, managed, "    c_lonely_blog[\"Lonely Blog<br/>participating, isolated\"]"), mermaid);
    assertTrue(between(lines, managed, owned, "    c_brand_page[\"Brand #quot;Page#quot;<br/>managed\"]"), mermaid);
    assertTrue(lines.subList(owned, lines.size()).contains("    c_fan_club([\"Crafters' Club<br/>external, destination\"])"), mermaid);

    assertTrue(lines.contains("  c_craft_forum --> c_brand_page"), mermaid);
    assertTrue(lines.contains("  c_brand_page --> c_fan_club"), mermaid);
    assertEquals(2, lines.stream().filter(l -> l.contains(" --> ")).count());
    assertTrue(lines.contains("  class c_fan_club destination"), mermaid);
    assertTrue(lines.contains("  class c_lonely_blog isolated"), mermaid);
    assertEquals(3, lines.stream().filter(l -> l.equals("  end")).count());
  }

  @Test
  void dot_hasClustersInOrder_everyCommunity_andEveryChannel() {
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
  void ownedCommunitiesNoOuterCommunityReaches_areNotDestinations() {
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
}
