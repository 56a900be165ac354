package io.github.socialecosystem.rules.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.StandardPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The summary that opens a diff's plan, for a small policy of six rules against the standard one. */
class DiffGridTest {
  /** Six rules that replace the standard policy; one names a standard action's id. */
  static final EngagementPolicy SMALL_SHOP =
      PolicyLanguage.parse(
          """
          policy small-shop
          description "A small shop's house rules: listen everywhere, sell on pages we run, write privately only when asked."
          default limited
          balance limit 30%

          rule listen-everywhere
            when intent is listen
            then recommended
            because "Hearing what people say costs little and teaches the most."

          rule guests-do-not-sell
            when layer is participating and intent in [promote, recruit]
            then inappropriate
            because "Communities we do not run did not ask for our offers."

          rule sell-on-our-pages
            when layer in [managed, owned] and intent is promote
            then appropriate
            because "Where we run the page, people expect news of products and deals."

          rule private-messages-when-asked
            when action is send-direct-message
            then limited
            priority 20
            because "A private message is welcome only when someone asked for it."
            must "Write privately only to someone who asked you to."

          rule member-data-stays-put
            when intent is use-data and not layer is owned
            then inappropriate
            priority 10
            because "Member data on a platform we do not own is not ours to take."

          rule keep-promotion-in-balance
            when layer is owned and intent is promote and promotion over balance limit
            then inappropriate
            priority 100
            because "Past the limit, talk and help before promoting again."
          """);

  private static final PolicyDiff DIFF = PolicyDiff.between(StandardPolicy.policy(), SMALL_SHOP);

  /** The plan up to its details. */
  private static String summary(String plan) {
    int details = plan.indexOf("\nDetails, by community type");
    assertTrue(details > 0, plan);
    return plan.substring(0, details);
  }

  @Nested
  class Plan {
    @Test
    void opensWithTheGridAndTheSummaryFitsOnAScreen() {
      String plan = DIFF.plan();
      String summary = summary(plan);
      List<String> lines = summary.lines().toList();
      assertTrue(lines.size() <= 40, lines.size() + " lines:\n" + summary);
      for (String line : lines) {
        assertTrue(line.length() <= 120, line.length() + " characters: " + line);
      }
      assertTrue(plan.startsWith("Policy change 'standard' -> 'small-shop': "), plan);
      // The grid's header names the five types, then one row per standard action, in order.
      int header = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("action ")) {
          header = i;
          break;
        }
      }
      assertTrue(header > 0 && header < 12, summary);
      for (CommunityType type : CommunityType.values()) {
        assertTrue(lines.get(header).contains(Situation.word(type)), lines.get(header));
      }
      List<EngagementAction> all = StandardActions.all();
      for (int i = 0; i < all.size(); i++) {
        assertTrue(
            lines.get(header + 1 + i).startsWith(all.get(i).id() + " "),
            "row " + i + ": " + lines.get(header + 1 + i));
      }
    }

    @Test
    void namesNoStandardActionWithTraitsItDoesNotHave() {
      String plan = DIFF.plan();
      for (EngagementAction standard : StandardActions.all()) {
        String own = standard.id() + " " + Situation.traits(standard);
        int at = plan.indexOf(standard.id() + " (");
        while (at >= 0) {
          boolean wholeId = at == 0 || (!Character.isLetterOrDigit(plan.charAt(at - 1)) && plan.charAt(at - 1) != '-');
          assertTrue(
              !wholeId || plan.startsWith(own, at), plan.substring(at, Math.min(plan.length(), at + 80)));
          at = plan.indexOf(standard.id() + " (", at + 1);
        }
      }
      assertTrue(
          plan.contains("an action with id send-direct-message but traits (listen, none, one-to-one)"),
          "a rule names send-direct-message, so other actions with that id are listed as such");
      assertTrue(plan.contains("a custom action (converse, conversation, one-to-one)"), plan);
    }

    @Test
    void rowsOfTheGridShowTheUsualVerdictsAndTheirChanges() {
      String summary = summary(DIFF.plan());
      // Listening: the standard policy's managed answer was appropriate, now recommended.
      assertTrue(row(summary, "listen").contains("ok -> rec"), row(summary, "listen"));
      // Direct messages are limited by id everywhere now.
      String messages = row(summary, "send-direct-message");
      assertTrue(messages.contains("rec -> ltd"), messages);
      assertTrue(messages.contains("ltd"), messages);
      // Promotion in owned communities: limited before and after with no history, and a share
      // between the two limits now makes it inappropriate.
      String deal = row(summary, "announce-deal");
      assertTrue(deal.contains("ltd -> ok/no%"), deal);
    }

    @Test
    void otherIdsAndCustomActionsFollowTheGrid() {
      String summary = summary(DIFF.plan());
      assertTrue(summary.contains("\nIds a rule names, decided by it where it applies"), summary);
      assertTrue(
          summary.contains(
              "\n  send-direct-message, other traits      47 shapes  participating, managed rec/ok/no -> ltd;"),
          summary);
      assertTrue(summary.contains("\nCustom actions (any id no rule names) by intent/format/reach"), summary);
      assertTrue(summary.contains("\n  promote/any/any (mixed) "), summary);
      assertTrue(summary.contains(" shapes  managed rec/ltd -> ok; owned ltd -> ok/no%\n"), summary);
    }

    private String row(String summary, String id) {
      return summary.lines().filter(l -> l.startsWith(id + " ")).findFirst().orElseThrow();
    }
  }

  @Nested
  class Grid {
    @Test
    void hasACellPerStandardActionAndType() {
      assertEquals(StandardActions.all().size() * CommunityType.values().length, DIFF.grid().size());
      GridCell cell = DIFF.cell(StandardActions.LISTEN, CommunityType.MANAGED);
      assertEquals(StandardActions.LISTEN, cell.action());
      assertEquals(CommunityType.MANAGED, cell.type());
      assertEquals(Verdict.APPROPRIATE, cell.before());
      assertEquals(Verdict.RECOMMENDED, cell.after());
      assertEquals("ok -> rec", cell.text());
    }

    @Test
    void showsEveryFlipOfAStandardActionInItsCell() {
      List<String> missing = new ArrayList<>();
      for (VerdictChange change : DIFF.changes()) {
        Situation s = change.situation();
        for (EngagementAction standard : standing(DIFF, change)) {
          GridCell cell = DIFF.cell(standard, s.community().type());
          List<Verdict> pair = List.of(change.before(), change.after());
          boolean listed =
              cell.flips().stream().anyMatch(f -> f.before() == change.before() && f.after() == change.after());
          if (!listed || !pairs(cell.text()).contains(pair)) {
            missing.add(pair + " for " + s.describe() + " not in '" + cell.text() + "'");
          }
        }
      }
      assertEquals(List.of(), missing.subList(0, Math.min(5, missing.size())), missing.size() + " missing");
    }

    @Test
    void cellTextShowsExactlyTheCellsFlips() {
      for (GridCell cell : DIFF.grid()) {
        java.util.Set<List<Verdict>> flips = new java.util.HashSet<>();
        cell.flips().forEach(f -> flips.add(List.of(f.before(), f.after())));
        assertEquals(flips, pairs(cell.text()), cell.toString());
      }
    }

    @Test
    void listsNoFlipThatNoChangeShows() {
      for (GridCell cell : DIFF.grid()) {
        for (GridCell.Flip flip : cell.flips()) {
          assertTrue(
              DIFF.changes(cell.type()).stream()
                  .anyMatch(
                      c -> c.before() == flip.before() && c.after() == flip.after()
                          && standing(DIFF, c).contains(cell.action())),
              flip + " in " + cell);
        }
      }
    }

    @Test
    void marksAFlipThatNeedsRecentPromotion() {
      GridCell deal = DIFF.cell(StandardActions.ANNOUNCE_DEAL, CommunityType.EXTERNAL);
      assertEquals(Verdict.LIMITED, deal.before());
      assertEquals(Verdict.APPROPRIATE, deal.after());
      GridCell.Flip between =
          deal.flips().stream().filter(f -> f.after() == Verdict.INAPPROPRIATE).findFirst().orElseThrow();
      assertTrue(between.onlyWithRecentPromotion());
      assertFalse(between.contexts().contains(EngagementContext.none()));
      double share = between.contexts().get(0).promotionalShare();
      assertTrue(share > 0.3 && share <= 0.5, "share " + share);
      assertEquals("ltd -> ok/no%", deal.text());
    }

    @Test
    void cellRefusesAnActionThatIsNotStandard() {
      EngagementAction borrowed =
          EngagementAction.of("listen", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DIFF.cell(borrowed, CommunityType.MANAGED));
      assertTrue(e.getMessage().startsWith("standardAction must be one of StandardActions.all()"), e.getMessage());
    }
  }

  /**
   * The standard actions a change stands for: its own action if that is one, or, for an action
   * that stands for any id no rule names, each standard action with its traits that both policies
   * decide there as the change says.
   */
  static List<EngagementAction> standing(PolicyDiff diff, VerdictChange change) {
    Situation s = change.situation();
    List<EngagementAction> standing = new ArrayList<>();
    for (EngagementAction standard : StandardActions.all()) {
      if (standard.equals(s.action())
          || (s.anyActionId()
              && Situation.sameTraits(standard, s.action())
              && engine(diff.before()).decide(s.community(), standard, change.context()).verdict()
                  == change.before()
              && engine(diff.after()).decide(s.community(), standard, change.context()).verdict()
                  == change.after())) {
        standing.add(standard);
      }
    }
    return standing;
  }

  /**
   * The changes a cell's text names, read back: entries split by commas, each {@code b -> a} with
   * either side a list of verdicts split by slashes, marks and a count of shapes left out.
   */
  static java.util.Set<List<Verdict>> pairs(String text) {
    java.util.Set<List<Verdict>> pairs = new java.util.HashSet<>();
    for (String entry : text.split(", ", -1)) {
      String[] sides = entry.replaceAll(" \\d+/\\d+$", "").split(" -> ", -1);
      if (sides.length == 1) {
        continue;
      }
      assertEquals(2, sides.length, entry);
      for (String from : sides[0].split("/", -1)) {
        for (String to : sides[1].split("/", -1)) {
          pairs.add(List.of(verdict(from), verdict(to)));
        }
      }
    }
    return pairs;
  }

  private static Verdict verdict(String code) {
    String bare = code.replaceAll("[*%]+$", "");
    for (Verdict verdict : Verdict.values()) {
      if (DiffSummary.code(verdict).equals(bare)) {
        return verdict;
      }
    }
    throw new AssertionError("not a verdict: '" + code + "'");
  }

  private static final java.util.Map<EngagementPolicy, PolicyEngine> ENGINES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static PolicyEngine engine(EngagementPolicy policy) {
    return ENGINES.computeIfAbsent(policy, PolicyEngine::of);
  }
}
