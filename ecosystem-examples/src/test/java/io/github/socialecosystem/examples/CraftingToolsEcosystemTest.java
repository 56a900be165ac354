package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.rules.advisor.EcosystemAdvisor;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.advisor.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CraftingToolsEcosystemTest {
  private static final String START = "<!-- flagship-output:start -->";
  private static final String END = "<!-- flagship-output:end -->";

  @Test
  void flagship_hasEveryLayer_andFindsTheStrandedGroup() {
    EcosystemAssessment assessment = EcosystemAdvisor.assess(CraftingToolsEcosystem.ecosystem());
    for (Layer layer : Layer.values()) {
      assertTrue(assessment.communitiesPerLayer().get(layer) > 0, layer.name());
    }
    assertEquals(
        "knitting-circle",
        assessment.findings(Finding.Code.NO_PATH_TO_DESTINATION).get(0).communityIds().get(0));
    assertTrue(assessment.has(Finding.Code.DATA_MOSTLY_NOT_OWNED));
  }

  @Test
  void readme_graphQuestions_answerAsShown() {
    Ecosystem ecosystem = CraftingToolsEcosystem.ecosystem();
    assertFalse(ecosystem.reachesDestination("knitting-circle"));
    assertTrue(ecosystem.reachesDestination("paper-crafters-forum"));
    assertTrue(ecosystem.isDestination("crafters-club"));
    assertEquals(List.of(ecosystem.community("crafters-club").orElseThrow()), ecosystem.destinations());
    assertTrue(ecosystem.isIsolated("staff-room"));
  }

  @Test
  void readme_showsWhatTheFlagshipPrints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertTrue(start >= 0 && end > start, "README.md lacks " + START + " and " + END);
    String block = readme.substring(start + START.length(), end);
    String shown = block.substring(block.indexOf("````text\n") + "````text\n".length(), block.lastIndexOf("````"));
    assertEquals(Output.of(CraftingToolsEcosystem::run), shown);
  }

  @Test
  void readme_diagramIsTheFlagshipsDiagram() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String printed = Output.of(CraftingToolsEcosystem::run);
    String diagram = printed.substring(printed.indexOf("```mermaid\n"));
    String beforeOutput = readme.substring(0, readme.indexOf(START));
    assertTrue(beforeOutput.contains(diagram), "README's mermaid block differs from the flagship's");
  }
}
