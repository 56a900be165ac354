package io.github.socialecosystem.core.internal;

import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;

/**
 * The canonical text of ecosystems in the ecosystem language, written in one place: the language's
 * printer writes it, and the ecosystem builder measures it to refuse an ecosystem too long to be
 * read back.
 *
 * <pre>
 * ecosystem "Crafting Tools Inc."
 *
 * community crafters-club
 *   name "Crafters' Club"
 *   steward organization
 *   platform "Telligent Community" community-software
 *   membership open
 *   audience customers
 *   topics [crafting]
 *   members 12000
 *
 * channel brand-page -&gt; crafters-club
 * </pre>
 *
 * <p>Communities come in the ecosystem's order, and so do channels, after all communities; a
 * community's statements always in the order above, {@code topics} and {@code members} only when
 * it has some.
 *
 * <p>Not part of the public API.
 */
public final class EcosystemText {
  private EcosystemText() {}

  /** The canonical text of {@code ecosystem}. */
  public static String print(Ecosystem ecosystem) {
    TextOut out = new TextOut(new StringBuilder(), Long.MAX_VALUE);
    write(ecosystem, out);
    return out.toString();
  }

  /** How many characters the canonical text of {@code ecosystem} has. */
  public static long length(Ecosystem ecosystem) {
    TextOut out = new TextOut(null, Long.MAX_VALUE);
    write(ecosystem, out);
    return out.length();
  }

  /** How many characters the communities of {@code ecosystem} take in its canonical text. */
  public static long communitiesLength(Ecosystem ecosystem) {
    TextOut out = new TextOut(null, Long.MAX_VALUE);
    for (Community community : ecosystem.communities()) {
      write(community, out);
    }
    return out.length();
  }

  /** How many characters the channels of {@code ecosystem} take in its canonical text. */
  public static long channelsLength(Ecosystem ecosystem) {
    TextOut out = new TextOut(null, Long.MAX_VALUE);
    writeChannels(ecosystem, out);
    return out.length();
  }

  private static void write(Ecosystem ecosystem, TextOut out) {
    out.append("ecosystem ").quote(ecosystem.organization()).append("\n");
    for (Community community : ecosystem.communities()) {
      write(community, out);
    }
    writeChannels(ecosystem, out);
  }

  private static void writeChannels(Ecosystem ecosystem, TextOut out) {
    if (!ecosystem.channels().isEmpty()) {
      out.append("\n");
    }
    for (Channel channel : ecosystem.channels()) {
      out.append("channel ").append(channel.from()).append(" -> ").append(channel.to()).append("\n");
    }
  }

  private static void write(Community community, TextOut out) {
    out.append("\n");
    out.append("community ").append(community.id()).append("\n");
    out.append("  name ").quote(community.name()).append("\n");
    out.append("  steward ").append(Texts.kebab(community.steward())).append("\n");
    out.append("  platform ")
        .quote(community.platform().name())
        .append(" ")
        .append(Texts.kebab(community.platform().kind()))
        .append("\n");
    out.append("  membership ").append(Texts.kebab(community.membership())).append("\n");
    out.append("  audience ").append(Texts.kebab(community.audience())).append("\n");
    if (!community.topics().isEmpty()) {
      out.append("  topics [").append(String.join(", ", community.topics())).append("]\n");
    }
    if (community.memberCount().isPresent()) {
      out.append("  members ").append(Long.toString(community.memberCount().getAsLong())).append("\n");
    }
  }
}
