package io.github.socialecosystem.rules;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;

/** One hand-written community of each type, for example tests. */
public final class Communities {
  public static final Community KNITTING_FORUM =
      Community.builder()
          .id("knitting-forum").name("Knitters Unite")
          .steward(Steward.INDEPENDENT)
          .platform(Platform.of("Knitting Forum", PlatformKind.INDEPENDENT_SITE))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .addTopics("knitting")
          .build();
  public static final Community BRAND_PAGE =
      Community.builder()
          .id("brand-page").name("Crafting Tools on Facebook")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.OPEN).audience(Audience.PUBLIC)
          .build();
  public static final Community FAN_CLUB =
      Community.builder()
          .id("fan-club").name("Crafters' Club")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.OPEN).audience(Audience.CUSTOMERS)
          .build();
  public static final Community PARTNER_NETWORK =
      Community.builder()
          .id("partner-network").name("Retail Partners")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.PARTNERS)
          .build();
  public static final Community STAFF_ROOM =
      Community.builder()
          .id("staff-room").name("Staff Room")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED).audience(Audience.EMPLOYEES)
          .build();

  private Communities() {}

  static Community of(CommunityType type) {
    return switch (type) {
      case PARTICIPATING -> KNITTING_FORUM;
      case MANAGED -> BRAND_PAGE;
      case EXTERNAL -> FAN_CLUB;
      case CLOSED -> PARTNER_NETWORK;
      case EMPLOYEE -> STAFF_ROOM;
    };
  }
}
