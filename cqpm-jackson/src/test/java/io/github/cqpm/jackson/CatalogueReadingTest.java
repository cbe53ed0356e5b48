package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A reader takes the référentiels a dossier may name from the catalogue it is given, and from no
 * other: two mappers of two catalogues, in one JVM, on parallel threads, each refuses what the
 * other reads.
 */
class CatalogueReadingTest {
  private static final String FOR_19453 = golden("admissible-training-dossier.json");
  private static final String FOR_99453 =
      FOR_19453.replace("\"certification\": \"RNCP19453\"", "\"certification\": \"RNCP99453\"");
  private static final ReferentialCatalog BUNDLED = ReferentialCatalog.bundled();
  private static final ReferentialCatalog OTHER = ReferentialCatalog.of(renumbered(99_453));

  private static String golden(String name) {
    try {
      return Golden.text(name);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** RNCP 19453's référentiel under another number. */
  static Referential renumbered(int number) {
    Referential bundled = Referentials.rncp19453();
    Referential.Builder other = Referential.builder().from(bundled).number(number).blocks(List.of());
    for (Block block : bundled.getBlocks()) {
      other.addBlocks(Block.builder().from(block)
          .code(BlockCode.of(number, block.getCode().getBlockNumber())).build());
    }
    return other.build();
  }

  @Test
  void eachMapperReadsTheCertificationsOfItsOwnCatalogueOnly() throws Exception {
    ObjectMapper bundled = CqpmJson.newMapper(BUNDLED);
    ObjectMapper other = CqpmJson.newMapper(OTHER);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        results.add(pool.submit(() -> outcome(bundled, FOR_19453)));
        results.add(pool.submit(() -> outcome(other, FOR_99453)));
        results.add(pool.submit(() -> outcome(bundled, FOR_99453)));
        results.add(pool.submit(() -> outcome(other, FOR_19453)));
      }
      for (int i = 0; i < results.size(); i += 4) {
        assertThat(results.get(i).get()).isEqualTo("RNCP19453");
        assertThat(results.get(i + 1).get()).isEqualTo("RNCP99453");
        assertThat(results.get(i + 2).get())
            .isEqualTo("/certification: the catalogue holds no référentiel under RNCP99453 (it holds: RNCP19453)");
        assertThat(results.get(i + 3).get())
            .isEqualTo("/certification: the catalogue holds no référentiel under RNCP19453 (it holds: RNCP99453)");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theStaticReadersTakeACatalogueToo() throws Exception {
    assertThat(CqpmJson.readDossier(FOR_99453, OTHER).getCertification()).isEqualTo(RncpNumber.of(99_453));
    assertThatThrownBy(() -> CqpmJson.readDossier(FOR_99453))
        .isInstanceOf(InvalidJsonException.class).hasMessageContaining("/certification");
    assertThat(CqpmJson.readDossier(new java.io.ByteArrayInputStream(
            FOR_99453.getBytes(java.nio.charset.StandardCharsets.UTF_8)), OTHER).getCertification())
        .isEqualTo(RncpNumber.of(99_453));
  }

  private static String outcome(ObjectMapper mapper, String json) {
    try {
      return mapper.readValue(json, Dossier.class).getCertification().toString();
    } catch (InvalidJsonException e) {
      return e.getPointer() + ": " + e.getProblem();
    } catch (Exception e) {
      return e.toString();
    }
  }
}
