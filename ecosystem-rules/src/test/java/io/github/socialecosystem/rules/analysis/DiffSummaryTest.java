package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The summary that opens a diff's plan, filled by hand: the grid's usual verdicts and the order of
 * its changes, the layout of its cells, and the lines for ids a rule names and for custom actions.
 */
class DiffSummaryTest {
  /** The diff's contexts: no recent activity (index 0), then nothing but promotion (index 1). */
  private static final List<EngagementContext> CONTEXTS =
      List.of(EngagementContext.none(), Witnesses.ALL_PROMOTION);

  private static final int QUIET = 0;
  private static final int PROMOTING = 1;

  private static final Verdict REC = Verdict.RECOMMENDED;
  private static final Verdict OK = Verdict.APPROPRIATE;
  private static final Verdict LTD = Verdict.LIMITED;
  private static final Verdict NO = Verdict.INAPPROPRIATE;

  /** The possible community shapes of a type, in shape order: 24, 16, 3, 3 and 1 of them. */
  private static List<CommunityShape> shapes(CommunityType type) {
    return AttributeSpace.possibleShapes().stream().filter(s -> s.type() == type).toList();
  }

  private static String text(DiffSummary summary) {
    StringBuilder out = new StringBuilder();
    summary.appendTo(out, summary.grid());
    return out.toString();
  }

  /** The summary's lines after the grid of standard actions. */
  private static List<String> afterGrid(DiffSummary summary) {
    List<String> lines = text(summary).lines().toList();
    int end = 0;
    while (!lines.get(end).startsWith("invite-to-owned-community ")) {
      end++;
    }
    return lines.subList(end + 1, lines.size());
  }

  private static GridCell.Flip flip(Verdict before, Verdict after, int shapes, boolean onlyWithTopics, int context) {
    return new GridCell.Flip(before, after, shapes, onlyWithTopics, List.of(CONTEXTS.get(context)));
  }

  private static String idOfLength(int length) {
    return "id-" + "x".repeat(length - 3);
  }

  @Nested
  class GridValues {
    @Test
    void usualVerdictsAreThoseOfMostShapesAndOfTheFirstShapeOnATie() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      List<CommunityShape> participating = shapes(CommunityType.PARTICIPATING);
      for (int i = 0; i < participating.size(); i++) {
        summary.standard(0).plain(participating.get(i), i < 12 ? OK : LTD, i < 12 ? OK : NO);
      }
      List<CommunityShape> managed = shapes(CommunityType.MANAGED);
      for (int i = 0; i < managed.size(); i++) {
        summary.standard(0).plain(managed.get(i), i < 7 ? OK : LTD, i < 7 ? OK : NO);
      }
      GridCell tie = summary.grid().get(0);
      assertEquals(StandardActions.LISTEN, tie.action());
      assertEquals(CommunityType.PARTICIPATING, tie.type());
      assertEquals(24, tie.shapes());
      assertEquals(List.of(OK, OK), List.of(tie.before(), tie.after()));
      GridCell most = summary.grid().get(1);
      assertEquals(CommunityType.MANAGED, most.type());
      assertEquals(List.of(LTD, NO), List.of(most.before(), most.after()));
      // nothing recorded: inappropriate before and after
      GridCell none = summary.grid().get(2);
      assertEquals(List.of(NO, NO), List.of(none.before(), none.after()));
      assertEquals(List.of(), none.flips());
    }

    @Test
    void flipsListTheUsualChangeFirstThenByShapesMostFirst() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      DiffSummary.Row listen = summary.standard(0);
      List<CommunityShape> participating = shapes(CommunityType.PARTICIPATING);
      // limited becomes ok in 8 shapes; 7, 7 and 2 keep ok, rec and no: the usual change
      for (int i = 0; i < participating.size(); i++) {
        CommunityShape shape = participating.get(i);
        if (i < 8) {
          listen.plain(shape, LTD, OK);
          listen.flip(shape, QUIET, LTD, OK, false);
        } else {
          Verdict unchanged = i < 15 ? OK : i < 22 ? REC : NO;
          listen.plain(shape, unchanged, unchanged);
        }
      }
      // changes in more shapes: ok becomes no with recent promotion, rec becomes no with some topic
      for (int i = 0; i < 20; i++) {
        listen.flip(participating.get(i), PROMOTING, OK, NO, false);
      }
      for (int i = 8; i < 20; i++) {
        listen.flip(participating.get(i), QUIET, REC, NO, true);
      }
      GridCell cell = summary.grid().get(0);
      assertEquals(List.of(LTD, OK), List.of(cell.before(), cell.after()));
      assertEquals(
          List.of(
              new GridCell.Flip(LTD, OK, 8, false, List.of(EngagementContext.none())),
              new GridCell.Flip(OK, NO, 20, false, List.of(Witnesses.ALL_PROMOTION)),
              new GridCell.Flip(REC, NO, 12, true, List.of(EngagementContext.none()))),
          cell.flips());
      assertEquals("ltd -> ok 8/24, ok -> no% 20/24, rec -> no* 12/24", cell.text());
    }
  }

  @Nested
  class CellText {
    @Test
    void changesInEveryShapeAreGroupedByTheSideThatMakesFewerEntries() {
      assertEquals(
          List.of("ok", "rec/ltd -> no"),
          DiffSummary.entries(OK, OK, 3, List.of(flip(REC, NO, 3, false, QUIET), flip(LTD, NO, 3, false, QUIET))));
      assertEquals(
          List.of("ltd -> ok/no%"),
          DiffSummary.entries(LTD, OK, 3, List.of(flip(LTD, OK, 3, false, QUIET), flip(LTD, NO, 3, false, PROMOTING))));
    }

    @Test
    void onATieChangesAreGroupedByTheirOldVerdict() {
      // by old verdict: ltd -> ok/no, rec -> ok; by new verdict: ltd/rec -> ok, ltd -> no
      assertEquals(
          List.of("ltd -> ok/no", "rec -> ok"),
          DiffSummary.entries(
              null,
              null,
              16,
              List.of(
                  flip(LTD, OK, 16, false, QUIET),
                  flip(LTD, NO, 16, false, QUIET),
                  flip(REC, OK, 16, false, QUIET))));
    }

    @Test
    void aChangeInSomeShapesStandsAloneWithItsCount() {
      assertEquals(
          List.of("ltd -> ok* 3/16", "ltd -> no"),
          DiffSummary.entries(
              null, null, 16, List.of(flip(LTD, OK, 3, true, QUIET), flip(LTD, NO, 16, false, QUIET))));
      assertEquals(List.of("-"), DiffSummary.entries(null, null, 16, List.of()));
    }
  }

  @Nested
  class Grid {
    /**
     * Three cells that say more than a verdict, in a grid whose widest label is {@code
     * invite-to-owned-community} (25 characters): each column is at most 17 characters wide unless
     * one entry alone is wider, and at least as wide as its type's name.
     */
    @Test
    void cellsWrapAtTheirWidthAndColumnsFitTheirWidestLine() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      List<GridCell> grid = new ArrayList<>(summary.grid());
      // "rec, ok -> ltd 3/24" is 19 characters: the second entry goes on a line of its own
      grid.set(0, with(grid.get(0), REC, REC, flip(OK, LTD, 3, false, QUIET)));
      // "rec, ltd -> rec*%" is 17 characters: one line
      grid.set(5 + 1, with(grid.get(5 + 1), REC, REC, flip(LTD, REC, 16, true, PROMOTING)));
      // one entry of 18 characters stands alone on its line
      grid.set(
          2 * 5 + 2,
          with(grid.get(2 * 5 + 2), LTD, REC, flip(LTD, REC, 3, false, QUIET), flip(LTD, OK, 3, true, QUIET),
              flip(LTD, NO, 3, true, QUIET)));
      StringBuilder out = new StringBuilder();
      summary.appendTo(out, grid);
      List<String> lines = out.toString().lines().toList();
      int header = lines.indexOf(
          "action                     participating   managed            external            closed  employee");
      assertTrue(header > 0, out.toString());
      assertEquals(
          List.of(
              "listen                     rec,            no                 no                  no      no",
              "                           ok -> ltd 3/24",
              "gather-product-ideas       no              rec, ltd -> rec*%  no                  no      no",
              "introduce-yourself         no              no                 ltd -> rec/ok*/no*  no      no",
              "join-discussion            no              no                 no                  no      no"),
          lines.subList(header + 1, header + 6));
      assertEquals(
          "invite-to-owned-community  no              no                 no                  no      no",
          lines.get(header + 16));
    }

    @Test
    void aGridWithNothingToSayFitsItsTypesNames() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      List<String> lines = text(summary).lines().toList();
      assertEquals(
          List.of(
              "Verdicts: rec recommended, ok appropriate, ltd limited, no inappropriate. A standard action's"
                  + " cell shows its verdict",
              "with no recent activity and no topic a rule names (in most shapes of the type), then every"
                  + " change in the type, e.g.",
              "'ltd -> ok/no%': limited becomes ok, or no with recent promotion (%); *: only with some topic;"
                  + " 3/16: in 3 of 16 shapes.",
              "",
              "action                     participating  managed  external  closed  employee",
              "listen                     no             no       no        no      no"),
          lines.subList(0, 6));
      assertEquals(4 + 1 + StandardActions.all().size(), lines.size());
    }

    private GridCell with(GridCell cell, Verdict before, Verdict after, GridCell.Flip... flips) {
      return new GridCell(cell.action(), cell.type(), cell.shapes(), before, after, List.of(flips));
    }
  }

  @Nested
  class IdsARuleNames {
    @Test
    void threeChangedIdsAreShownAndTheRestCounted() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      CommunityShape shape = shapes(CommunityType.PARTICIPATING).get(0);
      summary.named("ab-nothing-changes");
      for (String id : List.of("aa", "listen", "zz", "zzz")) {
        summary.named(id).flip(shape, QUIET, LTD, OK, false);
      }
      assertEquals(
          List.of(
              "",
              "Ids a rule names, decided by it where it applies (a standard id here has other traits than its"
                  + " own):",
              "  aa                     1 shape   participating ltd -> ok 1/24",
              "  listen, other traits   1 shape   participating ltd -> ok 1/24",
              "  zz                     1 shape   participating ltd -> ok 1/24",
              "  and 1 more such id, in the details"),
          afterGrid(summary));
      summary.named("zzzz").flip(shape, QUIET, LTD, OK, false);
      assertEquals("  and 2 more such ids, in the details", afterGrid(summary).get(5));
    }

    @Test
    void noIdIsCountedWhenAllAreShown() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      List<CommunityShape> managed = shapes(CommunityType.MANAGED);
      summary.named("one").flip(managed.get(0), QUIET, LTD, OK, false);
      summary.named("one").flip(managed.get(0), PROMOTING, LTD, OK, false);
      summary.named("one").flip(managed.get(1), PROMOTING, LTD, OK, false);
      summary.named("two").flip(managed.get(2), QUIET, OK, REC, true);
      summary.named("three").flip(managed.get(3), QUIET, OK, REC, true);
      assertEquals(
          List.of(
              "  one     2 shapes  managed ltd -> ok 2/16",
              "  three   1 shape   managed ok -> rec* 1/16",
              "  two     1 shape   managed ok -> rec* 1/16"),
          afterGrid(summary).subList(2, afterGrid(summary).size()));
    }

    @Test
    void nothingFollowsTheGridWhenNoIdChanges() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      summary.named("looked-up");
      summary.standard(0).flip(shapes(CommunityType.CLOSED).get(0), QUIET, LTD, OK, false);
      assertEquals(List.of(), afterGrid(summary));
    }

    @Test
    void typesThatReadAlikeAreWrittenTogether() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      for (CommunityShape shape : AttributeSpace.possibleShapes()) {
        summary.named("everywhere").flip(shape, QUIET, LTD, OK, true);
        if (shape.type().layer() == io.github.socialecosystem.core.Layer.OWNED) {
          summary.named("owned-only").flip(shape, QUIET, LTD, OK, true);
        }
        if (shape.type() == CommunityType.EXTERNAL || shape.type() == CommunityType.EMPLOYEE) {
          summary.named("some-owned").flip(shape, QUIET, LTD, OK, true);
        }
      }
      assertEquals(
          List.of(
              "  everywhere  47 shapes  all types ltd -> ok*",
              "  owned-only   7 shapes  owned ltd -> ok*",
              "  some-owned   4 shapes  external, employee ltd -> ok*"),
          afterGrid(summary).subList(2, 5));
    }

    /**
     * A line of an id changed in one participating and one managed community: a head of the label's
     * width plus 15 characters, then "participating ltd -> ok* 1/24;" (30) and "managed ok -> ltd* 1/16"
     * (23) with a space between.
     */
    private List<String> twoTypes(int labelWidth) {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      DiffSummary.Row row = summary.named(idOfLength(labelWidth));
      row.flip(shapes(CommunityType.PARTICIPATING).get(0), QUIET, LTD, OK, true);
      row.flip(shapes(CommunityType.MANAGED).get(0), QUIET, OK, LTD, true);
      List<String> lines = afterGrid(summary);
      return lines.subList(2, lines.size());
    }

    @Test
    void aLineOfExactlyTheWidthIsNotWrapped() {
      List<String> lines = twoTypes(51);
      assertEquals(
          List.of("  " + idOfLength(51) + "   2 shapes  participating ltd -> ok* 1/24; managed ok -> ltd* 1/16"),
          lines);
      assertEquals(DiffSummary.WIDTH, lines.get(0).length());
    }

    @Test
    void aLineOneOverTheWidthIsWrappedUnderTheFirstPart() {
      assertEquals(
          List.of(
              "  " + idOfLength(52) + "   2 shapes  participating ltd -> ok* 1/24;",
              " ".repeat(52 + 15) + "managed ok -> ltd* 1/16"),
          twoTypes(52));
    }

    @Test
    void theFirstPartFollowsTheHeadEvenPastTheWidth() {
      assertEquals(
          List.of(
              "  " + idOfLength(75) + "   2 shapes  participating ltd -> ok* 1/24;",
              " ".repeat(75 + 15) + "managed ok -> ltd* 1/16"),
          twoTypes(75));
    }
  }

  @Nested
  class CustomActions {
    private static final String HEADING =
        "Custom actions (any id no rule names) by intent/format/reach; (mixed): these traits change"
            + " differently:";

    /** Custom actions with these traits change in the first {@code shapes} participating shapes. */
    private void change(
        DiffSummary summary, Intent intent, Format format, Reach reach, int shapes, Verdict before, Verdict after) {
      DiffSummary.Row row = summary.custom(AttributeSpace.traitsOf(intent, format, reach));
      List<CommunityShape> participating = shapes(CommunityType.PARTICIPATING);
      for (int i = 0; i < shapes; i++) {
        row.flip(participating.get(i), QUIET, before, after, false);
      }
    }

    private List<String> customLines(DiffSummary summary) {
      List<String> lines = afterGrid(summary);
      int heading = lines.indexOf(HEADING);
      assertTrue(heading > 0, String.join("\n", lines));
      return lines.subList(heading + 1, lines.size());
    }

    @Test
    void traitsThatChangeAlikeShareARowWrittenAsShortAsItReads() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      for (Reach reach : Reach.values()) {
        // three formats of five: listed, as "not press-release|offer" is no shorter
        for (Format format : List.of(Format.NONE, Format.CONVERSATION, Format.VIDEO)) {
          change(summary, Intent.SUPPORT, format, reach, 1, LTD, OK);
        }
        // four formats of five: the one left out
        for (Format format : Format.values()) {
          if (format != Format.OFFER) {
            change(summary, Intent.GOVERN, format, reach, 2, OK, NO);
          }
        }
      }
      // whatever the format, only one to one: the reach is written
      for (Format format : Format.values()) {
        change(summary, Intent.CONVERSE, format, Reach.ONE_TO_ONE, 3, OK, REC);
      }
      assertEquals(
          List.of(
              "  converse/any/one-to-one               3 shapes  participating ok -> rec 3/24",
              "  support/none|conversation|video/any   1 shape   participating ltd -> ok 1/24",
              "  govern/not offer/any                  2 shapes  participating ok -> no 2/24"),
          customLines(summary));
    }

    @Test
    void rowsThatDifferOnlyInReachReadAsOne() {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      change(summary, Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_ONE, 1, LTD, OK);
      change(summary, Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY, 1, LTD, OK);
      change(summary, Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY, 4, OK, NO);
      assertEquals(
          List.of(
              "  promote/offer/any           1 shape   participating ltd -> ok 1/24",
              "  promote/video/one-to-many   4 shapes  participating ok -> no 4/24"),
          customLines(summary));
    }

    /**
     * Listen splits into ten rows and converse into {@code converseFormats} times two; with the
     * 20 lines of the legend and the grid and the custom section's two, the summary keeps to 40
     * lines only with at most eight rows for converse.
     */
    private List<String> tenAnd(int converseFormats) {
      DiffSummary summary = new DiffSummary(CONTEXTS);
      Format[] formats = Format.values();
      for (int f = 0; f < formats.length; f++) {
        for (int r = 0; r < 2; r++) {
          Reach reach = r == 0 ? Reach.ONE_TO_ONE : Reach.ONE_TO_MANY;
          change(summary, Intent.LISTEN, formats[f], reach, 1 + 2 * f + r, LTD, OK);
          if (f < converseFormats) {
            change(summary, Intent.CONVERSE, formats[f], reach, 1 + 2 * f + r, OK, REC);
          }
        }
      }
      return customLines(summary);
    }

    @Test
    void intentsAreSplitByTraitsWhileTheSummaryFitsOnAScreen() {
      List<String> lines = tenAnd(4);
      assertEquals(18, lines.size(), String.join("\n", lines));
      assertEquals("  listen/none/one-to-one               1 shape   participating ltd -> ok 1/24", lines.get(0));
      assertEquals(
          "  converse/press-release/one-to-many   8 shapes  participating ok -> rec 8/24", lines.get(17));
    }

    @Test
    void anIntentThatWouldNotFitStaysWholeAndMixed() {
      List<String> lines = tenAnd(5);
      assertEquals(11, lines.size(), String.join("\n", lines));
      assertEquals("  listen/none/one-to-one             1 shape   participating ltd -> ok 1/24", lines.get(0));
      assertEquals("  converse/any/any (mixed)          10 shapes  participating ok -> rec 10/24", lines.get(10));
    }
  }
}
