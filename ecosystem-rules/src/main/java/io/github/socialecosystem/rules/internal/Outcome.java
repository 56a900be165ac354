package io.github.socialecosystem.rules.internal;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the matching rules of one decision add up to, before it is tied to an action: the policy
 * semantics in one place.
 *
 * <p>The semantics in one number: a rule's {@linkplain #rank rank} orders it by priority, then by
 * how restrictive its verdict is. Of the matching rules, those with the highest rank decide, and
 * the verdict is theirs; no matching rule means the policy's default.
 *
 * <p>Not part of the public API.
 */
public final class Outcome {
  final Verdict verdict;
  final ImmutableList<Reason> reasons;
  final ImmutableList<Reason> overridden;
  final ImmutableList<Obligation> obligations;
  /** Whether a deciding rule looks at the balance limit, so its reason can report the share. */
  final boolean decidedByBalance;

  /** A rule's rank: the matching rules of highest rank decide; see the class comment. */
  @SuppressWarnings("EnumOrdinal") // verdicts are declared from least to most restrictive
  public static long rank(EngagementRule rule) {
    return (long) rule.priority() * Verdict.values().length + rule.verdict().ordinal();
  }

  /** The verdict the rules of a rank give. */
  @SuppressWarnings("EnumOrdinal") // the inverse of rank
  public static Verdict verdictOf(long rank) {
    return Verdict.values()[(int) Math.floorMod(rank, (long) Verdict.values().length)];
  }

  /** The verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** The deciding rules' reasons, or the default's. */
  public List<Reason> reasons() {
    return reasons;
  }

  private Outcome(
      Verdict verdict,
      ImmutableList<Reason> reasons,
      ImmutableList<Reason> overridden,
      ImmutableList<Obligation> obligations,
      boolean decidedByBalance) {
    this.verdict = verdict;
    this.reasons = reasons;
    this.overridden = overridden;
    this.obligations = obligations;
    this.decidedByBalance = decidedByBalance;
  }

  /** The verdict alone of the matching rules (by index), as {@link #resolve} would give it. */
  public static Verdict verdictOf(EngagementPolicy policy, List<EngagementRule> rules, BitSet matching) {
    if (matching.isEmpty()) {
      return policy.defaultVerdict();
    }
    int top = Integer.MIN_VALUE;
    Verdict verdict = Verdict.RECOMMENDED;
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      EngagementRule rule = rules.get(i);
      if (rule.priority() > top) {
        top = rule.priority();
        verdict = rule.verdict();
      } else if (rule.priority() == top) {
        verdict = Verdict.mostRestrictive(verdict, rule.verdict());
      }
    }
    return verdict;
  }

  /**
   * Resolves matching rules: the highest priority wins, then the most restrictive verdict; no
   * match gives the policy's default verdict with a reason that says so.
   *
   * @param rules the policy's rules
   * @param reasons the reason each rule gives, by index
   * @param matching the indices of the matching rules
   * @param balance the indices of the rules that look at the balance limit
   */
  public static Outcome resolve(
      EngagementPolicy policy,
      List<EngagementRule> rules,
      List<Reason> reasons,
      BitSet matching,
      BitSet balance) {
    if (matching.isEmpty()) {
      Reason fallback =
          Reason.builder()
              .ruleId(Reason.DEFAULT_RULE_ID)
              .verdict(policy.defaultVerdict())
              .rationale(
                  "No rule of policy '"
                      + policy.id()
                      + "' applies here, so its default verdict does.")
              .build();
      return new Outcome(
          policy.defaultVerdict(),
          ImmutableList.of(fallback),
          ImmutableList.of(),
          ImmutableList.of(),
          false);
    }
    int top = Integer.MIN_VALUE;
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      top = Math.max(top, rules.get(i).priority());
    }
    Verdict verdict = Verdict.RECOMMENDED;
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      if (rules.get(i).priority() == top) {
        verdict = Verdict.mostRestrictive(verdict, rules.get(i).verdict());
      }
    }
    ImmutableList.Builder<Reason> deciding = ImmutableList.builder();
    Set<Obligation> obligations = new LinkedHashSet<>();
    List<Integer> losers = new ArrayList<>();
    boolean decidedByBalance = false;
    for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
      EngagementRule rule = rules.get(i);
      if (rule.priority() == top && rule.verdict() == verdict) {
        deciding.add(reasons.get(i));
        obligations.addAll(rule.obligations());
        decidedByBalance |= balance.get(i);
      } else {
        losers.add(i);
      }
    }
    // Stable sort: by priority, highest first; the policy's order among equals.
    losers.sort(Comparator.comparingInt((Integer i) -> rules.get(i).priority()).reversed());
    ImmutableList<Reason> overridden =
        losers.stream().map(reasons::get).collect(ImmutableList.toImmutableList());
    return new Outcome(
        verdict, deciding.build(), overridden, ImmutableList.copyOf(obligations), decidedByBalance);
  }
}
