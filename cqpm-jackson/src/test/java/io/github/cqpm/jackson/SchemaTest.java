package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schemas accept every golden document and reject the invalid ones, as the reader does. */
class SchemaTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DOSSIER = REGISTRY.getSchema(CqpmJson.dossierSchema(), InputFormat.JSON);
  private static final Schema REFERENTIAL = REGISTRY.getSchema(CqpmJson.referentialSchema(), InputFormat.JSON);

  @Test
  void everyGoldenDossierIsValid() throws IOException {
    for (String name : Golden.DOSSIERS.keySet()) {
      List<Error> errors = DOSSIER.validate(Golden.text(name), InputFormat.JSON);
      assertThat(errors).as(name).isEmpty();
    }
  }

  @Test
  void theGoldenReferentialIsValid() throws IOException {
    assertThat(REFERENTIAL.validate(Golden.text(Golden.REFERENTIAL), InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemasAreDraft202012() {
    assertThat(CqpmJson.dossierSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(CqpmJson.referentialSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  static java.util.stream.Stream<Arguments> invalidDocuments() throws IOException {
    return StrictReadingTest.invalidDocuments()
        .filter(a -> !List.of("structural invariant in a list", "dangling reference", "duplicate key", "not a date",
            "an unregistered certification").contains(a.get()[0]));
  }

  /**
   * What both reject; left out above are the rules only the reader checks: uniqueness across
   * items, references between them, duplicate keys (a JSON Schema sees parsed objects), whether
   * a well-formed date exists, and whether a référentiel is registered under the RNCP number.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void theSchemaAndTheReaderBothReject(String what, String json, String message) {
    assertThat(DOSSIER.validate(json, InputFormat.JSON)).as(what).isNotEmpty();
    assertThatThrownBy(() -> CqpmJson.readDossier(json)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void aDanglingVoteIsForTheReaderOnly() throws IOException {
    String json = StrictReadingTest.edited("\"member\": \"S1\"", "\"member\": \"Z9\"");
    assertThat(DOSSIER.validate(json, InputFormat.JSON)).isEmpty();
    assertThatThrownBy(() -> CqpmJson.readDossier(json)).hasMessageStartingWith("/jury/votes/1/member");
  }
}
