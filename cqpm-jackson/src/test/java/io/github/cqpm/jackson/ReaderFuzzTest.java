package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.testkit.CqpmGens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the damage to a golden document's bytes, the library's reader either reads a dossier
 * or throws its own {@link InvalidJsonException} with a pointer: never a parser's exception, a
 * runtime exception or an error.
 */
class ReaderFuzzTest {
  @ParameterizedTest
  @ValueSource(strings = {"admissible-training-dossier.json", "admissible-vae-dossier.json", "tie-broken-by-president.json"})
  void damagedBytesNeverMakeTheReaderThrowAnythingButItsOwnError(String golden) throws IOException {
    qt().withExamples(400).forAll(CqpmGens.mutationsOf(Golden.bytes(golden))).checkAssert(bytes -> {
      assertReadsOrRefusesCleanly(() -> CqpmJson.readDossier(new ByteArrayInputStream(bytes)));
      assertReadsOrRefusesCleanly(() -> CqpmJson.readDossier(new String(bytes, StandardCharsets.UTF_8)));
    });
  }

  @FunctionalInterface
  interface Read {
    Object read() throws IOException;
  }

  private static void assertReadsOrRefusesCleanly(Read read) {
    try {
      assertThat(read.read()).isNotNull();
    } catch (InvalidJsonException e) {
      assertThat(e.getProblem()).isNotBlank();
      assertThat(e.getMessage()).startsWith(e.getPointer().isEmpty() ? "(root): " : e.getPointer() + ": ");
    } catch (IOException | RuntimeException e) {
      throw new AssertionError("not the reader's own error: " + e, e);
    }
  }
}
