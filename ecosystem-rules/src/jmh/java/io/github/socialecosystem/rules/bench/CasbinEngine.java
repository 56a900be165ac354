package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casbin.jcasbin.main.EnforceResult;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.jspecify.annotations.Nullable;

/**
 * The policy as a jCasbin model: attribute-based requests (the community's type, layer, steward,
 * platform kind, membership and audience; the action's id, intent, format and reach; whether
 * promotion is over the balance limit), one policy line per combination of values a rule accepts
 * ({@code *} for any), and the {@code priority} effect, under which the first matching line
 * decides. Lines are ordered as the policy semantics picks: highest priority first, then the most
 * restrictive verdict. The verdict is read from the matching line; no line matched: the policy's
 * default verdict.
 *
 * <p>Conditions are turned into that table by expanding them into a disjunction of attribute
 * conjunctions; topic conditions and negated action ids have no such form here and are refused.
 */
final class CasbinEngine implements VerdictEngine {
  private static final String ANY = "*";
  private static final String OVER = "over";

  /** Request attributes, in request order; the matcher and the policy lines follow it. */
  private static final List<String> FIELDS =
      List.of(
          "type", "layer", "steward", "platform", "membership", "audience", "action", "intent",
          "format", "reach", OVER);

  private final Enforcer enforcer;
  private final Verdict defaultVerdict;
  private final int verdictColumn;

  CasbinEngine(EngagementPolicy policy) {
    StringBuilder model = new StringBuilder();
    model.append("[request_definition]\nr = ").append(String.join(", ", FIELDS)).append('\n');
    model
        .append("[policy_definition]\np = priority, ")
        .append(String.join(", ", FIELDS))
        .append(", verdict, rule, eft\n");
    model.append("[policy_effect]\ne = priority(p.eft) || deny\n");
    model.append("[matchers]\nm = ");
    for (int i = 0; i < FIELDS.size(); i++) {
      String f = FIELDS.get(i);
      model
          .append(i == 0 ? "" : " && ")
          .append("(p.")
          .append(f)
          .append(" == \"*\" || p.")
          .append(f)
          .append(" == r.")
          .append(f)
          .append(')');
    }
    model.append('\n');
    this.enforcer = new Enforcer(Model.newModelFromString(model.toString()));
    enforcer.enableLog(false);
    this.verdictColumn = 1 + FIELDS.size();
    this.defaultVerdict = policy.defaultVerdict();

    List<EngagementRule> ranked = new ArrayList<>(policy.rules());
    ranked.sort(
        Comparator.comparingInt(EngagementRule::priority)
            .reversed()
            .thenComparing(EngagementRule::verdict, Comparator.reverseOrder()));
    List<List<String>> lines = new ArrayList<>();
    for (int rank = 0; rank < ranked.size(); rank++) {
      EngagementRule rule = ranked.get(rank);
      for (Map<String, Set<String>> conjunct : dnf(rule.condition())) {
        expand(conjunct, 0, new ArrayList<>(), rank, rule, lines);
      }
    }
    enforcer.addPolicies(lines);
  }

  @Override
  public String name() {
    return "jcasbin";
  }

  @Override
  public Verdict verdict(Community community, EngagementAction action, boolean over) {
    EnforceResult result =
        enforcer.enforceEx(
            community.type().name(),
            community.layer().name(),
            community.steward().name(),
            community.platform().kind().name(),
            community.membership().name(),
            community.audience().name(),
            action.id(),
            action.intent().name(),
            action.format().name(),
            action.reach().name(),
            over ? "true" : "false");
    List<String> line = result.getExplain();
    return line.isEmpty() ? defaultVerdict : Verdict.valueOf(line.get(verdictColumn));
  }

  /** One policy line per combination of the accepted values. */
  private static void expand(
      Map<String, Set<String>> conjunct,
      int field,
      List<String> values,
      int rank,
      EngagementRule rule,
      List<List<String>> lines) {
    if (field == FIELDS.size()) {
      List<String> line = new ArrayList<>();
      line.add(Integer.toString(rank));
      line.addAll(values);
      line.add(rule.verdict().name());
      line.add(rule.id());
      line.add("allow");
      lines.add(line);
      return;
    }
    Set<String> accepted = conjunct.get(FIELDS.get(field));
    for (String value : accepted == null ? Set.of(ANY) : accepted) {
      values.add(value);
      expand(conjunct, field + 1, values, rank, rule, lines);
      values.remove(values.size() - 1);
    }
  }

  /** The condition as a disjunction of conjunctions: field, accepted values (absent: any). */
  static List<Map<String, Set<String>>> dnf(Condition condition) {
    return dnf(condition, false);
  }

  private static List<Map<String, Set<String>>> dnf(Condition condition, boolean negated) {
    if (condition instanceof Condition.Always) {
      return negated ? List.of() : List.of(Map.of());
    } else if (condition instanceof Condition.OverBalanceLimit) {
      return List.of(Map.of(OVER, Set.of(negated ? "false" : "true")));
    } else if (condition instanceof Condition.Match match) {
      Attribute attribute = match.attribute();
      if (attribute == Attribute.TOPIC) {
        throw new IllegalArgumentException(
            "the benchmark's jCasbin model has no topic attribute: " + condition);
      }
      Set<String> accepted = new LinkedHashSet<>(match.values());
      if (negated) {
        if (attribute.isOpen()) {
          throw new IllegalArgumentException(
              "the benchmark's jCasbin model cannot negate ids: " + condition);
        }
        Set<String> rest = new LinkedHashSet<>(attribute.domain());
        rest.removeAll(accepted);
        accepted = rest;
      }
      return accepted.isEmpty() ? List.of() : List.of(Map.of(attribute.keyword(), accepted));
    } else if (condition instanceof Condition.Not not) {
      return dnf(not.operand(), !negated);
    }
    List<Condition> operands;
    boolean conjunction;
    if (condition instanceof Condition.All all) {
      operands = all.operands();
      conjunction = !negated;
    } else if (condition instanceof Condition.Any any) {
      operands = any.operands();
      conjunction = negated;
    } else {
      throw new AssertionError(condition);
    }
    if (!conjunction) {
      List<Map<String, Set<String>>> result = new ArrayList<>();
      operands.forEach(o -> result.addAll(dnf(o, negated)));
      return result;
    }
    List<Map<String, Set<String>>> result = List.of(Map.of());
    for (Condition operand : operands) {
      List<Map<String, Set<String>>> next = new ArrayList<>();
      for (Map<String, Set<String>> left : result) {
        for (Map<String, Set<String>> right : dnf(operand, negated)) {
          Map<String, Set<String>> both = intersect(left, right);
          if (both != null) {
            next.add(both);
          }
        }
      }
      result = next;
    }
    return result;
  }

  private static @Nullable Map<String, Set<String>> intersect(
      Map<String, Set<String>> left, Map<String, Set<String>> right) {
    Map<String, Set<String>> both = new HashMap<>(left);
    for (Map.Entry<String, Set<String>> entry : right.entrySet()) {
      Set<String> mine = both.get(entry.getKey());
      if (mine == null) {
        both.put(entry.getKey(), entry.getValue());
      } else {
        Set<String> common = new LinkedHashSet<>(mine);
        common.retainAll(entry.getValue());
        if (common.isEmpty()) {
          return null;
        }
        both.put(entry.getKey(), common);
      }
    }
    return both;
  }
}
