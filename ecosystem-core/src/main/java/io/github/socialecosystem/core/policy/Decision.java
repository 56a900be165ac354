package io.github.socialecosystem.core.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How appropriate one action is in one community, and everything a person needs to act on it.
 *
 * <pre>{@code
 * Decision d = engine.decide(community, StandardActions.POST_PRESS_RELEASE);
 * d.verdict();        // LIMITED
 * d.reasons();        // the deciding rules, with rationale and citation
 * d.obligations();    // what to do to stay appropriate, including the limit, typed
 * d.requiresApproval();   // whether someone must approve it first
 * d.alternatives();   // better-rated actions with the same intent, e.g. SHARE_VIDEO
 * System.out.println(d.explain());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Decision {
  private final EngagementAction action;
  private final Verdict verdict;
  private final ImmutableList<Reason> reasons;
  private final ImmutableList<Reason> overridden;
  private final ImmutableList<Obligation> obligations;
  private final ImmutableList<EngagementAction> alternatives;

  private Decision(
      EngagementAction action,
      Verdict verdict,
      ImmutableList<Reason> reasons,
      ImmutableList<Reason> overridden,
      ImmutableList<Obligation> obligations,
      ImmutableList<EngagementAction> alternatives) {
    this.action = action;
    this.verdict = verdict;
    this.reasons = reasons;
    this.overridden = overridden;
    this.obligations = obligations;
    this.alternatives = alternatives;
  }

  /**
   * A builder for a decision; engines create decisions, callers read them.
   *
   * <pre>{@code
   * Decision d = Decision.builder()
   *     .action(StandardActions.LISTEN)
   *     .verdict(Verdict.RECOMMENDED)
   *     .addReasons(Reason.of(listenRule))
   *     .build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects a decision's parts; {@link #build()} checks them together. A builder is not safe
   * for use by several threads at once; the decisions it builds are.
   */
  public static final class Builder {
    private @Nullable EngagementAction action;
    private @Nullable Verdict verdict;
    private ImmutableList<Reason> reasons = ImmutableList.of();
    private ImmutableList<Reason> overridden = ImmutableList.of();
    private ImmutableList<Obligation> obligations = ImmutableList.of();
    private ImmutableList<EngagementAction> alternatives = ImmutableList.of();

    private Builder() {}

    /** The action decided; required. */
    public Builder action(EngagementAction action) {
      this.action = requireNonNull(action, "action");
      return this;
    }

    /** How appropriate the action is; required. */
    public Builder verdict(Verdict verdict) {
      this.verdict = requireNonNull(verdict, "verdict");
      return this;
    }

    /** Replaces the deciding reasons; at least one is required, each with the verdict. */
    public Builder reasons(Collection<Reason> reasons) {
      this.reasons = copy("reasons", reasons);
      return this;
    }

    /** Adds deciding reasons after those given so far. */
    public Builder addReasons(Reason... reasons) {
      this.reasons = append("reasons", this.reasons, reasons);
      return this;
    }

    /** Replaces the reasons of the matching rules that lost to the deciding ones. */
    public Builder overridden(Collection<Reason> overridden) {
      this.overridden = copy("overridden", overridden);
      return this;
    }

    /** Adds reasons of matching rules that lost, after those given so far. */
    public Builder addOverridden(Reason... overridden) {
      this.overridden = append("overridden", this.overridden, overridden);
      return this;
    }

    /** Replaces the obligations. */
    public Builder obligations(Collection<Obligation> obligations) {
      this.obligations = copy("obligations", obligations);
      return this;
    }

    /** Adds obligations after those given so far. */
    public Builder addObligations(Obligation... obligations) {
      this.obligations = append("obligations", this.obligations, obligations);
      return this;
    }

    /** Replaces the alternatives: better-rated actions with the action's intent, best first. */
    public Builder alternatives(Collection<EngagementAction> alternatives) {
      this.alternatives = copy("alternatives", alternatives);
      return this;
    }

    /** Adds alternatives after those given so far. */
    public Builder addAlternatives(EngagementAction... alternatives) {
      this.alternatives = append("alternatives", this.alternatives, alternatives);
      return this;
    }

    /**
     * The decision.
     *
     * @throws IllegalStateException if the action or the verdict is missing
     * @throws IllegalArgumentException if there is no reason, a deciding reason gives another
     *     verdict, a rule appears twice among the reasons and the overridden ones, an obligation
     *     or an alternative's id appears twice, or an alternative has another intent or the
     *     action's own id
     */
    public Decision build() {
      EngagementAction action = this.action;
      Verdict verdict = this.verdict;
      if (action == null || verdict == null) {
        throw new IllegalStateException(
            "a decision needs "
                + (action == null ? "an action" : "a verdict for " + action.id())
                + (action == null && verdict == null ? " and a verdict" : ""));
      }
      checkArgument(!reasons.isEmpty(), "a decision needs at least one reason: %s", action.id());
      for (Reason reason : reasons) {
        checkArgument(
            reason.verdict() == verdict,
            "deciding reason %s gives %s, not the decision's verdict %s",
            reason.ruleId(),
            reason.verdict(),
            verdict);
      }
      for (EngagementAction alternative : alternatives) {
        checkArgument(
            alternative.intent() == action.intent(),
            "alternative %s has intent %s, not %s",
            alternative.id(),
            alternative.intent(),
            action.intent());
        checkArgument(
            !alternative.id().equals(action.id()),
            "an action cannot be its own alternative: %s",
            action.id());
      }
      for (int i = 0; i < reasons.size(); i++) {
        String id = reasons.get(i).ruleId();
        for (int j = i + 1; j < reasons.size(); j++) {
          checkArgument(
              !reasons.get(j).ruleId().equals(id), "rule %s is a deciding reason twice", id);
        }
      }
      for (int i = 0; i < overridden.size(); i++) {
        String id = overridden.get(i).ruleId();
        for (Reason reason : reasons) {
          checkArgument(!reason.ruleId().equals(id), "rule %s both decides and is overridden", id);
        }
        for (int j = i + 1; j < overridden.size(); j++) {
          checkArgument(
              !overridden.get(j).ruleId().equals(id), "rule %s is overridden twice", id);
        }
      }
      for (int i = 0; i < obligations.size(); i++) {
        for (int j = i + 1; j < obligations.size(); j++) {
          checkArgument(
              !obligations.get(j).equals(obligations.get(i)),
              "obligation is given twice: %s",
              obligations.get(i).text());
        }
      }
      for (int i = 0; i < alternatives.size(); i++) {
        String id = alternatives.get(i).id();
        for (int j = i + 1; j < alternatives.size(); j++) {
          checkArgument(
              !alternatives.get(j).id().equals(id), "alternative %s is given twice", id);
        }
      }
      return new Decision(action, verdict, reasons, overridden, obligations, alternatives);
    }

    private static <T> ImmutableList<T> copy(String field, Collection<T> items) {
      // the engine's own lists pass through; others are copied in one walk, nulls named
      return items instanceof ImmutableList<T> list ? list : Checks.copy(field, items);
    }

    @SafeVarargs
    private static <T> ImmutableList<T> append(String field, ImmutableList<T> first, T... more) {
      requireNonNull(more, field);
      ImmutableList.Builder<T> all =
          ImmutableList.<T>builderWithExpectedSize(first.size() + more.length).addAll(first);
      for (int i = 0; i < more.length; i++) {
        if (more[i] == null) {
          throw new NullPointerException(field + " has a null element at index " + i);
        }
        all.add(more[i]);
      }
      return all.build();
    }
  }

  /** The action decided. */
  public EngagementAction action() {
    return action;
  }

  /** How appropriate it is. */
  public Verdict verdict() {
    return verdict;
  }

  /** Whether it may be taken at all: false only for {@link Verdict#INAPPROPRIATE}. */
  public boolean permits() {
    return verdict.permits();
  }

  /** The rules that decided, or the policy default; never empty. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** Matching rules that lost to the deciding ones: lower priority, or less restrictive. */
  public List<Reason> overridden() {
    return overridden;
  }

  /**
   * What a person must do to stay appropriate; for a LIMITED verdict, what the limit is. Each
   * obligation of the deciding rules appears once, in the order the rules give them.
   */
  public List<Obligation> obligations() {
    return obligations;
  }

  /** The {@linkplain Obligation#text() texts} of the obligations, for people. */
  public List<String> obligationTexts() {
    return obligations.stream().map(Obligation::text).collect(ImmutableList.toImmutableList());
  }

  /** Whether an obligation asks for someone's approval before acting. */
  public boolean requiresApproval() {
    return obligations.stream().anyMatch(o -> o.kind() == Obligation.Kind.SEEK_APPROVAL);
  }

  /** Better-rated actions with the same intent in the same community, best first. */
  public List<EngagementAction> alternatives() {
    return alternatives;
  }

  /** The decision as a few lines of text for a person. */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append(action.id()).append(": ").append(verdict).append('\n');
    for (Reason reason : reasons) {
      text.append("  because ").append(reason).append('\n');
    }
    for (Reason reason : overridden) {
      text.append("  overriding ").append(reason).append('\n');
    }
    for (Obligation obligation : obligations) {
      text.append("  you must: ").append(obligation.text());
      if (obligation.kind() != Obligation.Kind.OTHER) {
        text.append(" [").append(Texts.kebab(obligation.kind())).append(']');
      }
      text.append('\n');
    }
    if (!alternatives.isEmpty()) {
      text.append("  better here: ");
      for (int i = 0; i < alternatives.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(alternatives.get(i).id());
      }
      text.append('\n');
    }
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Decision that
        && action.equals(that.action)
        && verdict == that.verdict
        && reasons.equals(that.reasons)
        && overridden.equals(that.overridden)
        && obligations.equals(that.obligations)
        && alternatives.equals(that.alternatives);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, verdict, reasons, overridden, obligations, alternatives);
  }

  @Override
  public String toString() {
    return "Decision{" + action.id() + " " + verdict + " by " + reasons + "}";
  }
}
