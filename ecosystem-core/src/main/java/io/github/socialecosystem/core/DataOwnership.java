package io.github.socialecosystem.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Who holds the data members create in a community, what the organisation can see of it, and
 * whether the organisation may take it elsewhere.
 *
 * <p>Derived from the {@link CommunityType}: a participating community's data stays with whoever
 * operates its platform; a managed community's platform shows the organisation aggregate insights
 * only; an owned community's data belongs to the organisation in full.
 *
 * <pre>{@code
 * DataOwnership data = community.dataOwnership();
 * if (data.visibility() == DataOwnership.Visibility.FULL) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class DataOwnership {
  private static final DataOwnership OPERATOR_ONLY =
      of(Holder.PLATFORM_OPERATOR, Visibility.NONE, false);
  private static final DataOwnership OPERATOR_WITH_INSIGHTS =
      of(Holder.PLATFORM_OPERATOR, Visibility.AGGREGATE, false);
  private static final DataOwnership ORGANIZATION_IN_FULL =
      of(Holder.ORGANIZATION, Visibility.FULL, true);

  /** Who holds the member data. */
  public enum Holder {
    /** Whoever operates the platform the community runs on. */
    PLATFORM_OPERATOR,
    /** The organisation. */
    ORGANIZATION
  }

  /** What the organisation can see of the member data. */
  public enum Visibility {
    /** Nothing beyond what any visitor sees. */
    NONE,
    /** Aggregate insights offered by the platform, not individual profiles. */
    AGGREGATE,
    /** Everything, including individual profiles. */
    FULL
  }

  DataOwnership() {}

  /** Who holds the member data. */
  @Value.Parameter
  public abstract Holder holder();

  /** What the organisation can see of it. */
  @Value.Parameter
  public abstract Visibility visibility();

  /** Whether the organisation may export it. */
  @Value.Parameter
  public abstract boolean mayExport();

  /** Whether the organisation owns the data. */
  public final boolean ownedByOrganization() {
    return holder() == Holder.ORGANIZATION;
  }

  /**
   * A data ownership of the given shape.
   *
   * @throws IllegalArgumentException if the organisation may export data it cannot fully see, or
   *     holds data it cannot fully see
   */
  public static DataOwnership of(Holder holder, Visibility visibility, boolean mayExport) {
    return ImmutableDataOwnership.of(holder, visibility, mayExport);
  }

  /** The data ownership of a community of the given type. */
  public static DataOwnership of(CommunityType type) {
    return switch (type) {
      case PARTICIPATING -> OPERATOR_ONLY;
      case MANAGED -> OPERATOR_WITH_INSIGHTS;
      case EXTERNAL, CLOSED, EMPLOYEE -> ORGANIZATION_IN_FULL;
    };
  }

  @Value.Check
  final void check() {
    checkArgument(
        !mayExport() || visibility() == Visibility.FULL,
        "mayExport requires visibility FULL: %s",
        visibility());
    checkArgument(
        holder() != Holder.ORGANIZATION || visibility() == Visibility.FULL,
        "an organisation that holds the data sees it in full, so visibility must be FULL: %s",
        visibility());
  }
}
