package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.analysis.PolicyAnalyzer;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's example policy text parses and analyses clean. Its Java blocks, which used to be
 * copied here, are compiled and run from the README itself by {@link ReadmeJavaSnippetsTest}.
 */
class ReadmeSnippetsTest {
  @Test
  void policyLanguageExampleParsesAndAnalysesWithoutErrors() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Policies as text"));
    int start = section.indexOf("```\n") + 4;
    String text = section.substring(start, section.indexOf("```", start));
    EngagementPolicy policy = PolicyLanguage.parse(text);
    assertEquals("crafting-tools", policy.id());
    assertEquals(3, policy.rules().size());
    PolicyAnalyzer.analyze(policy).assertNoErrors();
  }
}
