package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import org.junit.jupiter.api.Test;

/** The rules worth evaluating at a situation, in policy order. */
class CandidatesTest {
  private static final Candidates CANDIDATES =
      new Candidates(
          PolicyLanguage.parse(
                  """
                  policy p
                  description "d"
                  default appropriate
                  rule deals-announced
                    when action is announce-deal
                    then limited
                    because "r"
                    must "Keep it small."
                  rule promotion
                    when intent is promote
                    then appropriate
                    because "r"
                  rule pages
                    when layer is managed
                    then appropriate
                    because "r"
                  rule forums
                    when layer is participating
                    then limited
                    because "r"
                    must "Keep it small."
                  """)
              .rules());

  private static final int FORUM =
      AttributeSpace.shapeOf(
          Steward.INDEPENDENT, PlatformKind.INDEPENDENT_SITE, Membership.OPEN, Audience.PUBLIC);
  private static final int PAGE =
      AttributeSpace.shapeOf(
          Steward.ORGANIZATION, PlatformKind.CONSUMER_NETWORK, Membership.OPEN, Audience.PUBLIC);
  private static final int PROMOTE =
      AttributeSpace.traitsOf(Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);
  private static final int LISTEN =
      AttributeSpace.traitsOf(Intent.LISTEN, Format.NONE, Reach.ONE_TO_MANY);

  @Test
  void anyOtherIdLeavesOutTheRulesNamingAnId() {
    assertArrayEquals(new int[] {1, 3}, CANDIDATES.at(FORUM, null, PROMOTE));
    assertArrayEquals(new int[] {3}, CANDIDATES.at(FORUM, null, LISTEN));
  }

  @Test
  void theNamedIdKeepsItsRuleWhateverItsTraits() {
    assertArrayEquals(new int[] {0, 1, 3}, CANDIDATES.at(FORUM, "announce-deal", PROMOTE));
    assertArrayEquals(new int[] {0, 2}, CANDIDATES.at(PAGE, "announce-deal", LISTEN));
  }

  @Test
  void anIdNoRuleNamesGetsTheCandidatesOfAnyOtherId() {
    assertArrayEquals(new int[] {2}, CANDIDATES.at(PAGE, "moderate", LISTEN));
  }
}
