package io.github.socialecosystem.rules.analysis;

import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.rules.internal.AttributeSpace;
import io.github.socialecosystem.rules.internal.PartialSituation;
import io.github.socialecosystem.rules.internal.RuleIndex;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules worth evaluating at a situation: those not already false for its community shape alone,
 * nor for its action alone. Most rules drop out here, so the work at a situation grows with the rules
 * that apply there. An action id changes the answer only for the rules naming it.
 */
final class Candidates {
  private final List<EngagementRule> rules;
  private final RuleIndex index;
  private final BitSet[] byShape = new BitSet[AttributeSpace.COMMUNITY_SHAPES];
  private final BitSet[] byOtherAction = new BitSet[AttributeSpace.ACTION_TRAITS];
  private final Map<String, BitSet[]> byNamedAction = new HashMap<>();

  Candidates(List<EngagementRule> rules) {
    this.rules = rules;
    this.index = RuleIndex.of(rules);
    for (int shape = 0; shape < byShape.length; shape++) {
      byShape[shape] = notFalse(PartialSituation.anything().shape(shape));
    }
    for (int traits = 0; traits < byOtherAction.length; traits++) {
      byOtherAction[traits] = notFalse(PartialSituation.anything().actionId(null).traits(traits));
    }
  }

  /** The indices of the rules not false for the shape, nor for the action, in policy order. */
  int[] at(int shape, @Nullable String actionId, int traits) {
    BitSet action = actionId == null ? byOtherAction[traits] : named(actionId)[traits];
    BitSet forShape = byShape[shape];
    int[] both = new int[Math.min(forShape.cardinality(), action.cardinality())];
    int size = 0;
    for (int i = forShape.nextSetBit(0); i >= 0; i = forShape.nextSetBit(i + 1)) {
      if (action.get(i)) {
        both[size++] = i;
      }
    }
    return size == both.length ? both : Arrays.copyOf(both, size);
  }

  /**
   * Whether, at {@code situation}, the rules naming {@code actionId} answer as they do for an id no
   * rule names, whatever else the situation leaves open but topics: then the id is decided there as
   * any other id is, and need not be examined on its own.
   */
  boolean actsAsOther(String actionId, PartialSituation partial) {
    PartialSituation asNamed = partial.actionId(actionId);
    PartialSituation asOther = partial.actionId(null);
    for (int i : index.rulesNamingAction(actionId)) {
      Tri named = asNamed.eval(rules.get(i).condition());
      if (named == Tri.UNKNOWN || named != asOther.eval(rules.get(i).condition())) {
        return false;
      }
    }
    return true;
  }

  private BitSet[] named(String actionId) {
    return byNamedAction.computeIfAbsent(
        actionId,
        id -> {
          BitSet[] sets = new BitSet[AttributeSpace.ACTION_TRAITS];
          int[] naming = index.rulesNamingAction(id);
          for (int traits = 0; traits < sets.length; traits++) {
            BitSet set = (BitSet) byOtherAction[traits].clone();
            PartialSituation partial = PartialSituation.anything().actionId(id).traits(traits);
            for (int i : naming) {
              set.set(i, partial.eval(rules.get(i).condition()) != Tri.FALSE);
            }
            sets[traits] = set;
          }
          return sets;
        });
  }

  private BitSet notFalse(PartialSituation partial) {
    BitSet set = new BitSet(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      if (partial.eval(rules.get(i).condition()) != Tri.FALSE) {
        set.set(i);
      }
    }
    return set;
  }
}
