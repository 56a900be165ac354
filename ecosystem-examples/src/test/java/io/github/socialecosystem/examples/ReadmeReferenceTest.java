package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Reference" section says what the code says: every attribute and verdict with the
 * kebab-cased constants of its enum, in the policy parser's words, and every standard action with
 * its traits.
 */
class ReadmeReferenceTest {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private static String reference = "";

  @BeforeAll
  static void readReference() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Reference\n");
    assertTrue(start >= 0, "README.md has no section '## Reference'");
    int end = readme.indexOf("\n## ", start + 1);
    reference = readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void valuesTableHasARowPerAttributeAndOneForVerdictsInOrder() {
    List<String> expected =
        Arrays.stream(Attribute.values()).map(Attribute::keyword).collect(Collectors.toList());
    expected.add("verdict");
    List<String> shown =
        table("| attribute |").stream().map(row -> code(row.get(0))).collect(Collectors.toList());
    assertEquals(expected, shown);
  }

  @Test
  void valuesTableClosedAttributesListTheirEnumsConstantsInKebabCase() {
    for (List<String> row : table("| attribute |")) {
      String keyword = code(row.get(0));
      if (keyword.equals("verdict")) {
        assertEquals("rule", row.get(1));
        assertEquals(kebab(Verdict.values()), codes(row.get(2)), "verdict");
        assertEquals("`Verdict`", row.get(3));
        continue;
      }
      Attribute attribute = Attribute.byKeyword(keyword).orElseThrow();
      assertEquals(attribute.describesCommunity() ? "community" : "action", row.get(1), keyword);
      if (attribute.isOpen()) {
        assertTrue(row.get(2).startsWith("any kebab-case id"), keyword + ": " + row.get(2));
        assertEquals("`String`", row.get(3), keyword);
      } else {
        Class<? extends Enum<?>> type = attribute.enumType().orElseThrow();
        assertEquals(kebab(type.getEnumConstants()), codes(row.get(2)), keyword);
        assertEquals("`" + type.getSimpleName() + "`", row.get(3), keyword);
      }
    }
  }

  @Test
  void valuesTableEveryValueIsReadByThePolicyLanguage() {
    for (List<String> row : table("| attribute |")) {
      String keyword = code(row.get(0));
      List<String> values = codes(row.get(2));
      assertFalse(values.isEmpty(), keyword);
      for (String value : values) {
        String text;
        if (keyword.equals("verdict")) {
          text = policy(value, "always", value);
        } else {
          text = policy("appropriate", keyword + " is " + value, "appropriate");
        }
        EngagementPolicy policy = PolicyLanguage.parse(text);
        String printed = PolicyLanguage.print(policy);
        String expected =
            keyword.equals("verdict") ? "default " + value : "when " + keyword + " is " + value;
        assertTrue(printed.contains(expected), expected + " is not in:\n" + printed);
      }
    }
  }

  @Test
  void standardActionsTableIsStandardActionsAllInOrder() throws ReflectiveOperationException {
    List<List<String>> rows = table("| id |");
    List<EngagementAction> all = StandardActions.all();
    assertEquals(all.size(), rows.size(), "one row per standard action");
    for (int i = 0; i < all.size(); i++) {
      EngagementAction action = all.get(i);
      List<String> row = rows.get(i);
      assertEquals(
          List.of(
              "`" + action.id() + "`",
              "`" + kebab(action.intent()) + "`",
              "`" + kebab(action.format()) + "`",
              "`" + kebab(action.reach()) + "`"),
          row.subList(0, 4),
          "row " + (i + 1));
      assertFalse(row.get(4).isBlank(), action.id() + " needs a meaning");
      String constant = action.id().toUpperCase(Locale.ROOT).replace('-', '_');
      assertEquals(action, StandardActions.class.getField(constant).get(null), constant);
    }
  }

  private static String policy(String defaultVerdict, String condition, String verdict) {
    return "policy reference-check\n"
        + "description \"Each value of the README's reference\"\n"
        + "default " + defaultVerdict + "\n"
        + "\n"
        + "rule the-value\n"
        + "  when " + condition + "\n"
        + "  then " + verdict + "\n"
        + "  because \"The value is read.\"\n"
        + "  must \"Stay within the limit.\"\n";
  }

  /** The rows of the table whose header starts with {@code header}, as trimmed cells. */
  private static List<List<String>> table(String header) {
    List<String> lines = reference.lines().collect(Collectors.toList());
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(header)) {
        at = i;
        break;
      }
    }
    assertTrue(at >= 0, "README.md's Reference has no table starting with " + header);
    List<List<String>> rows = new ArrayList<>();
    for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i).strip();
      rows.add(
          Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
              .map(String::strip)
              .collect(Collectors.toList()));
    }
    return rows;
  }

  /** The text of a cell that is exactly one code span. */
  private static String code(String cell) {
    Matcher matcher = CODE.matcher(cell);
    assertTrue(matcher.matches(), "expected one `code` span, found: " + cell);
    return matcher.group(1);
  }

  /** The code spans of a cell, in order. */
  private static List<String> codes(String cell) {
    List<String> codes = new ArrayList<>();
    Matcher matcher = CODE.matcher(cell);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  private static List<String> kebab(Enum<?>[] constants) {
    return Arrays.stream(constants).map(ReadmeReferenceTest::kebab).collect(Collectors.toList());
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
