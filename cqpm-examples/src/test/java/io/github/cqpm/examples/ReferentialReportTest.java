package io.github.cqpm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.referential.Referentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferentialReportTest {

  private static String run(java.util.function.Consumer<PrintStream> report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheBlocksCapacitiesRoutesAndPaths() {
    String out = run(o -> ReferentialReport.print(Referentials.rncp19453(), o));
    assertThat(out)
        .contains("RNCP 19453 — Certificat de qualification professionnelle Pilote de systèmes de production automatisée (CQPM)")
        .contains("Enregistrement : du 2014-08-09 au 2019-08-09")
        .contains("RNCP19453BC02  La réalisation de la maintenance préventive et curative de niveau 2")
        .contains("    C5  Assurer les opérations de maintenance curative de niveau 2")
        .contains("Evaluation à partir d'une situation professionnelle reconstituée (si nécessaire)")
        .contains("NEW_CALEDONIA                non accessible")
        .contains("Parcours VAE : [ADMISSIBILITY_OF_REQUEST, VALIDATION_COMMISSION, JURY_DELIBERATION]");
  }

  @Test
  void reportsTheExampleJurysThreeBreachesInFrench() {
    String out = run(o -> ReferentialReport.printJuryCheck(ReferentialReport.exampleJury(), o));
    assertThat(out)
        .contains("8 membres, dont 6 employeurs et 2 salariés avec droit de vote")
        .contains("non conforme à la fiche")
        .contains("- members: la délégation patronale est trop nombreuse")
        .contains("- members: le jury n'est pas paritaire")
        .contains("- president: le jury n'a pas de président");
    assertThat(out.lines().filter(l -> l.startsWith("    - "))).hasSize(3);
  }

  @Test
  void decidesTheExampleDossierWhoseTieThePresidentBroke() {
    io.github.cqpm.rules.CqpmRules rules = io.github.cqpm.rules.CqpmRules.standard();
    io.github.cqpm.model.dossier.Dossier dossier = ExampleDossiers.tieBrokenByPresident();
    String fr = run(o -> DecisionReport.print(rules.decide(dossier), rules.audit(dossier), java.util.Locale.FRENCH, o));
    assertThat(fr)
        .contains("Verdict: ADMISSIBLE (fr)")
        .contains("  RNCP19453BC02 acquired, valid until 2022-06-26 (excluded)")
        .contains("    C5 VALIDATED on 2017-05-15")
        .contains("Votes: 2 admissible, 2 not admissible, 0 abstention(s); verdict ADMISSIBLE, decided by the president's casting vote")
        .contains("INFO TIE_BROKEN_BY_PRESIDENT [MEMBER P1] partage des voix ; la voix du président P1 a été prépondérante : ADMISSIBLE"
            + " — « En cas de partage des voix, celle du président du jury est prépondérante. »")
        .contains("Audit of the declared verdict: CONSISTENT");
    String en = run(o -> DecisionReport.print(rules.decide(dossier), rules.audit(dossier), java.util.Locale.ENGLISH, o));
    assertThat(en).contains("the votes were tied; the vote of the president P1 decided: ADMISSIBLE — « When votes are tied, the president of the jury has the casting vote. »");
  }
}
