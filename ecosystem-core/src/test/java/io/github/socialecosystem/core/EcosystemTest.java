package io.github.socialecosystem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EcosystemTest {
  private final Community knitting = Fixtures.knittingGroup();
  private final Community page = Fixtures.brandPage();
  private final Community fans = Fixtures.fanClub();
  private final Community partners = Fixtures.partnerNetwork();
  private final Community staff = Fixtures.staffRoom();

  private Ecosystem ecosystem() {
    return Ecosystem.builder()
        .organization("Crafting Tools Inc.")
        .addCommunities(knitting, page, fans, partners, staff)
        .addChannels(
            Channel.of("knitting-group", "brand-page"),
            Channel.of("brand-page", "fan-club"),
            Channel.of("fan-club", "partner-network"))
        .build();
  }

  @Nested
  class Queries {
    @Test
    void communityById() {
      assertEquals(Optional.of(fans), ecosystem().community("fan-club"));
      assertEquals(Optional.empty(), ecosystem().community("nowhere"));
    }

    @Test
    void communitiesByLayer_inInsertionOrder() {
      Ecosystem eco = ecosystem();
      assertEquals(List.of(knitting), eco.communities(Layer.PARTICIPATING));
      assertEquals(List.of(page), eco.communities(Layer.MANAGED));
      assertEquals(List.of(fans, partners, staff), eco.communities(Layer.OWNED));
    }

    @Test
    void emptyLayer_givesAnEmptyList() {
      Ecosystem eco = Ecosystem.builder().organization("Solo").addCommunities(page).build();
      assertEquals(List.of(), eco.communities(Layer.OWNED));
    }

    @Test
    void channelsFromAndTo() {
      Ecosystem eco = ecosystem();
      assertEquals(Set.of(Channel.of("brand-page", "fan-club")), eco.channelsFrom("brand-page"));
      assertEquals(Set.of(Channel.of("knitting-group", "brand-page")), eco.channelsTo("brand-page"));
      assertEquals(Set.of(), eco.channelsFrom("staff-room"));
    }

    @Test
    void destinations_areOwnedCommunitiesAlongChannels_nearestFirst() {
      Ecosystem eco = ecosystem();
      assertEquals(List.of(fans, partners), List.copyOf(eco.destinationsReachableFrom("knitting-group")));
      assertEquals(List.of(partners), List.copyOf(eco.destinationsReachableFrom("fan-club")));
      assertEquals(Set.of(), eco.destinationsReachableFrom("staff-room"));
    }

    @Test
    void aCommunityIsNotItsOwnDestination_evenOnACycle() {
      Ecosystem cycle =
          Ecosystem.builder()
              .organization("Org")
              .addCommunities(fans, partners)
              .addChannels(Channel.of("fan-club", "partner-network"), Channel.of("partner-network", "fan-club"))
              .build();
      assertEquals(List.of(partners), List.copyOf(cycle.destinationsReachableFrom("fan-club")));
    }

    @Test
    void unknownCommunity_inAQuery_isRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ecosystem().channelsFrom("nowhere"));
      assertEquals("no community with id 'nowhere' in this ecosystem", e.getMessage());
    }
  }

  @Nested
  class Rejections {
    @Test
    void duplicateCommunityId() {
      Community sameId = Community.builder().from(page).name("Another page").build();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Ecosystem.builder().organization("Org").addCommunities(page, sameId).build());
      assertEquals(
          "community ids must be unique in an ecosystem, but 'brand-page' appears more than once",
          e.getMessage());
    }

    @Test
    void channelToAnUnknownCommunity() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Ecosystem.builder()
                      .organization("Org")
                      .addCommunities(page)
                      .addChannels(Channel.of("brand-page", "fan-club"))
                      .build());
      assertEquals(
          "channel brand-page -> fan-club leads to an unknown community: 'fan-club'",
          e.getMessage());
    }

    @Test
    void channelFromAnUnknownCommunity() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  Ecosystem.builder()
                      .organization("Org")
                      .addCommunities(fans)
                      .addChannels(Channel.of("brand-page", "fan-club"))
                      .build());
      assertEquals(
          "channel brand-page -> fan-club starts at an unknown community: 'brand-page'",
          e.getMessage());
    }

    @Test
    void channelToItself() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Channel.of("fan-club", "fan-club"));
      assertEquals(
          "a channel must connect two different communities, but from and to are both 'fan-club'",
          e.getMessage());
    }

    @Test
    void channelWithANonKebabCaseEnd() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Channel.of("Brand Page", "fan-club"));
      assertEquals(
          "channel from must be kebab-case (lowercase letters and digits, words joined by single"
              + " hyphens, at most 100 characters): 'Brand Page'",
          e.getMessage());
    }

    @Test
    void blankOrganization() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Ecosystem.builder().organization("").build());
      assertEquals("organization must not be blank: ''", e.getMessage());
    }
  }
}
