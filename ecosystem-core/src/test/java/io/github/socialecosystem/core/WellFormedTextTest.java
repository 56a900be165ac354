package io.github.socialecosystem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.socialecosystem.core.policy.Condition;
import io.github.socialecosystem.core.policy.EngagementRule;
import org.junit.jupiter.api.Test;

/** A text cut in the middle of an emoji cannot be saved as UTF-8, so no value accepts one. */
class WellFormedTextTest {
  @Test
  void aCommunityNameWithHalfAnEmojiIsRefusedNamingTheFieldAndThePlace() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Community.builder()
                    .id("cut")
                    .name("Fans \uD83D")
                    .steward(Steward.INDEPENDENT)
                    .platform(Platform.of("Forum", PlatformKind.INDEPENDENT_SITE))
                    .membership(Membership.OPEN)
                    .audience(Audience.PUBLIC)
                    .build());
    assertEquals(
        "community name must be well-formed Unicode text, but has half of a surrogate pair"
            + " (U+D83D) on its own at character 6: 'Fans \\uD83D'",
        e.getMessage());
  }

  @Test
  void aRationaleEndingInTheSecondHalfOfAnEmojiIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                EngagementRule.builder()
                    .id("r")
                    .condition(Condition.always())
                    .verdict(Verdict.APPROPRIATE)
                    .rationale("Cut \uDE00")
                    .build());
    assertEquals(
        "rationale of rule 'r' must be well-formed Unicode text, but has half of a surrogate pair"
            + " (U+DE00) on its own at character 5: 'Cut \\uDE00'",
        e.getMessage());
  }

  @Test
  void wholeEmojisAreWelcome() {
    assertEquals(
        "Fans \uD83D\uDE00",
        Community.builder()
            .id("whole")
            .name("Fans \uD83D\uDE00")
            .steward(Steward.INDEPENDENT)
            .platform(Platform.of("Forum", PlatformKind.INDEPENDENT_SITE))
            .membership(Membership.OPEN)
            .audience(Audience.PUBLIC)
            .build()
            .name());
  }

  @Test
  void aNameOfOnlyAVariationSelectorOrALoneAccentIsBlank() {
    for (String invisible : new String[] {"\uFE0F", "\u0301", "\u0301\u00A0\uFE0F"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Platform.of(invisible, PlatformKind.INDEPENDENT_SITE));
      assertEquals(true, e.getMessage().startsWith("platform name must not be blank"), e.getMessage());
    }
    assertEquals("e\u0301", Platform.of("e\u0301", PlatformKind.INDEPENDENT_SITE).name());
  }

  @Test
  void nullConditionValuesAndOperandsAreNamed() {
    NullPointerException value =
        assertThrows(
            NullPointerException.class,
            () -> Condition.match(io.github.socialecosystem.core.policy.Attribute.TOPIC, java.util.Arrays.asList("a", null)));
    assertEquals("a condition value is null", value.getMessage());
    NullPointerException operand =
        assertThrows(NullPointerException.class, () -> Condition.all(Condition.always(), null));
    assertEquals("operand 2 of 2 is null", operand.getMessage());
    NullPointerException any =
        assertThrows(NullPointerException.class, () -> Condition.any((Condition) null));
    assertEquals("operand 1 of 1 is null", any.getMessage());
  }
}
