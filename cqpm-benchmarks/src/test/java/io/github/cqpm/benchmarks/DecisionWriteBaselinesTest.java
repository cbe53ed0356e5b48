package io.github.cqpm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The write benchmark's baselines write the decision document the library writes, byte for byte:
 * the records with finished strings, and the records whose dossier digest is made the plain way
 * (the dossier's records written by Jackson and hashed), which gives the same digest; and the
 * side-by-side groups write the same too.
 */
class DecisionWriteBaselinesTest {
  @Test
  void everyBaselineWritesTheSameDocument() throws Exception {
    DecisionWriteBenchmark benchmark = new DecisionWriteBenchmark();
    String written = benchmark.writeDecision();
    assertThat(written).contains("\"dossierSha256\":\"").contains("\"referentialSha256\":\"");
    assertThat(benchmark.baselinePlainRecords()).isEqualTo(written);
    assertThat(benchmark.baselinePlainRecordsHashingTheDossier()).isEqualTo(written);
    assertThat(benchmark.writeDecisionJackson3()).isEqualTo(written);
    // the side-by-side groups measure the same two writes
    assertThat(benchmark.sideBySideDecision()).isEqualTo(written);
    assertThat(benchmark.sideBySideRecords()).isEqualTo(written);
    assertThat(benchmark.sideBySideDecisionJackson3()).isEqualTo(written);
    assertThat(benchmark.sideBySideRecordsJackson3()).isEqualTo(written);
  }
}
