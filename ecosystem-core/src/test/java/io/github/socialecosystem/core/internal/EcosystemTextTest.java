package io.github.socialecosystem.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import org.junit.jupiter.api.Test;

/** The canonical text of an ecosystem: what the printer writes, and what the builder measures. */
class EcosystemTextTest {
  private static final Community KNITTERS =
      Community.builder()
          .id("knitting-group")
          .name("Knitters\tof the \\North\\")
          .steward(Steward.INDEPENDENT)
          .platform(Platform.of("Facebook", PlatformKind.CONSUMER_NETWORK))
          .membership(Membership.OPEN)
          .audience(Audience.PUBLIC)
          .addTopics("knitting", "wool")
          .build();

  private static final Community FANS =
      Community.builder()
          .id("fan-club")
          .name("Crafters' \"Club\"")
          .steward(Steward.ORGANIZATION)
          .platform(Platform.of("Telligent Community", PlatformKind.COMMUNITY_SOFTWARE))
          .membership(Membership.CONTROLLED)
          .audience(Audience.CUSTOMERS)
          .memberCount(12_000)
          .build();

  private static final Ecosystem ECOSYSTEM =
      Ecosystem.builder()
          .organization("Crafting \"Tools\" Inc.")
          .addCommunities(KNITTERS, FANS)
          .addChannels(Channel.of("knitting-group", "fan-club"), Channel.of("fan-club", "knitting-group"))
          .build();

  @Test
  void printsCommunitiesInOrderThenChannelsQuotingTextsWithEscapes() {
    assertEquals(
        """
        ecosystem "Crafting \\"Tools\\" Inc."

        community knitting-group
          name "Knitters\\tof the \\\\North\\\\"
          steward independent
          platform "Facebook" consumer-network
          membership open
          audience public
          topics [knitting, wool]

        community fan-club
          name "Crafters' \\"Club\\""
          steward organization
          platform "Telligent Community" community-software
          membership controlled
          audience customers
          members 12000

        channel knitting-group -> fan-club
        channel fan-club -> knitting-group
        """,
        EcosystemText.print(ECOSYSTEM));
  }

  @Test
  void anEcosystemWithoutChannelsEndsAfterItsLastCommunity() {
    Ecosystem alone = Ecosystem.builder().organization("Solo").addCommunities(FANS).build();
    assertEquals(
        """
        ecosystem "Solo"

        community fan-club
          name "Crafters' \\"Club\\""
          steward organization
          platform "Telligent Community" community-software
          membership controlled
          audience customers
          members 12000
        """,
        EcosystemText.print(alone));
    assertEquals(0, EcosystemText.channelsLength(alone));
  }

  @Test
  void theMeasuredLengthsAddUpToThePrintedLength() {
    long header = "ecosystem \"Crafting \\\"Tools\\\" Inc.\"\n".length();
    assertEquals(EcosystemText.print(ECOSYSTEM).length(), EcosystemText.length(ECOSYSTEM));
    assertEquals(
        EcosystemText.length(ECOSYSTEM),
        header + EcosystemText.communitiesLength(ECOSYSTEM) + EcosystemText.channelsLength(ECOSYSTEM));
    assertEquals(
        "\nchannel knitting-group -> fan-club\nchannel fan-club -> knitting-group\n".length(),
        EcosystemText.channelsLength(ECOSYSTEM));
  }
}
