package io.github.socialecosystem.rules.analysis;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.AttributeSpace.CommunityShape;
import io.github.socialecosystem.rules.internal.Catalog;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The summary that opens a diff's plan, filled as the diff lists its changes: a grid of the
 * standard actions (each with its own traits) by community type; a row for each id a rule names
 * that is decided apart from the standard actions (a custom id, or a standard id borrowed by an
 * action with other traits); and the actions whose id no rule names, one row per pattern of
 * traits that change alike.
 *
 * <p>A cell lists every change of verdict that happens in some community of its type, so that the
 * usual case never hides a less usual one; the details of each are in the diff's changes.
 */
// Ordinals index the per-type arrays, which live only as long as one diff.
@SuppressWarnings("EnumOrdinal")
final class DiffSummary {
  private static final List<CommunityType> TYPES = List.of(CommunityType.values());
  private static final int[] SHAPES_OF_TYPE = shapesOfType();

  /** Rows for ids a rule names that the summary shows; the rest are counted. */
  static final int MOST_NAMED_ROWS = 3;

  /**
   * The lines the summary tries to keep to, with the plan's first lines: custom actions are split
   * by traits only while it does.
   */
  static final int SCREEN = 40;

  /** The widest a line of the grid gets unless one entry alone is wider. */
  static final int WIDTH = 120;

  private final List<EngagementContext> contexts;
  private final Row[] standard = new Row[Catalog.SIZE];
  private final Map<String, Row> named = new TreeMap<>();
  private final Row[] custom = new Row[AttributeSpace.ACTION_TRAITS];

  DiffSummary(List<EngagementContext> contexts) {
    this.contexts = contexts;
    for (int i = 0; i < standard.length; i++) {
      standard[i] = new Row();
    }
    for (int i = 0; i < custom.length; i++) {
      custom[i] = new Row();
    }
  }

  /** The row of the standard action with this catalog index. */
  Row standard(int catalogIndex) {
    return standard[catalogIndex];
  }

  /** The row of an id a rule names, for the situations where it is decided on its own. */
  Row named(String id) {
    return named.computeIfAbsent(id, k -> new Row());
  }

  /** The row of the actions with these traits whose id no rule names. */
  Row custom(int traits) {
    return custom[traits];
  }

  /** What changes for one kind of action, by community type. */
  static final class Row {
    private final Tally[] cells = new Tally[TYPES.size()];
    /** The shapes where something changes, whatever their type. */
    private final BitSet changed = new BitSet();

    Row() {
      for (int t = 0; t < cells.length; t++) {
        cells[t] = new Tally();
      }
    }

    /** A change of verdict in a community of the shape, with the diff's context of that index. */
    void flip(CommunityShape shape, int context, Verdict before, Verdict after, boolean withTopics) {
      changed.set(shape.index());
      Tally cell = cells[shape.type().ordinal()];
      FlipTally flip = cell.flips.computeIfAbsent(List.of(before, after), k -> new FlipTally());
      flip.shapes.set(shape.index());
      flip.contexts.set(context);
      flip.withoutTopics |= !withTopics;
    }

    /** The verdicts with no recent activity, in a community of the shape carrying no named topic. */
    void plain(CommunityShape shape, Verdict before, Verdict after) {
      cells[shape.type().ordinal()].plain.merge(List.of(before, after), 1, Integer::sum);
    }

    boolean changes() {
      return !changed.isEmpty();
    }

    /** Adds another row's changes to this one. */
    void merge(Row other) {
      changed.or(other.changed);
      for (int t = 0; t < cells.length; t++) {
        for (Map.Entry<List<Verdict>, FlipTally> entry : other.cells[t].flips.entrySet()) {
          FlipTally mine = cells[t].flips.computeIfAbsent(entry.getKey(), k -> new FlipTally());
          mine.shapes.or(entry.getValue().shapes);
          mine.contexts.or(entry.getValue().contexts);
          mine.withoutTopics |= entry.getValue().withoutTopics;
        }
      }
    }
  }

  /** One cell as it fills up. */
  private static final class Tally {
    final Map<List<Verdict>, FlipTally> flips = new LinkedHashMap<>();
    /** How many shapes give each pair of plain verdicts, in the order first met. */
    final Map<List<Verdict>, Integer> plain = new LinkedHashMap<>();
  }

  /** One change of verdict in a cell as it fills up. */
  private static final class FlipTally {
    final BitSet shapes = new BitSet();
    final BitSet contexts = new BitSet();
    boolean withoutTopics;
  }

  // ---------------------------------------------------------------------------------------------
  // The grid as values

  /** The grid of standard actions: catalog order, then type order. */
  ImmutableList<GridCell> grid() {
    ImmutableList.Builder<GridCell> grid = ImmutableList.builder();
    for (int a = 0; a < standard.length; a++) {
      for (CommunityType type : TYPES) {
        Tally tally = standard[a].cells[type.ordinal()];
        List<Verdict> usual = List.of(Verdict.INAPPROPRIATE, Verdict.INAPPROPRIATE);
        int most = 0;
        for (Map.Entry<List<Verdict>, Integer> pair : tally.plain.entrySet()) {
          if (pair.getValue() > most) {
            usual = pair.getKey();
            most = pair.getValue();
          }
        }
        grid.add(
            new GridCell(
                Catalog.ACTIONS.get(a),
                type,
                SHAPES_OF_TYPE[type.ordinal()],
                usual.get(0),
                usual.get(1),
                flips(tally, usual)));
      }
    }
    return grid.build();
  }

  /** A cell's flips: the usual pair first, then by how many shapes show each, most first. */
  private List<GridCell.Flip> flips(Tally tally, @Nullable List<Verdict> usual) {
    List<GridCell.Flip> flips = new ArrayList<>();
    for (Map.Entry<List<Verdict>, FlipTally> entry : tally.flips.entrySet()) {
      FlipTally flip = entry.getValue();
      List<EngagementContext> with = new ArrayList<>();
      flip.contexts.stream().forEach(c -> with.add(contexts.get(c)));
      flips.add(
          new GridCell.Flip(
              entry.getKey().get(0),
              entry.getKey().get(1),
              flip.shapes.cardinality(),
              !flip.withoutTopics,
              with));
    }
    flips.sort(
        Comparator.comparing((GridCell.Flip f) -> !List.of(f.before(), f.after()).equals(usual))
            .thenComparing(f -> -f.shapes())
            .thenComparing(GridCell.Flip::before)
            .thenComparing(GridCell.Flip::after));
    return flips;
  }

  // ---------------------------------------------------------------------------------------------
  // The grid as text

  /** A verdict as the grid writes it. */
  static String code(Verdict verdict) {
    return switch (verdict) {
      case RECOMMENDED -> "rec";
      case APPROPRIATE -> "ok";
      case LIMITED -> "ltd";
      case INAPPROPRIATE -> "no";
    };
  }

  /** A standard action's cell as text: its usual verdict or change, then every other change. */
  static String cellText(Verdict before, Verdict after, int shapes, List<GridCell.Flip> flips) {
    return String.join(", ", entries(before, after, shapes, flips));
  }

  /**
   * A cell's entries: the usual verdict when it does not change, then the changes in the order
   * given. Changes seen in every shape of the type that share their old verdict are written as
   * one entry ({@code ltd -> ok/no%}), or those that share their new verdict ({@code ok/rec ->
   * ltd}), whichever makes fewer entries; a change seen in some shapes only stands alone with its
   * count ({@code ok -> ltd 3/16}). {@code -} when nothing changes and no verdict is given.
   */
  static List<String> entries(
      @Nullable Verdict before, @Nullable Verdict after, int shapes, List<GridCell.Flip> flips) {
    List<String> entries = new ArrayList<>();
    if (before != null && before == after) {
      entries.add(code(before));
    }
    Map<Verdict, List<GridCell.Flip>> byBefore = new LinkedHashMap<>();
    Map<Verdict, List<GridCell.Flip>> byAfter = new LinkedHashMap<>();
    for (GridCell.Flip flip : flips) {
      if (flip.shapes() == shapes) {
        byBefore.computeIfAbsent(flip.before(), k -> new ArrayList<>()).add(flip);
        byAfter.computeIfAbsent(flip.after(), k -> new ArrayList<>()).add(flip);
      }
    }
    boolean sameAfter = byAfter.size() < byBefore.size();
    Map<Verdict, List<GridCell.Flip>> groups = sameAfter ? byAfter : byBefore;
    for (GridCell.Flip flip : flips) {
      if (flip.shapes() < shapes) {
        entries.add(code(flip.before()) + " -> " + code(flip.after()) + marks(flip) + " " + flip.shapes()
            + "/" + shapes);
        continue;
      }
      List<GridCell.Flip> group = groups.remove(sameAfter ? flip.after() : flip.before());
      if (group == null) {
        continue; // written with an earlier change of its group
      }
      List<String> ends = new ArrayList<>();
      for (GridCell.Flip member : group) {
        ends.add(code(sameAfter ? member.before() : member.after()) + marks(member));
      }
      entries.add(
          sameAfter
              ? String.join("/", ends) + " -> " + code(flip.after())
              : code(flip.before()) + " -> " + String.join("/", ends));
    }
    if (entries.isEmpty()) {
      entries.add("-");
    }
    return entries;
  }

  /** {@code *} if a change needs some named topic, {@code %} if it needs recent promotion. */
  private static String marks(GridCell.Flip flip) {
    return (flip.onlyWithTopics() ? "*" : "") + (flip.onlyWithRecentPromotion() ? "%" : "");
  }

  /** Appends the summary: the legend, the grid, and the lines for other actions. */
  void appendTo(StringBuilder out, List<GridCell> grid) {
    out.append(
            "Verdicts: rec recommended, ok appropriate, ltd limited, no inappropriate. A standard"
                + " action's cell shows its verdict\n")
        .append(
            "with no recent activity and no topic a rule names (in most shapes of the type), then"
                + " every change in the type, e.g.\n")
        .append(
            "'ltd -> ok/no%': limited becomes ok, or no with recent promotion (%); *: only with some"
                + " topic; 3/16: in 3 of 16 shapes.\n\n");
    Table table = new Table("action");
    for (int a = 0; a < standard.length; a++) {
      List<List<String>> cells = new ArrayList<>();
      for (GridCell cell : grid.subList(a * TYPES.size(), (a + 1) * TYPES.size())) {
        cells.add(entries(cell.before(), cell.after(), cell.shapes(), cell.flips()));
      }
      table.row(Catalog.ACTIONS.get(a).id(), cells);
    }
    table.appendTo(out);
    List<String> labels = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    int more = 0;
    for (Map.Entry<String, Row> entry : named.entrySet()) {
      if (!entry.getValue().changes()) {
        continue;
      }
      if (rows.size() == MOST_NAMED_ROWS) {
        more++;
        continue;
      }
      String id = entry.getKey();
      labels.add(CATALOG_IDS.contains(id) ? id + ", other traits" : id);
      rows.add(entry.getValue());
    }
    if (!rows.isEmpty()) {
      out.append(
          "\nIds a rule names, decided by it where it applies (a standard id here has other traits"
              + " than its own):\n");
      lines(out, labels, rows);
      if (more > 0) {
        out.append("  and ").append(more).append(more == 1 ? " more such id" : " more such ids")
            .append(", in the details\n");
      }
    }
    List<Pattern> patterns = patterns(2 + newlines(out));
    if (!patterns.isEmpty()) {
      out.append(
          "\nCustom actions (any id no rule names) by intent/format/reach; (mixed): these traits"
              + " change differently:\n");
      lines(out, patterns);
    }
  }

  /** How many lines a text holds. */
  private static int newlines(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  private void lines(StringBuilder out, List<Pattern> patterns) {
    List<String> labels = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Pattern pattern : patterns) {
      labels.add(pattern.label());
      rows.add(pattern.merged);
    }
    lines(out, labels, rows);
  }

  private void lines(StringBuilder out, List<String> labels, List<Row> rows) {
    int labelWidth = 0;
    for (String label : labels) {
      labelWidth = Math.max(labelWidth, label.length());
    }
    for (int i = 0; i < labels.size(); i++) {
      line(out, labels.get(i), labelWidth, rows.get(i));
    }
  }

  /**
   * One line for an action that is not a standard one: how many community shapes change, then
   * the cells by type, types that read alike written together; wrapped at the width.
   */
  private void line(StringBuilder out, String label, int labelWidth, Row row) {
    Map<String, List<CommunityType>> alike = new LinkedHashMap<>();
    List<List<String>> cells = cells(row);
    for (int t = 0; t < TYPES.size(); t++) {
      String text = String.join(", ", cells.get(t));
      if (!text.equals("-")) {
        alike.computeIfAbsent(text, k -> new ArrayList<>()).add(TYPES.get(t));
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<CommunityType>> entry : alike.entrySet()) {
      parts.add(types(entry.getValue()) + " " + entry.getKey());
    }
    int changed = row.changed.cardinality();
    String head =
        "  " + Strings.padEnd(label, labelWidth, ' ') + "  "
            + Strings.padStart(String.valueOf(changed), 2, ' ') + (changed == 1 ? " shape   " : " shapes  ");
    StringBuilder line = new StringBuilder(head);
    for (int p = 0; p < parts.size(); p++) {
      String part = parts.get(p) + (p < parts.size() - 1 ? ";" : "");
      if (line.length() > head.length() && line.length() + 1 + part.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(" ".repeat(head.length()));
      } else if (line.length() > head.length()) {
        line.append(' ');
      }
      line.append(part);
    }
    out.append(line).append('\n');
  }

  /** Community types in words; the three owned types together read {@code owned}. */
  private static String types(List<CommunityType> types) {
    if (types.size() == TYPES.size()) {
      return "all types";
    }
    List<String> words = new ArrayList<>();
    boolean owned =
        types.containsAll(List.of(CommunityType.EXTERNAL, CommunityType.CLOSED, CommunityType.EMPLOYEE));
    for (CommunityType type : types) {
      if (owned && type.layer() == io.github.socialecosystem.core.Layer.OWNED) {
        if (type == CommunityType.EXTERNAL) {
          words.add("owned");
        }
      } else {
        words.add(Situation.word(type));
      }
    }
    return String.join(", ", words);
  }

  private static final Set<String> CATALOG_IDS = catalogIds();

  private static Set<String> catalogIds() {
    Set<String> ids = new HashSet<>();
    Catalog.ACTIONS.forEach(a -> ids.add(a.id()));
    return Collections.unmodifiableSet(ids);
  }

  private List<List<String>> cells(Row row) {
    List<List<String>> cells = new ArrayList<>();
    for (CommunityType type : TYPES) {
      int shapes = SHAPES_OF_TYPE[type.ordinal()];
      cells.add(entries(null, null, shapes, flips(row.cells[type.ordinal()], null)));
    }
    return cells;
  }

  // ---------------------------------------------------------------------------------------------
  // Patterns of traits

  /**
   * Custom actions' traits written as a pattern: one intent, a set of formats and a set of
   * reaches (all of them reads {@code any}), with what changes for them.
   */
  private final class Pattern {
    final Intent intent;
    final Set<Format> formats;
    final Set<Reach> reaches;
    final boolean mixed;
    final Row merged = new Row();
    final List<List<String>> cells;

    Pattern(Intent intent, Set<Format> formats, Set<Reach> reaches, boolean mixed) {
      this.intent = intent;
      this.formats = formats;
      this.reaches = reaches;
      this.mixed = mixed;
      for (int t : traits()) {
        merged.merge(custom[t]);
      }
      this.cells = cells(merged);
    }

    List<Integer> traits() {
      List<Integer> traits = new ArrayList<>();
      for (Format format : formats) {
        for (Reach reach : reaches) {
          traits.add(AttributeSpace.traitsOf(intent, format, reach));
        }
      }
      return traits;
    }

    String label() {
      return Situation.word(intent) + "/" + values(formats, Format.values()) + "/"
          + values(reaches, Reach.values()) + (mixed ? " (mixed)" : "");
    }
  }

  /** A set of values: {@code any} if it holds all, else the values or those it leaves out. */
  private static <E extends Enum<E>> String values(Set<E> set, E[] all) {
    if (set.size() == all.length) {
      return "any";
    }
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (E value : all) {
      (set.contains(value) ? in : out).add(Situation.word(value));
    }
    String listed = String.join("|", in);
    String excluded = "not " + String.join("|", out);
    return excluded.length() < listed.length() ? excluded : listed;
  }

  /**
   * The custom rows: one per intent whose actions change, split by format and reach into rows of
   * traits that change alike as long as the summary stays within {@link #SCREEN} lines, counting
   * the {@code used} ones; an intent left whole although its traits change differently is marked
   * as mixed.
   */
  private List<Pattern> patterns(int used) {
    List<List<Pattern>> chosen = new ArrayList<>();
    List<List<Pattern>> refined = new ArrayList<>();
    for (Intent intent : Intent.values()) {
      List<Pattern> fine = refine(intent);
      if (!fine.isEmpty()) {
        chosen.add(
            fine.size() == 1
                ? fine
                : List.of(new Pattern(intent, EnumSet.allOf(Format.class), EnumSet.allOf(Reach.class), true)));
        refined.add(fine);
      }
    }
    for (int i = 0; i < chosen.size(); i++) {
      if (refined.get(i).size() > chosen.get(i).size()) {
        List<List<Pattern>> tried = new ArrayList<>(chosen);
        tried.set(i, refined.get(i));
        StringBuilder text = new StringBuilder();
        lines(text, flat(tried));
        if (used + newlines(text) <= SCREEN) {
          chosen = tried;
        }
      }
    }
    return flat(chosen);
  }

  private static List<Pattern> flat(List<List<Pattern>> lists) {
    List<Pattern> flat = new ArrayList<>();
    lists.forEach(flat::addAll);
    return flat;
  }

  /** The cells of custom actions with these traits; empty where nothing changes. */
  private List<List<String>> read(Intent intent, Format format, Reach reach) {
    Row row = custom[AttributeSpace.traitsOf(intent, format, reach)];
    return row.changes() ? cells(row) : List.of();
  }

  /** An intent's traits that change, in rows of traits whose cells read the same. */
  private List<Pattern> refine(Intent intent) {
    boolean reachMatters = false;
    for (Format format : Format.values()) {
      reachMatters |= !read(intent, format, Reach.ONE_TO_ONE).equals(read(intent, format, Reach.ONE_TO_MANY));
    }
    List<Pattern> rows = new ArrayList<>();
    if (!reachMatters) {
      Map<List<List<String>>, Set<Format>> byCells = new LinkedHashMap<>();
      for (Format format : Format.values()) {
        byCells
            .computeIfAbsent(read(intent, format, Reach.ONE_TO_ONE), k -> EnumSet.noneOf(Format.class))
            .add(format);
      }
      for (Map.Entry<List<List<String>>, Set<Format>> group : byCells.entrySet()) {
        if (!group.getKey().isEmpty()) {
          rows.add(new Pattern(intent, group.getValue(), EnumSet.allOf(Reach.class), false));
        }
      }
      return rows;
    }
    // Within each reach, formats whose cells read the same there.
    for (Reach reach : Reach.values()) {
      Map<List<List<String>>, Set<Format>> within = new LinkedHashMap<>();
      for (Format format : Format.values()) {
        within.computeIfAbsent(read(intent, format, reach), k -> EnumSet.noneOf(Format.class)).add(format);
      }
      for (Map.Entry<List<List<String>>, Set<Format>> group : within.entrySet()) {
        if (!group.getKey().isEmpty()) {
          rows.add(new Pattern(intent, group.getValue(), EnumSet.of(reach), false));
        }
      }
    }
    // Rows that differ only in reach read as one.
    List<Pattern> merged = new ArrayList<>();
    for (Pattern row : rows) {
      int twin = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).formats.equals(row.formats) && merged.get(i).cells.equals(row.cells)) {
          twin = i;
        }
      }
      if (twin < 0) {
        merged.add(row);
      } else {
        Set<Reach> reaches = EnumSet.copyOf(merged.get(twin).reaches);
        reaches.addAll(row.reaches);
        merged.set(twin, new Pattern(intent, row.formats, reaches, false));
      }
    }
    return merged;
  }

  // ---------------------------------------------------------------------------------------------
  // Layout

  /** Rows under one header, each cell's entries wrapped to fit the width. */
  private static final class Table {
    private final String labelHeader;
    private final List<Line> lines = new ArrayList<>();

    private record Line(String label, List<List<String>> cells) {}

    Table(String labelHeader) {
      this.labelHeader = labelHeader;
    }

    void row(String label, List<List<String>> cells) {
      lines.add(new Line(label, cells));
    }

    void appendTo(StringBuilder out) {
      int labelWidth = labelHeader.length();
      for (Line row : lines) {
        labelWidth = Math.max(labelWidth, row.label().length());
      }
      int cellWidth = Math.max(10, (WIDTH - labelWidth) / TYPES.size() - 2);
      int[] widths = new int[TYPES.size()];
      for (int t = 0; t < TYPES.size(); t++) {
        widths[t] = Situation.word(TYPES.get(t)).length();
      }
      for (Line row : lines) {
        for (int t = 0; t < TYPES.size(); t++) {
          for (String part : wrap(row.cells().get(t), cellWidth)) {
            widths[t] = Math.max(widths[t], part.length());
          }
        }
      }
      StringBuilder header = new StringBuilder(Strings.padEnd(labelHeader, labelWidth, ' '));
      for (int t = 0; t < TYPES.size(); t++) {
        header.append("  ").append(Strings.padEnd(Situation.word(TYPES.get(t)), widths[t], ' '));
      }
      out.append(header.toString().stripTrailing()).append('\n');
      for (Line row : lines) {
        List<List<String>> parts = new ArrayList<>();
        int height = 1;
        for (int t = 0; t < TYPES.size(); t++) {
          List<String> wrapped = wrap(row.cells().get(t), cellWidth);
          parts.add(wrapped);
          height = Math.max(height, wrapped.size());
        }
        for (int h = 0; h < height; h++) {
          StringBuilder text =
              new StringBuilder(Strings.padEnd(h == 0 ? row.label() : "", labelWidth, ' '));
          for (int t = 0; t < TYPES.size(); t++) {
            List<String> cell = parts.get(t);
            text.append("  ").append(Strings.padEnd(h < cell.size() ? cell.get(h) : "", widths[t], ' '));
          }
          out.append(text.toString().stripTrailing()).append('\n');
        }
      }
    }

    /** A cell's entries, comma-separated, on as few lines of at most {@code width} as they fit. */
    private static List<String> wrap(List<String> entries, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < entries.size(); i++) {
        String entry = entries.get(i) + (i < entries.size() - 1 ? "," : "");
        if (line.length() > 0 && line.length() + 1 + entry.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(entry);
      }
      lines.add(line.toString());
      return lines;
    }
  }

  private static int[] shapesOfType() {
    int[] counts = new int[TYPES.size()];
    for (CommunityShape shape : AttributeSpace.possibleShapes()) {
      counts[shape.type().ordinal()]++;
    }
    return counts;
  }
}
