package io.github.socialecosystem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.function.Executable;

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
    void communitiesByLayerInInsertionOrder() {
      Ecosystem eco = ecosystem();
      assertEquals(List.of(knitting), eco.communities(Layer.PARTICIPATING));
      assertEquals(List.of(page), eco.communities(Layer.MANAGED));
      assertEquals(List.of(fans, partners, staff), eco.communities(Layer.OWNED));
    }

    @Test
    void emptyLayerGivesAnEmptyList() {
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
    void destinationsAreOwnedCommunitiesAlongChannelsNearestFirst() {
      Ecosystem eco = ecosystem();
      assertEquals(List.of(fans, partners), List.copyOf(eco.destinationsReachableFrom("knitting-group")));
      assertEquals(List.of(partners), List.copyOf(eco.destinationsReachableFrom("fan-club")));
      assertEquals(Set.of(), eco.destinationsReachableFrom("staff-room"));
    }

    @Test
    void aCommunityIsNotItsOwnDestinationEvenOnACycle() {
      Ecosystem cycle =
          Ecosystem.builder()
              .organization("Org")
              .addCommunities(fans, partners)
              .addChannels(Channel.of("fan-club", "partner-network"), Channel.of("partner-network", "fan-club"))
              .build();
      assertEquals(List.of(partners), List.copyOf(cycle.destinationsReachableFrom("fan-club")));
    }

    @Test
    void unknownCommunityInAQueryIsRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ecosystem().channelsFrom("nowhere"));
      assertEquals("no community with id 'nowhere' in this ecosystem", e.getMessage());
    }
  }

  @Nested
  class WholeGraph {
    private final Community lonelyBlog =
        Fixtures.community(
                "lonely-blog", Steward.INDEPENDENT, Fixtures.CRAFT_BLOG, Membership.OPEN, Audience.PUBLIC)
            .build();

    @Test
    void reachesDestinationFollowsChannelsToAnyOwnedCommunity() {
      Ecosystem eco = Ecosystem.builder().from(ecosystem()).addCommunities(lonelyBlog).build();
      assertTrue(eco.reachesDestination("knitting-group"), "two channels away");
      assertTrue(eco.reachesDestination("brand-page"));
      assertTrue(eco.reachesDestination("fan-club"), "owned, and leads on to partner-network");
      assertFalse(eco.reachesDestination("partner-network"), "owned, but leads nowhere");
      assertFalse(eco.reachesDestination("staff-room"));
      assertFalse(eco.reachesDestination("lonely-blog"));
    }

    @Test
    void anOwnedCommunityOnACycleBackToItselfReachesNoDestination() {
      Ecosystem cycle =
          Ecosystem.builder()
              .organization("Org")
              .addCommunities(page, fans, partners)
              .addChannels(
                  Channel.of("fan-club", "brand-page"),
                  Channel.of("brand-page", "fan-club"),
                  Channel.of("partner-network", "brand-page"))
              .build();
      assertFalse(cycle.reachesDestination("fan-club"), "only back to itself");
      assertEquals(Set.of(), cycle.destinationsReachableFrom("fan-club"));
      assertTrue(cycle.reachesDestination("partner-network"), "through brand-page to fan-club");
      assertTrue(cycle.reachesDestination("brand-page"));
    }

    @Test
    void isDestinationOnlyForOwnedCommunitiesAnOuterOneLeadsTo() {
      Ecosystem eco = ecosystem();
      assertTrue(eco.isDestination("fan-club"));
      assertTrue(eco.isDestination("partner-network"), "reached through fan-club");
      assertFalse(eco.isDestination("staff-room"), "owned, but nothing leads there");
      assertFalse(eco.isDestination("brand-page"), "reached, but not owned");
      assertEquals(List.of(fans, partners), eco.destinations());
    }

    @Test
    void anOwnedCommunityOnlyOwnedOnesLeadToIsNoDestination() {
      Ecosystem eco =
          Ecosystem.builder()
              .organization("Org")
              .addCommunities(page, fans, partners)
              .addChannels(Channel.of("fan-club", "partner-network"))
              .build();
      assertFalse(eco.isDestination("partner-network"));
      assertFalse(eco.isDestination("fan-club"));
      assertEquals(List.of(), eco.destinations());
    }

    @Test
    void isIsolatedWhenNoChannelLeavesOrArrives() {
      Ecosystem eco = ecosystem();
      assertTrue(eco.isIsolated("staff-room"));
      assertFalse(eco.isIsolated("knitting-group"), "a channel leaves it");
      assertFalse(eco.isIsolated("partner-network"), "a channel arrives");
      assertFalse(eco.isIsolated("brand-page"));
    }

    @Test
    void unknownCommunityIsRejectedByEveryQuestion() {
      Ecosystem eco = ecosystem();
      for (Executable question :
          List.<Executable>of(
              () -> eco.reachesDestination("nowhere"),
              () -> eco.isDestination("nowhere"),
              () -> eco.isIsolated("nowhere"))) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, question);
        assertEquals("no community with id 'nowhere' in this ecosystem", e.getMessage());
      }
    }

    @Test
    void emptyEcosystemHasNoDestinations() {
      assertEquals(List.of(), Ecosystem.builder().organization("Org").build().destinations());
    }

    /**
     * A chain this long would overflow the stack of a recursive walk, and take hours one search at a
     * time. Tagged "slow": at about a second a run, the mutation run leaves it out.
     */
    @Test
    @Tag("slow")
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aChainOfAHundredThousandCommunitiesIsAnsweredForEveryCommunity() {
      int n = 100_000;
      int owned = 60_000;
      Ecosystem.Builder builder = Ecosystem.builder().organization("Org");
      for (int i = 0; i < n; i++) {
        Platform platform = i == owned ? Fixtures.OWN_SOFTWARE : Fixtures.CRAFT_BLOG;
        Steward steward = i == owned ? Steward.ORGANIZATION : Steward.INDEPENDENT;
        builder.addCommunities(
            Fixtures.community("c" + i, steward, platform, Membership.OPEN, Audience.PUBLIC).build());
      }
      for (int i = 0; i + 1 < n; i++) {
        builder.addChannels(Channel.of("c" + i, "c" + (i + 1)));
      }
      Ecosystem chain = builder.build();
      for (int i = 0; i < n; i++) {
        String id = "c" + i;
        assertEquals(i < owned, chain.reachesDestination(id), id);
        assertEquals(i == owned, chain.isDestination(id), id);
        assertFalse(chain.isIsolated(id), id);
      }
      assertEquals(List.of(chain.community("c" + owned).orElseThrow()), chain.destinations());
      assertEquals(1, chain.destinationsReachableFrom("c0").size());
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
    void tooLongOrganization() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Ecosystem.builder().organization("o".repeat(Limits.MAX_TEXT_LENGTH + 1)).build());
      assertEquals(
          "organization must be at most 10,000 characters, but has 10,001: '" + "o".repeat(100) + "…'",
          e.getMessage());
    }

    /** Its text in the ecosystem language would be longer than that language reads. */
    @Test
    void tooLongAsText() {
      String name = "n".repeat(Limits.MAX_TEXT_LENGTH);
      Ecosystem.Builder builder = Ecosystem.builder().organization("Org");
      for (int i = 0; i < 6_400; i++) {
        builder.addCommunities(
            Fixtures.community("c" + i, Steward.INDEPENDENT, Fixtures.CRAFT_BLOG, Membership.OPEN, Audience.PUBLIC)
                .name(name)
                .build());
      }
      builder.addChannels(Channel.of("c0", "c1"));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
      assertEquals(
          "the ecosystem of 'Org' would be 64,805,324 characters long as text, but the ecosystem"
              + " language reads at most 64,000,000 (Limits.MAX_ECOSYSTEM_CHARS): shorten it by"
              + " 805,324 characters (its 6,400 communities take 64,805,290 characters and its 1"
              + " channel 18 characters), or split it into several ecosystems",
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
