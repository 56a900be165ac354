package io.github.socialecosystem.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.List;
import java.util.Optional;

/**
 * The built-in catalog of engagement actions, each with the traits the standard policy judges.
 *
 * <pre>{@code
 * for (EngagementAction action : StandardActions.all()) { ... }
 * StandardActions.byId("announce-deal");   // Optional[ANNOUNCE_DEAL]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StandardActions {
  /** Follow what people say about the organisation and its field. */
  public static final EngagementAction LISTEN =
      EngagementAction.of("listen", Intent.LISTEN, Format.NONE, Reach.ONE_TO_MANY);

  /** Collect suggestions for products from members' conversations. */
  public static final EngagementAction GATHER_PRODUCT_IDEAS =
      EngagementAction.of(
          "gather-product-ideas", Intent.LISTEN, Format.CONVERSATION, Reach.ONE_TO_MANY);

  /** Say who you are and whom you work for. */
  public static final EngagementAction INTRODUCE_YOURSELF =
      EngagementAction.of(
          "introduce-yourself", Intent.CONVERSE, Format.CONVERSATION, Reach.ONE_TO_MANY);

  /** Contribute to a conversation as a member. */
  public static final EngagementAction JOIN_DISCUSSION =
      EngagementAction.of(
          "join-discussion", Intent.CONVERSE, Format.CONVERSATION, Reach.ONE_TO_MANY);

  /** Help a member with a question. */
  public static final EngagementAction ANSWER_QUESTION =
      EngagementAction.of(
          "answer-question", Intent.SUPPORT, Format.CONVERSATION, Reach.ONE_TO_ONE);

  /** Write to one member privately. */
  public static final EngagementAction SEND_DIRECT_MESSAGE =
      EngagementAction.of(
          "send-direct-message", Intent.CONVERSE, Format.CONVERSATION, Reach.ONE_TO_ONE);

  /** Share a video about the organisation or its products. */
  public static final EngagementAction SHARE_VIDEO =
      EngagementAction.of("share-video", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY);

  /** Post a press release. */
  public static final EngagementAction POST_PRESS_RELEASE =
      EngagementAction.of(
          "post-press-release", Intent.PROMOTE, Format.PRESS_RELEASE, Reach.ONE_TO_MANY);

  /** Send a marketing message to the whole community. */
  public static final EngagementAction BROADCAST_PROMOTION =
      EngagementAction.of("broadcast-promotion", Intent.PROMOTE, Format.NONE, Reach.ONE_TO_MANY);

  /** Announce a deal or a special offer. */
  public static final EngagementAction ANNOUNCE_DEAL =
      EngagementAction.of("announce-deal", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);

  /** Moderate conversations. */
  public static final EngagementAction MODERATE =
      EngagementAction.of("moderate", Intent.GOVERN, Format.NONE, Reach.ONE_TO_MANY);

  /** Decide who may join. */
  public static final EngagementAction CONTROL_MEMBERSHIP =
      EngagementAction.of("control-membership", Intent.GOVERN, Format.NONE, Reach.ONE_TO_ONE);

  /** Study members' profiles and activity. */
  public static final EngagementAction ANALYZE_MEMBER_PROFILES =
      EngagementAction.of(
          "analyze-member-profiles", Intent.USE_DATA, Format.NONE, Reach.ONE_TO_MANY);

  /** Take members' data out of the community. */
  public static final EngagementAction EXPORT_MEMBER_DATA =
      EngagementAction.of("export-member-data", Intent.USE_DATA, Format.NONE, Reach.ONE_TO_MANY);

  /** Invite people into a community the organisation owns. */
  public static final EngagementAction INVITE_TO_OWNED_COMMUNITY =
      EngagementAction.of(
          "invite-to-owned-community", Intent.RECRUIT, Format.CONVERSATION, Reach.ONE_TO_MANY);

  private static final ImmutableList<EngagementAction> ALL =
      ImmutableList.of(
          LISTEN,
          GATHER_PRODUCT_IDEAS,
          INTRODUCE_YOURSELF,
          JOIN_DISCUSSION,
          ANSWER_QUESTION,
          SEND_DIRECT_MESSAGE,
          SHARE_VIDEO,
          POST_PRESS_RELEASE,
          BROADCAST_PROMOTION,
          ANNOUNCE_DEAL,
          MODERATE,
          CONTROL_MEMBERSHIP,
          ANALYZE_MEMBER_PROFILES,
          EXPORT_MEMBER_DATA,
          INVITE_TO_OWNED_COMMUNITY);

  private static final ImmutableMap<String, EngagementAction> BY_ID =
      Maps.uniqueIndex(ALL, EngagementAction::id);

  private StandardActions() {}

  /** Every standard action, in catalog order (the order of the constants above). */
  public static List<EngagementAction> all() {
    return ALL;
  }

  /** The standard action with the given id, if there is one. */
  public static Optional<EngagementAction> byId(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(BY_ID.get(id));
  }
}
