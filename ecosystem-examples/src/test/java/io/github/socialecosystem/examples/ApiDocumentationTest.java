package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The javadoc of the API, read from the main sources of ecosystem-core and ecosystem-rules (which
 * ArchUnit cannot do: javadoc is not in class files). Every public type of an API package, nested
 * ones included, says what it is for; every public top-level one also says {@code @since} when;
 * and every API package has a {@code package-info.java} with javadoc.
 *
 * <p>A small scanner, not a parser: it skips comments, strings, text blocks and character
 * literals, follows braces to tell top-level, nested and local types apart, and takes the javadoc
 * comment that comes right before a declaration (annotations may stand between them, as javadoc
 * itself allows).
 */
class ApiDocumentationTest {
  /** The working directory of the tests is ecosystem-examples; its siblings are the modules. */
  private static final Path CORE = Path.of("..", "ecosystem-core", "src", "main", "java");

  private static final Path RULES = Path.of("..", "ecosystem-rules", "src", "main", "java");

  /** The exported packages of core's and rules' module-info.java, with their source folders. */
  private static final List<Path> API_PACKAGES =
      List.of(
          CORE.resolve("io/github/socialecosystem/core"),
          CORE.resolve("io/github/socialecosystem/core/policy"),
          RULES.resolve("io/github/socialecosystem/rules"),
          RULES.resolve("io/github/socialecosystem/rules/advisor"),
          RULES.resolve("io/github/socialecosystem/rules/analysis"),
          RULES.resolve("io/github/socialecosystem/rules/diagram"),
          RULES.resolve("io/github/socialecosystem/rules/language"));

  @Test
  void everyPublicTypeOfTheApiSaysWhatItIsForAndSinceWhen() throws IOException {
    List<String> problems = new ArrayList<>();
    long types = 0;
    for (Path folder : API_PACKAGES) {
      assertTrue(Files.isDirectory(folder), folder.toAbsolutePath().normalize()::toString);
      for (Path file : javaFiles(folder)) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        types += Scanner.declarations(source).stream().filter(Declaration::isApi).count();
        problems.addAll(typeProblems(file.toString(), source));
      }
    }
    assertEquals(List.of(), problems);
    // today about 75, top-level and nested: a scanner that finds nothing cannot pass for a check
    assertTrue(types >= 60, "only " + types + " public types found");
  }

  @Test
  void everyApiPackageHasAPackageInfoWithJavadoc() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path folder : API_PACKAGES) {
      Path file = folder.resolve("package-info.java");
      if (Files.exists(file)) {
        problems.addAll(
            packageProblems(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      } else {
        problems.add(file + ": no package-info.java");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The same checks on sources written to break them. */
  @Nested
  class TheChecksFailOnUndocumentedSources {
    @Test
    void publicTypesWithoutJavadocPurposeOrSince() {
      String source =
          """
          package com.example;

          import java.util.List;

          public final class Undocumented {
            public static final class NestedUndocumented {}

            /** A nested type needs no @since of its own. */
            public enum NestedDocumented { ONE }

            /** @since 0.1.0 */
            public record OnlyTags(int value) {}
          }

          /* A plain comment is no javadoc. */
          public interface PlainComment {
            record ImplicitlyPublic(int value) {}
          }

          /**
           * Says what it is for, but not since when.
           */
          @SuppressWarnings({"unused", "rawtypes"})
          public @interface NoSince {}
          """;
      assertEquals(
          List.of(
              "Fixture.java:5: public class Undocumented has no javadoc",
              "Fixture.java:6: public class Undocumented.NestedUndocumented has no javadoc",
              "Fixture.java:12: the javadoc of public record Undocumented.OnlyTags does not say"
                  + " what it is for",
              "Fixture.java:16: public interface PlainComment has no javadoc",
              "Fixture.java:17: public record PlainComment.ImplicitlyPublic has no javadoc",
              "Fixture.java:24: the javadoc of public @interface NoSince has no @since"),
          typeProblems("Fixture.java", source));
    }

    @Test
    void documentedAndNonPublicTypesPass() {
      String source =
          """
          package com.example;

          /**
           * Documented, with an example:
           *
           * <pre>{@code
           * public class NotADeclaration {}
           * }</pre>
           *
           * @since 0.1.0
           */
          @Deprecated
          // a line comment between javadoc and declaration is fine
          public final class Documented {
            private static final String TEXT = "public class InAString {";
            private static final char BRACE = '{';
            private static final String BLOCK = \"""
                public class InATextBlock {
                \""";

            /** A nested public type. */
            public static final class Nested {}

            private static final class Hidden {}

            static class PackagePrivate {
              public static class InsidePackagePrivate {}
            }

            void method() {
              class Local {}
              Runnable anonymous = new Runnable() {
                @Override public void run() {}
              };
              Object type = Documented.class;
            }
          }

          final class NotPublic {}
          """;
      assertEquals(List.of(), typeProblems("Fixture.java", source));
    }

    @Test
    void packageInfoWithoutJavadoc() {
      assertEquals(
          List.of("package-info.java:2: package com.example has no javadoc"),
          packageProblems(
              "package-info.java", "/* Just a comment. */\npackage com.example;\n"));
      assertEquals(
          List.of("package-info.java:1: package com.example has no javadoc"),
          packageProblems("package-info.java", "package com.example;\n"));
      assertEquals(
          List.of(),
          packageProblems(
              "package-info.java",
              "/** What the package holds. */\n@NullMarked\npackage com.example;\n"));
    }
  }

  // ---- the checks ------------------------------------------------------------------------------

  private static final Pattern SINCE = Pattern.compile("(?m)^\\s*(/\\*\\*)?\\s*\\*?\\s*@since\\s+\\S");

  /** What is missing from the javadoc of the API types in one source file. */
  static List<String> typeProblems(String file, String source) {
    List<String> problems = new ArrayList<>();
    for (Declaration declaration : Scanner.declarations(source)) {
      if (!declaration.isApi()) {
        continue;
      }
      String where = file + ":" + declaration.line() + ": ";
      String what = "public " + declaration.kind() + " " + declaration.name();
      String javadoc = declaration.javadoc();
      if (javadoc == null) {
        problems.add(where + what + " has no javadoc");
        continue;
      }
      if (purpose(javadoc).isEmpty()) {
        problems.add(where + "the javadoc of " + what + " does not say what it is for");
      }
      if (!declaration.nested() && !SINCE.matcher(javadoc).find()) {
        problems.add(where + "the javadoc of " + what + " has no @since");
      }
    }
    return problems;
  }

  /** What is missing from the javadoc of a package-info.java. */
  static List<String> packageProblems(String file, String source) {
    List<String> problems = new ArrayList<>();
    for (Declaration declaration : Scanner.declarations(source)) {
      if (declaration.kind().equals("package")) {
        String javadoc = declaration.javadoc();
        if (javadoc == null || purpose(javadoc).isEmpty()) {
          problems.add(
              file + ":" + declaration.line() + ": package " + declaration.name()
                  + " has no javadoc");
        }
        return problems;
      }
    }
    problems.add(file + ": no package declaration");
    return problems;
  }

  /** The text of a javadoc comment before its block tags, without the stars. */
  private static String purpose(String javadoc) {
    StringBuilder text = new StringBuilder();
    String body = javadoc.substring(3, javadoc.length() - 2);
    for (String line : body.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("*")) {
        stripped = stripped.substring(1).strip();
      }
      if (stripped.startsWith("@")) {
        break;
      }
      text.append(stripped).append(' ');
    }
    return text.toString().strip();
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".java"))
          .filter(file -> !file.getFileName().toString().equals("package-info.java"))
          .sorted()
          .toList();
    }
  }

  // ---- the scanner -----------------------------------------------------------------------------

  /**
   * A type (or the package) declared in a source file: its kind ({@code class}, {@code interface},
   * {@code enum}, {@code record}, {@code @interface} or {@code package}), its name (nested ones as
   * {@code Outer.Inner}), the line of its keyword, and the javadoc comment right before it.
   */
  record Declaration(
      String kind,
      String name,
      int line,
      boolean nested,
      boolean isApi,
      @Nullable String javadoc) {}

  private static final class Scanner {
    /** The words that declare a type or the package; "record" only where a record follows. */
    private static final Set<String> KEYWORDS = Set.of("class", "interface", "enum", "package");

    /** Any block that is not a type's body: a method, an initializer, an anonymous class... */
    private static final Frame BLOCK = new Frame("block", "", false);

    private final String source;
    private final List<Declaration> declarations = new ArrayList<>();
    /** One entry per open brace: the type whose body it opens, or null for any other block. */
    private final Deque<Frame> braces = new ArrayDeque<>();
    /** The words of the declaration being read, since the last ';', '{' or '}' outside parens. */
    private final List<String> header = new ArrayList<>();

    private int position;
    private int parentheses;
    private @Nullable String javadoc;
    private @Nullable Frame typeAhead;
    private String previous = "";

    private record Frame(String kind, String name, boolean isApi) {}

    private Scanner(String source) {
      this.source = source;
    }

    static List<Declaration> declarations(String source) {
      Scanner scanner = new Scanner(source);
      scanner.scan();
      return scanner.declarations;
    }

    private void scan() {
      while (position < source.length()) {
        char c = source.charAt(position);
        if (Character.isWhitespace(c)) {
          position++;
        } else if (source.startsWith("//", position)) {
          position = end("\n", position);
        } else if (source.startsWith("/**", position) && !source.startsWith("/**/", position)) {
          int end = end("*/", position + 3);
          if (header.isEmpty()) {
            javadoc = source.substring(position, end);
          }
          position = end;
        } else if (source.startsWith("/*", position)) {
          position = end("*/", position + 2);
        } else if (source.startsWith("\"\"\"", position)) {
          position = endOfQuoted("\"\"\"", position + 3);
        } else if (c == '"' || c == '\'') {
          position = endOfQuoted(String.valueOf(c), position + 1);
          token("literal");
        } else if (Character.isJavaIdentifierStart(c)) {
          int start = position;
          while (position < source.length()
              && Character.isJavaIdentifierPart(source.charAt(position))) {
            position++;
          }
          word(source.substring(start, position), start);
        } else if (Character.isDigit(c)) {
          while (position < source.length()
              && (Character.isLetterOrDigit(source.charAt(position))
                  || source.charAt(position) == '.'
                  || source.charAt(position) == '_')) {
            position++;
          }
          token("number");
        } else {
          position++;
          punctuation(c);
        }
      }
    }

    private void punctuation(char c) {
      switch (c) {
        case '(' -> parentheses++;
        case ')' -> parentheses--;
        case '{' -> {
          Frame frame = typeAhead;
          if (parentheses == 0 && frame != null) {
            braces.push(frame);
            typeAhead = null;
          } else {
            braces.push(BLOCK);
          }
        }
        case '}' -> {
          if (!braces.isEmpty()) {
            braces.pop();
          }
        }
        default -> {}
      }
      if ((c == '{' || c == '}' || c == ';') && parentheses == 0) {
        // the end of a declaration or statement: what follows has a javadoc of its own
        header.clear();
        javadoc = null;
        previous = String.valueOf(c);
      } else {
        token(String.valueOf(c));
      }
    }

    private void word(String word, int start) {
      boolean declares =
          parentheses == 0
              && !previous.equals(".")
              && (word.equals("record") ? recordFollows() : KEYWORDS.contains(word));
      if (declares) {
        declare(previous.equals("@") ? "@interface" : word, start);
      }
      token(word);
    }

    /** Whether the word "record" at the position starts a record: a name, then '(' or '<'. */
    private boolean recordFollows() {
      int at = skipSpace(position);
      if (at >= source.length() || !Character.isJavaIdentifierStart(source.charAt(at))) {
        return false;
      }
      while (at < source.length() && Character.isJavaIdentifierPart(source.charAt(at))) {
        at++;
      }
      at = skipSpace(at);
      return at < source.length() && (source.charAt(at) == '(' || source.charAt(at) == '<');
    }

    private void declare(String kind, int start) {
      int at = skipSpace(position);
      int end = at;
      while (end < source.length()
          && (Character.isJavaIdentifierPart(source.charAt(end)) || source.charAt(end) == '.')) {
        end++;
      }
      String name = source.substring(at, end);
      int line = lineOf(start);
      if (kind.equals("package")) {
        declarations.add(new Declaration(kind, name, line, false, false, javadoc));
        return;
      }
      Frame enclosing = braces.peek();
      if (enclosing != null && enclosing.kind().equals(BLOCK.kind())) {
        // a local class: in a method, an initializer or an anonymous class
        typeAhead = new Frame(kind, name, false);
        return;
      }
      boolean nested = enclosing != null;
      // the members of an interface are public without the word
      boolean isPublic =
          header.contains("public") || (nested && enclosing.kind().endsWith("interface"));
      boolean isApi = isPublic && (!nested || enclosing.isApi());
      String fullName = nested ? enclosing.name() + "." + name : name;
      declarations.add(new Declaration(kind, fullName, line, nested, isApi, javadoc));
      typeAhead = new Frame(kind, fullName, isApi);
    }

    private void token(String token) {
      header.add(token);
      previous = token;
    }

    private int skipSpace(int from) {
      int at = from;
      while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
        at++;
      }
      return at;
    }

    /** The position after {@code end}, searched from {@code from}; the source's end if none. */
    private int end(String end, int from) {
      int at = source.indexOf(end, from);
      return at < 0 ? source.length() : at + end.length();
    }

    /** The position after the closing quote(s), skipping escaped characters. */
    private int endOfQuoted(String quote, int from) {
      int at = from;
      while (at < source.length()) {
        if (source.charAt(at) == '\\') {
          at += 2;
        } else if (source.startsWith(quote, at)) {
          return at + quote.length();
        } else {
          at++;
        }
      }
      return at;
    }

    private int lineOf(int index) {
      int line = 1;
      for (int i = 0; i < index; i++) {
        if (source.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
