package io.github.socialecosystem.rules;

import static io.github.socialecosystem.core.policy.Condition.action;
import static io.github.socialecosystem.core.policy.Condition.all;
import static io.github.socialecosystem.core.policy.Condition.format;
import static io.github.socialecosystem.core.policy.Condition.intent;
import static io.github.socialecosystem.core.policy.Condition.layer;
import static io.github.socialecosystem.core.policy.Condition.promotionOverBalanceLimit;
import static io.github.socialecosystem.core.policy.Condition.reach;
import static io.github.socialecosystem.core.policy.Condition.type;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;

/**
 * The standard policy: how an organisation engages in each layer of its social ecosystem.
 *
 * <pre>{@code
 * EngagementPolicy standard = StandardPolicy.policy();
 * PolicyEngine engine = PolicyEngine.standard();   // the same policy, compiled once
 * }</pre>
 *
 * <p>Every community type and every intent is covered by a rule, so no decision falls back to the
 * default verdict, and custom actions are judged by their traits. Rules at priority 0 speak for a
 * layer and an intent; priority 10 refines by format or reach; priority 20 names a specific
 * action or format that overrides both; priority 100 keeps promotion in balance.
 */
public final class StandardPolicy {
  /** The id of the standard policy. */
  public static final String ID = "standard";

  private static final String PARTICIPATING = "participating communities";
  private static final String MANAGED = "managed communities";
  private static final String OWNED = "company-owned communities";
  private static final String INTEGRATION = "integration";

  private static final String DISCLOSE =
      "Say openly that you work for the organisation before you take part.";

  private static final EngagementPolicy POLICY = build(EngagementPolicy.DEFAULT_BALANCE_LIMIT);

  private StandardPolicy() {}

  /** The standard policy. */
  public static EngagementPolicy policy() {
    return POLICY;
  }

  private static EngagementPolicy build(double balanceLimit) {
    String limit = Math.round(balanceLimit * 100) + "%";
    return EngagementPolicy.builder()
        .id(ID)
        .description(
            "Listen where others run the conversation, market where you run the page, and build"
                + " relationships where you own the community.")
        .defaultVerdict(Verdict.INAPPROPRIATE)
        .balanceLimit(balanceLimit)
        .addRules(
            // Participating: someone else's community; you are a guest.
            rule("participating-listen", all(layer(Layer.PARTICIPATING), intent(Intent.LISTEN)),
                Verdict.RECOMMENDED, 0, PARTICIPATING,
                "People here talk among themselves about your company and your field; hearing"
                    + " them out is the main reason to be present."),
            rule("participating-converse", all(layer(Layer.PARTICIPATING), intent(Intent.CONVERSE)),
                Verdict.APPROPRIATE, 0, PARTICIPATING,
                "You may turn up, say who you are and add something real to a conversation, as any"
                    + " member would.",
                DISCLOSE),
            rule("participating-direct-message",
                all(layer(Layer.PARTICIPATING), intent(Intent.CONVERSE), reach(Reach.ONE_TO_ONE)),
                Verdict.LIMITED, 10, PARTICIPATING,
                "Unasked private messages from a company feel like cold calls to members of a"
                    + " community it does not run.",
                "Write privately only to a member who asked you to, and never to sell.",
                DISCLOSE),
            rule("participating-support", all(layer(Layer.PARTICIPATING), intent(Intent.SUPPORT)),
                Verdict.APPROPRIATE, 0, PARTICIPATING,
                "Helping someone who asked is a real contribution, the kind any member makes.",
                DISCLOSE),
            rule("participating-no-promotion",
                all(layer(Layer.PARTICIPATING), intent(Intent.PROMOTE)),
                Verdict.INAPPROPRIATE, 0, PARTICIPATING,
                "The community is not yours and its members did not come for marketing; promoting"
                    + " here costs you their trust."),
            rule("participating-no-broadcast",
                all(layer(Layer.PARTICIPATING), format(Format.PRESS_RELEASE, Format.OFFER)),
                Verdict.INAPPROPRIATE, 20, PARTICIPATING,
                "Announcements and offers pushed at a community you only take part in are"
                    + " broadcasting, whatever they are meant for."),
            rule("participating-not-yours-to-run",
                all(layer(Layer.PARTICIPATING), intent(Intent.GOVERN)),
                Verdict.INAPPROPRIATE, 0, PARTICIPATING,
                "Independent people run this community; moderating it or deciding who belongs is"
                    + " their job, not yours."),
            rule("participating-data-not-yours",
                all(layer(Layer.PARTICIPATING), intent(Intent.USE_DATA)),
                Verdict.INAPPROPRIATE, 0, PARTICIPATING,
                "The member data stays with whoever operates the platform; you have no claim to"
                    + " collect or mine it."),
            rule("participating-invite-carefully",
                all(layer(Layer.PARTICIPATING), intent(Intent.RECRUIT)),
                Verdict.LIMITED, 0, PARTICIPATING,
                "Pointing people to your own community is marketing of a kind, welcome only when it"
                    + " helps the person you point.",
                "Mention your own community only when it answers what a member asked; never post"
                    + " invitations to everyone.",
                DISCLOSE),

            // Managed: your page on someone else's platform.
            rule("managed-listen", all(layer(Layer.MANAGED), intent(Intent.LISTEN)),
                Verdict.APPROPRIATE, 0, MANAGED,
                "The people who follow your page tell you what they think; reading it is part of"
                    + " running the page."),
            rule("managed-build-relationships",
                all(layer(Layer.MANAGED), intent(Intent.CONVERSE, Intent.SUPPORT)),
                Verdict.RECOMMENDED, 0, MANAGED,
                "You run this page: talking with people and commenting on topics that matter to"
                    + " your company builds relationships."),
            rule("managed-marketing", all(layer(Layer.MANAGED), intent(Intent.PROMOTE)),
                Verdict.APPROPRIATE, 0, MANAGED,
                "A page you run on a consumer network is a fair place to market: your message,"
                    + " your specials and your deals belong here."),
            rule("managed-social-formats",
                all(layer(Layer.MANAGED), intent(Intent.PROMOTE),
                    format(Format.VIDEO, Format.CONVERSATION)),
                Verdict.RECOMMENDED, 10, MANAGED,
                "Content made for a social network, such as a video or a conversation, reaches"
                    + " people better than an announcement does."),
            rule("managed-press-release", all(layer(Layer.MANAGED), format(Format.PRESS_RELEASE)),
                Verdict.LIMITED, 10, MANAGED,
                "A press release reads as an announcement on a social network; the same news works"
                    + " better told socially.",
                "Post a press release only now and then, and tell the same news with a video or a"
                    + " conversation as well."),
            rule("managed-run-it", all(layer(Layer.MANAGED), intent(Intent.GOVERN)),
                Verdict.APPROPRIATE, 0, MANAGED,
                "You are responsible for running this community, so looking after it is your job."),
            rule("managed-aggregate-insights", all(layer(Layer.MANAGED), intent(Intent.USE_DATA)),
                Verdict.LIMITED, 0, MANAGED,
                "The platform operator keeps the member data and shows you aggregate insights at"
                    + " most.",
                "Use only the aggregate insights the platform offers; do not collect individual"
                    + " profiles."),
            rule("managed-no-export",
                all(layer(Layer.MANAGED), action(StandardActions.EXPORT_MEMBER_DATA)),
                Verdict.INAPPROPRIATE, 20, MANAGED,
                "The member data belongs to the platform's operator, not to you; it may not leave"
                    + " the platform."),
            rule("managed-draw-inward", all(layer(Layer.MANAGED), intent(Intent.RECRUIT)),
                Verdict.RECOMMENDED, 0, INTEGRATION,
                "A managed community is a channel: invite people onward to a community you own,"
                    + " where relationships can grow."),

            // Owned: your community, on your software; the destination.
            rule("owned-listen", all(layer(Layer.OWNED), intent(Intent.LISTEN)),
                Verdict.RECOMMENDED, 0, OWNED,
                "People come to your own community to talk with you; listen, and collect their"
                    + " ideas."),
            rule("owned-support", all(layer(Layer.OWNED), intent(Intent.SUPPORT)),
                Verdict.RECOMMENDED, 0, OWNED,
                "Helping members is what makes them come back to a community you own."),
            rule("owned-build-reputation", all(layer(Layer.OWNED), intent(Intent.CONVERSE)),
                Verdict.RECOMMENDED, 0, INTEGRATION,
                "Conversation builds your reputation and the one-to-one relationships an owned"
                    + " community exists for."),
            rule("owned-promotion-in-balance", all(layer(Layer.OWNED), intent(Intent.PROMOTE)),
                Verdict.LIMITED, 0, OWNED,
                "An owned community is still a social place, not a brochure: a little marketing is"
                    + " fine, in balance with everything else.",
                "Keep promotion to at most " + limit + " of your recent activity here, balanced"
                    + " with conversation and support."),
            rule("owned-balance-exceeded",
                all(layer(Layer.OWNED), intent(Intent.PROMOTE), promotionOverBalanceLimit()),
                Verdict.INAPPROPRIATE, 100, OWNED,
                "Promotion has passed the balance limit here; let conversation and support catch"
                    + " up before promoting again."),
            rule("owned-run-it", all(layer(Layer.OWNED), intent(Intent.GOVERN)),
                Verdict.APPROPRIATE, 0, OWNED,
                "The community is yours to run, and moderation is part of running it."),
            rule("external-open-membership",
                all(type(CommunityType.EXTERNAL), action(StandardActions.CONTROL_MEMBERSHIP)),
                Verdict.INAPPROPRIATE, 20, OWNED,
                "An external community is public: anyone may come, so screening who joins"
                    + " contradicts what it is."),
            rule("closed-control-membership",
                all(type(CommunityType.CLOSED, CommunityType.EMPLOYEE),
                    action(StandardActions.CONTROL_MEMBERSHIP)),
                Verdict.RECOMMENDED, 20, OWNED,
                "Deciding who belongs (partners, customers, owners of a product, or employees) is"
                    + " the point of this community."),
            rule("owned-data", all(layer(Layer.OWNED), intent(Intent.USE_DATA)),
                Verdict.APPROPRIATE, 0, OWNED,
                "The community runs on your own software, so the data its members create is yours"
                    + " to analyse and to export.",
                "Use member data only in the ways your privacy notice tells members about."),
            rule("owned-invite", all(layer(Layer.OWNED), intent(Intent.RECRUIT)),
                Verdict.APPROPRIATE, 0, INTEGRATION,
                "Inviting members further in, for example from a public community to a closed one,"
                    + " draws them toward the relationships you want."))
        .build();
  }

  private static EngagementRule rule(
      String id,
      Condition condition,
      Verdict verdict,
      int priority,
      String citation,
      String rationale,
      String... obligations) {
    return EngagementRule.builder()
        .id(id)
        .condition(condition)
        .verdict(verdict)
        .priority(priority)
        .citation(citation)
        .rationale(rationale)
        .addObligations(obligations)
        .build();
  }
}
