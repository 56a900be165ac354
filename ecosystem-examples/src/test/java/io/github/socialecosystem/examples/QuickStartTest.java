package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void quickStart_printsTheDerivedFacts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        String.join(
            System.lineSeparator(),
            "brand-page MANAGED       layer MANAGED       data held by PLATFORM_OPERATOR (AGGREGATE)",
            "fan-club   EXTERNAL      layer OWNED         data held by ORGANIZATION (FULL)",
            "brand-page draws people to: Crafters' Club",
            ""),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
