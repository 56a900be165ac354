package io.github.socialecosystem.rules.language;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.internal.EcosystemText;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads and writes ecosystems as text.
 *
 * <pre>{@code
 * Ecosystem ecosystem = EcosystemLanguage.read(Path.of("crafting-tools.ecosystem"));
 * EcosystemAssessment assessment = EcosystemAdvisor.assess(ecosystem);
 * String text = EcosystemLanguage.print(ecosystem);  // canonical; parses back to an equal ecosystem
 * }</pre>
 *
 * <p>The language, by example:
 *
 * <pre>
 * # A comment runs to the end of the line.
 * ecosystem "Crafting Tools Inc."
 *
 * community scissor-stories
 *   name "Scissor Stories (craft blog)"
 *   steward independent
 *   platform "Independent blog" independent-site
 *   membership open
 *   audience public
 *   topics [crafting, scissors]
 *   members 8000
 *
 * community crafters-club
 *   name "Crafters' Club"
 *   steward organization
 *   platform "Telligent Community" community-software
 *   membership open
 *   audience customers
 *
 * channel scissor-stories -&gt; crafters-club
 * </pre>
 *
 * <p>A text starts with {@code ecosystem} and the organisation's name; then come communities and
 * channels, in any order. A community has a kebab-case id and, in any order: {@code name}, {@code
 * steward} ({@code independent} or {@code organization}), {@code platform} with a name and a kind
 * ({@code consumer-network}, {@code independent-site} or {@code community-software}), {@code
 * membership} ({@code open} or {@code controlled}) and {@code audience} ({@code public}, {@code
 * customers}, {@code partners} or {@code employees}), each exactly once; and perhaps {@code
 * topics} (kebab-case, in brackets) and {@code members} (a whole number). A channel names the
 * community it starts at and, after {@code ->}, the one it leads to; either may be a community
 * further down the text. Communities keep the order of the text, and so do channels.
 *
 * <p>Lines end at LF, CRLF or CR, and a byte-order mark at the start of the text is skipped.
 * Errors give the line and the column (in characters as a person counts them: an emoji is one),
 * name invisible and look-alike characters by code point ({@code U+00A0 no-break space}), and cut
 * long words they quote. Whatever the ecosystem builders refuse (an unknown end of a channel, an
 * id used twice, an employee community anyone may join, a blank name) is refused here too, at the
 * statement that causes it.
 *
 * <p>Hostile input is bounded by the {@link Limits}, which are the same for ecosystems built in
 * code: texts over {@value #MAX_CHARS} characters and quoted texts over {@value #MAX_TEXT_LENGTH}
 * characters are refused with an {@link EcosystemSyntaxException}, as is every other problem.
 * Every ecosystem that can be built prints to a text that parses back to it. The text is read one
 * token at a time, so memory grows with the text, not with the number of its tokens.
 *
 * @since 0.1.0
 */
public final class EcosystemLanguage {
  /** The longest text accepted, in characters: {@link Limits#MAX_ECOSYSTEM_CHARS}. */
  public static final int MAX_CHARS = Limits.MAX_ECOSYSTEM_CHARS;

  /** The longest quoted text accepted, in characters: {@link Limits#MAX_TEXT_LENGTH}. */
  public static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;

  private static final TextInput<EcosystemSyntaxException> INPUT =
      new TextInput<>(
          MAX_CHARS,
          String.format(
              Locale.ROOT,
              "the text is longer than %,d characters (Limits.MAX_ECOSYSTEM_CHARS): split the"
                  + " ecosystem into several",
              MAX_CHARS),
          "ecosystem files",
          EcosystemSyntaxException::new);

  private EcosystemLanguage() {}

  /**
   * Parses an ecosystem.
   *
   * <pre>{@code
   * Ecosystem ecosystem = EcosystemLanguage.parse("""
   *     ecosystem "Crafting Tools Inc."
   *     community brand-page
   *       name "Crafting Tools page"
   *       steward organization
   *       platform "Facebook" consumer-network
   *       membership open
   *       audience public
   *     """);
   * }</pre>
   *
   * @throws EcosystemSyntaxException if the text does not parse or describes an invalid ecosystem
   */
  public static Ecosystem parse(String text) {
    requireNonNull(text, "text");
    return new EcosystemParser(INPUT.source(text)).ecosystem();
  }

  /**
   * Reads and parses an ecosystem; reads at most {@link #MAX_CHARS} characters before refusing.
   *
   * <pre>{@code
   * try (Reader reader = Files.newBufferedReader(file)) {
   *   Ecosystem ecosystem = EcosystemLanguage.read(reader);
   * }
   * }</pre>
   *
   * @throws EcosystemSyntaxException if the text does not parse or describes an invalid
   *     ecosystem, or the reader cannot decode its input (the error gives the line and column
   *     reached)
   * @throws IOException if the reader fails otherwise
   */
  public static Ecosystem read(Reader reader) throws IOException {
    requireNonNull(reader, "reader");
    return parse(INPUT.read(reader));
  }

  /**
   * Reads and parses a UTF-8 ecosystem file; reads at most {@value #MAX_CHARS} characters' worth
   * of bytes before refusing.
   *
   * <pre>{@code
   * Ecosystem ecosystem = EcosystemLanguage.read(Path.of("crafting-tools.ecosystem"));
   * }</pre>
   *
   * @throws EcosystemSyntaxException if the text does not parse or describes an invalid
   *     ecosystem, or the file is not UTF-8 (the error gives the first byte that is not, and
   *     where)
   * @throws IOException if the file cannot be read
   */
  public static Ecosystem read(Path path) throws IOException {
    requireNonNull(path, "path");
    return parse(INPUT.read(path));
  }

  /**
   * The ecosystem as canonical text: {@code parse(print(ecosystem))} equals {@code ecosystem},
   * and keeps the order of its communities, channels and topics. Statements come in a fixed order,
   * communities before channels, with no comments. It is at most {@link #MAX_CHARS} characters
   * long, since no longer ecosystem can be built.
   *
   * <pre>{@code
   * Files.writeString(Path.of("crafting-tools.ecosystem"), EcosystemLanguage.print(ecosystem));
   * }</pre>
   */
  public static String print(Ecosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    return EcosystemText.print(ecosystem);
  }
}
