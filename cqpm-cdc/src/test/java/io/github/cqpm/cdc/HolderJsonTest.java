package io.github.cqpm.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.jackson.InvalidJsonException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A holders file's line is read as strictly as a dossier: each way to identify a holder, and
 * every hostile line refused at its JSON pointer with what was expected, a NIR never repeated.
 */
class HolderJsonTest {
  private static final String TITULAIRE = "{\"candidate\": \"CAND-1\", \"titulaire\": {\"nomNaissance\":"
      + " \"Martin\", \"prenom1\": \"Léa\", \"anneeNaissance\": 1990, \"moisNaissance\": 4,"
      + " \"jourNaissance\": 12, \"sexe\": \"F\", \"codeInseeNaissance\": \"57463\"}}";

  private static Holder read(String json) throws Exception {
    return CqpmJson.read(HolderJson.HOLDER, json);
  }

  @Test
  void readsEachWayToIdentifyAHolder() throws Exception {
    Holder titulaire = read(TITULAIRE);
    assertThat(titulaire.candidate().getId()).isEqualTo("CAND-1");
    assertThat(titulaire.identity()).isEqualTo(new Titulaire("Martin", Optional.empty(), "Léa",
        Optional.empty(), 1990, Optional.of(4), Optional.of(12), Sex.F, BirthCommune.insee("57463")));
    assertThat(titulaire.vaeAccess()).isEmpty();

    Holder national = read("{\"candidate\": \"CAND-2\", \"identifiantNational\": {\"nir\":"
        + " \"1850557463012\", \"nomNaissance\": \"Durand\"}, \"voieAccessVAE\": \"CONGES_VAE\"}");
    assertThat(national.identity()).isEqualTo(new IdentifiantNational("1850557463012", "Durand"));
    assertThat(national.vaeAccess()).contains(VaeAccess.CONGES_VAE);
    assertThat(national.toString()).doesNotContain("1850557463012");

    Holder file = read("{\"candidate\": \"CAND-3\", \"dossierFormation\": {\"idDossier\": \"7458921036\","
        + " \"nomTitulaire\": \"Durand\", \"prenom1Titulaire\": \"Paul\"}}");
    assertThat(file.identity()).isEqualTo(new DossierFormation("7458921036", "Durand", "Paul"));

    Holder postal = read(TITULAIRE.replace("\"codeInseeNaissance\"", "\"codePostalNaissance\"")
        .replace("57463", "57000"));
    assertThat(((Titulaire) postal.identity()).communeNaissance()).isEqualTo(BirthCommune.postalCode("57000"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      name of 61 characters | "Martin" | "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN" | /titulaire/nomNaissance | 1 to 60 characters, has 61
      empty first name      | "Léa" | "" | /titulaire/prenom1 | 1 to 60 characters, has 0
      birth month 13        | "moisNaissance": 4 | "moisNaissance": 13 | /titulaire/moisNaissance | a month from 1 to 12, was 13
      31 April              | "jourNaissance": 12 | "jourNaissance": 31 | /titulaire/jourNaissance | a day of 1990-04, was 31
      year 1899             | 1990 | 1899 | /titulaire/anneeNaissance | a year from 1900 to 2099, was 1899
      sex X                 | "F" | "X" | /titulaire/sexe | expected one of
      INSEE code of 4       | "57463" | "5746" | /titulaire/codeInseeNaissance | an INSEE commune code
      both communes         | "codeInseeNaissance": "57463" | "codeInseeNaissance": "57463", "codePostalNaissance": "57000" | /titulaire | exactly one of codeInseeNaissance or codePostalNaissance, has both
      unknown property      | "sexe": "F" | "sexe": "F", "lieu": "Metz" | /titulaire/lieu | 
      repeated property     | "sexe": "F" | "sexe": "F", "sexe": "M" | /titulaire/sexe | 
      missing first name    | "prenom1": "Léa", "anneeNaissance" | "anneeNaissance" | /titulaire | missing required property "prenom1"
      control character     | "Martin" | "Mar\\u0007tin" | /titulaire/nomNaissance | without control characters, has U+0007
      bad candidate         | "CAND-1" | "CAND 1" | /candidate | 
      """)
  void refusesAHostileHolderAtItsPointer(String what, String from, String to, String pointer, String problem) {
    String json = TITULAIRE.replace(from, to);
    assertThat(json).as("the case changes the line").isNotEqualTo(TITULAIRE);
    assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidJsonException.class, e -> {
      assertThat(e.getPointer()).isEqualTo(pointer);
      assertThat(e.getLine()).isEqualTo(1);
      if (problem != null) {
        assertThat(e.getMessage()).contains(problem);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      NIR of 12 characters | "185055746301"     | /identifiantNational/nir | the NIR's 13 characters
      NIR of 14 characters | "18505574630123"   | /identifiantNational/nir | the NIR's 13 characters
      NIR as a number      | 1850557463012      | /identifiantNational/nir | expected a string, was a number
      NIR with its key     | "185055746301245"  | /identifiantNational/nir | (15 characters)
      """)
  void neverRepeatsANir(String what, String nir, String pointer, String problem) {
    String json = "{\"candidate\": \"CAND-2\", \"identifiantNational\": {\"nir\": " + nir
        + ", \"nomNaissance\": \"Durand\"}}";
    assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidJsonException.class, e -> {
      assertThat(e.getPointer()).isEqualTo(pointer);
      assertThat(e.getMessage()).contains(problem).doesNotContain("18505").doesNotContain("5746");
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no identity   | {"candidate": "CAND-1"} | has none
      two           | {"candidate": "CAND-1", "identifiantNational": {"nir": "1850557463012", "nomNaissance": "D"}, "dossierFormation": {"idDossier": "1", "nomTitulaire": "D", "prenom1Titulaire": "P"}} | has 2
      """)
  void wantsExactlyOneIdentity(String what, String json, String problem) {
    assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidJsonException.class, e -> {
      assertThat(e.getPointer()).isEmpty();
      assertThat(e.getMessage()).contains("exactly one of titulaire, identifiantNational or dossierFormation, " + problem);
    });
  }
}
