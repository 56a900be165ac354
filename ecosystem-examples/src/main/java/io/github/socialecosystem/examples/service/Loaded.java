package io.github.socialecosystem.examples.service;

import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.language.PolicyLanguage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What the service decides with: a policy, its engine and the hash of its canonical text, and an
 * ecosystem. Immutable; a reload replaces the whole, so a request sees one or the other.
 */
record Loaded(
    EngagementPolicy policy,
    String policyText,
    String policyHash,
    PolicyEngine engine,
    Instant policyLoadedAt,
    Ecosystem ecosystem,
    Instant ecosystemLoadedAt) {

  static Loaded of(EngagementPolicy policy, Ecosystem ecosystem, Instant now) {
    String text = PolicyLanguage.print(policy);
    return new Loaded(policy, text, hash(text), PolicyEngine.of(policy), now, ecosystem, now);
  }

  Loaded withPolicy(EngagementPolicy newPolicy, Instant now) {
    String text = PolicyLanguage.print(newPolicy);
    return new Loaded(newPolicy, text, hash(text), PolicyEngine.of(newPolicy), now, ecosystem,
        ecosystemLoadedAt);
  }

  Loaded withEcosystem(Ecosystem newEcosystem, Instant now) {
    return new Loaded(policy, policyText, policyHash, engine, policyLoadedAt, newEcosystem, now);
  }

  /** The SHA-256 of a text's UTF-8 bytes, in lowercase hex. */
  static String hash(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
