package io.github.socialecosystem.rules.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.internal.EcosystemText;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One set of limits for code and text: whatever can be built prints, and reads back. */
class EcosystemLanguageLimitsTest {
  private static final String TOO_LONG =
      "the text is longer than 64,000,000 characters (Limits.MAX_ECOSYSTEM_CHARS): split the"
          + " ecosystem into several";

  private static Community community(String id, String name) {
    return Community.builder()
        .id(id).name(name)
        .steward(Steward.INDEPENDENT)
        .platform(Platform.of("P", PlatformKind.INDEPENDENT_SITE))
        .membership(Membership.OPEN).audience(Audience.PUBLIC)
        .build();
  }

  private static void assertAt(EcosystemSyntaxException e, int line, int column, String problem) {
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
  }

  @Test
  void theLanguagesLimitsAreTheCoreLimits() {
    assertEquals(Limits.MAX_ECOSYSTEM_CHARS, EcosystemLanguage.MAX_CHARS);
    assertEquals(Limits.MAX_TEXT_LENGTH, EcosystemLanguage.MAX_TEXT_LENGTH);
  }

  /**
   * Communities {@code c1000}, {@code c1001}, ... with names at the length limit, as many as fit
   * in {@code room} characters of text, then one with a shorter name, or a longer organisation, to
   * fill the room exactly.
   */
  private static Ecosystem filling(long room) {
    String name = "y".repeat(Limits.MAX_TEXT_LENGTH);
    Ecosystem empty = Ecosystem.builder().organization("O").build();
    long header = EcosystemText.length(empty);
    long block =
        EcosystemText.length(Ecosystem.builder().from(empty).addCommunities(community("c1000", name)).build())
            - header;
    long overhead = block - Limits.MAX_TEXT_LENGTH;
    long full = (room - header) / block;
    long rest = room - header - full * block;
    List<Community> communities = new ArrayList<>();
    for (int i = 0; i < full; i++) {
      communities.add(community("c" + (1000 + i), name));
    }
    String organization = "O";
    if (rest > overhead) {
      communities.add(community("c" + (1000 + full), "y".repeat((int) (rest - overhead))));
    } else {
      organization += "o".repeat((int) rest);
    }
    return Ecosystem.builder().organization(organization).addAllCommunities(communities).build();
  }

  @Test
  void theLargestEcosystemThatCanBeBuiltPrintsAndParsesBackAndOneCharacterMoreCannotBeBuilt() {
    Ecosystem largest = filling(Limits.MAX_ECOSYSTEM_CHARS);
    String text = EcosystemLanguage.print(largest);
    assertEquals(EcosystemLanguage.MAX_CHARS, text.length());
    assertEquals(largest, EcosystemLanguage.parse(text));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Ecosystem.builder().from(largest).organization(largest.organization() + "!").build());
    assertTrue(
        e.getMessage().startsWith("the ecosystem of 'O") && e.getMessage().contains(
            " would be 64,000,001 characters long as text, but the ecosystem language reads at most"
                + " 64,000,000 (Limits.MAX_ECOSYSTEM_CHARS): shorten it by 1 character (its "),
        e.getMessage());
  }

  @Test
  void aCompactTextWhoseCanonicalFormIsTooLongIsRefusedWithTheBuildersMessage() {
    String name = "y".repeat(Limits.MAX_TEXT_LENGTH);
    StringBuilder text = new StringBuilder("ecosystem \"O\"");
    int n = 0;
    while (true) {
      String next = " community c" + (1000 + n) + " name \"" + name + "\" steward independent platform"
          + " \"P\" independent-site membership open audience public";
      if (text.length() + next.length() > EcosystemLanguage.MAX_CHARS) {
        break;
      }
      text.append(next);
      n++;
    }
    EcosystemSyntaxException e =
        assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.parse(text.toString()));
    assertEquals(1, e.line());
    assertEquals(1, e.column());
    assertTrue(
        e.problem().startsWith("the ecosystem of 'O' would be 64,0")
            && e.problem().contains("(Limits.MAX_ECOSYSTEM_CHARS)")
            && e.problem().contains("(its " + String.format(java.util.Locale.ROOT, "%,d", n) + " communities take"),
        e.problem());
  }

  @Test
  void anOversizedTextIsRefusedBeforeItIsRead() {
    String huge = "#".repeat(EcosystemLanguage.MAX_CHARS + 1);
    EcosystemSyntaxException e =
        assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.parse(huge));
    assertAt(e, 1, 1, TOO_LONG);
    // A byte-order mark does not count: this text is read, and lacks its header.
    EcosystemSyntaxException comment =
        assertThrows(
            EcosystemSyntaxException.class,
            () -> EcosystemLanguage.parse("\uFEFF" + "#".repeat(EcosystemLanguage.MAX_CHARS)));
    assertTrue(comment.problem().startsWith("expected 'ecosystem'"), comment.getMessage());
  }

  @Test
  void anEndlessReaderIsRefusedAfterTheLimit() {
    Reader endless =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, '#');
            return length;
          }

          @Override
          public void close() {}
        };
    EcosystemSyntaxException e =
        assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.read(endless));
    assertAt(e, 1, 1, TOO_LONG);
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsDecoded(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("huge.ecosystem");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(3L * EcosystemLanguage.MAX_CHARS + 4);
    }
    EcosystemSyntaxException e =
        assertThrows(EcosystemSyntaxException.class, () -> EcosystemLanguage.read(file));
    assertAt(e, 1, 1, TOO_LONG);
  }

  @Test
  void aThreeMillionCharacterWordIsQuotedCutAndTheLineShownAroundTheSpot() {
    String word = "a".repeat(3_000_000);
    EcosystemSyntaxException e = assertThrows(EcosystemSyntaxException.class,
        () -> EcosystemLanguage.parse("ecosystem \"O\" community " + word + " name \"n\""));
    assertAt(e, 1, 25, "expected a kebab-case community id (at most 100 characters), found '"
        + "a".repeat(100) + "…' (a word of 3,000,000 characters)");
    assertTrue(e.getMessage().length() < 600, "message of " + e.getMessage().length());
    assertEquals("ecosystem \"O\" community " + "a".repeat(176) + "…", e.lineText());
  }

  @Test
  void anEcosystemOfManyTokensParses() {
    StringBuilder topics = new StringBuilder("[t0");
    for (int i = 1; i < 100_000; i++) {
      topics.append(", t").append(i);
    }
    Ecosystem topical = EcosystemLanguage.parse(
        "ecosystem \"O\" community c name \"n\" steward independent platform \"p\" independent-site"
            + " membership open audience public topics " + topics + "]");
    assertEquals(100_000, topical.communities().get(0).topics().size());
    assertEquals(topical, EcosystemLanguage.parse(EcosystemLanguage.print(topical)));
    StringBuilder channels = new StringBuilder("ecosystem \"O\"\n");
    for (int i = 0; i < 2_000; i++) {
      channels.append("community c").append(i)
          .append(" name \"n\" steward independent platform \"p\" independent-site membership open audience public\n");
    }
    for (int i = 0; i < 2_000; i++) {
      for (int j = 1; j <= 25; j++) {
        channels.append("channel c").append(i).append("->c").append((i + j) % 2_000).append('\n');
      }
    }
    Ecosystem ecosystem = EcosystemLanguage.parse(channels.toString());
    assertEquals(50_000, ecosystem.channels().size());
    assertEquals(ecosystem, EcosystemLanguage.parse(EcosystemLanguage.print(ecosystem)));
  }
}
