package io.github.socialecosystem.core;

import static java.util.Objects.requireNonNull;

/**
 * The five kinds of community, each in one {@link Layer}.
 *
 * <p>A community's type is derived from its shape by {@link #classify}; it is never stated.
 *
 * @since 0.1.0
 */
public enum CommunityType {
  /** Run by independent people or groups, on any platform. */
  PARTICIPATING(Layer.PARTICIPATING),
  /** Run by the organisation on a consumer network or someone else's site. */
  MANAGED(Layer.MANAGED),
  /** Owned by the organisation and public: anyone may come. */
  EXTERNAL(Layer.OWNED),
  /** Owned by the organisation, which controls who joins (partners, customers, product owners). */
  CLOSED(Layer.OWNED),
  /** Owned by the organisation, for its employees. */
  EMPLOYEE(Layer.OWNED);

  private final Layer layer;

  CommunityType(Layer layer) {
    this.layer = layer;
  }

  /** The layer of the ecosystem this type belongs to. */
  public Layer layer() {
    return layer;
  }

  /** Who holds the member data of a community of this type, and what the organisation may do with it. */
  public DataOwnership dataOwnership() {
    return DataOwnership.of(this);
  }

  /**
   * Whether a community of this shape can exist: an employee community (the organisation's own
   * software, audience {@link Audience#EMPLOYEES}) must control its membership.
   */
  public static boolean exists(
      Steward steward, PlatformKind platformKind, Membership membership, Audience audience) {
    return classify(steward, platformKind, membership, audience) != EMPLOYEE
        || membership == Membership.CONTROLLED;
  }

  /**
   * Classifies a community shape.
   *
   * <ul>
   *   <li>an independent steward makes it {@link #PARTICIPATING}, whatever the platform;
   *   <li>the organisation on a consumer network or someone else's site makes it {@link #MANAGED};
   *   <li>the organisation on its own community software makes it owned: {@link #EMPLOYEE} for an
   *       employee audience, else {@link #CLOSED} when membership is controlled, else {@link
   *       #EXTERNAL}.
   * </ul>
   */
  public static CommunityType classify(
      Steward steward, PlatformKind platformKind, Membership membership, Audience audience) {
    requireNonNull(steward, "steward");
    requireNonNull(platformKind, "platformKind");
    requireNonNull(membership, "membership");
    requireNonNull(audience, "audience");
    if (steward == Steward.INDEPENDENT) {
      return PARTICIPATING;
    }
    if (platformKind != PlatformKind.COMMUNITY_SOFTWARE) {
      return MANAGED;
    }
    if (audience == Audience.EMPLOYEES) {
      return EMPLOYEE;
    }
    return membership == Membership.CONTROLLED ? CLOSED : EXTERNAL;
  }
}
