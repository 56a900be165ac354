package io.github.socialecosystem.rules.advisor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import org.junit.jupiter.api.Test;

/**
 * The data finding fires below half of known members and says so: a share just under half is
 * written with enough digits to read as under half (49.996%, not 50%).
 */
class MemberShareWordingTest {
  @Test
  void theDataFindingNeverSaysFiftyPercent() {
    Community fans =
        Community.builder()
            .id("fans")
            .name("Fans")
            .steward(Steward.ORGANIZATION)
            .platform(Platform.of("Forum", PlatformKind.COMMUNITY_SOFTWARE))
            .membership(Membership.OPEN)
            .audience(Audience.CUSTOMERS)
            .memberCount(49_996)
            .build();
    Community page =
        Community.builder()
            .id("page")
            .name("Page")
            .steward(Steward.ORGANIZATION)
            .platform(Platform.of("Network", PlatformKind.CONSUMER_NETWORK))
            .membership(Membership.OPEN)
            .audience(Audience.PUBLIC)
            .memberCount(50_004)
            .build();
    Ecosystem ecosystem =
        Ecosystem.builder()
            .organization("Org")
            .addCommunities(fans, page)
            .addChannels(Channel.of("page", "fans"))
            .build();
    for (EcosystemFinding finding :
        EcosystemAdvisor.assess(ecosystem).findings(EcosystemFinding.Code.DATA_MOSTLY_NOT_OWNED)) {
      assertFalse(finding.message().contains("Only 50% "), finding.message());
    }
  }
}
