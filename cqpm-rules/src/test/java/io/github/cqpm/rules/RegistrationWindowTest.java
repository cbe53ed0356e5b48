package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A jury judged against the registration's window as the référentiel states it: no end is
 * invented, and the decision says what is not stated.
 */
class RegistrationWindowTest {
  private static final Set<FindingCode> WINDOW = Set.of(FindingCode.JURY_BEFORE_REGISTRATION,
      FindingCode.JURY_AFTER_REGISTRATION, FindingCode.REGISTRATION_START_UNKNOWN, FindingCode.REGISTRATION_END_UNKNOWN);

  private static Set<FindingCode> window(Registration registration, Dossier dossier) {
    Referential ref = Referential.builder().from(Referentials.rncp19453()).registration(registration).build();
    Decision<DossierOutcome> decision = CqpmRules.of(ref, RulePolicy.defaults()).decide(dossier);
    return decision.codes().stream().filter(WINDOW::contains).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aRegistrationWithoutEndJudgesOnlyTheStartAndSaysSo() {
    Dossier dossier = admissible().build(); // jury on 2016-06-20
    assertThat(window(Registration.builder().effectiveDay(LocalDate.of(2010, 1, 1)).build(), dossier))
        .containsExactly(FindingCode.REGISTRATION_END_UNKNOWN);
    assertThat(window(Registration.builder().effectiveDay(LocalDate.of(2017, 1, 1)).build(), dossier))
        .containsExactlyInAnyOrder(FindingCode.REGISTRATION_END_UNKNOWN, FindingCode.JURY_BEFORE_REGISTRATION);
  }

  @Test
  void aRegistrationWithoutStartJudgesOnlyTheEndAndSaysSo() {
    Dossier dossier = admissible().build();
    assertThat(window(Registration.builder().endDay(LocalDate.of(2020, 1, 1)).build(), dossier))
        .containsExactly(FindingCode.REGISTRATION_START_UNKNOWN);
    assertThat(window(Registration.builder().endDay(LocalDate.of(2016, 6, 19)).build(), dossier))
        .containsExactlyInAnyOrder(FindingCode.REGISTRATION_START_UNKNOWN, FindingCode.JURY_AFTER_REGISTRATION);
  }

  @Test
  void aFullWindowSaysNothingMoreAndWithoutJuryNothingIsSaid() {
    Dossier dossier = admissible().build();
    assertThat(window(Registration.builder().decisionDay(LocalDate.of(2015, 1, 1)).endDay(LocalDate.of(2020, 1, 1))
        .kind(Registration.Kind.ON_REQUEST).build(), dossier)).isEmpty();
    Dossier noJury = Dossier.builder().from(dossier).jury(java.util.Optional.empty()).build();
    assertThat(window(Registration.builder().effectiveDay(LocalDate.of(2010, 1, 1)).build(), noJury)).isEmpty();
  }
}
