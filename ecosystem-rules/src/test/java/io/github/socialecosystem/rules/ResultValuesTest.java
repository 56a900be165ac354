package io.github.socialecosystem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.Limits;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.rules.advisor.EcosystemFinding;
import io.github.socialecosystem.rules.analysis.GridCell;
import io.github.socialecosystem.rules.analysis.PolicyFinding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The result values the analyzer, the diff and the advisor hand out can also be built by a
 * caller (in a test double, say); bad parts are refused with the field and the value named, and
 * what is kept is a copy.
 */
class ResultValuesTest {
  @Test
  void anEcosystemFindingNamesABadCommunityId() {
    assertEquals(
        "finding communityIds",
        assertThrows(
                NullPointerException.class,
                () ->
                    new EcosystemFinding(
                        EcosystemFinding.Code.NO_DESTINATION,
                        EcosystemFinding.Severity.CRITICAL,
                        "No destination.",
                        null))
            .getMessage());
    assertEquals(
        "finding communityIds has a null element at index 1",
        assertThrows(
                NullPointerException.class,
                () ->
                    new EcosystemFinding(
                        EcosystemFinding.Code.NO_DESTINATION,
                        EcosystemFinding.Severity.CRITICAL,
                        "No destination.",
                        Arrays.asList("forum", null)))
            .getMessage());
    assertEquals(
        "finding communityIds element must be kebab-case (lowercase letters and digits, words"
            + " joined by single hyphens, at most "
            + Limits.MAX_ID_LENGTH
            + " characters): 'Not An Id'",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new EcosystemFinding(
                        EcosystemFinding.Code.NO_DESTINATION,
                        EcosystemFinding.Severity.CRITICAL,
                        "No destination.",
                        List.of("Not An Id")))
            .getMessage());
  }

  @Test
  void aPolicyFindingNamesABadRuleIdCountOrMessage() {
    assertEquals(
        "finding ruleIds has a null element at index 0",
        assertThrows(
                NullPointerException.class,
                () ->
                    new PolicyFinding(
                        PolicyFinding.Kind.GAP,
                        Arrays.asList((String) null),
                        Optional.empty(),
                        1,
                        "A gap.",
                        true))
            .getMessage());
    assertEquals(
        "finding occurrences must not be negative: -1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new PolicyFinding(
                        PolicyFinding.Kind.GAP, List.of(), Optional.empty(), -1, "A gap.", true))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new PolicyFinding(PolicyFinding.Kind.GAP, List.of(), Optional.empty(), 1, " ", true));
  }

  @Test
  void resultValuesKeepCopiesOfTheirLists() {
    List<String> ids = new ArrayList<>(List.of("forum"));
    EcosystemFinding finding =
        new EcosystemFinding(
            EcosystemFinding.Code.NO_DESTINATION,
            EcosystemFinding.Severity.CRITICAL,
            "No destination.",
            ids);
    ids.add("page");
    assertEquals(List.of("forum"), finding.communityIds());
    assertThrows(UnsupportedOperationException.class, () -> finding.communityIds().add("x"));

    List<EngagementContext> contexts = new ArrayList<>(List.of(EngagementContext.none()));
    GridCell.Flip flip = new GridCell.Flip(Verdict.LIMITED, Verdict.APPROPRIATE, 2, false, contexts);
    contexts.clear();
    assertEquals(List.of(EngagementContext.none()), flip.contexts());
    assertEquals(
        "flips has a null element at index 0",
        assertThrows(
                NullPointerException.class,
                () ->
                    new GridCell(
                        StandardActions.LISTEN,
                        CommunityType.MANAGED,
                        3,
                        Verdict.APPROPRIATE,
                        Verdict.APPROPRIATE,
                        Arrays.asList((GridCell.Flip) null)))
            .getMessage());
  }
}
