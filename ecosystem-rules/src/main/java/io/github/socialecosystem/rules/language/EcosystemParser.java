package io.github.socialecosystem.rules.language;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A recursive-descent parser for the ecosystem language; see {@link EcosystemLanguage}. It pulls
 * tokens from the {@link Lexer} one at a time, looking one token ahead, and checks each value
 * where it is read, so that what the builders would refuse is reported at the token that caused
 * it.
 */
final class EcosystemParser extends TokenParser<EcosystemSyntaxException> {
  /** A community's statements, in the order the printer writes them. */
  private static final List<String> STATEMENTS =
      List.of("name", "steward", "platform", "membership", "audience", "topics", "members");

  /** The statements a community must have. */
  private static final List<String> REQUIRED =
      List.of("name", "steward", "platform", "membership", "audience");

  private static final String ID = "(at most " + Limits.MAX_ID_LENGTH + " characters)";

  private static final Map<String, Steward> STEWARDS = named(Steward.class);
  private static final Map<String, PlatformKind> PLATFORM_KINDS = named(PlatformKind.class);
  private static final Map<String, Membership> MEMBERSHIPS = named(Membership.class);
  private static final Map<String, Audience> AUDIENCES = named(Audience.class);


  /** A channel read before one of its ends was known, with where its ends are. */
  private record Pending(Channel channel, Token from, Token to) {}

  EcosystemParser(Source<EcosystemSyntaxException> source) {
    super(source, Lexer.Dialect.ECOSYSTEM);
  }

  Ecosystem ecosystem() {
    Token start =
        expectWord("ecosystem", "'ecosystem' and the organisation's name as a quoted text at the start");
    String organization = text("organization", "the organisation's name as a quoted text");
    List<Community> communities = new ArrayList<>();
    Map<String, Token> ids = new HashMap<>();
    Map<Channel, Integer> channels = new LinkedHashMap<>();  // each channel, and its line
    List<Pending> pending = new ArrayList<>();
    while (peek().kind() != Token.Kind.END) {
      Token statement = peek();
      if (statement.is("community")) {
        next();
        communities.add(community(statement, ids));
      } else if (statement.is("channel")) {
        next();
        channel(statement, ids, channels, pending);
      } else {
        throw unexpected("'community', 'channel' or the end of the text");
      }
    }
    for (Pending channel : pending) {
      if (!ids.containsKey(channel.channel().from())) {
        throw source.error(
            "channel " + channel.channel() + " starts at an unknown community '"
                + channel.channel().from() + "': expected the id of a community of this ecosystem",
            channel.from());
      }
      if (!ids.containsKey(channel.channel().to())) {
        throw source.error(
            "channel " + channel.channel() + " leads to an unknown community '"
                + channel.channel().to() + "': expected the id of a community of this ecosystem",
            channel.to());
      }
    }
    try {
      return Ecosystem.builder()
          .organization(organization)
          .addAllCommunities(communities)
          .addAllChannels(channels.keySet())
          .build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw source.error(String.valueOf(e.getMessage()), start);
    }
  }

  private Community community(Token keyword, Map<String, Token> ids) {
    Token idToken = peek();
    String id = id("a kebab-case community id " + ID);
    Token first = ids.putIfAbsent(id, idToken);
    if (first != null) {
      throw source.error(
          "community id '" + id + "' is used twice (first at line " + first.line()
              + "): expected a new id",
          idToken);
    }
    Community.Builder community = Community.builder().id(id);
    Map<String, Token> given = new HashMap<>();
    @Nullable Steward steward = null;
    @Nullable PlatformKind kind = null;
    @Nullable Membership membership = null;
    @Nullable Token membershipToken = null;
    @Nullable Audience audience = null;
    while (peek().kind() == Token.Kind.WORD && STATEMENTS.contains(peek().text())) {
      Token statement = next();
      Token earlier = given.putIfAbsent(statement.text(), statement);
      if (earlier != null) {
        throw source.error(
            "'" + statement.text() + "' is given twice in community '" + id + "' (first at line "
                + earlier.line() + ")",
            statement);
      }
      switch (statement.text()) {
        case "name" -> community.name(text("community name", "the community's name as a quoted text"));
        case "steward" -> {
          steward = value(STEWARDS, "a steward");
          community.steward(steward);
        }
        case "platform" -> {
          String name = text("platform name", "the platform's name as a quoted text");
          kind = value(PLATFORM_KINDS, "a platform kind");
          community.platform(Platform.of(name, kind));
        }
        case "membership" -> {
          membershipToken = peek();
          membership = value(MEMBERSHIPS, "a membership");
          community.membership(membership);
        }
        case "audience" -> {
          audience = value(AUDIENCES, "an audience");
          community.audience(audience);
        }
        case "topics" -> community.addAllTopics(topics(id));
        default -> community.memberCount(members());
      }
    }
    List<String> missing = new ArrayList<>();
    for (String statement : REQUIRED) {
      if (!given.containsKey(statement)) {
        missing.add(statement);
      }
    }
    if (!missing.isEmpty()) {
      throw source.error(
          "community '" + id + "' (line " + keyword.line() + ") lacks " + list(missing, "and")
              + ": expected " + describe(missing.get(0)) + ", found " + peek().describe(),
          peek());
    }
    if (steward != null && kind != null && membership != null && membershipToken != null
        && audience != null && !CommunityType.exists(steward, kind, membership, audience)) {
      throw source.error(
          "membership must be controlled for an employee community (audience employees on the"
              + " organisation's own community software), found " + membershipToken.describe(),
          membershipToken);
    }
    Token after = peek();
    if (after.kind() != Token.Kind.END && !after.is("community") && !after.is("channel")) {
      List<String> more = new ArrayList<>();
      for (String statement : STATEMENTS) {
        if (!given.containsKey(statement)) {
          more.add(statement);
        }
      }
      throw unexpected(
          (more.isEmpty()
                  ? ""
                  : "another statement of community '" + id + "' (" + list(more, "or") + "), ")
              + "'community', 'channel' or the end of the text");
    }
    try {
      return community.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw source.error(String.valueOf(e.getMessage()), keyword);
    }
  }

  private static String describe(String statement) {
    return switch (statement) {
      case "name" -> "'name' and the community's name as a quoted text";
      case "steward" -> "'steward' and who runs it (" + values(STEWARDS, "or") + ")";
      case "platform" -> "'platform', the platform's name as a quoted text and its kind ("
          + values(PLATFORM_KINDS, "or") + ")";
      case "membership" -> "'membership' and who may join (" + values(MEMBERSHIPS, "or") + ")";
      default -> "'audience' and whom it is for (" + values(AUDIENCES, "or") + ")";
    };
  }

  /** "a, b and c", or with "or". */
  private static String list(List<String> items, String conjunction) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
        + items.get(items.size() - 1);
  }

  private static String values(Map<String, ?> values, String conjunction) {
    return list(List.copyOf(values.keySet()), conjunction);
  }

  private Set<String> topics(String id) {
    expect(Token.Kind.LEFT_BRACKET, "'[' to start the list of topics");
    Set<String> topics = new LinkedHashSet<>();
    while (true) {
      Token token = peek();
      String topic = id("a kebab-case topic " + ID);
      if (!topics.add(topic)) {
        throw source.error(
            "topic '" + topic + "' is listed twice in community '" + id + "'", token);
      }
      if (peek().kind() != Token.Kind.COMMA) {
        break;
      }
      next();
    }
    expect(Token.Kind.RIGHT_BRACKET, "',' and another topic, or ']' to close the list");
    return topics;
  }

  /** A member count: digits, leading zeros allowed, up to {@link Long#MAX_VALUE}. */
  private long members() {
    Token token = peek();
    String expected = "the number of members, a whole number from 0 to " + Long.MAX_VALUE;
    String text = token.text();
    if (token.kind() == Token.Kind.WORD && text.startsWith("-") && isDigits(text.substring(1))) {
      throw source.error(
          "expected " + expected + ", found " + token.describe() + ", which is negative", token);
    }
    if (token.kind() != Token.Kind.WORD || !isDigits(text)) {
      throw unexpected(expected);
    }
    int i = 0;
    while (i < text.length() - 1 && text.charAt(i) == '0') {
      i++;
    }
    String digits = text.substring(i);
    if (digits.length() > 19 || (digits.length() == 19 && digits.compareTo("9223372036854775807") > 0)) {
      throw source.error(
          "expected " + expected + ", found " + token.describe() + ", which is out of range",
          token);
    }
    next();
    return Long.parseLong(digits);
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private void channel(
      Token keyword, Map<String, Token> ids, Map<Channel, Integer> channels, List<Pending> pending) {
    Token fromToken = peek();
    String from = id("the kebab-case id of the community the channel starts at " + ID);
    expect(Token.Kind.ARROW, "'->' and the community the channel leads to");
    Token toToken = peek();
    String to = id("the kebab-case id of the community the channel leads to " + ID);
    if (from.equals(to)) {
      throw source.error(
          "a channel must connect two different communities, but this one starts and ends at '"
              + from + "'",
          toToken);
    }
    Channel channel = Channel.of(from, to);
    Integer first = channels.putIfAbsent(channel, keyword.line());
    if (first != null) {
      throw source.error(
          "channel " + channel + " is given twice (first at line " + first + ")", keyword);
    }
    if (!ids.containsKey(from) || !ids.containsKey(to)) {
      pending.add(new Pending(channel, fromToken, toToken));
    }
  }

  /** The value a word names, of those in {@code values}, as {@code Texts.kebab} writes them. */
  private <V extends Enum<V>> V value(Map<String, V> values, String what) {
    Token token = peek();
    V value = token.kind() == Token.Kind.WORD ? values.get(token.text()) : null;
    if (value == null) {
      throw unexpected(what + ": one of " + String.join(", ", values.keySet()));
    }
    next();
    return value;
  }

  /** The values of an enum by their kebab-case names, in declaration order. */
  private static <V extends Enum<V>> Map<String, V> named(Class<V> type) {
    Map<String, V> values = new LinkedHashMap<>();
    for (V value : EnumSet.allOf(type)) {
      values.put(Texts.kebab(value), value);
    }
    return Collections.unmodifiableMap(values);
  }

  private String id(String expected) {
    Token token = peek();
    if (token.kind() != Token.Kind.WORD || !Checks.isKebabCase(token.text())) {
      throw unexpected(expected);
    }
    next();
    return token.text();
  }

  /** A quoted text, checked as the builders check {@code field}. */
  private String text(String field, String expected) {
    Token token = peek();
    if (token.kind() != Token.Kind.STRING) {
      throw unexpected(expected);
    }
    if (Checks.isBlank(token.text())) {
      throw source.error("expected " + expected + ", found a blank text", token);
    }
    try {
      Checks.text(field, token.text());
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), token);
    }
    next();
    return token.text();
  }
}
