package io.github.socialecosystem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every combination of steward, platform kind, membership and audience, against the table. */
class CommunityTypeTest {

  /** The classification table of the design, written out case by case. */
  private static CommunityType expected(
      Steward steward, PlatformKind kind, Membership membership, Audience audience) {
    if (steward == Steward.INDEPENDENT) {
      return CommunityType.PARTICIPATING;
    }
    if (kind == PlatformKind.CONSUMER_NETWORK || kind == PlatformKind.INDEPENDENT_SITE) {
      return CommunityType.MANAGED;
    }
    if (audience == Audience.EMPLOYEES) {
      return CommunityType.EMPLOYEE;
    }
    if (membership == Membership.CONTROLLED) {
      return CommunityType.CLOSED;
    }
    return CommunityType.EXTERNAL;
  }

  @Test
  void everyShapeIsClassifiedByTheTableOrRejectedAsImpossible() {
    int built = 0;
    int rejected = 0;
    for (Steward steward : Steward.values()) {
      for (PlatformKind kind : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            CommunityType type = expected(steward, kind, membership, audience);
            assertEquals(type, CommunityType.classify(steward, kind, membership, audience));
            Community.Builder builder =
                Fixtures.community(
                    "c", steward, Platform.of("Somewhere", kind), membership, audience);
            if (type == CommunityType.EMPLOYEE && membership == Membership.OPEN) {
              assertThrows(IllegalArgumentException.class, builder::build);
              rejected++;
            } else {
              assertEquals(type, builder.build().type());
              built++;
            }
          }
        }
      }
    }
    assertEquals(47, built);
    assertEquals(1, rejected);
  }

  @Test
  void layersOfEachType() {
    assertEquals(Layer.PARTICIPATING, CommunityType.PARTICIPATING.layer());
    assertEquals(Layer.MANAGED, CommunityType.MANAGED.layer());
    assertEquals(Layer.OWNED, CommunityType.EXTERNAL.layer());
    assertEquals(Layer.OWNED, CommunityType.CLOSED.layer());
    assertEquals(Layer.OWNED, CommunityType.EMPLOYEE.layer());
  }

  @Test
  void layersAreOrderedFromOuterToInner() {
    assertEquals(
        java.util.List.of(Layer.PARTICIPATING, Layer.MANAGED, Layer.OWNED),
        java.util.List.of(Layer.values()));
    assertEquals(true, Layer.PARTICIPATING.isOuter());
    assertEquals(true, Layer.MANAGED.isOuter());
    assertEquals(false, Layer.OWNED.isOuter());
  }
}
