package io.github.socialecosystem.rules.language;

import com.google.common.base.Ascii;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A recursive-descent parser for the policy language; see {@link PolicyLanguage}. It pulls tokens
 * from the {@link Lexer} one at a time, looking one token ahead.
 */
final class Parser extends TokenParser<PolicySyntaxException> {
  private static final String VERDICTS = "recommended, appropriate, limited or inappropriate";

  /** The longest percentage read: enough digits for the smallest share a double can hold. */
  private static final int MAX_PERCENT_LENGTH = 500;

  private int depth;

  Parser(Source<PolicySyntaxException> source) {
    super(source, Lexer.Dialect.POLICY);
  }

  EngagementPolicy policy() {
    Token start = expectWord("policy", "'policy' and the policy's id at the start");
    String id = id("a kebab-case policy id (at most " + Limits.MAX_ID_LENGTH + " characters)");
    expectWord("description", "'description' and a quoted text");
    String description = string("the policy's description as a quoted text");
    expectWord("default", "'default' and the verdict when no rule applies");
    Verdict defaultVerdict = verdict();
    Optional<Double> balanceLimit = Optional.empty();
    if (peek().is("balance")) {
      next();
      expectWord("limit", "'limit' after 'balance'");
      balanceLimit = Optional.of(percent());
    }
    List<EngagementRule> rules = new ArrayList<>();
    Map<String, Token> ruleIds = new HashMap<>();
    while (peek().is("rule")) {
      if (rules.size() >= Limits.MAX_RULES) {
        throw source.error(
            String.format(
                Locale.ROOT,
                "more than %,d rules (Limits.MAX_RULES): split the policy into several",
                Limits.MAX_RULES),
            peek());
      }
      Token ruleToken = next();
      Token idToken = peek();
      EngagementRule rule = rule(ruleToken);
      if (ruleIds.putIfAbsent(rule.id(), idToken) != null) {
        throw source.error(
            "rule id '" + rule.id() + "' is used twice: expected a new id", idToken);
      }
      rules.add(rule);
    }
    if (peek().kind() != Token.Kind.END) {
      throw unexpected("'rule' or the end of the text");
    }
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder()
            .id(id)
            .description(description)
            .defaultVerdict(defaultVerdict)
            .addAllRules(rules);
    balanceLimit.ifPresent(policy::balanceLimit);
    try {
      return policy.build();
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), start);
    }
  }

  private EngagementRule rule(Token ruleToken) {
    String id = id("a kebab-case rule id (at most " + Limits.MAX_ID_LENGTH + " characters)");
    expectWord("when", "'when' and the rule's condition");
    Condition condition = condition();
    expectWord("then", "'then' and the rule's verdict, or 'and' / 'or' to continue the condition");
    Token verdictToken = peek();
    Verdict verdict = verdict();
    EngagementRule.Builder rule =
        EngagementRule.builder().id(id).condition(condition).verdict(verdict);
    boolean because = false;
    Set<String> seen = new LinkedHashSet<>();
    while (true) {
      Token clause = peek();
      if (clause.is("because") || clause.is("source") || clause.is("priority")) {
        if (!seen.add(clause.text())) {
          throw source.error("'" + clause.text() + "' is given twice in rule '" + id + "'", clause);
        }
      }
      if (clause.is("because")) {
        next();
        rule.rationale(string("the rule's rationale as a quoted text"));
        because = true;
      } else if (clause.is("source")) {
        next();
        rule.citation(string("the source section as a quoted text"));
      } else if (clause.is("priority")) {
        next();
        rule.priority(integer());
      } else if (clause.is("must")) {
        next();
        rule.addObligations(string("the obligation as a quoted text"));
      } else {
        break;
      }
    }
    if (!because) {
      throw unexpected(
          "'because' and the rule's rationale (rule '" + id + "' has none), or 'source',"
              + " 'priority' or 'must'");
    }
    try {
      return rule.build();
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), verdict == Verdict.LIMITED ? verdictToken : ruleToken);
    }
  }

  // Conditions: or binds loosest, then and, then not.

  private Condition condition() {
    Token start = peek();
    List<Condition> operands = new ArrayList<>();
    operands.add(conjunction());
    while (peek().is("or")) {
      next();
      operands.add(conjunction());
    }
    return build(start, () -> Condition.any(operands.toArray(new Condition[0])));
  }

  private Condition conjunction() {
    Token start = peek();
    List<Condition> operands = new ArrayList<>();
    operands.add(unary());
    while (peek().is("and")) {
      next();
      operands.add(unary());
    }
    return build(start, () -> Condition.all(operands.toArray(new Condition[0])));
  }

  /**
   * Builds a condition, turning a refusal (it would nest too deep as the language prints it, with
   * the parentheses that {@code and} inside {@code or} needs) into an error at {@code start}.
   */
  private Condition build(Token start, Supplier<Condition> condition) {
    try {
      return condition.get();
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), start);
    }
  }

  private Condition unary() {
    Token token = peek();
    if (token.is("not")) {
      next();
      enter(token);
      Condition operand = unary();
      depth--;
      return build(token, () -> Condition.not(operand));
    }
    if (token.kind() == Token.Kind.LEFT_PAREN) {
      next();
      enter(token);
      Condition inner = condition();
      depth--;
      expect(Token.Kind.RIGHT_PAREN, "')' to close the '(' at line " + token.line() + ", column "
          + token.column() + ", or 'and' / 'or' to continue");
      return inner;
    }
    if (token.is("always")) {
      next();
      return Condition.always();
    }
    if (token.is("promotion")) {
      next();
      expectWord("over", "'over balance limit' after 'promotion'");
      expectWord("balance", "'balance limit' after 'promotion over'");
      expectWord("limit", "'limit' after 'promotion over balance'");
      return Condition.promotionOverBalanceLimit();
    }
    Optional<Attribute> attribute =
        token.kind() == Token.Kind.WORD ? Attribute.byKeyword(token.text()) : Optional.empty();
    if (attribute.isEmpty()) {
      throw unexpected(
          "a condition: an attribute (type, layer, steward, platform, membership, audience, topic,"
              + " action, intent, format, reach), 'not', '(', 'always' or 'promotion over balance"
              + " limit'");
    }
    next();
    Token operator = peek();
    List<String> values = new ArrayList<>();
    if (operator.is("is")) {
      next();
      values.add(value(attribute.get()));
    } else if (operator.is("in")) {
      next();
      expect(Token.Kind.LEFT_BRACKET, "'[' to start the list of values");
      values.add(value(attribute.get()));
      while (peek().kind() == Token.Kind.COMMA) {
        next();
        values.add(value(attribute.get()));
      }
      expect(Token.Kind.RIGHT_BRACKET, "',' and another value, or ']' to close the list");
    } else {
      throw unexpected("'is' or 'in' after '" + token.text() + "'");
    }
    return Condition.match(attribute.get(), values);
  }

  private void enter(Token at) {
    if (++depth > Limits.MAX_CONDITION_DEPTH) {
      throw source.error(
          "conditions nest deeper than "
              + Limits.MAX_CONDITION_DEPTH
              + " levels (Limits.MAX_CONDITION_DEPTH): flatten the condition, or split the rule",
          at);
    }
  }

  private String value(Attribute attribute) {
    Token token = peek();
    if (token.kind() != Token.Kind.WORD) {
      throw unexpected(expectedValue(attribute));
    }
    if (attribute.isOpen()) {
      if (!Checks.isKebabCase(token.text())) {
        throw unexpected("a kebab-case " + attribute.keyword() + " id");
      }
      next();
      return token.text();
    }
    String name = Ascii.toUpperCase(token.text()).replace('-', '_');  // the inverse of Texts.kebab
    if (!Checks.isKebabCase(token.text()) || !attribute.domain().contains(name)) {
      throw unexpected(expectedValue(attribute));
    }
    next();
    return name;
  }

  private static String expectedValue(Attribute attribute) {
    if (attribute.isOpen()) {
      return "a kebab-case " + attribute.keyword() + " id";
    }
    List<String> names = new ArrayList<>();
    for (String value : attribute.domain()) {
      names.add(Texts.kebab(value));
    }
    String keyword = attribute.keyword();
    return Texts.article(keyword) + " " + keyword + ": one of " + String.join(", ", names);
  }

  private Verdict verdict() {
    Token token = peek();
    if (token.kind() == Token.Kind.WORD) {
      for (Verdict verdict : Verdict.values()) {
        if (token.text().equals(Texts.kebab(verdict))) {
          next();
          return verdict;
        }
      }
    }
    throw unexpected("a verdict (" + VERDICTS + ")");
  }

  private String id(String expected) {
    Token token = peek();
    if (token.kind() != Token.Kind.WORD || !Checks.isKebabCase(token.text())) {
      throw unexpected(expected);
    }
    next();
    return token.text();
  }

  private String string(String expected) {
    Token token = peek();
    if (token.kind() != Token.Kind.STRING) {
      throw unexpected(expected);
    }
    if (Checks.isBlank(token.text())) {
      throw source.error("expected " + expected + ", found a blank text", token);
    }
    next();
    return token.text();
  }

  /** A whole number: digits, perhaps after a minus sign; leading zeros are fine. */
  private int integer() {
    Token token = peek();
    String expected = "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    String text = token.text();
    if (token.kind() != Token.Kind.WORD || !isInteger(text)) {
      throw unexpected(expected);
    }
    boolean negative = text.startsWith("-");
    String digits = stripLeadingZeros(negative ? text.substring(1) : text);
    long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    value = negative ? -value : value;
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw source.error(
          "expected " + expected + ", found " + token.describe() + ", which is out of range", token);
    }
    next();
    return (int) value;
  }

  private static boolean isInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /** A percentage from 0% to 100%: digits, perhaps a decimal point and more; leading zeros are fine. */
  private double percent() {
    Token token = peek();
    String text = token.text();
    if (token.kind() == Token.Kind.WORD
        && text.length() <= MAX_PERCENT_LENGTH
        && text.matches("[0-9]+(\\.[0-9]+)?%")) {
      BigDecimal percent = new BigDecimal(text.substring(0, text.length() - 1));
      if (percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
        next();
        return percent.movePointLeft(2).doubleValue();
      }
    }
    throw unexpected("a percentage from 0% to 100%, such as 50%");
  }
}
