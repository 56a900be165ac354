package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of a diff's grid check what they are given. */
class GridCellTest {
  private static final List<EngagementContext> QUIET = List.of(EngagementContext.none());

  private static GridCell cell(int shapes, List<GridCell.Flip> flips) {
    return new GridCell(
        StandardActions.LISTEN, CommunityType.EMPLOYEE, shapes, Verdict.LIMITED, Verdict.APPROPRIATE, flips);
  }

  @Test
  void aCellChangesWhenItHasAFlip() {
    GridCell.Flip flip = new GridCell.Flip(Verdict.LIMITED, Verdict.APPROPRIATE, 1, false, QUIET);
    assertTrue(cell(1, List.of(flip)).changes());
    assertFalse(cell(1, List.of()).changes());
    assertEquals("ltd -> ok", cell(1, List.of(flip)).text());
  }

  @Test
  void aCellHasAtLeastOneShape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cell(0, List.of()));
    assertEquals("shapes must be positive: 0", e.getMessage());
  }

  @Test
  void aFlipChangesTheVerdict() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new GridCell.Flip(Verdict.LIMITED, Verdict.LIMITED, 1, false, QUIET));
    assertEquals("a flip needs two different verdicts: LIMITED", e.getMessage());
  }

  @Test
  void aFlipHappensInAtLeastOneShape() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new GridCell.Flip(Verdict.LIMITED, Verdict.APPROPRIATE, 0, false, QUIET));
    assertEquals("shapes must be positive: 0", e.getMessage());
  }

  @Test
  void aFlipHappensWithSomeRecentActivity() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new GridCell.Flip(Verdict.LIMITED, Verdict.APPROPRIATE, 1, false, List.of()));
    assertEquals("contexts must not be empty", e.getMessage());
  }

  @Test
  void aFlipNeedsRecentPromotionWhenItDoesNotHappenWithNoRecentActivity() {
    assertFalse(new GridCell.Flip(Verdict.LIMITED, Verdict.APPROPRIATE, 1, false, QUIET).onlyWithRecentPromotion());
    assertTrue(
        new GridCell.Flip(Verdict.LIMITED, Verdict.APPROPRIATE, 1, false, List.of(Witnesses.ALL_PROMOTION))
            .onlyWithRecentPromotion());
  }
}
