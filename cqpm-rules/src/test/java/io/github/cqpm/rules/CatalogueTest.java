package io.github.cqpm.rules;

import static io.github.cqpm.rules.Fixtures.admissible;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.rules.decision.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rules take their référentiel from the catalogue they are given: two catalogues holding two
 * revisions of RNCP 19453 decide the same dossier each its own way, in one JVM, at the same time.
 */
class CatalogueTest {
  private static final RncpNumber RNCP_19453 = RncpNumber.of(19453);
  private static final ReferentialCatalog BUNDLED = ReferentialCatalog.bundled();
  /** RNCP 19453 as if its registration had ended before the fixtures' jury (2016-06-20). */
  private static final ReferentialCatalog REVISED = BUNDLED.with(endedOn(LocalDate.of(2015, 12, 31)));

  private static Referential endedOn(LocalDate end) {
    Referential bundled = BUNDLED.find(RNCP_19453).orElseThrow();
    return Referential.builder().from(bundled)
        .registration(Registration.builder().from(bundled.getRegistration()).endDay(end).build())
        .build();
  }

  @Test
  void aCatalogueWithAReferentialPutInPlaceOfAnotherLeavesTheFirstAsItWas() {
    assertThat(REVISED.find(RNCP_19453)).isNotEqualTo(BUNDLED.find(RNCP_19453));
    assertThat(BUNDLED.find(RNCP_19453).orElseThrow().getRegistration().getEndDay().orElseThrow())
        .isEqualTo(LocalDate.of(2019, 8, 9));
    assertThat(REVISED.numbers()).containsExactly(RNCP_19453);
    assertThat(BUNDLED.with(BUNDLED.find(RNCP_19453).orElseThrow())).isSameAs(BUNDLED);
  }

  @Test
  void twoCataloguesDecideTheSameDossierEachItsOwnWayOnParallelThreads() throws Exception {
    Dossier dossier = admissible().build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Ruling>> bundled = new ArrayList<>();
      List<Future<Ruling>> revised = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        bundled.add(pool.submit(() -> ruling(BUNDLED, dossier)));
        revised.add(pool.submit(() -> ruling(REVISED, dossier)));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(bundled.get(i).get()).isEqualTo(Ruling.ADMISSIBLE);
        assertThat(revised.get(i).get()).isEqualTo(Ruling.NOT_ADMISSIBLE);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(CqpmRules.forCertification(REVISED, RNCP_19453, RulePolicy.defaults())
            .orElseThrow().decide(dossier).codes())
        .contains(FindingCode.JURY_AFTER_REGISTRATION);
  }

  @Test
  void aCatalogueWithoutTheNumberHasNoRules() {
    assertThat(CqpmRules.forCertification(ReferentialCatalog.of(), RNCP_19453, RulePolicy.defaults()))
        .isEmpty();
  }

  private static Ruling ruling(ReferentialCatalog catalog, Dossier dossier) {
    return CqpmRules.forCertification(catalog, dossier.getCertification(), RulePolicy.defaults())
        .orElseThrow().decide(dossier).outcome().ruling();
  }
}
