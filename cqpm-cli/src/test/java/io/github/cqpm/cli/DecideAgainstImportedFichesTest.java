package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rncp.RncpExportReader;
import io.github.cqpm.rncp.RncpReferentials;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.decision.FindingCode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dossiers decided against fiches imported from the test export {@code real-shapes.xml}: a fiche
 * registered "de droit" (window from its effective day, 2023-09-01, to 2027-08-31), one "sur
 * demande" (from its decision, 2019-06-20, to 2024-06-20) and an old one that states no end.
 */
class DecideAgainstImportedFichesTest {
  private static final Set<FindingCode> REGISTRATION = Set.of(FindingCode.JURY_BEFORE_REGISTRATION,
      FindingCode.JURY_AFTER_REGISTRATION, FindingCode.REGISTRATION_START_UNKNOWN, FindingCode.REGISTRATION_END_UNKNOWN);

  private static Referential imported(String number) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("../examples/rncp/real-shapes.xml"));
        RncpExportReader reader = RncpExportReader.open(in, "real-shapes.xml")) {
      return RncpReferentials.of(reader.find(number).orElseThrow()).referential().orElseThrow();
    }
  }

  private static String dossier(String number, String route, String juryDate) {
    return """
        {"formatVersion": 1, "certification": "%s", "candidate": {"id": "X1"},
         "candidacy": {"route": "%s", "territory": "FRANCE", "registrationDate": "2009-01-05",
           "sponsor": {"kind": "COMPANY", "name": "Entreprise"}},
         "assessments": [], "companyOpinions": [], "acquiredBlocks": [],
         "jury": {"session": {"date": "%s", "members": [
           {"id": "P1", "college": "EMPLOYER", "branch": "METALLURGY", "organisation": "O", "voting": true},
           {"id": "S1", "college": "EMPLOYEE", "branch": "METALLURGY", "organisation": "U", "voting": true}],
           "president": "P1"}, "votes": []}}
        """.formatted(number, route, juryDate);
  }

  @ParameterizedTest(name = "{0}, jury on {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      RNCP91002 | CONTINUING_TRAINING          | 2023-09-01 | -
      RNCP91002 | CONTINUING_TRAINING          | 2027-08-31 | -
      RNCP91002 | CONTINUING_TRAINING          | 2023-08-31 | JURY_BEFORE_REGISTRATION
      RNCP91002 | CONTINUING_TRAINING          | 2027-09-01 | JURY_AFTER_REGISTRATION
      RNCP91009 | PROFESSIONALISATION_CONTRACT | 2019-06-20 | -
      RNCP91009 | PROFESSIONALISATION_CONTRACT | 2024-06-20 | -
      RNCP91009 | PROFESSIONALISATION_CONTRACT | 2024-06-21 | JURY_AFTER_REGISTRATION
      RNCP91009 | PROFESSIONALISATION_CONTRACT | 2019-06-19 | JURY_BEFORE_REGISTRATION
      RNCP91007 | INDIVIDUAL_CANDIDACY         | 2030-01-01 | REGISTRATION_END_UNKNOWN
      RNCP91007 | INDIVIDUAL_CANDIDACY         | 2009-03-11 | JURY_BEFORE_REGISTRATION REGISTRATION_END_UNKNOWN
      """)
  void theJuryIsJudgedAgainstTheWindowTheFicheStates(String number, String route, String jury, String expected)
      throws Exception {
    Referential ref = imported(number);
    ReferentialCatalog catalog = ReferentialCatalog.bundled().with(ref);
    CqpmRules rules = CqpmRules.forCertification(catalog, ref.getRncpNumber(), RulePolicy.defaults()).orElseThrow();
    Set<FindingCode> codes = rules.decide(CqpmJson.readDossier(dossier(number, route, jury), catalog)).codes();
    assertThat(codes.stream().filter(REGISTRATION::contains).map(Enum::name).sorted())
        .containsExactlyElementsOf(expected.equals("-") ? java.util.List.of() : java.util.List.of(expected.split(" ")));
  }
}
