package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Input limits: a clear error, no StackOverflowError, no OutOfMemoryError. */
class LimitsTest {

  private static String nested(int depth) {
    return "{\"formatVersion\": 1, \"candidate\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  @Test
  void aDocumentNested10000DeepIsRefusedClearly() {
    assertThatThrownBy(() -> CqpmJson.readDossier(nested(10_000)))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("/candidate: expected a candidate, was an array");
    String deepInsideAnObject = "{\"formatVersion\": 1, \"x\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_001);
    assertThatThrownBy(() -> CqpmJson.readDossier(deepInsideAnObject))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("/x: unknown property \"x\"");
  }

  @Test
  void theParserRefusesNestingBeyondTheLimitEvenWhereTheFormatWouldSkip() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> CqpmJson.newMapper().readTree(deep))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth")
        .hasMessageContaining(String.valueOf(CqpmJson.MAX_NESTING_DEPTH));
  }

  @Test
  void aFiftyMegabyteStringIsRefusedClearly() {
    byte[] huge = ("{\"formatVersion\": 1, \"candidate\": {\"id\": \"" + "x".repeat(50_000_000) + "\"}}")
        .getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> CqpmJson.readDossier(new ByteArrayInputStream(huge)))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageStartingWith("/candidate/id: a string longer than 100,000 characters, the most the format accepts")
        .satisfies(e -> {
          InvalidJsonException invalid = (InvalidJsonException) e;
          assertThat(invalid.getPointer()).isEqualTo("/candidate/id");
          assertThat(invalid.getLine()).isEqualTo(1);
          assertThat(invalid.getColumn()).isGreaterThan(40);
          assertThat(invalid.getMessage()).doesNotContain("StreamReadConstraints");
        });
  }

  @Test
  void aConsumersMapperWithDefaultLimitsStillNeverDescendsPastTheFormat() {
    ObjectMapper plain = new ObjectMapper().registerModule(new CqpmModule());
    assertThatThrownBy(() -> plain.readValue(nested(900), Dossier.class))
        .isInstanceOf(InvalidJsonException.class);
    assertThat(CqpmJson.READ_CONSTRAINTS.getMaxNestingDepth()).isEqualTo(CqpmJson.MAX_NESTING_DEPTH);
  }
}
