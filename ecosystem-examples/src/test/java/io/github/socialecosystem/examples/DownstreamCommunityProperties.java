package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What a downstream project writes with the test kit: only the {@code ecosystem-core} test-jar and
 * jqwik on the test classpath, and {@code @ForAll} parameters of the domain types.
 */
class DownstreamCommunityProperties {

  @Property
  void onlyOwnedCommunitiesLetTheOrganisationExportData(@ForAll Community community) {
    assertEquals(community.layer() == Layer.OWNED, community.dataOwnership().mayExport());
  }

  @Property
  void everyCommunityOfAnEcosystemIsInExactlyOneLayer(@ForAll Ecosystem ecosystem) {
    for (Community community : ecosystem.communities()) {
      assertTrue(ecosystem.communities(community.layer()).contains(community));
    }
  }

  @Property
  void customActionsNeverTakeAStandardId(@ForAll EngagementAction action) {
    StandardActions.byId(action.id())
        .ifPresent(standard -> assertEquals(standard, action, "same id, same traits"));
  }
}
