package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.rules.PolicyEngine;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as Java modules, the way an application on the module path meets it: a module
 * outside the project compiles against the jars and runs on them (with the test kit), sees only
 * the exported packages, and cannot compile against an {@code internal} one.
 */
class ModulePathTest {
  private static final String CORE = "io.github.socialecosystem.core";
  private static final String RULES = "io.github.socialecosystem.rules";
  private static final String TEST_KIT = "io.github.socialecosystem.core.testing";

  @TempDir static Path work;

  private static String modulePath;

  @BeforeAll
  static void gatherTheJars() throws IOException {
    // surefire names the real entries here even when it starts the JVM from a manifest-only jar
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = List.of(classPath.split(File.pathSeparator));
    List<Path> path = new ArrayList<>();
    path.add(entry(entries, "ecosystem-core", false));
    path.add(entry(entries, "ecosystem-rules", false));
    path.add(testKitJar(entry(entries, "ecosystem-core", true)));
    for (String library :
        List.of(
            "guava-", "failureaccess-", "slf4j-api-", "jspecify-", "value-annotations-",
            "jqwik-api-", "jqwik-engine-",
            "junit-platform-engine-", "junit-platform-commons-", "opentest4j-", "apiguardian-api-")) {
      path.add(entry(entries, library, false));
    }
    modulePath = path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void theCoreModuleExportsItsApiAndSharesInternalWithTheRulesModuleOnly() {
    ModuleDescriptor core = descriptor(CORE);
    assertEquals(
        Map.of(
            CORE, Set.of(),
            CORE + ".policy", Set.of(),
            CORE + ".internal", Set.of(RULES)),
        exports(core));
    assertTrue(core.packages().contains(CORE + ".internal"));
    assertFalse(core.isAutomatic());
  }

  @Test
  void theRulesModuleExportsItsApiAndNotItsInternals() {
    ModuleDescriptor rules = descriptor(RULES);
    assertEquals(
        Map.of(
            RULES, Set.of(),
            RULES + ".advisor", Set.of(),
            RULES + ".analysis", Set.of(),
            RULES + ".diagram", Set.of(),
            RULES + ".language", Set.of()),
        exports(rules));
    assertTrue(rules.packages().contains(RULES + ".internal"));
    assertTrue(
        rules.requires().stream()
            .anyMatch(
                r -> r.name().equals(CORE)
                    && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
        "the rules module reads the core module transitively: " + rules.requires());
    assertTrue(
        rules.requires().stream()
            .filter(r -> r.name().equals("org.jspecify"))
            .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)),
        "annotation libraries are needed to compile only: " + rules.requires());
  }

  @Test
  void aModuleOutsideTheProjectDecidesAnalysesAndUsesTheTestKitOnTheModulePath()
      throws Exception {
    Path sources = work.resolve("outside-src");
    write(
        sources.resolve("module-info.java"),
        """
        module com.example.outside {
          requires io.github.socialecosystem.rules;
          requires io.github.socialecosystem.core.testing;
          requires net.jqwik.api;
        }
        """);
    write(
        sources.resolve("com/example/outside/Main.java"),
        """
        package com.example.outside;

        import io.github.socialecosystem.core.Community;
        import io.github.socialecosystem.core.StandardActions;
        import io.github.socialecosystem.core.policy.Decision;
        import io.github.socialecosystem.core.testing.EcosystemArbitraries;
        import io.github.socialecosystem.rules.PolicyEngine;
        import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
        import io.github.socialecosystem.rules.language.PolicyLanguage;

        public final class Main {
          public static void main(String[] args) {
            PolicyEngine engine = PolicyEngine.standard();
            Community fixed = io.github.socialecosystem.examples.FixedCommunity.get();
            Decision decision = engine.decide(fixed, StandardActions.BROADCAST_PROMOTION);
            Community sampled = EcosystemArbitraries.communities().sample();
            engine.decide(sampled, StandardActions.LISTEN);
            boolean roundTrip = PolicyLanguage.parse(PolicyLanguage.print(engine.policy()))
                .equals(engine.policy());
            boolean clean = !PolicyAnalyzer.analyze(engine.policy()).hasErrors();
            System.out.println(Main.class.getModule().getName()
                + " " + PolicyEngine.class.getModule().getName()
                + " " + Community.class.getModule().getName()
                + " " + EcosystemArbitraries.class.getModule().getName()
                + " " + decision.verdict() + " " + decision.reasons().get(0).ruleId()
                + " " + roundTrip + " " + clean);
          }
        }
        """
            .replace(
                "io.github.socialecosystem.examples.FixedCommunity.get()", fixedCommunitySource()));
    Path classes = work.resolve("outside-classes");
    String errors = compile(sources, classes);
    assertEquals("", errors);

    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                runtimeModulePath() + File.pathSeparator + classes,
                "--module",
                "com.example.outside/com.example.outside.Main")
            .redirectError(work.resolve("outside-stderr.txt").toFile())
            .start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (var in = java.getInputStream()) {
      in.transferTo(output);
    }
    assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the module-path run did not finish");
    String printed = output.toString(StandardCharsets.UTF_8).strip();
    // stderr holds only slf4j's note that no logging provider is on the module path
    String stderr = Files.readString(work.resolve("outside-stderr.txt"));
    assertFalse(stderr.contains("Exception"), stderr);
    var expected =
        PolicyEngine.standard().decide(fixedCommunity(), StandardActions.BROADCAST_PROMOTION);
    assertEquals(
        "com.example.outside " + RULES + " " + CORE + " " + TEST_KIT + " "
            + expected.verdict() + " " + expected.reasons().get(0).ruleId() + " true true",
        printed);
    assertEquals(0, java.exitValue(), printed + stderr);
  }

  @Test
  void aModuleOutsideTheProjectCannotCompileAgainstAnInternalPackage() throws IOException {
    for (String internal : List.of(CORE + ".internal.Checks", RULES + ".internal.DecisionTable")) {
      Path sources = work.resolve("sneaky-" + internal.hashCode());
      write(
          sources.resolve("module-info.java"),
          "module com.example.sneaky { requires io.github.socialecosystem.rules; }\n");
      write(
          sources.resolve("com/example/sneaky/Sneaky.java"),
          "package com.example.sneaky;\n"
              + "public final class Sneaky {\n"
              + "  static final Class<?> TYPE = " + internal + ".class;\n"
              + "}\n");
      String errors = compile(sources, work.resolve("sneaky-classes-" + internal.hashCode()));
      String pkg = internal.substring(0, internal.lastIndexOf('.'));
      assertTrue(
          errors.contains("package " + pkg + " is not visible")
              || errors.contains("package " + pkg + " is declared in module"),
          "expected javac to refuse " + pkg + ", got: " + errors);
    }
  }

  /** A community whose decision the outside module and this test compare. */
  private static Community fixedCommunity() {
    return Community.builder()
        .id("fan-club")
        .name("Fan club")
        .steward(io.github.socialecosystem.core.Steward.ORGANIZATION)
        .platform(
            io.github.socialecosystem.core.Platform.of(
                "Forum software", io.github.socialecosystem.core.PlatformKind.COMMUNITY_SOFTWARE))
        .membership(io.github.socialecosystem.core.Membership.OPEN)
        .audience(io.github.socialecosystem.core.Audience.CUSTOMERS)
        .build();
  }

  /** The same community, as source for the outside module. */
  private static String fixedCommunitySource() {
    return "Community.builder().id(\"fan-club\").name(\"Fan club\")"
        + ".steward(io.github.socialecosystem.core.Steward.ORGANIZATION)"
        + ".platform(io.github.socialecosystem.core.Platform.of(\"Forum software\","
        + " io.github.socialecosystem.core.PlatformKind.COMMUNITY_SOFTWARE))"
        + ".membership(io.github.socialecosystem.core.Membership.OPEN)"
        + ".audience(io.github.socialecosystem.core.Audience.CUSTOMERS).build()";
  }

  /**
   * The module path without the annotation libraries, which the modules require {@code static}:
   * the README says they are needed to compile only.
   */
  private static String runtimeModulePath() {
    return Stream.of(modulePath.split(File.pathSeparator))
        .filter(
            entry -> {
              String file = Path.of(entry).getFileName().toString();
              return !file.startsWith("jspecify-") && !file.startsWith("value-annotations-");
            })
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String compile(Path sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>();
    arguments.addAll(List.of("-d", classes.toString(), "--module-path", modulePath));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(arguments::add);
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status =
        javac.run(null, OutputStream.nullOutputStream(), errors, arguments.toArray(String[]::new));
    return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
  }

  private static ModuleDescriptor descriptor(String name) {
    return ModuleFinder.of(
            Stream.of(modulePath.split(File.pathSeparator)).map(Path::of).toArray(Path[]::new))
        .find(name)
        .map(ModuleReference::descriptor)
        .orElseThrow(() -> new AssertionError("no module " + name + " on " + modulePath));
  }

  private static Map<String, Set<String>> exports(ModuleDescriptor module) {
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : module.exports()) {
      exports.put(e.source(), new TreeSet<>(e.targets()));
    }
    return exports;
  }

  /** The class-path entry of an artifact: its jar, or its classes directory in a reactor build. */
  private static Path entry(List<String> entries, String artifact, boolean tests) {
    return entries.stream()
        .map(Path::of)
        .filter(
            p -> {
              String file = p.getFileName().toString();
              String parent = p.getParent() == null ? "" : p.getParent().toString();
              boolean jar =
                  file.startsWith(artifact)
                      && file.endsWith(".jar")
                      && file.endsWith("-tests.jar") == tests;
              boolean classes =
                  parent.endsWith(artifact.replaceAll("-$", "") + File.separator + "target")
                      && file.equals(tests ? "test-classes" : "classes");
              return jar || classes;
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + artifact + " on the class path"));
  }

  /**
   * The test kit as a jar: the test-jar itself, or, when a reactor build hands over the classes
   * directory, a jar of its {@code testing} package with the same module name.
   */
  private static Path testKitJar(Path entry) throws IOException {
    if (entry.toString().endsWith(".jar")) {
      return entry;
    }
    Path jar = work.resolve("test-kit.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), TEST_KIT);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        Stream<Path> files = Files.walk(entry)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = entry.relativize(file).toString().replace(File.separatorChar, '/');
        if (name.startsWith("io/github/socialecosystem/core/testing/")
            || name.equals("META-INF/services/net.jqwik.api.providers.ArbitraryProvider")) {
          out.putNextEntry(new JarEntry(name));
          out.write(Files.readAllBytes(file));
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
