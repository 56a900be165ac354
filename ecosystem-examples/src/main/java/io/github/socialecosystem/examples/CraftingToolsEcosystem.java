package io.github.socialecosystem.examples;

import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.diagram.EcosystemDiagrams;
import io.github.socialecosystem.rules.language.EcosystemLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The flagship example: a maker of crafting tools, its brand page and deals account, the
 * independent craft blogs and groups where crafters meet, the fan community it owns, a closed
 * partner network and an employee community. Prints the assessment, the diagram, and each
 * community's best actions, as Markdown.
 *
 * <p>The ecosystem ships as a text file in the ecosystem language, {@value #RESOURCE}: edit it to
 * try another ecosystem.
 *
 * <p>Run it with {@code mvn -B -ntp -q -pl ecosystem-examples -am package exec:java -DskipTests}.
 */
public final class CraftingToolsEcosystem {
  /** The class-path resource holding the flagship ecosystem's text. */
  public static final String RESOURCE = "/io/github/socialecosystem/examples/crafting-tools.ecosystem";

  private CraftingToolsEcosystem() {}

  /** Prints the assessment and the diagram of the flagship ecosystem. */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * The crafting-tools maker's ecosystem, read from {@value #RESOURCE} in the {@linkplain
   * EcosystemLanguage ecosystem language}.
   */
  public static Ecosystem ecosystem() {
    try (Reader reader = new InputStreamReader(open(), StandardCharsets.UTF_8.newDecoder())) {
      return EcosystemLanguage.read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the flagship ecosystem " + RESOURCE, e);
    }
  }

  /** The text of the flagship ecosystem, as it ships in {@value #RESOURCE}. */
  public static String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the flagship ecosystem " + RESOURCE, e);
    }
  }

  private static InputStream open() {
    InputStream in = CraftingToolsEcosystem.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the flagship ecosystem resource is missing: " + RESOURCE);
    }
    return in;
  }

  /** Prints the assessment and the diagram to {@code out}. */
  public static void run(PrintStream out) {
    Ecosystem ecosystem = ecosystem();
    EcosystemAssessment assessment = EcosystemAdvisor.assess(ecosystem);
    out.print(assessment.toMarkdown());
    out.print("\n## Diagram\n\n```mermaid\n");
    out.print(EcosystemDiagrams.mermaid(ecosystem));
    out.print("```\n");
  }
}
