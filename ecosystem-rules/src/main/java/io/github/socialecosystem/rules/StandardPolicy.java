package io.github.socialecosystem.rules;

import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The standard policy: how an organisation engages in each layer of its social ecosystem.
 *
 * <pre>{@code
 * EngagementPolicy standard = StandardPolicy.policy();
 * PolicyEngine engine = PolicyEngine.standard();      // the same policy, compiled once
 * Files.writeString(Path.of("my.policy"), StandardPolicy.text());   // a copy to edit
 * }</pre>
 *
 * <p>The policy ships as a file in the {@linkplain PolicyLanguage policy language}, the resource
 * {@value #RESOURCE}. Every community type and every intent is covered by a rule, so no decision
 * falls back to the default verdict, and custom actions are judged by their traits. Rules at
 * priority 0 speak for a layer and an intent; priority 10 refines by format or reach; priority 20
 * names a specific action or format that overrides both; priority 100 keeps promotion in balance.
 * Rules speak of traits wherever they can, so a custom action is never judged more leniently than
 * the standard action with the same traits.
 *
 * @since 0.1.0
 */
public final class StandardPolicy {
  /** The id of the standard policy. */
  public static final String ID = "standard";

  /**
   * The class-path resource holding the standard policy's text. On the module path the rules
   * module does not open its packages, so code in another module cannot read the resource: use
   * {@link #text()}.
   */
  public static final String RESOURCE = "/io/github/socialecosystem/rules/standard.policy";

  private static final String TEXT = load();
  private static final EngagementPolicy POLICY = PolicyLanguage.parse(TEXT);

  private StandardPolicy() {}

  /** The standard policy. */
  public static EngagementPolicy policy() {
    return POLICY;
  }

  /** The standard policy's text, comments included: a starting point for a policy of your own. */
  public static String text() {
    return TEXT;
  }

  private static String load() {
    try (InputStream in = StandardPolicy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the standard policy resource is missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard policy resource " + RESOURCE, e);
    }
  }
}
