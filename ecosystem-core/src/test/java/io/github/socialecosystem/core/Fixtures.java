package io.github.socialecosystem.core;

/** Hand-written communities for example tests. */
final class Fixtures {
  static final Platform FACEBOOK = Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK);
  static final Platform CRAFT_BLOG = Platform.of("Craft Blog", PlatformKind.INDEPENDENT_SITE);
  static final Platform OWN_SOFTWARE =
      Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE);

  private Fixtures() {}

  static Community.Builder community(
      String id, Steward steward, Platform platform, Membership membership, Audience audience) {
    return Community.builder()
        .id(id)
        .name("Community " + id)
        .steward(steward)
        .platform(platform)
        .membership(membership)
        .audience(audience);
  }

  static Community knittingGroup() {
    return community("knitting-group", Steward.INDEPENDENT, FACEBOOK, Membership.OPEN, Audience.PUBLIC)
        .addTopics("knitting")
        .build();
  }

  static Community brandPage() {
    return community("brand-page", Steward.ORGANIZATION, FACEBOOK, Membership.OPEN, Audience.PUBLIC)
        .memberCount(250_000)
        .build();
  }

  static Community fanClub() {
    return community(
            "fan-club", Steward.ORGANIZATION, OWN_SOFTWARE, Membership.OPEN, Audience.CUSTOMERS)
        .addTopics("crafting")
        .memberCount(12_000)
        .build();
  }

  static Community partnerNetwork() {
    return community(
            "partner-network",
            Steward.ORGANIZATION,
            OWN_SOFTWARE,
            Membership.CONTROLLED,
            Audience.PARTNERS)
        .build();
  }

  static Community staffRoom() {
    return community(
            "staff-room", Steward.ORGANIZATION, OWN_SOFTWARE, Membership.CONTROLLED, Audience.EMPLOYEES)
        .build();
  }
}
