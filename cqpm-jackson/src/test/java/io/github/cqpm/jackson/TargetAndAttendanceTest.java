package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryDeliberation;
import org.junit.jupiter.api.Test;

/**
 * A candidacy's targeted blocks and the candidate's attendance: read, written only when they say
 * something (so that 0.1.0's documents are read and written back byte for byte), and valid by the
 * schema.
 */
class TargetAndAttendanceTest {
  private static final Schema DOSSIER = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(CqpmJson.dossierSchema(), InputFormat.JSON);

  private static Dossier partialAndExcused() throws Exception {
    Dossier golden = CqpmJson.readDossier(Golden.text("tie-broken-by-president.json"));
    return Dossier.builder().from(golden)
        .candidacy(Candidacy.builder().from(golden.getCandidacy())
            .addTargetedBlocks(BlockCode.of(19453, 2), BlockCode.of(19453, 3)).build())
        .jury(JuryDeliberation.builder().from(golden.getJury().orElseThrow()).attendance(Attendance.EXCUSED).build())
        .build();
  }

  @Test
  void aDocumentWithoutThemReadsAsTheWholeCertificationAndAPresentCandidateAndIsWrittenBackAsItWas()
      throws Exception {
    String text = Golden.text("tie-broken-by-president.json");
    Dossier read = CqpmJson.readDossier(text);
    assertThat(read.getCandidacy().hasTargetedBlocks()).isFalse();
    assertThat(read.getJury().orElseThrow().getAttendance()).isEqualTo(Attendance.PRESENT);
    assertThat(CqpmJson.write(read)).doesNotContain("targetedBlocks").doesNotContain("attendance");
  }

  @Test
  void bothAreWrittenReadBackAndValidByTheSchema() throws Exception {
    Dossier dossier = partialAndExcused();
    String written = CqpmJson.write(dossier);
    assertThat(written).contains("\"targetedBlocks\": [\n      \"RNCP19453BC02\",\n      \"RNCP19453BC03\"\n    ]")
        .contains("\"attendance\": \"EXCUSED\"");
    assertThat(CqpmJson.readDossier(written)).isEqualTo(dossier);
    assertThat(DOSSIER.validate(written, InputFormat.JSON)).isEmpty();
    assertThat(DOSSIER.validate(written.replace("[\n      \"RNCP19453BC02\",\n      \"RNCP19453BC03\"\n    ]", "[]"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(DOSSIER.validate(written.replace("\"EXCUSED\"", "\"LATE\""), InputFormat.JSON)).isNotEmpty();
    assertThat(DOSSIER.validate(written.replace("\"RNCP19453BC03\"\n    ]", "\"RNCP19453BC02\"\n    ]"), InputFormat.JSON))
        .as("a block targeted twice").isNotEmpty();
  }
}
