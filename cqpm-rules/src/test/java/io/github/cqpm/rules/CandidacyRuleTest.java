package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidacyRuleTest {
  private static final CqpmRules RULES = CqpmRules.standard();

  private static Dossier withTerritory(Territory territory) {
    Dossier d = admissible().build();
    return Dossier.builder().from(d).candidacy(Candidacy.builder().from(d.getCandidacy()).territory(territory).build()).build();
  }

  static Dossier juryOn(LocalDate date) {
    Dossier d = admissible().build();
    JuryDeliberation jury = d.getJury().orElseThrow();
    return Dossier.builder().from(d)
        .jury(JuryDeliberation.builder().from(jury).session(Fixtures.jury(5).date(date).build()).build())
        .build();
  }

  @Test
  void aCandidateInFranceOnAnOpenRouteBeforeTheEndIsConform() {
    Decision<Conformity> decision = RULES.candidacy(admissible().build());
    assertThat(decision.outcome()).isEqualTo(Conformity.CONFORM);
    assertThat(decision.findings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"NEW_CALEDONIA", "FRENCH_POLYNESIA"})
  void notAccessibleInNewCaledoniaNorFrenchPolynesia(Territory territory) {
    Decision<Conformity> decision = RULES.candidacy(withTerritory(territory));
    assertThat(decision.outcome()).isEqualTo(Conformity.NOT_CONFORM);
    assertThat(decision.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.TERRITORY_NOT_ACCESSIBLE);
      assertThat(f.argumentTexts()).containsExactly(territory.name());
    });
  }

  @Test
  void aRouteTheReferentialClosesIsReported() {
    Referential ref = Referentials.rncp19453();
    Referential closedVae = Referential.builder().from(ref)
        .accessConditions(ref.getAccessConditions().stream()
            .map(c -> c.getRoute() == AccessRoute.CONTINUING_TRAINING ? AccessCondition.builder().from(c).open(false).build() : c)
            .toList())
        .build();
    Decision<Conformity> decision = CqpmRules.of(closedVae, RulePolicy.defaults()).candidacy(admissible().build());
    assertThat(decision.codes()).containsExactly(FindingCode.ROUTE_CLOSED);
    Referential unlisted = Referential.builder().from(ref).accessConditions(List.of()).build();
    assertThat(CqpmRules.of(unlisted, RulePolicy.defaults()).candidacy(admissible().build()).codes())
        .containsExactly(FindingCode.ROUTE_CLOSED);
  }

  @ParameterizedTest
  @CsvSource({
    "2014-08-08, JURY_BEFORE_REGISTRATION",
    "2014-08-09, ",
    "2019-08-09, ",
    "2019-08-10, JURY_AFTER_REGISTRATION"
  })
  void theJuryMustSitWhileTheFicheIsRegisteredBothEndsIncluded(LocalDate jury, FindingCode expected) {
    Decision<Conformity> decision = RULES.candidacy(juryOn(jury));
    if (expected == null) {
      assertThat(decision.findings()).isEmpty();
    } else {
      assertThat(decision.codes()).containsExactly(expected);
    }
  }

  @Test
  void aPolicyMayExcludeTheEndDate() {
    CqpmRules exclusive = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withRegistrationEndInclusive(false));
    assertThat(exclusive.candidacy(juryOn(LocalDate.of(2019, 8, 9))).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.argumentTexts()).containsExactly("2019-08-09", "2019-08-09"));
    assertThat(exclusive.candidacy(juryOn(LocalDate.of(2019, 8, 8))).findings()).isEmpty();
  }
}
