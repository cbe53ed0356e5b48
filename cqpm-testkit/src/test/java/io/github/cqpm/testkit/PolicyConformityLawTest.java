package io.github.cqpm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.validation.ConformityValidation;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under every policy, not only the defaults, Bean Validation (a stock Hibernate Validator made to
 * judge under the policy's reading by {@link ConformityValidation}) reports a violation exactly
 * where the rules of that policy report the same non-conformity as a finding: the same kinds, as
 * many times, on dossiers drawn with any one non-conformity, or conform, and on juries sitting on
 * the registration's last day (where the policy's end-date reading decides).
 */
class PolicyConformityLawTest {
  private static final Set<String> KINDS =
      Arrays.stream(Nonconformity.Kind.values()).map(Enum::name).collect(Collectors.toSet());
  private static final String PREFIX = "{" + Nonconformity.class.getName() + ".";
  private static ValidatorFactory factory;

  @BeforeAll
  static void stockFactory() {
    factory = Validation.buildDefaultValidatorFactory();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void beanValidationAndTheRulesOfAPolicyReportTheSameNonconformities() {
    qt().withExamples(400).forAll(CqpmGens.nonConforming(), CqpmGens.policies(), CqpmGens.of(d -> d.bool()))
        .checkAssert((labelled, policy, onTheLastDay) -> {
          Dossier dossier = onTheLastDay ? onTheLastDay(labelled.value()) : labelled.value();
          assertThat(violations(dossier, policy)).as("%s under %s", labelled.label(), policy)
              .isEqualTo(findings(dossier, policy));
        });
  }

  @Test
  void theLawIsNotEmpty() {
    Dossier last = onTheLastDay(Fixtures.admissibleTrainingPath());
    RulePolicy exclusive = RulePolicy.defaults().withRegistrationEndInclusive(false);
    assertThat(violations(last, RulePolicy.defaults())).isEmpty();
    assertThat(violations(last, exclusive)).containsExactly("JURY_AFTER_REGISTRATION");
    assertThat(findings(last, exclusive)).containsExactly("JURY_AFTER_REGISTRATION");
  }

  /** The dossier with its jury sitting on RNCP 19453's registration end date, 2019-08-09. */
  private static Dossier onTheLastDay(Dossier dossier) {
    if (dossier.getJury().isEmpty()) {
      return dossier;
    }
    JuryDeliberation jury = dossier.getJury().get();
    LocalDate end = Referentials.rncp19453().getRegistration().getEndDay().orElseThrow();
    return Dossier.builder().from(dossier).jury(JuryDeliberation.builder().from(jury)
        .session(JurySession.builder().from(jury.getSession()).date(end).build()).build()).build();
  }

  private static List<String> violations(Dossier dossier, RulePolicy policy) {
    return ConformityValidation.validator(factory, ReferentialCatalog.bundled(), policy.reading())
        .validate(dossier).stream()
        .map(v -> v.getMessageTemplate())
        .filter(t -> t.startsWith(PREFIX))
        .map(t -> t.substring(PREFIX.length(), t.length() - 1))
        .sorted().toList();
  }

  private static List<String> findings(Dossier dossier, RulePolicy policy) {
    return CqpmRules.of(Referentials.rncp19453(), policy).decide(dossier).findings().stream()
        .map(f -> f.code().name()).filter(KINDS::contains).sorted().toList();
  }
}
