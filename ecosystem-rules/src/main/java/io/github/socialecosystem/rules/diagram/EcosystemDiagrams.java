package io.github.socialecosystem.rules.diagram;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders an ecosystem as a diagram: its layers from the outermost to the innermost, its
 * communities, and its channels as arrows. Owned communities that an outer community leads to
 * are marked as destinations; communities without any channel are flagged as isolated.
 *
 * <pre>{@code
 * String mermaid = EcosystemDiagrams.mermaid(ecosystem);   // paste into a ```mermaid block
 * String dot = EcosystemDiagrams.dot(ecosystem);           // dot -Tsvg
 * }</pre>
 */
public final class EcosystemDiagrams {
  private EcosystemDiagrams() {}

  /** The ecosystem as a Mermaid flowchart, read from left (outer) to right (inner). */
  public static String mermaid(Ecosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    Set<Community> destinations = destinations(ecosystem);
    StringBuilder out = new StringBuilder("flowchart LR\n");
    for (Layer layer : Layer.values()) {
      out.append("  subgraph ").append(layerId(layer)).append("[\"")
          .append(layerTitle(layer)).append("\"]\n");
      for (Community community : ecosystem.communities(layer)) {
        String label = mermaidText(community.name()) + "<br/>" + typeName(community)
            + (destinations.contains(community) ? ", destination" : "")
            + (isIsolated(ecosystem, community) ? ", isolated" : "");
        String id = mermaidId(community.id());
        out.append("    ").append(id)
            .append(destinations.contains(community) ? "([\"" : "[\"")
            .append(label)
            .append(destinations.contains(community) ? "\"])" : "\"]")
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
      if (destinations.contains(community)) {
        out.append("  class ").append(mermaidId(community.id())).append(" destination\n");
      }
      if (isIsolated(ecosystem, community)) {
        out.append("  class ").append(mermaidId(community.id())).append(" isolated\n");
      }
    }
    return out.toString();
  }

  /** The ecosystem as a Graphviz DOT digraph, one cluster per layer from left to right. */
  public static String dot(Ecosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    Set<Community> destinations = destinations(ecosystem);
    StringBuilder out = new StringBuilder("digraph ecosystem {\n");
    out.append("  rankdir=LR;\n");
    out.append("  label=").append(dotString(ecosystem.organization())).append(";\n");
    out.append("  node [shape=box, style=rounded];\n");
    for (Layer layer : Layer.values()) {
      out.append("  subgraph cluster_").append(layerId(layer)).append(" {\n");
      out.append("    label=").append(dotString(layerTitle(layer))).append(";\n");
      for (Community community : ecosystem.communities(layer)) {
        out.append("    ").append(dotString(community.id())).append(" [label=")
            .append(dotString(community.name() + "\n" + typeName(community)));
        List<String> style = new ArrayList<>(List.of("rounded"));
        if (destinations.contains(community)) {
          style.add("filled");
          out.append(", peripheries=2, fillcolor=\"#dff5e1\"");
        }
        if (isIsolated(ecosystem, community)) {
          style.add("dashed");
          out.append(", color=\"#c62828\", xlabel=\"isolated\"");
        }
        out.append(", style=\"").append(String.join(",", style)).append('"');
        out.append("];\n");
      }
      out.append("  }\n");
    }
    for (Channel channel : ecosystem.channels()) {
      out.append("  ").append(dotString(channel.from())).append(" -> ")
          .append(dotString(channel.to())).append(";\n");
    }
    out.append("}\n");
    return out.toString();
  }

  /** The owned communities that at least one outer community leads to. */
  static Set<Community> destinations(Ecosystem ecosystem) {
    Set<Community> destinations = new HashSet<>();
    for (Community community : ecosystem.communities()) {
      if (community.layer().isOuter()) {
        destinations.addAll(ecosystem.destinationsReachableFrom(community.id()));
      }
    }
    return destinations;
  }

  /** A community with no channel in or out. */
  static boolean isIsolated(Ecosystem ecosystem, Community community) {
    return ecosystem.channelsFrom(community.id()).isEmpty()
        && ecosystem.channelsTo(community.id()).isEmpty();
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

  /** Community ids are kebab-case; Mermaid ids are safest without hyphens. */
  private static String mermaidId(String id) {
    return "c_" + id.replace('-', '_');
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
  }

  private static String dotString(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
