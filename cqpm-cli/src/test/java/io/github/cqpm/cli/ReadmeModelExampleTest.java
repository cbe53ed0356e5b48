package io.github.cqpm.cli;

import io.github.cqpm.model.code.RncpNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.validation.ConformityValidation;
import io.github.cqpm.rules.RulePolicy;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import io.github.cqpm.model.referential.Territory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's "Use" section, as written there. */
class ReadmeModelExampleTest {

  @Test
  void theReadmeExampleWorksAsWritten() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    try {
      ReferentialCatalog catalog = ReferentialCatalog.bundled();                 // RNCP 19453; .with(…) adds yours
      Referential ref = catalog.find(RncpNumber.of(19453)).orElseThrow();
      Block block = ref.getBlockOf(CapacityCode.parse("C5")).orElseThrow();      // RNCP19453BC02
      Dossier dossier = Dossier.builder().certification(RncpNumber.of(19453))    // the référentiel it is judged against
          .candidate(Candidate.of("CAND-2016-0042"))                             // an opaque id, no personal data
          .candidacy(Candidacy.builder().route(AccessRoute.VAE).territory(Territory.FRENCH_POLYNESIA)
              .registrationDate(LocalDate.of(2016, 1, 11)).build())
          .build();
      ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
      Set<ConstraintViolation<Dossier>> violations = factory.getValidator().validate(dossier);
      // candidacy.territory: the certification is not accessible in FRENCH_POLYNESIA
      RulePolicy policy = RulePolicy.defaults().withRoutes(RulePolicy.RouteReading.EVERY_LISTED);
      Validator yours = ConformityValidation.validator(factory, catalog, policy.reading());
      // judges against your catalogue, under your policy's reading, as the rules do

      assertThat(yours.validate(Dossier.builder().from(dossier)
              .candidacy(Candidacy.builder().from(dossier.getCandidacy()).route(AccessRoute.INDIVIDUAL_CANDIDACY).build())
              .build()))
          .extracting(v -> v.getPropertyPath().toString())
          .as("every listed route open under that policy; the territory still not accessible")
          .containsExactly("candidacy.territory");
      factory.close();
      assertThat(block.getCode()).hasToString("RNCP19453BC02");
      assertThat(violations)
          .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
          .containsExactly(
              "candidacy.territory: the certification is not accessible in FRENCH_POLYNESIA");
    } finally {
      Locale.setDefault(before);
    }
  }
}
