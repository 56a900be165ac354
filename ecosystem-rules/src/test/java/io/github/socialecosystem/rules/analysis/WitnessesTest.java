package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The communities and actions that situations of the attribute space are made of. */
class WitnessesTest {
  /** Traits no standard action has. */
  private static final int NO_STANDARD_TRAITS =
      AttributeSpace.traitsOf(Intent.SUPPORT, Format.OFFER, Reach.ONE_TO_ONE);

  private static Witnesses witnesses(String... namedIds) {
    StringBuilder text = new StringBuilder("policy names\ndescription \"Names ids.\"\ndefault limited\n");
    for (String id : namedIds) {
      text.append("\nrule about-").append(id).append("\n  when action is ").append(id)
          .append("\n  then recommended\n  because \"Named.\"\n");
    }
    EngagementPolicy policy = PolicyLanguage.parse(text.toString());
    return new Witnesses(AttributeSpace.of(List.of(policy)));
  }

  @Test
  void anIdNoRuleNamesIsAStandardActionWithTheTraitsOrAnyOtherAction() {
    Witnesses witnesses = witnesses("my-tool");
    assertEquals(Arrays.asList(null, "my-tool"), witnesses.actionIds());
    assertEquals(
        StandardActions.ANNOUNCE_DEAL,
        witnesses.action(null, AttributeSpace.traitsOf(StandardActions.ANNOUNCE_DEAL)));
    assertEquals(
        EngagementAction.of("any-other-action", Intent.SUPPORT, Format.OFFER, Reach.ONE_TO_ONE),
        witnesses.action(null, NO_STANDARD_TRAITS));
    assertEquals(
        EngagementAction.of("my-tool", Intent.SUPPORT, Format.OFFER, Reach.ONE_TO_ONE),
        witnesses.action("my-tool", NO_STANDARD_TRAITS));
  }

  @Test
  void aStandardIdARuleNamesIsNotAWitnessForOtherIds() {
    Witnesses witnesses = witnesses("announce-deal");
    assertEquals(
        EngagementAction.of("any-other-action", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY),
        witnesses.action(null, AttributeSpace.traitsOf(StandardActions.ANNOUNCE_DEAL)));
  }

  @Test
  void anyOtherActionTakesTheFirstNumberNoRuleNames() {
    assertEquals("any-other-action-2", witnesses("any-other-action").action(null, NO_STANDARD_TRAITS).id());
    assertEquals(
        "any-other-action-3",
        witnesses("any-other-action", "any-other-action-2").action(null, NO_STANDARD_TRAITS).id());
  }

  @Test
  void aSituationSaysWhetherItStandsForAnyIdAndIsDecidedWithItsRecentActivity() {
    Witnesses witnesses = witnesses("my-tool");
    AttributeSpace.CommunityShape shape = AttributeSpace.possibleShapes().get(0);
    Situation any = witnesses.situation(shape, Set.of("fans"), null, NO_STANDARD_TRAITS, false);
    assertTrue(any.anyActionId());
    assertEquals(Set.of("fans"), any.community().topics());
    assertEquals(EngagementContext.none(), Witnesses.context(any));
    Situation named = witnesses.situation(shape, Set.of(), "my-tool", NO_STANDARD_TRAITS, true);
    assertFalse(named.anyActionId());
    assertTrue(named.promotionOverBalanceLimit());
    assertEquals(Witnesses.ALL_PROMOTION, Witnesses.context(named));
    assertEquals(any.community(), witnesses.situation(shape, Set.of("fans"), "my-tool", 0, true).community());
  }
}
