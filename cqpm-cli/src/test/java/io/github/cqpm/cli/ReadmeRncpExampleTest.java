package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rncp.ImportedFiche;
import io.github.cqpm.rncp.RncpExportReader;
import io.github.cqpm.rncp.RncpFiche;
import io.github.cqpm.rncp.RncpReferentials;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Référentiels from the RNCP export" example, as written there. */
class ReadmeRncpExampleTest {
  @Test
  void theReadmeRncpExampleWorksAsWritten() throws Exception {
    Path export = Path.of("../examples/rncp/other-fiches.xml");
    String json = Files.readString(Path.of("../examples/rncp/dossier-rncp34762.json"));
    ReferentialCatalog catalog;
    try (InputStream in = Files.newInputStream(export);
        RncpExportReader reader = RncpExportReader.open(in, export.toString())) {
      RncpFiche fiche = reader.find("RNCP34762").orElseThrow();
      ImportedFiche imported = RncpReferentials.of(fiche);        // the référentiel, or its problems
      catalog = ReferentialCatalog.bundled().with(imported.referential().orElseThrow());
    }
    Dossier dossier = CqpmJson.readDossier(json, catalog);        // refused if it names another number
    CqpmRules rules = CqpmRules.forCertification(catalog, dossier.getCertification(), RulePolicy.defaults()).orElseThrow();

    assertThat(rules.getReferential().getNumber()).isEqualTo(34762);
    assertThat(rules.getReferential().getBlocks()).hasSize(2);
    assertThat(ReferentialCatalog.bundled().numbers()).as("nothing global changed").hasSize(1);
  }
}
