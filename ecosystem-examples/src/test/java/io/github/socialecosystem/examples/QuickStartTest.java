package io.github.socialecosystem.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void quickStartPrintsWhatTheReadmeShows() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String nl = System.lineSeparator();
    assertEquals(
        "brand-page MANAGED   layer MANAGED  data held by PLATFORM_OPERATOR (AGGREGATE)" + nl
            + "fan-club   EXTERNAL  layer OWNED    data held by ORGANIZATION (FULL)" + nl
            + "brand-page draws people to: Crafters' Club" + nl
            + nl
            + "post-press-release: LIMITED\n"
            + "  because managed-press-release (LIMITED): A press release reads as an announcement"
            + " on a social network; the same news works better told socially."
            + " [citation: managed communities]\n"
            + "  overriding managed-marketing (APPROPRIATE): A page you run on a consumer network is"
            + " a fair place to market: your message, your specials and your deals belong here."
            + " [citation: managed communities]\n"
            + "  you must: Post a press release only now and then, and tell the same news with a"
            + " video or a conversation as well.\n"
            + "  you must: Prefer video where it can carry the same message. [prefer-format]\n"
            + "  better here: share-video, broadcast-promotion, announce-deal\n"
            + nl
            + "best in fan-club:" + nl
            + "  listen                 RECOMMENDED" + nl
            + "  gather-product-ideas   RECOMMENDED" + nl
            + "  introduce-yourself     RECOMMENDED" + nl
            + "  join-discussion        RECOMMENDED" + nl
            + "  answer-question        RECOMMENDED" + nl,
        bytes.toString(StandardCharsets.UTF_8));
  }
}
