package io.github.socialecosystem.core.internal;

import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Expectation;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.policy.Obligation;
import java.util.List;
import java.util.Set;

/**
 * The canonical text of policies and conditions in the policy language, written in one place: the
 * language's printer and {@code Condition.toString()} write it, and the policy builder measures
 * it to refuse a policy too long to be read back. Measuring stops as soon as the text is known to
 * be too long, so it costs no more than the limit even for a condition that reuses itself many
 * times over.
 *
 * <p>Not part of the public API.
 */
public final class PolicyText {
  private PolicyText() {}

  /** The canonical text of {@code policy}. */
  public static String print(EngagementPolicy policy) {
    TextOut out = new TextOut(new StringBuilder(), Long.MAX_VALUE);
    write(policy, out);
    return out.toString();
  }

  /** The text of {@code condition} in the policy language. */
  public static String print(Condition condition) {
    TextOut out = new TextOut(new StringBuilder(), Long.MAX_VALUE);
    write(condition, out);
    return out.toString();
  }

  /**
   * How many characters the canonical text of {@code policy} has, counted up to {@code atMost + 1}:
   * a result over {@code atMost} means "longer than {@code atMost}".
   */
  public static long length(EngagementPolicy policy, long atMost) {
    TextOut out = new TextOut(null, atMost);
    write(policy, out);
    return out.length();
  }

  /**
   * How many characters {@code rule} takes in the canonical text of a policy, counted up to {@code
   * atMost + 1}.
   */
  public static long length(EngagementRule rule, long atMost) {
    TextOut out = new TextOut(null, atMost);
    write(rule, out);
    return out.length();
  }

  private static void write(EngagementPolicy policy, TextOut out) {
    out.append("policy ").append(policy.id()).append("\n");
    out.append("description ").quote(policy.description()).append("\n");
    out.append("default ").append(Texts.kebab(policy.defaultVerdict())).append("\n");
    out.append("balance limit ").append(Texts.exactPercent(policy.balanceLimit())).append("\n");
    for (EngagementRule rule : policy.rules()) {
      if (out.full()) {
        return;
      }
      write(rule, out);
    }
    if (!policy.guarantees().isEmpty()) {
      out.append("\n");
    }
    for (Guarantee guarantee : policy.guarantees()) {
      if (out.full()) {
        return;
      }
      out.append("require ").append(guarantee.requirement()).append(" when ");
      write(guarantee.condition(), out);
      out.append("\n");
    }
    if (!policy.expectations().isEmpty()) {
      out.append("\n");
    }
    for (Expectation expectation : policy.expectations()) {
      if (out.full()) {
        return;
      }
      out.append(expectation.toString()).append("\n");
    }
  }

  private static void write(EngagementRule rule, TextOut out) {
    out.append("\n");
    out.append("rule ").append(rule.id()).append("\n");
    out.append("  when ");
    write(rule.condition(), out);
    out.append("\n");
    out.append("  then ").append(Texts.kebab(rule.verdict())).append("\n");
    if (rule.priority() != 0) {
      out.append("  priority ").append(Integer.toString(rule.priority())).append("\n");
    }
    out.append("  because ").quote(rule.rationale()).append("\n");
    rule.citation().ifPresent(c -> out.append("  citation ").quote(c).append("\n"));
    for (Obligation obligation : rule.obligations()) {
      out.append("  must ");
      write(obligation, out);
      out.append("\n");
    }
  }

  private static void write(Obligation obligation, TextOut out) {
    switch (obligation.kind()) {
      case DISCLOSE_AFFILIATION -> out.append("disclose affiliation");
      case SEEK_APPROVAL -> out.append("get approval from ").quote(obligation.role().orElseThrow());
      case KEEP_IN_BALANCE -> out.append("keep promotion under balance limit");
      case PREFER_FORMAT -> out.append("prefer ").append(Texts.kebab(obligation.format().orElseThrow()));
      case KEEP_RECORD ->
          out.append("keep record ")
              .append(Integer.toString(obligation.days().orElseThrow()))
              .append(obligation.days().orElseThrow() == 1 ? " day" : " days");
      case OTHER -> out.quote(obligation.text());
    }
  }

  private static void write(Condition condition, TextOut out) {
    condition.accept(
        new Condition.Visitor<Void>() {
          @Override
          public Void visitAlways() {
            out.append("always");
            return null;
          }

          @Override
          public Void visitMatch(Attribute attribute, Set<String> values) {
            out.append(attribute.keyword());
            if (values.size() == 1) {
              out.append(" is ").append(Texts.kebab(values.iterator().next()));
              return null;
            }
            out.append(" in [");
            String separator = "";
            for (String value : values) {
              out.append(separator).append(Texts.kebab(value));
              separator = ", ";
            }
            out.append("]");
            return null;
          }

          @Override
          public Void visitOverBalanceLimit() {
            out.append("promotion over balance limit");
            return null;
          }

          @Override
          public Void visitAll(List<Condition> operands) {
            join(operands, " and ");
            return null;
          }

          @Override
          public Void visitAny(List<Condition> operands) {
            join(operands, " or ");
            return null;
          }

          @Override
          public Void visitNot(Condition operand) {
            out.append("not ");
            operand(operand);
            return null;
          }

          private void join(List<Condition> operands, String separator) {
            for (int i = 0; i < operands.size() && !out.full(); i++) {
              if (i > 0) {
                out.append(separator);
              }
              operand(operands.get(i));
            }
          }

          /** Combinations in parentheses, so that the text parses back to the same tree. */
          private void operand(Condition operand) {
            if (operand instanceof Condition.All || operand instanceof Condition.Any) {
              out.append("(");
              operand.accept(this);
              out.append(")");
            } else {
              operand.accept(this);
            }
          }
        });
  }
}
