package io.github.cqpm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each option of a policy is declared once, in {@link PolicyOption}: its default is the value of
 * {@link RulePolicy#defaults()}, its values read back from their text, and putting a value in a
 * policy changes that option alone.
 */
class PolicyOptionTest {
  @Test
  void theOptionsAreTheComponentsOfAPolicyEachOnce() {
    Set<String> names = new HashSet<>();
    for (PolicyOption<?> option : RulePolicy.options()) {
      assertThat(names.add(option.getName())).as(option.getName()).isTrue();
    }
    assertThat(RulePolicy.options()).hasSize(RulePolicy.class.getRecordComponents().length);
    assertThat(RulePolicy.options()).extracting(PolicyOption::getKebabName).containsExactly(
        "registration-end", "unfavourable-opinion", "tie-fallback", "quorum", "validity-scope", "routes");
  }

  @Test
  void eachValueReadsBackFromItsTextAndChangesThatOptionAlone() {
    for (PolicyOption<?> option : RulePolicy.options()) {
      roundTrip(option);
    }
  }

  private static <T> void roundTrip(PolicyOption<T> option) {
    List<T> values = option.getValues().isEmpty() ? List.of(option.parse("0"), option.parse("7")) : option.getValues();
    for (T value : values) {
      assertThat(option.parse(option.text(value))).isEqualTo(value);
      assertThat(option.parse(" " + option.text(value).toLowerCase(java.util.Locale.ROOT) + " ")).isEqualTo(value);
      RulePolicy changed = option.with(RulePolicy.defaults(), value);
      assertThat(option.get(changed)).isEqualTo(value);
      for (PolicyOption<?> other : RulePolicy.options()) {
        if (other != option) {
          assertThat(other.get(changed)).as(other.getName()).isEqualTo(other.getDefault());
        }
      }
    }
  }

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    assertThat(RulePolicy.options()).extracting(PolicyOption::defaultText)
        .containsExactly("INCLUSIVE", "ADVISORY", "UNDECIDED", "0", "BLOCKS_AND_CAPACITIES", "REFERENTIAL");
  }

  @Test
  void aValueAnOptionDoesNotTakeIsRefusedNamingTheOptionAndWhatItTakes() {
    assertThatIllegalArgumentException().isThrownBy(() -> PolicyOption.TIE_FALLBACK.parse("maybe"))
        .withMessage("tieFallback: expected one of [UNDECIDED, NOT_ADMISSIBLE], was \"maybe\"");
    assertThatIllegalArgumentException().isThrownBy(() -> PolicyOption.QUORUM.parse("-1"))
        .withMessage("quorum: expected a whole number, 0 or more, was \"-1\"");
    assertThatIllegalArgumentException().isThrownBy(() -> PolicyOption.QUORUM.parse("x"))
        .withMessage("quorum: expected a whole number, 0 or more, was \"x\"");
  }

  @Test
  void theRegistrationEndIsTheBooleanComponentByName() {
    assertThat(RulePolicy.defaults().withRegistrationEnd(RulePolicy.RegistrationEnd.EXCLUSIVE))
        .isEqualTo(RulePolicy.defaults().withRegistrationEndInclusive(false));
    assertThat(RulePolicy.defaults().registrationEnd()).isEqualTo(RulePolicy.RegistrationEnd.INCLUSIVE);
  }
}
