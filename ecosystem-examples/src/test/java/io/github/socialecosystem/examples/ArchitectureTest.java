package io.github.socialecosystem.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.github.socialecosystem.core.archfixtures.CoreUsingRules;
import io.github.socialecosystem.core.policy.SignatureFixtures;
import io.github.socialecosystem.examples.archfixtures.ExamplesUsingInternals;
import io.github.socialecosystem.rules.advisor.archfixtures.AdvisorUsingAnalysis;
import io.github.socialecosystem.rules.analysis.archfixtures.AnalysisUsingAdvisor;
import io.github.socialecosystem.rules.diagram.archfixtures.DiagramUsingEngine;
import io.github.socialecosystem.rules.language.archfixtures.LanguageUsingEngine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The architecture of DESIGN.md, section 3, checked on the compiled classes of the three modules:
 * dependencies point one way (examples → rules → core), the packages inside rules form a DAG, the
 * {@code internal} packages stay inside their modules, and no public signature of an API package
 * shows a Guava type or an {@code internal} one.
 *
 * <p>Each rule is a constant, checked once on the real classes and once on small violating
 * fixtures (test sources under {@code ..archfixtures..} packages, and {@link SignatureFixtures} in
 * an API package), so that a rule that could never fail would be noticed. The real check imports
 * main classes only, so the fixtures never reach it.
 */
class ArchitectureTest {
  private static final String ROOT = "io.github.socialecosystem";
  private static final String CORE = ROOT + ".core";
  private static final String RULES = ROOT + ".rules";
  private static final String EXAMPLES = ROOT + ".examples";

  /** The packages that {@code module-info.java} exports: everything public in them is API. */
  static final List<String> API_PACKAGES =
      List.of(
          CORE,
          CORE + ".policy",
          RULES,
          RULES + ".advisor",
          RULES + ".analysis",
          RULES + ".diagram",
          RULES + ".language");

  // ---- 1. examples → rules → core --------------------------------------------------------------

  /** Core knows neither the engine nor the tools built on it. */
  static final ArchRule CORE_DEPENDS_ON_NEITHER_RULES_NOR_EXAMPLES =
      noClasses()
          .that()
          .resideInAPackage(CORE + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(RULES + "..", EXAMPLES + "..")
          .as("ecosystem-core depends on neither ecosystem-rules nor ecosystem-examples");

  /** Rules knows nothing of the examples and tools. */
  static final ArchRule RULES_DO_NOT_DEPEND_ON_EXAMPLES =
      noClasses()
          .that()
          .resideInAPackage(RULES + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(EXAMPLES + "..")
          .as("ecosystem-rules does not depend on ecosystem-examples");

  // ---- 2. inside rules: language ← engine ← analysis/advisor; diagrams need only core -----------

  /**
   * The packages of ecosystem-rules as layers. The engine ({@code .rules}) compiles policies into
   * the decision table of {@code .internal} and reads the standard policy with {@code .language};
   * analysis and the advisor are built on the engine. The language and the internal table are
   * leaves. Layers are optional so that the rule can also be evaluated on a few fixtures; the real
   * check asserts separately that every package has classes.
   */
  static final ArchRule RULES_PACKAGES_FORM_THE_INTENDED_DAG =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("engine")
          .definedBy(RULES)
          .layer("language")
          .definedBy(RULES + ".language..")
          .layer("internal")
          .definedBy(RULES + ".internal..")
          .layer("analysis")
          .definedBy(RULES + ".analysis..")
          .layer("advisor")
          .definedBy(RULES + ".advisor..")
          .layer("diagram")
          .definedBy(RULES + ".diagram..")
          .whereLayer("language")
          .mayNotAccessAnyLayer()
          .whereLayer("internal")
          .mayNotAccessAnyLayer()
          .whereLayer("engine")
          .mayOnlyAccessLayers("language", "internal")
          .whereLayer("analysis")
          .mayOnlyAccessLayers("engine", "language", "internal")
          .whereLayer("advisor")
          .mayOnlyAccessLayers("engine", "language", "internal")
          .whereLayer("diagram")
          .mayNotAccessAnyLayer()
          .as(
              "inside ecosystem-rules: language and internal are leaves, the engine uses them,"
                  + " analysis and advisor use the engine, diagram uses none of them");

  /** Diagrams draw an ecosystem: core's values are all they need. */
  static final ArchRule DIAGRAMS_NEED_ONLY_CORE =
      classes()
          .that()
          .resideInAPackage(RULES + ".diagram..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              RULES + ".diagram..",
              CORE + "..", // core.internal included: the text helpers
              "java..",
              "com.google.common..",
              "org.jspecify.annotations..")
          .as("rules.diagram depends only on core (and the JDK, Guava, JSpecify)");

  /** Each package of ecosystem-rules is a slice; the engine's own package is the slice "engine". */
  private static final SliceAssignment RULES_SLICES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (name.equals(RULES)) {
            return SliceIdentifier.of("engine");
          }
          if (name.startsWith(RULES + ".")) {
            return SliceIdentifier.of(name.substring(RULES.length() + 1).split("\\.", -1)[0]);
          }
          return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the packages of ecosystem-rules";
        }
      };

  static final ArchRule RULES_PACKAGES_ARE_FREE_OF_CYCLES =
      slices().assignedFrom(RULES_SLICES).should().beFreeOfCycles();

  // ---- 3. internal packages stay inside --------------------------------------------------------

  /** core.internal is exported to the rules module only (module-info.java). */
  static final ArchRule CORE_INTERNAL_IS_USED_BY_CORE_AND_RULES_ONLY =
      noClasses()
          .that()
          .resideOutsideOfPackages(CORE + "..", RULES + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CORE + ".internal..")
          .as("only ecosystem-core and ecosystem-rules use core.internal");

  /** rules.internal is not exported at all. */
  static final ArchRule RULES_INTERNAL_IS_USED_BY_RULES_ONLY =
      noClasses()
          .that()
          .resideOutsideOfPackage(RULES + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(RULES + ".internal..")
          .as("only ecosystem-rules uses rules.internal");

  /** The tools use the library the way any application does: through its API. */
  static final ArchRule EXAMPLES_USE_NO_INTERNAL_PACKAGE =
      noClasses()
          .that()
          .resideInAPackage(EXAMPLES + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CORE + ".internal..", RULES + ".internal..")
          .as("ecosystem-examples uses neither core.internal nor rules.internal");

  // ---- 4. and 6. public signatures of the API ------------------------------------------------

  /**
   * Public classes of the API packages, nested ones only where every enclosing class is public;
   * a nested class may be protected instead (its enclosing class's subclasses reach it).
   */
  static final DescribedPredicate<JavaClass> PUBLIC_API_CLASS =
      DescribedPredicate.describe(
          "public and protected classes of the API packages", ArchitectureTest::isPublicApiClass);

  /** Guava is used inside and never appears in a public signature (DESIGN.md, section 3). */
  static final ArchRule NO_GUAVA_TYPE_IN_API_SIGNATURES =
      classes()
          .that(PUBLIC_API_CLASS)
          .should(exposeNoTypeFrom("a Guava type", "com.google.common.."))
          .as("no Guava type in a public signature of the API packages");

  /** What is not exported cannot be in a signature that is. */
  static final ArchRule NO_INTERNAL_TYPE_IN_API_SIGNATURES =
      classes()
          .that(PUBLIC_API_CLASS)
          .should(
              exposeNoTypeFrom(
                  "an internal type", CORE + ".internal..", RULES + ".internal.."))
          .as("no core.internal or rules.internal type in a public signature of the API packages");

  /** Main classes of the three modules; never test classes (fixtures), nor the test kit. */
  private static final JavaClasses PROJECT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // core's test-jar (the test kit in .core.testing) is on this class path as a jar
          .withImportOption(location -> !location.contains("/socialecosystem/core/testing/"))
          .importPackages(ROOT);

  @Test
  void theImportHoldsTheMainClassesOfAllThreeModulesAndNoTestClass() {
    Map<String, Integer> perModule = new TreeMap<>();
    for (JavaClass javaClass : PROJECT) {
      perModule.merge(module(javaClass), 1, Integer::sum);
      String uri = javaClass.getSource().orElseThrow().getUri().toString();
      assertFalse(uri.contains("test-classes"), uri);
      assertFalse(uri.contains("-tests.jar"), uri);
      assertFalse(javaClass.getPackageName().contains("archfixtures"), javaClass.getName());
    }
    assertEquals(
        Set.of("ecosystem-core", "ecosystem-rules", "ecosystem-examples"), perModule.keySet());
    // below today's counts (about 80, 100 and 50): a broken import cannot pass for a check
    assertTrue(perModule.get("ecosystem-core") >= 60, perModule::toString);
    assertTrue(perModule.get("ecosystem-rules") >= 75, perModule::toString);
    assertTrue(perModule.get("ecosystem-examples") >= 35, perModule::toString);
    for (String name : List.of("", ".language", ".internal", ".analysis", ".advisor", ".diagram")) {
      assertTrue(PROJECT.containPackage(RULES + name), RULES + name);
    }
  }

  @Test
  void coreDependsOnNeitherRulesNorExamples() {
    CORE_DEPENDS_ON_NEITHER_RULES_NOR_EXAMPLES.check(PROJECT);
  }

  @Test
  void rulesDoNotDependOnExamples() {
    RULES_DO_NOT_DEPEND_ON_EXAMPLES.check(PROJECT);
  }

  @Test
  void rulesPackagesFormTheIntendedDag() {
    RULES_PACKAGES_FORM_THE_INTENDED_DAG.check(PROJECT);
  }

  @Test
  void diagramsNeedOnlyCore() {
    DIAGRAMS_NEED_ONLY_CORE.check(PROJECT);
  }

  @Test
  void rulesPackagesAreFreeOfCycles() {
    RULES_PACKAGES_ARE_FREE_OF_CYCLES.check(PROJECT);
  }

  @Test
  void coreInternalIsUsedByCoreAndRulesOnly() {
    CORE_INTERNAL_IS_USED_BY_CORE_AND_RULES_ONLY.check(PROJECT);
  }

  @Test
  void rulesInternalIsUsedByRulesOnly() {
    RULES_INTERNAL_IS_USED_BY_RULES_ONLY.check(PROJECT);
  }

  @Test
  void examplesUseNoInternalPackage() {
    EXAMPLES_USE_NO_INTERNAL_PACKAGE.check(PROJECT);
  }

  @Test
  void noGuavaTypeInApiSignatures() {
    NO_GUAVA_TYPE_IN_API_SIGNATURES.check(PROJECT);
  }

  @Test
  void noInternalTypeInApiSignatures() {
    NO_INTERNAL_TYPE_IN_API_SIGNATURES.check(PROJECT);
  }

  /** The same rules on classes written to break them: each rule fails and names the culprit. */
  @Nested
  class EachRuleFailsOnAViolatingClass {
    private static final String ENGINE = "io.github.socialecosystem.rules.PolicyEngine";
    private static final String EXAMPLE = "io.github.socialecosystem.examples.QuickStart";
    private static final String CORE_INTERNAL = "io.github.socialecosystem.core.internal.Texts";
    private static final String RULES_INTERNAL = "io.github.socialecosystem.rules.internal.Tri";

    @Test
    void coreUsingRulesAndExamples() {
      List<String> violations =
          violations(CORE_DEPENDS_ON_NEITHER_RULES_NOR_EXAMPLES, fixtures(CoreUsingRules.class));
      assertNamed(violations, CoreUsingRules.class.getName(), ENGINE);
      assertNamed(violations, CoreUsingRules.class.getName(), EXAMPLE);
    }

    @Test
    void rulesUsingExamples() {
      assertNamed(
          violations(RULES_DO_NOT_DEPEND_ON_EXAMPLES, fixtures(LanguageUsingEngine.class)),
          LanguageUsingEngine.class.getName(),
          EXAMPLE);
    }

    @Test
    void languageUsingTheEngine() {
      assertNamed(
          violations(RULES_PACKAGES_FORM_THE_INTENDED_DAG, fixtures(LanguageUsingEngine.class)),
          LanguageUsingEngine.class.getName(),
          ENGINE);
    }

    @Test
    void analysisAndAdvisorUsingEachOther() {
      List<String> violations =
          violations(
              RULES_PACKAGES_FORM_THE_INTENDED_DAG,
              fixtures(AnalysisUsingAdvisor.class, AdvisorUsingAnalysis.class));
      String analysis = AnalysisUsingAdvisor.class.getName();
      String advisor = AdvisorUsingAnalysis.class.getName();
      assertNamed(violations, "Method <" + analysis, "calls method <" + advisor);
      assertNamed(violations, "Method <" + advisor, "calls method <" + analysis);
    }

    @Test
    void diagramUsingTheEngine() {
      JavaClasses fixtures = fixtures(DiagramUsingEngine.class);
      String diagram = DiagramUsingEngine.class.getName();
      assertNamed(violations(DIAGRAMS_NEED_ONLY_CORE, fixtures), diagram, ENGINE);
      assertNamed(violations(RULES_PACKAGES_FORM_THE_INTENDED_DAG, fixtures), diagram, ENGINE);
    }

    @Test
    void cycleBetweenAnalysisAndAdvisor() {
      List<String> violations =
          violations(
              RULES_PACKAGES_ARE_FREE_OF_CYCLES,
              fixtures(AnalysisUsingAdvisor.class, AdvisorUsingAnalysis.class));
      assertNamed(violations, "Cycle detected", "Slice analysis", "Slice advisor");
      assertNamed(
          violations, AnalysisUsingAdvisor.class.getName(), AdvisorUsingAnalysis.class.getName());
    }

    @Test
    void examplesUsingCoreInternal() {
      assertNamed(
          violations(
              CORE_INTERNAL_IS_USED_BY_CORE_AND_RULES_ONLY, fixtures(ExamplesUsingInternals.class)),
          ExamplesUsingInternals.class.getName(),
          CORE_INTERNAL);
    }

    @Test
    void examplesUsingRulesInternal() {
      assertNamed(
          violations(RULES_INTERNAL_IS_USED_BY_RULES_ONLY, fixtures(ExamplesUsingInternals.class)),
          ExamplesUsingInternals.class.getName(),
          RULES_INTERNAL);
    }

    @Test
    void examplesUsingEitherInternalPackage() {
      List<String> violations =
          violations(EXAMPLES_USE_NO_INTERNAL_PACKAGE, fixtures(ExamplesUsingInternals.class));
      assertNamed(violations, ExamplesUsingInternals.class.getName(), CORE_INTERNAL);
      assertNamed(violations, ExamplesUsingInternals.class.getName(), RULES_INTERNAL);
    }

    @Test
    void guavaInPublicSignatures() {
      List<String> violations =
          violations(NO_GUAVA_TYPE_IN_API_SIGNATURES, fixtures(SignatureFixtures.class));
      String in = SignatureFixtures.class.getName() + "$";
      assertNamed(violations, "Method <" + in + "GuavaReturnType.names()> returns", "List");
      assertNamed(
          violations,
          in + "GuavaTypeArgument.take(java.util.List)> takes <java.util.List<",
          "naming <com.google.common.collect.ImmutableSet>");
      assertNamed(violations, "Field <" + in + "GuavaField.byName> has type", "ImmutableMap");
      assertNamed(violations, "Constructor <" + in + "GuavaConstructor.<init>(", "Multimap");
      assertNamed(violations, "Method <" + in + "GuavaRecord.items()> returns", "ImmutableList");
      assertNamed(violations, "Class <" + in + "GuavaSupertype> extends", "ForwardingObject");
      assertNamed(
          violations,
          "Class <" + in + "GuavaTypeBound> has type parameter <T extends",
          "naming <com.google.common.collect.ImmutableCollection>");
      assertNamed(
          violations,
          "Class <" + in + "PublicOverHiddenSuperclass> inherits method",
          "HiddenSuperclass.hidden()>, which returns",
          "com.google.common.collect.ImmutableSortedSet");
      assertNamed(
          violations,
          "Class <" + in + "PublicOverHiddenGuavaInterface> inherits from <" + in
              + "HiddenGuavaImplementer> the supertype",
          "com.google.common.base.Supplier");
      assertNamed(
          violations,
          "Class <" + in + "PublicOverHiddenForwarding> inherits from <" + in
              + "HiddenForwarding> the supertype",
          "com.google.common.collect.ForwardingObject");
      assertNamed(
          violations,
          "Method <" + in + "Extensible$ProtectedNested.names()> returns",
          "com.google.common.collect.ImmutableList");
      // package-private classes and private members are not API
      assertTrue(violations.stream().noneMatch(v -> v.contains("NotApi")), violations::toString);
      assertTrue(violations.stream().noneMatch(v -> v.contains("secret")), violations::toString);
    }

    @Test
    void internalTypesInPublicSignatures() {
      List<String> violations =
          violations(NO_INTERNAL_TYPE_IN_API_SIGNATURES, fixtures(SignatureFixtures.class));
      String in = SignatureFixtures.class.getName() + "$";
      assertNamed(violations, "Method <" + in + "InternalTypes.tri()> returns", RULES_INTERNAL);
      assertNamed(violations, "Method <" + in + "InternalTypes.quote(", "takes", CORE_INTERNAL);
      assertTrue(violations.stream().noneMatch(v -> v.contains("google")), violations::toString);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** The module a class comes from, by where it was loaded (its jar or classes folder). */
  private static String module(JavaClass javaClass) {
    String uri = javaClass.getSource().orElseThrow().getUri().toString();
    for (String module : List.of("ecosystem-core", "ecosystem-rules", "ecosystem-examples")) {
      if (uri.contains("/" + module + "/")) {
        return module;
      }
    }
    return uri;
  }

  /** The given fixture classes and the classes nested in them. */
  private static JavaClasses fixtures(Class<?>... fixtures) {
    List<Class<?>> all = new ArrayList<>();
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(fixtures));
    while (!pending.isEmpty()) {
      Class<?> next = pending.pop();
      all.add(next);
      pending.addAll(List.of(next.getDeclaredClasses()));
    }
    return new ClassFileImporter().importClasses(all);
  }

  /** The rule's violations on the classes; fails if there are none. */
  private static List<String> violations(ArchRule rule, JavaClasses classes) {
    EvaluationResult result = rule.evaluate(classes);
    assertTrue(result.hasViolation(), () -> rule.getDescription() + " found no violation");
    return result.getFailureReport().getDetails();
  }

  /** Some violation names all the parts. */
  private static void assertNamed(List<String> violations, String... parts) {
    assertTrue(
        violations.stream().anyMatch(v -> List.of(parts).stream().allMatch(v::contains)),
        () -> "no violation names " + List.of(parts) + " in:\n" + String.join("\n", violations));
  }

  private static boolean isPublicApiClass(JavaClass javaClass) {
    if (!API_PACKAGES.contains(javaClass.getPackageName())) {
      return false;
    }
    // a protected nested class is reachable from the subclasses of its enclosing class
    Optional<JavaClass> next = Optional.of(javaClass);
    while (next.isPresent()) {
      Set<JavaModifier> modifiers = next.get().getModifiers();
      boolean nested = next.get().getEnclosingClass().isPresent();
      if (!modifiers.contains(JavaModifier.PUBLIC)
          && !(nested && modifiers.contains(JavaModifier.PROTECTED))) {
        return false;
      }
      next = next.get().getEnclosingClass();
    }
    return true;
  }

  /**
   * No public signature of the class names a type from the packages: its supertypes and type
   * parameters, and the return, parameter, type-parameter and thrown types of its public and
   * protected methods and constructors and the types of such fields, generic type arguments
   * included. Members inherited from a superclass or interface that is not public (Immutables'
   * generated builders) count as the class's own, and so do that supertype's own supertypes.
   */
  static ArchCondition<JavaClass> exposeNoTypeFrom(String what, String... packages) {
    PackageMatchers forbidden = PackageMatchers.of(packages);
    return new ArchCondition<>("expose no " + what + " in a public signature") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        Exposure exposure = new Exposure(javaClass, forbidden, events);
        javaClass.getSuperclass().ifPresent(type -> exposure.check("extends", type));
        javaClass.getInterfaces().forEach(type -> exposure.check("implements", type));
        javaClass.getTypeParameters().forEach(type -> exposure.check("has type parameter", type));
        exposure.checkMembers(javaClass, false);
        for (JavaClass hidden : hiddenSupertypes(javaClass)) {
          exposure.checkMembers(hidden, true);
          String inherits = "inherits from <" + hidden.getName() + "> the supertype";
          hidden.getSuperclass().ifPresent(type -> exposure.check(inherits, type));
          hidden.getInterfaces().forEach(type -> exposure.check(inherits, type));
        }
      }
    };
  }

  /** Non-public superclasses and interfaces whose public members a class passes on. */
  private static Collection<JavaClass> hiddenSupertypes(JavaClass javaClass) {
    Set<JavaClass> hidden = new LinkedHashSet<>();
    List<JavaClass> supertypes = new ArrayList<>(javaClass.getAllRawSuperclasses());
    supertypes.addAll(javaClass.getAllRawInterfaces());
    for (JavaClass supertype : supertypes) {
      if (!supertype.getModifiers().contains(JavaModifier.PUBLIC)) {
        hidden.add(supertype);
      }
    }
    return hidden;
  }

  private static final class Exposure {
    private final JavaClass owner;
    private final PackageMatchers forbidden;
    private final ConditionEvents events;

    Exposure(JavaClass owner, PackageMatchers forbidden, ConditionEvents events) {
      this.owner = owner;
      this.forbidden = forbidden;
      this.events = events;
    }

    /** A signature of the class itself: its supertypes and type parameters. */
    void check(String how, JavaType type) {
      check("Class <" + owner.getName() + "> " + how, type, owner.getSourceCodeLocation());
    }

    /** The public and protected fields, methods and constructors that {@code declaring} has. */
    void checkMembers(JavaClass declaring, boolean inherited) {
      for (JavaField field : declaring.getFields()) {
        if (visible(field)) {
          String name = describe(field, "Field", inherited);
          check(name + " has type", field.getType(), field.getSourceCodeLocation());
        }
      }
      for (JavaCodeUnit unit : declaring.getCodeUnits()) {
        if (!visible(unit)) {
          continue;
        }
        String name = describe(unit, unit.isConstructor() ? "Constructor" : "Method", inherited);
        SourceCodeLocation location = unit.getSourceCodeLocation();
        check(name + " returns", unit.getReturnType(), location);
        unit.getParameterTypes().forEach(type -> check(name + " takes", type, location));
        unit.getTypeParameters()
            .forEach(type -> check(name + " has type parameter", type, location));
        unit.getExceptionTypes().forEach(type -> check(name + " throws", type, location));
      }
    }

    private String describe(JavaMember member, String kind, boolean inherited) {
      String described = " <" + member.getFullName() + ">";
      return inherited
          ? "Class <" + owner.getName() + "> inherits " + kind.toLowerCase(Locale.ROOT) + described
              + ", which"
          : kind + described;
    }

    private void check(String where, JavaType type, SourceCodeLocation location) {
      for (JavaClass involved : type.getAllInvolvedRawTypes()) {
        JavaClass base = involved.getBaseComponentType();
        if (forbidden.test(base.getPackageName())) {
          String written = written(type);
          String naming = written.equals(base.getName()) ? "" : ", naming <" + base.getName() + ">";
          events.add(
              SimpleConditionEvent.violated(
                  owner, where + " <" + written + ">" + naming + " in " + location));
        }
      }
    }

    /** The type the way the source writes it: type arguments, and a type variable's bounds. */
    private static String written(JavaType type) {
      if (type instanceof JavaTypeVariable<?> variable && !variable.getUpperBounds().isEmpty()) {
        return variable.getName()
            + " extends "
            + variable.getUpperBounds().stream()
                .map(JavaType::getName)
                .collect(Collectors.joining(" & "));
      }
      return type.getName();
    }

    private static boolean visible(JavaMember member) {
      Set<JavaModifier> modifiers = member.getModifiers();
      return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
          && !modifiers.contains(JavaModifier.SYNTHETIC);
    }
  }
}
