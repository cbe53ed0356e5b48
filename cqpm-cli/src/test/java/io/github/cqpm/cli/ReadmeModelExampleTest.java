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
import io.github.cqpm.model.referential.Referentials;
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
      Referential ref = Referentials.rncp19453();
      Block block = ref.getBlockOf(CapacityCode.parse("C5")).orElseThrow();      // RNCP19453BC02
      Dossier dossier = Dossier.builder().certification(RncpNumber.of(19453))    // the référentiel it is judged against
          .candidate(Candidate.of("CAND-2016-0042"))                             // an opaque id, no personal data
          .candidacy(Candidacy.builder().route(AccessRoute.VAE).territory(Territory.FRENCH_POLYNESIA)
              .registrationDate(LocalDate.of(2016, 1, 11)).build())
          .build();
      Set<ConstraintViolation<Dossier>> violations =
          Validation.buildDefaultValidatorFactory().getValidator().validate(dossier);

      assertThat(block.getCode()).hasToString("RNCP19453BC02");
      assertThat(violations)
          .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
          .containsExactly(
              "candidacy.territory: the certification is not accessible in this territory");
    } finally {
      Locale.setDefault(before);
    }
  }
}
