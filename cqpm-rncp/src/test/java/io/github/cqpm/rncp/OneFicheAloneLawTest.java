package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Law: one fiche's flaw is that fiche's alone. In any export of sound fiches and fiches with a flaw
 * (of the whole fiche, or of one part), the reader gives one outcome per fiche, in order: a sound
 * fiche as it reads alone, a fiche that cannot be read refused with its number when it has one,
 * a fiche with a flawed part read with a note; and every fiche after a flawed one reads as it does
 * alone.
 */
class OneFicheAloneLawTest {
  /** A fiche of the number n, sound or with one kind of flaw. */
  enum Kind {
    SOUND(null, false),
    NO_TITLE("missing INTITULE", true),
    ACTIVE_NEITHER("expected Oui or Non in ACTIF", true),
    NO_NUMBER("missing NUMERO_FICHE", true),
    ROUTE_NEITHER(null, false),
    BLOCK_WITHOUT_CODE(null, false);

    final String refusal;
    final boolean refused;

    Kind(String refusal, boolean refused) {
      this.refusal = refusal;
      this.refused = refused;
    }

    String fiche(int n) {
      String number = "<NUMERO_FICHE>RNCP" + n + "</NUMERO_FICHE>";
      String block = "<BLOCS_COMPETENCES><BLOC_COMPETENCES><CODE>RNCP" + n + "BC01</CODE><LIBELLE>B</LIBELLE>"
          + "<LISTE_COMPETENCES>Réaliser un réglage</LISTE_COMPETENCES></BLOC_COMPETENCES></BLOCS_COMPETENCES>";
      switch (this) {
        case NO_TITLE:
          return number + "<ACTIF>Oui</ACTIF>" + block;
        case ACTIVE_NEITHER:
          return number + "<INTITULE>T" + n + "</INTITULE><ACTIF>Peut-être</ACTIF>" + block;
        case NO_NUMBER:
          return "<INTITULE>T" + n + "</INTITULE><ACTIF>Oui</ACTIF>" + block;
        case ROUTE_NEITHER:
          return number + "<INTITULE>T" + n + "</INTITULE><ACTIF>Oui</ACTIF><SI_JURY_VAE><ACTIF>?</ACTIF></SI_JURY_VAE>"
              + block;
        case BLOCK_WITHOUT_CODE:
          return number + "<INTITULE>T" + n + "</INTITULE><ACTIF>Oui</ACTIF>" + block
              + "<BLOCS_COMPETENCES><BLOC_COMPETENCES><LIBELLE>Sans code</LIBELLE></BLOC_COMPETENCES>"
              + "</BLOCS_COMPETENCES>";
        default:
          return number + "<INTITULE>T" + n + "</INTITULE><ACTIF>Oui</ACTIF>" + block;
      }
    }
  }

  @Test
  void eachFichesFlawIsItsOwn() {
    qt().withExamples(300).forAll(SourceDSL.lists().of(SourceDSL.arbitrary().enumValues(Kind.class))
        .ofSizeBetween(0, 12)).checkAssert(kinds -> {
          List<String> fiches = new ArrayList<>();
          for (int i = 0; i < kinds.size(); i++) {
            fiches.add(kinds.get(i).fiche(i + 1));
          }
          List<Object> outcomes = readAll(Exports.export(fiches.toArray(String[]::new)));
          assertThat(outcomes).hasSameSizeAs(kinds);
          for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            Object outcome = outcomes.get(i);
            if (kind.refused) {
              assertThat(outcome).isInstanceOfSatisfying(RncpFormatException.class, e -> {
                assertThat(e.isFicheOnly()).isTrue();
                assertThat(e.getProblem()).startsWith(kind.refusal);
              });
              assertThat(((RncpFormatException) outcome).getFicheNumber())
                  .isEqualTo(kind == Kind.NO_NUMBER ? Optional.empty() : Optional.of("RNCP" + (i + 1)));
            } else {
              RncpFiche fiche = (RncpFiche) outcome;
              assertThat(fiche.number()).isEqualTo("RNCP" + (i + 1));
              assertThat(fiche.blocks()).extracting(RncpBlock::code).containsExactly("RNCP" + (i + 1) + "BC01");
              assertThat(fiche.notes()).hasSize(kind == Kind.SOUND ? 0 : 1);
              // as it reads alone
              assertThat(fiche.notes()).hasSameSizeAs(((RncpFiche) readAll(Exports.export(fiches.get(i))).get(0))
                  .notes());
            }
          }
        });
  }

  /** Each fiche's outcome: the fiche, or the exception that refused it alone. */
  private static List<Object> readAll(String export) {
    List<Object> outcomes = new ArrayList<>();
    try (RncpExportReader reader = RncpExportReader.open(
        new ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), "law.xml")) {
      while (true) {
        try {
          Optional<RncpFiche> fiche = reader.next();
          if (fiche.isEmpty()) {
            return outcomes;
          }
          outcomes.add(fiche.get());
        } catch (RncpFormatException e) {
          if (!e.isFicheOnly()) {
            throw e;
          }
          outcomes.add(e);
        }
      }
    } catch (RncpFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
