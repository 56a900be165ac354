package io.github.socialecosystem.core.policy;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * Walks over conditions, each through {@link Condition.Visitor}, so that a new kind of condition
 * cannot be skipped silently: every walk must say what it does with it.
 */
final class Traversals {
  private Traversals() {}

  /** The values {@code condition} tests {@code attribute} for, in the order they first appear. */
  static Set<String> valuesOf(Condition condition, Attribute attribute) {
    ImmutableSet.Builder<String> values = ImmutableSet.builder();
    condition.accept(
        new Condition.Visitor<Void>() {
          @Override
          public Void visitAlways() {
            return null;
          }

          @Override
          public Void visitMatch(Attribute matched, Set<String> matchedValues) {
            if (matched == attribute) {
              values.addAll(matchedValues);
            }
            return null;
          }

          @Override
          public Void visitOverBalanceLimit() {
            return null;
          }

          @Override
          public Void visitAll(List<Condition> operands) {
            operands.forEach(o -> o.accept(this));
            return null;
          }

          @Override
          public Void visitAny(List<Condition> operands) {
            operands.forEach(o -> o.accept(this));
            return null;
          }

          @Override
          public Void visitNot(Condition operand) {
            return operand.accept(this);
          }
        });
    return values.build();
  }

  /** Whether {@code condition} looks at the balance limit anywhere. */
  static boolean mentionsBalanceLimit(Condition condition) {
    return condition.accept(
        new Condition.Visitor<Boolean>() {
          @Override
          public Boolean visitAlways() {
            return false;
          }

          @Override
          public Boolean visitMatch(Attribute attribute, Set<String> values) {
            return false;
          }

          @Override
          public Boolean visitOverBalanceLimit() {
            return true;
          }

          @Override
          public Boolean visitAll(List<Condition> operands) {
            return anyMentions(operands);
          }

          @Override
          public Boolean visitAny(List<Condition> operands) {
            return anyMentions(operands);
          }

          @Override
          public Boolean visitNot(Condition operand) {
            return operand.accept(this);
          }

          private boolean anyMentions(List<Condition> operands) {
            for (Condition operand : operands) {
              if (operand.accept(this)) {
                return true;
              }
            }
            return false;
          }
        });
  }
}
