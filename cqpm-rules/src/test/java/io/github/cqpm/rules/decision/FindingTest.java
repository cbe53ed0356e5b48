package io.github.cqpm.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.referential.EvaluationModality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final Subject C5 = Subject.of(Subject.Kind.CAPACITY, CapacityCode.of(5));
  private static final Object[] ARGUMENTS = {
    CapacityCode.of(5), LocalDate.of(2016, 5, 15), EvaluationModality.RECONSTITUTED_SITUATION
  };

  @Test
  void theFixedArityFactoriesMakeWhatTheVarargsOneMakes() {
    assertThat(Finding.of(FindingCode.SPONSOR_MISSING, C5))
        .isEqualTo(Finding.of(FindingCode.SPONSOR_MISSING, C5, new Object[0]));
    assertThat(Finding.of(FindingCode.CAPACITY_NOT_ASSESSED, C5, ARGUMENTS[0]))
        .isEqualTo(Finding.of(FindingCode.CAPACITY_NOT_ASSESSED, C5, new Object[] {ARGUMENTS[0]}));
    assertThat(Finding.of(FindingCode.JURY_AFTER_REGISTRATION, C5, ARGUMENTS[1], ARGUMENTS[1]))
        .isEqualTo(Finding.of(FindingCode.JURY_AFTER_REGISTRATION, C5, new Object[] {ARGUMENTS[1], ARGUMENTS[1]}));
    FindingCode code = FindingCode.CAPACITY_VALIDATED;
    assertThat(Finding.of(code, C5, ARGUMENTS[0], ARGUMENTS[1], ARGUMENTS[2]))
        .isEqualTo(Finding.of(code, C5, ARGUMENTS.clone()))
        .satisfies(f -> assertThat(f.argumentTexts())
            .containsExactly("C5", "2016-05-15", "RECONSTITUTED_SITUATION"))
        .satisfies(f -> assertThat(f.severity()).isEqualTo(code.getSeverity()))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(code.getRule()));
  }

  @Test
  void aFindingKeepsItsArgumentsWhateverTheCallerDoesWithItsOwn() {
    Object[] mine = ARGUMENTS.clone();
    Finding fromArray = Finding.of(FindingCode.CAPACITY_VALIDATED, C5, mine);
    mine[0] = CapacityCode.of(6);
    List<Object> list = new ArrayList<>(List.of(ARGUMENTS));
    Finding fromList =
        new Finding(FindingCode.CAPACITY_VALIDATED, Severity.INFO, C5, list, FicheRule.CAPACITY_EVALUATION);
    list.clear();
    assertThat(fromArray.argumentTexts()).startsWith("C5");
    assertThat(fromList.arguments()).hasSize(3);
    assertThatThrownBy(() -> fromList.arguments().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachArgumentsTextIsTheOneTheListGives() {
    Finding finding = Finding.of(FindingCode.CAPACITY_VALIDATED, C5, ARGUMENTS.clone());
    for (int i = 0; i < ARGUMENTS.length; i++) {
      assertThat(finding.argumentText(i)).isEqualTo(finding.argumentTexts().get(i));
    }
    // a date far from today is written as LocalDate writes it too
    Finding farAway = Finding.of(FindingCode.JURY_AFTER_REGISTRATION, C5, LocalDate.of(10_000, 1, 2), LocalDate.MIN);
    assertThat(farAway.argumentTexts()).containsExactly("+10000-01-02", "-999999999-01-01");
    assertThatThrownBy(() -> finding.argumentText(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> finding.argumentText(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void noArgumentMayBeNull() {
    assertThatThrownBy(() -> Finding.of(FindingCode.CAPACITY_NOT_ASSESSED, C5, (Object) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Finding.of(FindingCode.CAPACITY_VALIDATED, C5, "C5", null, "x"))
        .isInstanceOf(NullPointerException.class);
  }
}
