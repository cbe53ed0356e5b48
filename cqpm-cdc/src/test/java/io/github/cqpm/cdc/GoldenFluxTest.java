package io.github.cqpm.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The flux as written, byte for byte, for each route of the fiche and each way to identify a
 * holder; each golden file is valid against the schema. {@code -Dcqpm.golden.write=true} rewrites
 * them, and the diff is reviewed.
 */
class GoldenFluxTest {
  private static final LocalDate TODAY = LocalDate.of(2017, 7, 3);

  @Test
  void eachRouteDeclaresItsAccessMode() throws Exception {
    List<Holder> holders = new ArrayList<>();
    List<Dossier> dossiers = new ArrayList<>();
    for (AccessRoute route : AccessRoute.values()) {
      String candidate = "CAND-" + route.getExportSuffix();
      dossiers.add(Samples.admissible(route, candidate));
      holders.add(route == AccessRoute.VAE
          ? new Holder(Candidate.of(candidate), Samples.titulaire(candidate).identity(), Optional.of(VaeAccess.CONGES_VAE))
          : Samples.titulaire(candidate));
    }
    assertGolden("routes.xml", holders, dossiers);
  }

  @Test
  void eachWayToIdentifyAHolder() throws Exception {
    List<Holder> holders = List.of(
        Samples.titulaire("CAND-INSEE"),
        Holder.of(Candidate.of("CAND-POSTAL"), new Titulaire("N'Diaye & Fils <SARL>", Optional.empty(),
            "Éloïse", Optional.empty(), 1961, Optional.empty(), Optional.empty(), Sex.M,
            BirthCommune.postalCode("97100"))),
        Holder.of(Candidate.of("CAND-NIR"), new IdentifiantNational("2900457463012", "Martin")),
        Holder.of(Candidate.of("CAND-CPF"), new DossierFormation("7458921036", "Durand", "Paul")));
    List<Dossier> dossiers = new ArrayList<>();
    for (Holder holder : holders) {
      dossiers.add(Samples.admissible(AccessRoute.CONTINUING_TRAINING, holder.candidate().getId()));
    }
    assertGolden("identifications.xml", holders, dossiers);
  }

  private static void assertGolden(String name, List<Holder> holders, List<Dossier> dossiers)
      throws Exception {
    Accrochage declaration = new Accrochage(holders, TODAY);
    for (Dossier dossier : dossiers) {
      declaration.add(dossier, Samples.decide(dossier));
    }
    assertThat(declaration.isComplete()).isTrue();
    String flux = Samples.write(declaration);
    Samples.check(flux);
    Path golden = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("cqpm.golden.write")) {
      Files.writeString(golden, flux, StandardCharsets.UTF_8);
    }
    assertThat(flux).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
