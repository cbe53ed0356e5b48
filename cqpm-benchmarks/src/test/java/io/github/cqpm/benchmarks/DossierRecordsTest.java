package io.github.cqpm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import org.junit.jupiter.api.Test;

/** The records baseline binds the same document the strict reader reads, to the same content. */
class DossierRecordsTest {

  @Test
  void theRecordsHoldTheSameDocument() throws Exception {
    JsonReadBenchmark benchmark = new JsonReadBenchmark();
    DossierRecords.DossierDoc records = benchmark.baselinePlainRecords();
    Dossier dossier = benchmark.strictReadAndValidate();
    assertThat(records.assessments()).hasSize(dossier.getAssessments().size());
    assertThat(records.jury().votes()).hasSize(10);
    assertThat(records.jury().session().members()).extracting(DossierRecords.MemberDoc::id)
        .containsExactlyElementsOf(dossier.getJury().orElseThrow().getSession().getMembers().stream().map(m -> m.getId()).toList());
    assertThat(dossier).isEqualTo(RealisticDossier.of(8, 10));
    assertThat(CqpmJson.write(dossier)).contains("\"formatVersion\": 1");
  }
}
