package io.github.socialecosystem.core;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** guava-testlib checks of null handling and equality on every public value type. */
class ValueContractsTest {
  private final NullPointerTester nulls =
      new NullPointerTester()
          .setDefault(Platform.class, Fixtures.FACEBOOK)
          .setDefault(Community.class, Fixtures.fanClub())
          .setDefault(Channel.class, Channel.of("a", "b"))
          .setDefault(String.class, "a-value");

  @Test
  void publicStaticMethodsRejectNulls() {
    nulls.testAllPublicStaticMethods(Platform.class);
    nulls.testAllPublicStaticMethods(Channel.class);
    nulls.testAllPublicStaticMethods(EngagementAction.class);
    nulls.testAllPublicStaticMethods(DataOwnership.class);
    nulls.testAllPublicStaticMethods(CommunityType.class);
    nulls.testAllPublicStaticMethods(Verdict.class);
    nulls.testAllPublicStaticMethods(StandardActions.class);
  }

  @Test
  void buildersRejectNulls() {
    nulls.testAllPublicInstanceMethods(Community.builder());
    nulls.testAllPublicInstanceMethods(Ecosystem.builder());
  }

  @Test
  void queriesRejectNulls() {
    nulls.testAllPublicInstanceMethods(
        Ecosystem.builder().organization("Org").addCommunities(Fixtures.fanClub()).build());
    nulls.testAllPublicInstanceMethods(Fixtures.fanClub());
    nulls.testAllPublicInstanceMethods(Verdict.LIMITED);
  }

  @Test
  void platformEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK),
            Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK))
        .addEqualityGroup(Platform.of("Facebook", PlatformKind.INDEPENDENT_SITE))
        .addEqualityGroup(Platform.of("LinkedIn", PlatformKind.CONSUMER_NETWORK))
        .testEquals();
  }

  @Test
  void channelEquality() {
    new EqualsTester()
        .addEqualityGroup(Channel.of("a", "b"), Channel.of("a", "b"))
        .addEqualityGroup(Channel.of("b", "a"))
        .addEqualityGroup(Channel.of("a", "c"))
        .testEquals();
  }

  @Test
  void actionEquality() {
    new EqualsTester()
        .addEqualityGroup(
            StandardActions.ANNOUNCE_DEAL,
            EngagementAction.of("announce-deal", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY))
        .addEqualityGroup(
            EngagementAction.of("announce-deal", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_ONE))
        .addEqualityGroup(
            EngagementAction.of("announce-deal", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY))
        .addEqualityGroup(
            EngagementAction.of("announce-deal", Intent.RECRUIT, Format.OFFER, Reach.ONE_TO_MANY))
        .addEqualityGroup(
            EngagementAction.of("post-offer", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY))
        .testEquals();
  }

  @Test
  void dataOwnershipEquality() {
    new EqualsTester()
        .addEqualityGroup(
            DataOwnership.of(CommunityType.EXTERNAL),
            DataOwnership.of(CommunityType.EMPLOYEE),
            DataOwnership.of(DataOwnership.Holder.ORGANIZATION, DataOwnership.Visibility.FULL, true))
        .addEqualityGroup(DataOwnership.of(CommunityType.MANAGED))
        .addEqualityGroup(DataOwnership.of(CommunityType.PARTICIPATING))
        .addEqualityGroup(
            DataOwnership.of(DataOwnership.Holder.ORGANIZATION, DataOwnership.Visibility.FULL, false))
        .testEquals();
  }

  @Test
  void communityEquality() {
    Community fans = Fixtures.fanClub();
    new EqualsTester()
        .addEqualityGroup(fans, Community.builder().from(fans).build(), Fixtures.fanClub())
        .addEqualityGroup(Community.builder().from(fans).id("other-club").build())
        .addEqualityGroup(Community.builder().from(fans).name("Other").build())
        .addEqualityGroup(Community.builder().from(fans).membership(Membership.CONTROLLED).build())
        .addEqualityGroup(Community.builder().from(fans).audience(Audience.PUBLIC).build())
        .addEqualityGroup(Community.builder().from(fans).platform(Fixtures.FACEBOOK).build())
        .addEqualityGroup(Community.builder().from(fans).steward(Steward.INDEPENDENT).build())
        .addEqualityGroup(Community.builder().from(fans).memberCount(1).build())
        .addEqualityGroup(Community.builder().from(fans).addTopics("deals").build())
        .testEquals();
  }

  @Test
  void ecosystemEquality() {
    Ecosystem one =
        Ecosystem.builder()
            .organization("Org")
            .addCommunities(Fixtures.brandPage(), Fixtures.fanClub())
            .build();
    new EqualsTester()
        .addEqualityGroup(one, Ecosystem.builder().from(one).build())
        .addEqualityGroup(Ecosystem.builder().from(one).organization("Other").build())
        .addEqualityGroup(
            Ecosystem.builder().from(one).addChannels(Channel.of("brand-page", "fan-club")).build())
        .testEquals();
  }
}
