package io.github.socialecosystem.rules.language;

import com.google.common.base.Ascii;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.Attribute;
import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import io.github.socialecosystem.core.policy.EngagementRule;
import io.github.socialecosystem.core.policy.Expectation;
import io.github.socialecosystem.core.policy.Guarantee;
import io.github.socialecosystem.core.policy.Obligation;
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

  /** The clauses of the rule read last that may be given once ({@code because}, ...). */
  private final Set<String> ruleClauses = new LinkedHashSet<>();

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
    List<Guarantee> guarantees = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    Map<String, Token> ruleIds = new HashMap<>();
    while (true) {
      Token statement = peek();
      if (statement.is("rule")) {
        atMostRules(rules.size(), "rules");
        next();
        Token idToken = peek();
        EngagementRule rule = rule(statement);
        if (ruleIds.putIfAbsent(rule.id(), idToken) != null) {
          throw source.error(
              "rule id '" + rule.id() + "' is used twice: expected a new id", idToken);
        }
        rules.add(rule);
        afterRule(rule.id());
      } else if (statement.is("require")) {
        atMostRules(guarantees.size(), "guarantees");
        next();
        guarantees.add(guarantee());
      } else if (statement.is("expect")) {
        atMostRules(expectations.size(), "expectations");
        next();
        expectations.add(expectation(statement));
      } else {
        break;
      }
    }
    if (peek().kind() != Token.Kind.END) {
      throw unexpected("'rule', 'require', 'expect' or the end of the text");
    }
    EngagementPolicy.Builder policy =
        EngagementPolicy.builder()
            .id(id)
            .description(description)
            .defaultVerdict(defaultVerdict)
            .addAllRules(rules)
            .addAllGuarantees(guarantees)
            .addAllExpectations(expectations);
    balanceLimit.ifPresent(policy::balanceLimit);
    try {
      return policy.build();
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), start);
    }
  }

  private void atMostRules(int count, String what) {
    if (count >= Limits.MAX_RULES) {
      throw source.error(
          String.format(
              Locale.ROOT,
              "more than %,d %s (Limits.MAX_RULES): split the policy into several",
              Limits.MAX_RULES,
              what),
          peek());
    }
  }

  /** After {@code require}: {@code [at most | at least] VERDICT when CONDITION}. */
  private Guarantee guarantee() {
    Guarantee.Bound bound = Guarantee.Bound.EXACTLY;
    if (peek().is("at")) {
      next();
      if (peek().is("most")) {
        bound = Guarantee.Bound.AT_MOST;
      } else if (peek().is("least")) {
        bound = Guarantee.Bound.AT_LEAST;
      } else {
        throw unexpected("'most' or 'least' after 'at'");
      }
      next();
    } else if (!isVerdict(peek())) {
      throw unexpected("a verdict (" + VERDICTS + "), 'at most' or 'at least' after 'require'");
    }
    Verdict verdict = verdict();
    expectWord("when", "'when' and the situations the guarantee covers");
    Condition condition = condition();
    return Guarantee.of(bound, verdict, condition);
  }

  /**
   * After {@code expect}: {@code ACTION [(INTENT, FORMAT, REACH)] in PLACE [with topics [...]]
   * [with promotion over balance limit] is VERDICT}.
   */
  private Expectation expectation(Token start) {
    Token idToken = peek();
    String id = id("the id of the action expected, a kebab-case id");
    EngagementAction action;
    if (peek().kind() == Token.Kind.LEFT_PAREN) {
      next();
      Intent intent = Intent.valueOf(value(Attribute.INTENT));
      expect(Token.Kind.COMMA, "',' and the action's format");
      Format format = Format.valueOf(value(Attribute.FORMAT));
      expect(Token.Kind.COMMA, "',' and the action's reach");
      Reach reach = Reach.valueOf(value(Attribute.REACH));
      expect(Token.Kind.RIGHT_PAREN, "')' after the action's intent, format and reach");
      action = EngagementAction.of(id, intent, format, reach);
    } else {
      Optional<EngagementAction> standard = StandardActions.byId(id);
      if (standard.isEmpty()) {
        throw source.error(
            "'" + id + "' is not a standard action: expected '(' and its intent, format and reach,"
                + " as in " + id + " (promote, conversation, one-to-many)",
            idToken);
      }
      action = standard.get();
    }
    Expectation.Builder expectation = Expectation.builder().action(action);
    expectWord("in", "'in' and the type or layer of community, or '(' and the action's traits");
    Token place = peek();
    Optional<CommunityType> type =
        place.kind() == Token.Kind.WORD ? byWord(CommunityType.values(), place.text()) : Optional.empty();
    if (type.isPresent()) {
      expectation.type(type.get());
    } else if (place.is("owned")) {
      expectation.layer(Layer.OWNED);
    } else {
      throw unexpected(
          "a type or layer of community: participating, managed, owned, external, closed or"
              + " employee");
    }
    next();
    if (peek().is("with")) {
      next();
      if (peek().is("topics")) {
        next();
        expect(Token.Kind.LEFT_BRACKET, "'[' to start the list of topics");
        List<String> topics = new ArrayList<>();
        topics.add(value(Attribute.TOPIC));
        while (peek().kind() == Token.Kind.COMMA) {
          next();
          if (topics.size() >= Expectation.MAX_TOPICS) {
            throw source.error(
                "more than " + Expectation.MAX_TOPICS + " topics in an expectation", peek());
          }
          topics.add(value(Attribute.TOPIC));
        }
        expect(Token.Kind.RIGHT_BRACKET, "',' and another topic, or ']' to close the list");
        expectation.addAllTopics(topics);
        if (peek().is("with")) {
          next();
          overBalanceLimit();
          expectation.promotionOverBalanceLimit(true);
        }
      } else if (peek().is("promotion")) {
        overBalanceLimit();
        expectation.promotionOverBalanceLimit(true);
      } else {
        throw unexpected("'topics [...]' or 'promotion over balance limit' after 'with'");
      }
    }
    expectWord("is", "'is' and the verdict expected, or 'with' and recent activity or topics");
    expectation.verdict(verdict());
    try {
      return expectation.build();
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), start);
    }
  }

  private void overBalanceLimit() {
    expectWord("promotion", "'promotion over balance limit' after 'with'");
    expectWord("over", "'over balance limit' after 'promotion'");
    expectWord("balance", "'balance limit' after 'promotion over'");
    expectWord("limit", "'limit' after 'promotion over balance'");
  }

  private static <T extends Enum<T>> Optional<T> byWord(T[] values, String word) {
    for (T value : values) {
      if (Texts.kebab(value).equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static boolean isVerdict(Token token) {
    return token.kind() == Token.Kind.WORD && byWord(Verdict.values(), token.text()).isPresent();
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
    Set<String> seen = ruleClauses;
    seen.clear();
    while (true) {
      Token clause = peek();
      if (clause.is("because") || clause.is("citation") || clause.is("priority")) {
        if (!seen.add(clause.text())) {
          throw source.error("'" + clause.text() + "' is given twice in rule '" + id + "'", clause);
        }
      }
      if (clause.is("because")) {
        next();
        rule.rationale(string("the rule's rationale as a quoted text"));
        because = true;
      } else if (clause.is("citation")) {
        next();
        rule.citation(string("the citation (the section the rule comes from) as a quoted text"));
      } else if (clause.is("priority")) {
        next();
        rule.priority(integer());
      } else if (clause.is("must")) {
        next();
        rule.addObligations(obligation());
      } else {
        break;
      }
    }
    if (!because) {
      throw unexpected(
          "'because' and the rule's rationale (rule '" + id + "' has none), or 'citation',"
              + " 'priority' or 'must'");
    }
    try {
      return rule.build();
    } catch (IllegalArgumentException e) {
      throw source.error(String.valueOf(e.getMessage()), verdict == Verdict.LIMITED ? verdictToken : ruleToken);
    }
  }

  /**
   * Refuses what follows a whole rule when it cannot start a statement, naming the clauses that
   * could still go on with the rule, and the new name of {@code source}.
   */
  private void afterRule(String id) {
    Token after = peek();
    if (after.is("source")) {
      throw unexpected("'citation' and the section the rule comes from ('source' is its old name)");
    }
    if (after.kind() == Token.Kind.END
        || after.is("rule")
        || after.is("require")
        || after.is("expect")) {
      return;
    }
    StringBuilder clauses = new StringBuilder();
    for (String clause : List.of("citation", "priority")) {
      if (!ruleClauses.contains(clause)) {
        clauses.append('\'').append(clause).append("', ");
      }
    }
    throw unexpected(
        clauses
            + "'must' to go on with rule '"
            + id
            + "', or 'rule', 'require', 'expect' or the end of the text");
  }

  private static final String OBLIGATIONS =
      "an obligation: a quoted text, 'disclose affiliation', 'get approval from' and a quoted"
          + " role, 'keep promotion under balance limit', 'keep record' and a number of days, or"
          + " 'prefer' and a format";

  /** What follows {@code must}: a typed obligation, or free text in quotes. */
  private Obligation obligation() {
    Token token = peek();
    if (token.kind() == Token.Kind.STRING) {
      return Obligation.other(string("the obligation as a quoted text"));
    }
    if (token.is("disclose")) {
      next();
      expectWord("affiliation", "'affiliation' after 'disclose'");
      return Obligation.discloseAffiliation();
    }
    if (token.is("get")) {
      next();
      expectWord("approval", "'approval from' and a quoted role after 'get'");
      expectWord("from", "'from' and a quoted role after 'get approval'");
      Token role = peek();
      String text = string("the role to get approval from as a quoted text, such as \"legal\"");
      try {
        return Obligation.seekApproval(text);
      } catch (IllegalArgumentException e) {
        throw source.error(String.valueOf(e.getMessage()), role);
      }
    }
    if (token.is("keep")) {
      next();
      if (peek().is("promotion")) {
        next();
        expectWord("under", "'under balance limit' after 'keep promotion'");
        expectWord("balance", "'balance limit' after 'keep promotion under'");
        expectWord("limit", "'limit' after 'keep promotion under balance'");
        return Obligation.keepInBalance();
      }
      expectWord("record", "'record' and a number of days, or 'promotion under balance limit', after 'keep'");
      Token daysToken = peek();
      String expected = "a number of days from 1 to " + Obligation.MAX_RECORD_DAYS;
      if (daysToken.kind() != Token.Kind.WORD
          || !daysToken.text().matches("[0-9]{1,9}")
          || Integer.parseInt(daysToken.text()) < 1
          || Integer.parseInt(daysToken.text()) > Obligation.MAX_RECORD_DAYS) {
        throw unexpected(expected);
      }
      next();
      int days = Integer.parseInt(daysToken.text());
      if (!peek().is("days") && !peek().is("day")) {
        throw unexpected("'days' after the number of days");
      }
      next();
      return Obligation.keepRecord(days);
    }
    if (token.is("prefer")) {
      next();
      Token format = peek();
      if (format.kind() == Token.Kind.WORD) {
        for (Format f : Format.values()) {
          if (f != Format.NONE && format.text().equals(Texts.kebab(f))) {
            next();
            return Obligation.preferFormat(f);
          }
        }
      }
      throw unexpected("a format to prefer: conversation, video, press-release or offer");
    }
    throw unexpected(OBLIGATIONS);
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
