package io.github.cqpm.checks.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The three answers the README's Quarkus section promises, over HTTP. */
@QuarkusTest
class DecisionResourceTest {
  private static String example() throws Exception {
    return Files.readString(Path.of("../../examples/tie-broken-by-president.json"));
  }

  @Test
  void aDossierGetsItsDecision() throws Exception {
    given().contentType("application/json").body(example()).post("/decisions")
        .then().statusCode(200).body("ruling", equalTo("ADMISSIBLE")).body("referential", equalTo("RNCP19453"));
  }

  /** Bean Validation applies to cqpm's types: the model jar's Jandex index makes them known. */
  @Test
  void aCandidateFromFrenchPolynesiaIsRefusedNamingTheTerritory() throws Exception {
    String polynesia = example().replace("\"territory\": \"FRANCE\"", "\"territory\": \"FRENCH_POLYNESIA\"");
    given().contentType("application/json").body(polynesia).post("/decisions")
        .then().statusCode(400).body(containsString("candidacy.territory"));
  }

  @Test
  void anUnknownPropertyIsRefusedNamingItsPointer() throws Exception {
    String json = example().replaceFirst("\"candidate\": \\{", "\"candidate\": { \"name\": \"x\",");
    given().contentType("application/json").body(json).post("/decisions")
        .then().statusCode(400).body("pointer", equalTo("/candidate/name"));
  }
}
