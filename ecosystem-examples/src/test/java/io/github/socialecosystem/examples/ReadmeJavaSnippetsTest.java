package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Every {@code ```java} block of the README compiles as written, and prints what its comments say.
 *
 * <p>The convention the README's Java blocks follow, and that this test enforces:
 *
 * <ul>
 *   <li><b>Each block stands alone.</b> It declares or builds everything it uses and shows its
 *       imports (wildcards are fine); nothing carries over from one block to another, since each
 *       is compiled on its own.
 *   <li><b>A block that declares a type</b> (a line that starts with {@code class}, {@code
 *       interface}, {@code record} or {@code enum}, after any modifiers) is a whole compilation
 *       unit. It is compiled, not run, against this module's test class path: the library, the
 *       test kit, jqwik and JUnit, so examples of tests and properties compile as a downstream
 *       project would compile them.
 *   <li><b>Any other block is the body of a program:</b> {@code import} lines at its top, then
 *       statements. The statements become the body of a generated {@code main} that may throw any
 *       exception, and the program runs in a JVM of its own, in a directory that holds {@code
 *       crafting-tools.policy}: the first policy text of the README's "Policies as text".
 *   <li><b>A stated output</b> is a line {@code System.out.println(expr);  // text} (or {@code
 *       System.out.print(expr);  // text}): that statement must print exactly {@code text}, not
 *       counting one line break at its end. When {@code text} ends with {@code ...}, what it
 *       prints must start with the part before the dots. The statement must run exactly once.
 *   <li><b>Other comments are prose.</b> A comment on a line of its own says anything. A comment
 *       at the end of any other line must not start like a value ({@code true}, {@code 42}, {@code
 *       LIMITED}, {@code [a, b]}, {@code Optional[...]}, a quoted text), so that no value is
 *       claimed without being checked; print the value to claim it. A compilation unit states no
 *       outputs, since it is not run.
 * </ul>
 *
 * <p>The compiler and the programs get the tests' own class path: {@code surefire.test.class.path},
 * which surefire fills with the real entries even when it starts the JVM from a manifest-only jar,
 * or {@code java.class.path} outside surefire. Each program runs with the {@code hi_IN} locale the
 * build gives the tests.
 */
class ReadmeJavaSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String POLICY_FILE = "crafting-tools.policy";

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*public\\s.*");
  private static final Pattern IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]+(?:\\.\\*)?\\s*;\\s*$");
  private static final Pattern STATED_OUTPUT =
      Pattern.compile("^(\\s*)(System\\.out\\.print(?:ln)?\\(.*?\\);)\\s*//\\s?(.*)$");
  private static final Pattern TRAILING_COMMENT = Pattern.compile("^\\s*[^\\s/].*?\\s//\\s?(.*)$");
  private static final Pattern LOOKS_LIKE_A_VALUE =
      Pattern.compile(
          "^(?:true|false|null|-?\\d[\\d_,.]*%?|[A-Z][A-Z0-9_]+|\\[.*|Optional\\s*[\\[.].*|\".*)"
              + "(?:\\W.*)?$");

  private static final String MARK = "\\u0001";

  @TempDir static Path work;

  private static String classPath = "";

  @BeforeAll
  static void prepare() throws IOException {
    classPath = System.getProperty("surefire.test.class.path", "");
    if (classPath.isBlank()) {
      classPath = System.getProperty("java.class.path", "");
    }
    assertTrue(
        classPath.contains(File.pathSeparator),
        "the test class path holds only '" + classPath
            + "': a manifest-only jar hides the entries");
    Files.writeString(work.resolve(POLICY_FILE), policyExample(readme()), StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> readmeEveryJavaBlockCompilesAndPrintsWhatItsCommentsSay()
      throws IOException {
    List<Snippet> snippets = snippets(readme());
    assertTrue(snippets.stream().anyMatch(Snippet::isCompilationUnit), "no compilation unit found");
    assertTrue(snippets.stream().anyMatch(s -> !s.isCompilationUnit()), "no program found");
    return snippets.stream().map(s -> dynamicTest(s.toString(), () -> check(s)));
  }

  @Test
  void aWrongStatedOutputFails() {
    Snippet wrong =
        new Snippet(
            1,
            List.of(
                "import java.util.List;", "", "System.out.println(List.of(1, 2));  // [1, 3]"));
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> check(wrong));
    assertTrue(error.getMessage().contains("line 3"), error.getMessage());
    assertEquals("[1, 3]", error.getExpected().getStringRepresentation());
    assertEquals("[1, 2]", error.getActual().getStringRepresentation());
  }

  @Test
  void rightStatedOutputsPassIncludingAStartFollowedByDots() throws Exception {
    check(
        new Snippet(
            1,
            List.of(
                "import java.nio.file.Path;",
                "for (int i = 0; i < 2; i++) {",
                "  System.out.println(\"not stated\");",
                "}",
                "System.out.print(\"two\\nlines\\n\");  // two ...",
                "System.out.println(Path.of(\"" + POLICY_FILE + "\").toFile().isFile());"
                    + "  // true")));
  }

  @Test
  void aValueInAProseCommentFails() {
    Snippet unchecked = new Snippet(1, List.of("int sum = 1 + 1;  // 2"));
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> check(unchecked));
    assertTrue(error.getMessage().contains("System.out.println"), error.getMessage());
  }

  @Test
  void aStatedOutputInACompilationUnitFails() {
    Snippet unit =
        new Snippet(
            1,
            List.of(
                "class Example {",
                "  void run() {",
                "    System.out.println(1);  // 1",
                "  }",
                "}"));
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> check(unit));
    assertTrue(error.getMessage().contains("not run"), error.getMessage());
  }

  @Test
  void aStatedOutputThatNeverRunsFails() {
    Snippet never =
        new Snippet(
            1, List.of("if (args.length > 0) {", "  System.out.println(1);  // 1", "}"));
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> check(never));
    assertTrue(error.getMessage().contains("never ran"), error.getMessage());
  }

  /** A ```java block: its lines, and the README line of the first one. */
  record Snippet(int firstLine, List<String> lines) {
    boolean isCompilationUnit() {
      return lines.stream().anyMatch(line -> TYPE_DECLARATION.matcher(line).find());
    }

    int readmeLine(int index) {
      return firstLine + index;
    }

    @Override
    public String toString() {
      return "README.md line " + firstLine + ": "
          + (isCompilationUnit() ? "compilation unit" : "program");
    }
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** Every ```java block, in order. */
  static List<Snippet> snippets(String readme) {
    List<String> lines = readme.lines().collect(Collectors.toList());
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("```java")) {
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).equals("```")) {
          end++;
        }
        assertTrue(
            end < lines.size(), "README.md line " + (i + 1) + ": the ```java block is not closed");
        snippets.add(new Snippet(i + 2, List.copyOf(lines.subList(i + 1, end))));
        i = end;
      }
    }
    return snippets;
  }

  /** The first fenced block of the section "Policies as text": the example policy. */
  private static String policyExample(String readme) {
    String section = readme.substring(readme.indexOf("\n## Policies as text\n"));
    int start = section.indexOf("\n```\n") + "\n```\n".length();
    return section.substring(start, section.indexOf("\n```\n", start) + 1);
  }

  private static void check(Snippet snippet) throws IOException, InterruptedException {
    List<Integer> stated = new ArrayList<>();
    for (int i = 0; i < snippet.lines().size(); i++) {
      String line = snippet.lines().get(i);
      if (STATED_OUTPUT.matcher(line).matches()) {
        if (snippet.isCompilationUnit()) {
          fail(
              "README.md line " + snippet.readmeLine(i) + ": a block that declares a type is"
                  + " compiled but not run, so it cannot state an output: " + line.strip());
        }
        stated.add(i);
        continue;
      }
      Matcher comment = TRAILING_COMMENT.matcher(line);
      if (comment.matches() && LOOKS_LIKE_A_VALUE.matcher(comment.group(1).strip()).matches()) {
        fail(
            "README.md line " + snippet.readmeLine(i) + ": the comment '" + comment.group(1).strip()
                + "' states a value that nothing checks; print it with System.out.println(...)"
                + " and state it after that");
      }
    }
    Path dir = Files.createDirectories(work.resolve("line-" + snippet.firstLine()));
    if (snippet.isCompilationUnit()) {
      compile(snippet, dir, unitName(snippet), snippet.lines(), 0);
    } else {
      run(snippet, dir, stated);
    }
  }

  private static String unitName(Snippet snippet) {
    String first = null;
    for (String line : snippet.lines()) {
      Matcher type = TYPE_DECLARATION.matcher(line);
      if (type.find()) {
        if (PUBLIC_TYPE.matcher(line).matches()) {
          return type.group(1);
        }
        if (first == null) {
          first = type.group(1);
        }
      }
    }
    assertTrue(first != null, "no type declared");
    return first;
  }

  /**
   * Wraps the statements in a class with a {@code main}, marks the start and end of what each
   * stated output prints, runs it, and compares.
   */
  private static void run(Snippet snippet, Path dir, List<Integer> stated)
      throws IOException, InterruptedException {
    List<String> lines = snippet.lines();
    int imports = 0;
    while (imports < lines.size()
        && (lines.get(imports).isBlank() || IMPORT.matcher(lines.get(imports)).matches())) {
      imports++;
    }
    String className = "ReadmeSnippetAtLine" + snippet.firstLine();
    List<String> source = new ArrayList<>(lines.subList(0, imports));
    source.add(
        "public final class " + className
            + " { public static void main(String[] args) throws Exception {");
    for (int i = imports; i < lines.size(); i++) {
      String line = lines.get(i);
      int claim = stated.indexOf(i);
      if (claim >= 0) {
        Matcher output = STATED_OUTPUT.matcher(line);
        assertTrue(output.matches());
        line =
            output.group(1) + "System.out.print(\"" + MARK + claim + "<" + MARK + "\"); "
                + output.group(2) + " System.out.print(\"" + MARK + claim + ">" + MARK + "\");";
      } else if (IMPORT.matcher(line).matches()) {
        fail(
            "README.md line " + snippet.readmeLine(i)
                + ": imports go at the top of a block, before any statement");
      }
      source.add(line);
    }
    source.add("}}");
    compile(snippet, dir, className, source, imports + 1);

    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Duser.language=hi",
                "-Duser.country=IN",
                "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8",
                "-cp",
                dir.resolve("classes") + File.pathSeparator + classPath,
                className)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(snippet + ": still running after two minutes");
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(
        0,
        process.exitValue(),
        () -> snippet + " failed:\n" + readQuietly(err) + "\nafter printing:\n" + printed);

    for (int claim = 0; claim < stated.size(); claim++) {
      int index = stated.get(claim);
      Matcher output = STATED_OUTPUT.matcher(lines.get(index));
      assertTrue(output.matches());
      String where = "README.md line " + snippet.readmeLine(index);
      String start = "\u0001" + claim + "<\u0001";
      String end = "\u0001" + claim + ">\u0001";
      int from = printed.indexOf(start);
      int to = printed.indexOf(end);
      assertTrue(from >= 0 && to > from, where + ": the statement never ran");
      assertTrue(
          printed.indexOf(start, from + 1) < 0, where + ": the statement ran more than once");
      String text = printed.substring(from + start.length(), to);
      text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      String expected = output.group(3).strip();
      if (expected.endsWith("...")) {
        String beginning = expected.substring(0, expected.length() - 3).strip();
        if (!text.startsWith(beginning)) {
          throw new AssertionFailedError(
              where + ": printed '" + text + "', which does not start with '" + beginning + "'",
              beginning,
              text);
        }
      } else {
        assertEquals(expected, text, where + ": printed something else than its comment says");
      }
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(" + e + ")";
    }
  }

  /**
   * Compiles one source file into {@code dir/classes}; diagnostics name README lines. Line {@code
   * n} of the source is line {@code n} of the snippet before {@code headerLine}, the generated
   * class header at it, and line {@code n - 1} after it; 0 means there is no generated header.
   */
  private static void compile(
      Snippet snippet, Path dir, String className, List<String> source, int headerLine)
      throws IOException {
    Path sourceFile = dir.resolve(className + ".java");
    Files.writeString(sourceFile, String.join("\n", source) + "\n", StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac != null, "no Java compiler: the tests need a JDK, not a JRE");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  List.of(
                      "-d", classes.toString(),
                      "-classpath", classPath,
                      "--release", "17",
                      "-proc:none",
                      "-Xlint:all,-path",
                      "-Werror"),
                  null,
                  files.getJavaFileObjects(sourceFile))
              .call();
    }
    if (!compiled || !diagnostics.getDiagnostics().isEmpty()) {
      StringBuilder message = new StringBuilder(snippet + " does not compile cleanly:");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        long line = d.getLineNumber();
        String at;
        if (line <= 0) {
          at = "";
        } else if (headerLine == 0 || line < headerLine) {
          at = "README.md line " + snippet.readmeLine((int) line - 1) + ": ";
        } else if (line == headerLine) {
          at = "(the generated main) ";
        } else {
          at = "README.md line " + snippet.readmeLine((int) line - 2) + ": ";
        }
        message.append("\n  ").append(at).append(d.getKind()).append(": ")
            .append(d.getMessage(Locale.ROOT));
      }
      fail(message.toString());
    }
  }
}
