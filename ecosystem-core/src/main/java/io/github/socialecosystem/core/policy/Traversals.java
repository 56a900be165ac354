package io.github.socialecosystem.core.policy;

import com.google.common.collect.ImmutableSet;
import io.github.socialecosystem.core.Limits;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /** Whether {@code condition} combines others: the language writes it in parentheses as an operand. */
  static boolean isCombination(Condition condition) {
    return condition instanceof Condition.All || condition instanceof Condition.Any;
  }

  /** See {@link Condition#depth()}. */
  static int depth(Condition condition) {
    return new Depth().of(condition);
  }

  /** The depth of a combination of {@code operands}. */
  static int depthOfOperands(List<Condition> operands) {
    return new Depth().deepest(operands);
  }

  /** The depth of the negation of {@code operand}. */
  static int depthOfNot(Condition operand) {
    return 1 + new Depth().asOperand(operand);
  }

  /** How many tests and combinations the combination of {@code operands} holds, written out. */
  static long sizeOfOperands(List<Condition> operands) {
    Size size = new Size();
    long total = 1;
    for (Condition operand : operands) {
      total = Math.addExact(total, size.of(operand));
    }
    return total;
  }

  /**
   * Refuses a condition that is too large written out.
   *
   * @throws IllegalArgumentException naming the size and the limit
   */
  static void checkSize(long size) {
    if (size > Limits.MAX_CONDITION_SIZE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a condition may hold at most %,d tests and combinations written out (a part used"
                  + " in several places counts each time), but this one holds %,d: split it into"
                  + " several rules",
              Limits.MAX_CONDITION_SIZE,
              size));
    }
  }

  /**
   * Counts tests and combinations as the condition is written out. Every operand was checked
   * when it was built, so no count passes the limit; a part used several times is walked once.
   */
  private static final class Size implements Condition.Visitor<Long> {
    private final IdentityHashMap<Condition, Long> counted = new IdentityHashMap<>();

    long of(Condition condition) {
      Long known = counted.get(condition);
      if (known == null) {
        known = condition.accept(this);
        counted.put(condition, known);
      }
      return known;
    }

    @Override
    public Long visitAlways() {
      return 1L;
    }

    @Override
    public Long visitMatch(Attribute attribute, Set<String> values) {
      return 1L;
    }

    @Override
    public Long visitOverBalanceLimit() {
      return 1L;
    }

    @Override
    public Long visitAll(List<Condition> operands) {
      return sum(operands);
    }

    @Override
    public Long visitAny(List<Condition> operands) {
      return sum(operands);
    }

    @Override
    public Long visitNot(Condition operand) {
      return 1 + of(operand);
    }

    private long sum(List<Condition> operands) {
      long total = 1;
      for (Condition operand : operands) {
        total += of(operand);
      }
      return total;
    }
  }

  /**
   * Refuses a condition that nests too deep.
   *
   * @throws IllegalArgumentException naming the depth and the limit
   */
  static void checkDepth(int depth) {
    if (depth > Limits.MAX_CONDITION_DEPTH) {
      throw new IllegalArgumentException(
          "a condition may nest at most "
              + Limits.MAX_CONDITION_DEPTH
              + " levels deep (each 'not', and each 'and' / 'or' inside another or inside a"
              + " 'not'), but this one nests "
              + depth
              + ": flatten it, or split it into several rules");
    }
  }

  /**
   * Measures depth. Every condition was checked when it was built, so the walk is never deeper
   * than the limit; a sub-condition shared in several places is measured once, so that a
   * condition built by reusing itself costs as much as its distinct parts, not its printed size.
   */
  private static final class Depth implements Condition.Visitor<Integer> {
    private @Nullable IdentityHashMap<Condition, Integer> measured;

    int of(Condition condition) {
      if (!isCombination(condition) && !(condition instanceof Condition.Not)) {
        return condition.accept(this);
      }
      IdentityHashMap<Condition, Integer> known = measured;
      if (known == null) {
        known = new IdentityHashMap<>();
        measured = known;
      }
      Integer depth = known.get(condition);
      if (depth == null) {
        depth = condition.accept(this);
        known.put(condition, depth);
      }
      return depth;
    }

    /** The depth {@code operand} adds where it is an operand: one more for parentheses. */
    int asOperand(Condition operand) {
      return of(operand) + (isCombination(operand) ? 1 : 0);
    }

    @Override
    public Integer visitAlways() {
      return 0;
    }

    @Override
    public Integer visitMatch(Attribute attribute, Set<String> values) {
      return 0;
    }

    @Override
    public Integer visitOverBalanceLimit() {
      return 0;
    }

    @Override
    public Integer visitAll(List<Condition> operands) {
      return deepest(operands);
    }

    @Override
    public Integer visitAny(List<Condition> operands) {
      return deepest(operands);
    }

    @Override
    public Integer visitNot(Condition operand) {
      return 1 + asOperand(operand);
    }

    int deepest(List<Condition> operands) {
      int deepest = 0;
      for (Condition operand : operands) {
        deepest = Math.max(deepest, asOperand(operand));
      }
      return deepest;
    }
  }
}
