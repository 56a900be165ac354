package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcosystemLanguageTest {
  /** Every statement, some out of the canonical order, with comments and a channel read first. */
  private static final String EXAMPLE =
      """
      # Crafting Tools' communities
      ecosystem "Crafting Tools Inc."

      channel scissor-stories -> crafters-club   # before either end is known

      community scissor-stories
        name "Scissor Stories (craft blog)"
        topics [crafting, scissors]
        members 8000
        steward independent
        platform "Independent blog" independent-site
        membership open
        audience public

      community crafters-club   # the fan community
        name "Crafters' \\"Club\\""
        steward organization
        platform "Telligent Community" community-software
        membership open
        audience customers
        members 00012000

      community staff-room
        name "Staff Room"
        steward organization
        platform "Telligent Community" community-software
        membership controlled
        audience employees
      channel staff-room->crafters-club
      """;

  private static final Community SCISSOR_STORIES =
      Community.builder()
          .id("scissor-stories").name("Scissor Stories (craft blog)")
          .steward(Steward.INDEPENDENT)
          .platform(Platform.of("Independent blog", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .addTopics("crafting", "scissors").memberCount(8_000)
          .build();

  private static final Community CRAFTERS_CLUB =
      Community.builder()
          .id("crafters-club").name("Crafters' \"Club\"")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
          .memberCount(12_000)
          .build();

  private static final Community STAFF_ROOM =
      Community.builder()
          .id("staff-room").name("Staff Room")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.EMPLOYEES)
          .build();

  @Nested
  class Parsing {
    @Test
    void readsEveryPartOfAnEcosystemInTheOrderOfTheText() {
      Ecosystem ecosystem = EcosystemLanguage.parse(EXAMPLE);
      assertEquals("Crafting Tools Inc.", ecosystem.organization());
      assertEquals(List.of(SCISSOR_STORIES, CRAFTERS_CLUB, STAFF_ROOM), ecosystem.communities());
      assertEquals(
          List.of(Channel.of("scissor-stories", "crafters-club"), Channel.of("staff-room", "crafters-club")),
          List.copyOf(ecosystem.channels()));
      assertEquals(List.of("crafting", "scissors"), List.copyOf(ecosystem.communities().get(0).topics()));
      assertEquals(CommunityType.EMPLOYEE, ecosystem.community("staff-room").orElseThrow().type());
    }

    @Test
    void topicsAndMembersAreOptional() {
      Community staff = EcosystemLanguage.parse(EXAMPLE).community("staff-room").orElseThrow();
      assertEquals(List.of(), List.copyOf(staff.topics()));
      assertEquals(OptionalLong.empty(), staff.memberCount());
    }

    @Test
    void anEcosystemWithoutCommunitiesIsFine() {
      Ecosystem empty = EcosystemLanguage.parse("ecosystem \"Solo\"");
      assertEquals(Ecosystem.builder().organization("Solo").build(), empty);
      assertEquals("ecosystem \"Solo\"\n", EcosystemLanguage.print(empty));
    }

    @Test
    void theLargestMemberCountReads() {
      String text = EXAMPLE.replace("members 8000", "members 9223372036854775807");
      assertEquals(
          OptionalLong.of(Long.MAX_VALUE),
          EcosystemLanguage.parse(text).communities().get(0).memberCount());
      assertEquals(
          OptionalLong.of(0),
          EcosystemLanguage.parse(EXAMPLE.replace("members 8000", "members 0000")).communities().get(0).memberCount());
    }

    @Test
    void loadsFromAReaderAndAPath(@TempDir Path dir) throws IOException {
      Ecosystem expected = EcosystemLanguage.parse(EXAMPLE);
      assertEquals(expected, EcosystemLanguage.read(new StringReader(EXAMPLE)));
      Path file = dir.resolve("crafting-tools.ecosystem");
      Files.writeString(file, EXAMPLE, StandardCharsets.UTF_8);
      assertEquals(expected, EcosystemLanguage.read(file));
    }

    @Test
    void nullsAreNamed() {
      assertEquals("text", assertThrows(NullPointerException.class, () -> EcosystemLanguage.parse(nothing())).getMessage());
      assertEquals("ecosystem", assertThrows(NullPointerException.class, () -> EcosystemLanguage.print(nothing())).getMessage());
      assertEquals("reader", assertThrows(NullPointerException.class, () -> EcosystemLanguage.read((java.io.Reader) nothing())).getMessage());
      assertEquals("path", assertThrows(NullPointerException.class, () -> EcosystemLanguage.read((Path) nothing())).getMessage());
    }
  }

  @Nested
  class Printing {
    @Test
    void canonicalTextIsStable() {
      assertEquals(
          """
              ecosystem "Crafting Tools Inc."

              community scissor-stories
                name "Scissor Stories (craft blog)"
                steward independent
                platform "Independent blog" independent-site
                membership open
                audience public
                topics [crafting, scissors]
                members 8000

              community crafters-club
                name "Crafters' \\"Club\\""
                steward organization
                platform "Telligent Community" community-software
                membership open
                audience customers
                members 12000

              community staff-room
                name "Staff Room"
                steward organization
                platform "Telligent Community" community-software
                membership controlled
                audience employees

              channel scissor-stories -> crafters-club
              channel staff-room -> crafters-club
              """,
          EcosystemLanguage.print(EcosystemLanguage.parse(EXAMPLE)));
    }

    @Test
    void printingIsIdempotent() {
      String once = EcosystemLanguage.print(EcosystemLanguage.parse(EXAMPLE));
      assertEquals(once, EcosystemLanguage.print(EcosystemLanguage.parse(once)));
    }

    @Test
    void namesWithEscapesAndStrangeCharactersRoundTrip() {
      Community odd =
          Community.builder()
              .from(STAFF_ROOM)
              .name("Tab\there, \"quoted\", back\\slash,\r\nnew line, \u0000 nul, \u00A0, \uD83D\uDE00, # not a comment")
              .platform(Platform.of("\u202Eright-to-left\u202C \u0301", PlatformKind.COMMUNITY_SOFTWARE))
              .build();
      Ecosystem ecosystem =
          Ecosystem.builder().organization("  padded  \u200B org ").addCommunities(odd).build();
      String text = EcosystemLanguage.print(ecosystem);
      assertEquals(ecosystem, EcosystemLanguage.parse(text));
      assertEquals(
          "  name \"Tab\\there, \\\"quoted\\\", back\\\\slash,\\r\\nnew line, \u0000 nul, \u00A0,"
              + " \uD83D\uDE00, # not a comment\"",
          text.lines().filter(l -> l.startsWith("  name")).findFirst().orElseThrow());
    }

    @Test
    void idsThatAreKeywordsRoundTrip() {
      Community channel = Community.builder().from(STAFF_ROOM).id("channel").addTopics("members", "topics").build();
      Community community = Community.builder().from(SCISSOR_STORIES).id("community").build();
      Community ecosystemId = Community.builder().from(CRAFTERS_CLUB).id("ecosystem").build();
      Ecosystem ecosystem =
          Ecosystem.builder()
              .organization("ecosystem")
              .addCommunities(channel, community, ecosystemId)
              .addChannels(Channel.of("channel", "community"), Channel.of("community", "ecosystem"))
              .build();
      String text = EcosystemLanguage.print(ecosystem);
      assertEquals(ecosystem, EcosystemLanguage.parse(text), text);
    }

    @Test
    void channelsKeepTheOrderTheyWereAddedIn() {
      Ecosystem ecosystem =
          Ecosystem.builder()
              .organization("Org")
              .addCommunities(SCISSOR_STORIES, CRAFTERS_CLUB, STAFF_ROOM)
              .addChannels(
                  Channel.of("staff-room", "crafters-club"),
                  Channel.of("crafters-club", "scissor-stories"),
                  Channel.of("scissor-stories", "crafters-club"))
              .build();
      Ecosystem back = EcosystemLanguage.parse(EcosystemLanguage.print(ecosystem));
      assertEquals(List.copyOf(ecosystem.channels()), List.copyOf(back.channels()));
    }
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nothing() {
    return null;
  }
}
