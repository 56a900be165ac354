package io.github.socialecosystem.core;

import static io.github.socialecosystem.core.Fixtures.CRAFT_BLOG;
import static io.github.socialecosystem.core.Fixtures.FACEBOOK;
import static io.github.socialecosystem.core.Fixtures.OWN_SOFTWARE;
import static io.github.socialecosystem.core.Fixtures.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityTest {

  @Nested
  class Classification {
    @Test
    void independentStewardOnAnyPlatformIsParticipating() {
      for (Platform platform : new Platform[] {FACEBOOK, CRAFT_BLOG, OWN_SOFTWARE}) {
        Community c =
            community("forum", Steward.INDEPENDENT, platform, Membership.CONTROLLED, Audience.PUBLIC)
                .build();
        assertEquals(CommunityType.PARTICIPATING, c.type(), platform.toString());
        assertEquals(Layer.PARTICIPATING, c.layer());
      }
    }

    @Test
    void organizationOnConsumerNetworkOrSomeoneElsesSiteIsManaged() {
      assertEquals(CommunityType.MANAGED, Fixtures.brandPage().type());
      Community blog =
          community("guest-blog", Steward.ORGANIZATION, CRAFT_BLOG, Membership.OPEN, Audience.PUBLIC)
              .build();
      assertEquals(CommunityType.MANAGED, blog.type());
      assertEquals(Layer.MANAGED, blog.layer());
    }

    @Test
    void organizationOnOwnSoftwareIsOwnedByAudienceAndMembership() {
      assertEquals(CommunityType.EXTERNAL, Fixtures.fanClub().type());
      assertEquals(CommunityType.CLOSED, Fixtures.partnerNetwork().type());
      assertEquals(CommunityType.EMPLOYEE, Fixtures.staffRoom().type());
      assertEquals(Layer.OWNED, Fixtures.fanClub().layer());
      assertEquals(Layer.OWNED, Fixtures.partnerNetwork().layer());
      assertEquals(Layer.OWNED, Fixtures.staffRoom().layer());
    }

    @Test
    void dataOwnershipFollowsTheLayer() {
      DataOwnership participating = Fixtures.knittingGroup().dataOwnership();
      assertEquals(DataOwnership.Holder.PLATFORM_OPERATOR, participating.holder());
      assertEquals(DataOwnership.Visibility.NONE, participating.visibility());
      assertFalse(participating.mayExport());

      DataOwnership managed = Fixtures.brandPage().dataOwnership();
      assertEquals(DataOwnership.Holder.PLATFORM_OPERATOR, managed.holder());
      assertEquals(DataOwnership.Visibility.AGGREGATE, managed.visibility());
      assertFalse(managed.mayExport());

      DataOwnership owned = Fixtures.partnerNetwork().dataOwnership();
      assertTrue(owned.ownedByOrganization());
      assertEquals(DataOwnership.Visibility.FULL, owned.visibility());
      assertTrue(owned.mayExport());
    }
  }

  @Nested
  class Building {
    @Test
    void keepsWhatItWasGiven() {
      Community c = Fixtures.fanClub();
      assertEquals("fan-club", c.id());
      assertEquals("Community fan-club", c.name());
      assertEquals(OWN_SOFTWARE, c.platform());
      assertEquals(java.util.Set.of("crafting"), c.topics());
      assertEquals(OptionalLong.of(12_000), c.memberCount());
    }

    @Test
    void memberCountIsOptional() {
      assertEquals(OptionalLong.empty(), Fixtures.partnerNetwork().memberCount());
    }

    @Test
    void topicsCannotBeChangedAfterwards() {
      Community c = Fixtures.fanClub();
      assertThrows(UnsupportedOperationException.class, () -> c.topics().add("deals"));
    }

    @Test
    void aCopyEqualsTheOriginal() {
      Community c = Fixtures.fanClub();
      assertEquals(c, Community.builder().from(c).build());
      assertEquals(c.hashCode(), Community.builder().from(c).build().hashCode());
    }

    @Test
    void missingAttributesAreNamed() {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> Community.builder().id("x").build());
      assertTrue(e.getMessage().contains("name"), e.getMessage());
      assertTrue(e.getMessage().contains("steward"), e.getMessage());
    }

    @Test
    void nullAttributeIsNamed() {
      NullPointerException e =
          assertThrows(NullPointerException.class, () -> Community.builder().id(nullString()));
      assertEquals("id", e.getMessage());
    }
  }

  @Nested
  class Rejections {
    @Test
    void employeeCommunityWithOpenMembership() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  community(
                          "staff-room",
                          Steward.ORGANIZATION,
                          OWN_SOFTWARE,
                          Membership.OPEN,
                          Audience.EMPLOYEES)
                      .build());
      assertEquals(
          "membership must be CONTROLLED for an employee community (audience EMPLOYEES on the"
              + " organisation's own community software): OPEN",
          e.getMessage());
    }

    @Test
    void blankId() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> withId("  ").build());
      assertEquals(
          "community id must be kebab-case (lowercase letters and digits, words joined by single"
              + " hyphens, at most 100 characters): '  '",
          e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fiskars Page", "brand_page", "-page", "page-", "brand--page", "Page"})
    void nonKebabCaseId(String id) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> withId(id).build());
      assertTrue(e.getMessage().startsWith("community id must be kebab-case"), e.getMessage());
      assertTrue(e.getMessage().endsWith(": '" + id + "'"), e.getMessage());
    }

    @Test
    void tooLongId() {
      String id = "a".repeat(101);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> withId(id).build());
      assertTrue(e.getMessage().endsWith(": '" + "a".repeat(100) + "…' (101 characters)"), e.getMessage());
    }

    @Test
    void hugeIdIsQuotedCutWithItsLength() {
      String id = "a".repeat(3_000_000);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> withId(id).build());
      assertEquals(
          "community id must be kebab-case (lowercase letters and digits, words joined by single"
              + " hyphens, at most 100 characters): '" + "a".repeat(100) + "…' (3,000,000 characters)",
          e.getMessage());
    }

    @Test
    void idWithAnInvisibleOrLookAlikeCharacterNamesItByCodePoint() {
      String prefix =
          "community id must be kebab-case (lowercase letters and digits, words joined by single"
              + " hyphens, at most 100 characters): ";
      assertEquals(
          prefix + "'fan\\u00A0club', which has U+00A0 no-break space at character 4",
          assertThrows(IllegalArgumentException.class, () -> withId("fan\u00A0club").build()).getMessage());
      assertEquals(
          prefix + "'fan\\u200Bclub', which has U+200B zero-width space at character 4",
          assertThrows(IllegalArgumentException.class, () -> withId("fan\u200Bclub").build()).getMessage());
      assertEquals(
          prefix + "'f\u0430n-club', which has '\u0430' (U+0430 cyrillic small letter a) at character 2",
          assertThrows(IllegalArgumentException.class, () -> withId("f\u0430n-club").build()).getMessage());
    }

    @Test
    void nameOfInvisibleCharactersOnlyIsBlank() {
      assertEquals(
          "community name must not be blank: '\\u00A0\\u200B', made of invisible characters:"
              + " U+00A0 no-break space, U+200B zero-width space",
          assertThrows(IllegalArgumentException.class, () -> withId("forum").name("\u00A0\u200B").build())
              .getMessage());
      assertEquals(
          "platform name must not be blank: '\\uFEFF', made of invisible characters: U+FEFF byte-order mark",
          assertThrows(IllegalArgumentException.class, () -> Platform.of("\uFEFF", PlatformKind.CONSUMER_NETWORK))
              .getMessage());
      assertEquals(
          "community name must not be blank: ' \\u2007 \\u202F', made of invisible characters:"
              + " U+2007 figure space, U+202F narrow no-break space",
          assertThrows(IllegalArgumentException.class, () -> withId("forum").name(" \u2007 \u202F").build())
              .getMessage());
    }

    @Test
    void negativeMemberCount() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> withId("forum").memberCount(-5).build());
      assertEquals("memberCount must not be negative: -5", e.getMessage());
    }

    @Test
    void tooLongNames() {
      assertEquals(
          "community name must be at most 10,000 characters, but has 10,001: '" + "n".repeat(100) + "…'",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> withId("forum").name("n".repeat(Limits.MAX_TEXT_LENGTH + 1)).build())
              .getMessage());
      assertEquals(
          "platform name must be at most 10,000 characters, but has 10,001: '" + "p".repeat(100) + "…'",
          assertThrows(
                  IllegalArgumentException.class,
                  () -> Platform.of("p".repeat(Limits.MAX_TEXT_LENGTH + 1), PlatformKind.CONSUMER_NETWORK))
              .getMessage());
      assertEquals(
          Limits.MAX_TEXT_LENGTH,
          withId("forum").name("n".repeat(Limits.MAX_TEXT_LENGTH)).build().name().length());
    }

    @Test
    void blankName() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> withId("forum").name(" ").build());
      assertEquals("community name must not be blank: ' '", e.getMessage());
    }

    @Test
    void nonKebabCaseTopic() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> withId("forum").addTopics("UX Design").build());
      assertTrue(e.getMessage().startsWith("topic must be kebab-case"), e.getMessage());
      assertTrue(e.getMessage().endsWith(": 'UX Design'"), e.getMessage());
    }

    private Community.Builder withId(String id) {
      return community(id, Steward.INDEPENDENT, FACEBOOK, Membership.OPEN, Audience.PUBLIC);
    }
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }
}
