package io.github.socialecosystem.rules.diagram;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an ecosystem as a diagram: its layers from the outermost to the innermost, its
 * communities, and its channels as arrows. Destinations (owned communities that an outer
 * community leads to, {@link Ecosystem#isDestination}) are marked; communities without any channel
 * ({@link Ecosystem#isIsolated}) are flagged as isolated.
 *
 * <pre>{@code
 * String mermaid = EcosystemDiagrams.mermaid(ecosystem);   // paste into a ```mermaid block
 * String dot = EcosystemDiagrams.dot(ecosystem);           // dot -Tsvg
 * }</pre>
 *
 * <p>Names are text, never markup: whatever a community or organisation is called, the diagram
 * has one node per community and one arrow per channel, and nothing else. In Mermaid, every
 * character of a name other than ASCII letters, digits, spaces and {@code ' ( ) , . ! ? / -} is
 * written as an entity code ({@code #35;} for {@code #}, {@code #128512;} for an emoji), which
 * Mermaid draws as the character itself, and a word joiner (U+2060) is put between two
 * characters that Mermaid would otherwise read as its own markup ({@code $$}, which starts
 * mathematics); a Mermaid label shows at most {@value #MAX_MERMAID_LABEL} characters of a name,
 * then an ellipsis, and a layer without communities is left out. In DOT, quotes and backslashes
 * are escaped and
 * {@code &} is written <code>&amp;amp;</code>. In both, line breaks and other control characters
 * in a name are drawn as spaces, so every label keeps to one line. Both take time proportional to
 * the number of communities plus the number of channels.
 *
 * @since 0.1.0
 */
public final class EcosystemDiagrams {
  private static final String REPLACEMENT = "\uFFFD";

  /** The most characters of a name a Mermaid label shows; a longer one ends in an ellipsis. */
  public static final int MAX_MERMAID_LABEL = 80;

  private EcosystemDiagrams() {}

  /** The ecosystem as a Mermaid flowchart, read from left (outer) to right (inner). */
  public static String mermaid(Ecosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Layer layer : Layer.values()) {
      if (ecosystem.communities(layer).isEmpty()) {
        continue;  // Mermaid would draw an empty group like a community
      }
      out.append("  subgraph ").append(layerId(layer)).append("[\"")
          .append(layerTitle(layer)).append("\"]\n");
      for (Community community : ecosystem.communities(layer)) {
        boolean destination = ecosystem.isDestination(community.id());
        out.append("    ").append(mermaidId(community.id())).append(destination ? "([\"" : "[\"");
        appendMermaidText(out, community.name());
        out.append("<br/>").append(typeName(community))
            .append(destination ? ", destination" : "")
            .append(ecosystem.isIsolated(community.id()) ? ", isolated" : "")
            .append(destination ? "\"])" : "\"]")
            .append('\n');
      }
      out.append("  end\n");
    }
    for (Channel channel : ecosystem.channels()) {
      out.append("  ").append(mermaidId(channel.from())).append(" --> ")
          .append(mermaidId(channel.to())).append('\n');
    }
    out.append("  classDef destination fill:#dff5e1,stroke:#2e7d32,stroke-width:2px\n");
    out.append("  classDef isolated fill:#fdecea,stroke:#c62828,stroke-dasharray:5 5\n");
    for (Community community : ecosystem.communities()) {
      if (ecosystem.isDestination(community.id())) {
        out.append("  class ").append(mermaidId(community.id())).append(" destination\n");
      }
      if (ecosystem.isIsolated(community.id())) {
        out.append("  class ").append(mermaidId(community.id())).append(" isolated\n");
      }
    }
    return out.toString();
  }

  /** The ecosystem as a Graphviz DOT digraph, one cluster per layer from left to right. */
  public static String dot(Ecosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    StringBuilder out = new StringBuilder("digraph ecosystem {\n");
    out.append("  rankdir=LR;\n");
    out.append("  label=");
    appendDotString(out, ecosystem.organization());
    out.append(";\n");
    out.append("  node [shape=box, style=rounded];\n");
    for (Layer layer : Layer.values()) {
      out.append("  subgraph cluster_").append(layerId(layer)).append(" {\n");
      out.append("    label=\"").append(layerTitle(layer)).append("\";\n");
      for (Community community : ecosystem.communities(layer)) {
        out.append("    \"").append(community.id()).append("\" [label=\"");
        appendDotText(out, community.name());
        out.append("\\n").append(typeName(community)).append('"');
        List<String> style = new ArrayList<>(List.of("rounded"));
        if (ecosystem.isDestination(community.id())) {
          style.add("filled");
          out.append(", peripheries=2, fillcolor=\"#dff5e1\"");
        }
        if (ecosystem.isIsolated(community.id())) {
          style.add("dashed");
          out.append(", color=\"#c62828\", xlabel=\"isolated\"");
        }
        out.append(", style=\"").append(String.join(",", style)).append('"');
        out.append("];\n");
      }
      out.append("  }\n");
    }
    for (Channel channel : ecosystem.channels()) {
      // Ids are kebab-case: nothing in them needs escaping inside quotes.
      out.append("  \"").append(channel.from()).append("\" -> \"")
          .append(channel.to()).append("\";\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String layerId(Layer layer) {
    return Texts.kebab(layer);
  }

  private static String layerTitle(Layer layer) {
    return switch (layer) {
      case PARTICIPATING -> "Participating";
      case MANAGED -> "Managed";
      case OWNED -> "Owned";
    };
  }

  private static String typeName(Community community) {
    return Texts.kebab(community.type());
  }

  /**
   * The id of a community's node in {@link #mermaid}'s flowchart, for a page that draws it and
   * wants to find the node again (to style it, or to act when it is clicked). Different community
   * ids give different node ids.
   *
   * @throws IllegalArgumentException if {@code communityId} is not a community id (kebab-case)
   */
  public static String mermaidNodeId(String communityId) {
    return mermaidId(Checks.kebabCase("communityId", requireNonNull(communityId, "communityId")));
  }

  /** Community ids are kebab-case; Mermaid ids are safest without hyphens. */
  private static String mermaidId(String id) {
    return "c_" + id.replace('-', '_');
  }

  /**
   * Appends {@code text} for use inside a quoted Mermaid label. Only characters that mean nothing
   * to Mermaid, to its entity decoding and to HTML are written as they are; every other character
   * is written as an entity code, by code point. {@code #} and {@code ;} are among the encoded
   * ones, so no entity code in a name survives as one, and so are {@code :} and {@code %}, which
   * Mermaid looks for across the whole text (style lines and {@code %%} directives).
   */
  private static void appendMermaidText(StringBuilder out, String text) {
    int written = 0;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int point = text.codePointAt(i);
      i += Character.charCount(point);
      if (written == MAX_MERMAID_LABEL) {
        out.append("#8230;");  // an ellipsis: the rest of a long name would only shrink the drawing
        return;
      }
      if (joinsMermaidMarkup(previous, point)) {
        out.append("#8288;");  // a word joiner keeps the two apart, and shows nothing
      }
      if (isMermaidSafe(point)) {
        out.append((char) point);
      } else if (isLineBreakOrControl(point)) {
        out.append(' ');
      } else {
        out.append('#').append(isLoneSurrogate(point) ? 0xFFFD : point).append(';');
      }
      previous = point;
      written++;
    }
  }

  /**
   * Whether Mermaid, having decoded the entity codes, would read {@code previous} followed by
   * {@code point} as markup of its own: {@code $$} opens mathematics, and {@code \uFB02\u00B0}
   * and {@code \u00B6\u00DF} are the markers it writes for {@code #} and {@code ;} while it
   * decodes.
   */
  private static boolean joinsMermaidMarkup(int previous, int point) {
    return (previous == '$' && point == '$')
        || (previous == 0xFB02 && point == 0xB0)
        || (previous == 0xB0 && point == 0xB0)
        || (previous == 0xB6 && point == 0xDF);
  }

  private static boolean isMermaidSafe(int point) {
    return (point >= 'a' && point <= 'z')
        || (point >= 'A' && point <= 'Z')
        || (point >= '0' && point <= '9')
        || " '(),.!?/-".indexOf(point) >= 0;
  }

  /** Appends {@code text} as a DOT quoted string. */
  private static void appendDotString(StringBuilder out, String text) {
    out.append('"');
    appendDotText(out, text);
    out.append('"');
  }

  /**
   * Appends {@code text} for use inside a DOT quoted string that is a label. A backslash is
   * doubled, so Graphviz's escapes ({@code \N}, {@code \G}, {@code \l}, {@code \n} ...) stay
   * text; a quote is escaped; {@code &} is written <code>&amp;amp;</code>, since Graphviz decodes
   * entity codes in labels.
   */
  private static void appendDotText(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); ) {
      int point = text.codePointAt(i);
      i += Character.charCount(point);
      if (point == '"' || point == '\\') {
        out.append('\\').append((char) point);
      } else if (point == '&') {
        out.append("&amp;");
      } else if (isLineBreakOrControl(point)) {
        out.append(' ');
      } else if (isLoneSurrogate(point)) {
        out.append(REPLACEMENT);
      } else {
        out.appendCodePoint(point);
      }
    }
  }

  /** Control characters (line feed, carriage return, tab, NEL ...) and Unicode line breaks. */
  private static boolean isLineBreakOrControl(int point) {
    int type = Character.getType(point);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isLoneSurrogate(int point) {
    return Character.getType(point) == Character.SURROGATE;
  }
}
