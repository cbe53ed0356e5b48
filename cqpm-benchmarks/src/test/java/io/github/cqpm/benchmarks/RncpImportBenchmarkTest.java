package io.github.cqpm.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The import benchmark's export imports as its source does, on one thread or two, and both passes
 * read all of it.
 */
class RncpImportBenchmarkTest {
  @Test
  void theGeneratedExportImportsEveryFicheWithBlocks() throws Exception {
    RncpImportBenchmark benchmark = new RncpImportBenchmark();
    benchmark.fiches = 90;
    benchmark.source = "../examples/rncp/real-shapes.xml";
    benchmark.write();
    try {
      // the source has 9 fiches, one without blocks: 80 of 90 import
      assertThat(benchmark.importEveryFiche()).isEqualTo(80);
      assertThat(benchmark.importOnTwoThreads()).isEqualTo(80);
      assertThat(benchmark.readEveryFiche()).isEqualTo(80);
      assertThat(benchmark.bareStaxPass()).isPositive();
    } finally {
      benchmark.remove();
    }
  }
}
