package io.github.cqpm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.cqpm.jackson3.CqpmJson;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.json.DecisionDocument;
import io.github.cqpm.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter in a Spring Boot 4 application, through its HTTP interface: a dossier is bound
 * strictly by Boot's own mapper, validated, decided with the starter's rules and answered as the
 * decision's JSON; bad input is a 400 that says where. Boot's search for modules on the class
 * path is off, so the module Boot's mapper uses is the starter's bean.
 */
@SpringBootTest(classes = DecisionApplication.class, properties = "spring.jackson.find-and-add-modules=false")
@AutoConfigureMockMvc
class StarterWebTest {
  @Autowired MockMvc mvc;
  @Autowired JsonMapper bootMapper;

  private MockHttpServletResponse send(String json) throws Exception {
    return mvc.perform(post("/decisions").contentType(MediaType.APPLICATION_JSON).content(json))
        .andReturn().getResponse();
  }

  private static JsonNode tree(MockHttpServletResponse response) throws Exception {
    return CqpmJson.newMapper().readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aDossierGetsItsDecision() throws Exception {
    MockHttpServletResponse response = send(Files.readString(Path.of("../examples/tie-broken-by-president.json")));
    assertThat(response.getStatus()).isEqualTo(200);
    JsonNode decision = tree(response);
    assertThat(decision.get("ruling").asString()).isEqualTo("ADMISSIBLE");
    assertThat(decision.get("referential").asString()).isEqualTo("RNCP19453");
    assertThat(decision.get("policy").get("tieFallback").asString()).isEqualTo("UNDECIDED");
    assertThat(decision.get("findings").findValuesAsString("code")).contains("TIE_BROKEN_BY_PRESIDENT");
    // Boot's own mapper reads the decision back as it wrote it
    DecisionDocument back = bootMapper.readValue(
        response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), DecisionDocument.class);
    assertThat(back.outcome().ruling()).isEqualTo(Ruling.ADMISSIBLE);
    assertThat(back.referential()).isEqualTo("RNCP19453");
  }

  @Test
  void aCandidateFromFrenchPolynesiaIsRefusedNamingTheTerritory() throws Exception {
    MockHttpServletResponse response = send(CqpmJson.write(Fixtures.candidateFromFrenchPolynesia()));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(tree(response).get("detail").asString()).startsWith("candidacy.territory: ");
  }

  /** A candidate on a route RNCP 19453's référentiel does not open: the rules and {@code @Valid} agree. */
  static String individualCandidacy() {
    io.github.cqpm.model.dossier.Dossier dossier = Fixtures.admissibleTrainingPath();
    return CqpmJson.write(io.github.cqpm.model.dossier.Dossier.builder().from(dossier)
        .candidacy(io.github.cqpm.model.dossier.Candidacy.builder().from(dossier.getCandidacy())
            .route(io.github.cqpm.model.referential.AccessRoute.INDIVIDUAL_CANDIDACY).build())
        .build());
  }

  @Test
  void aRouteThePolicyDoesNotOpenIsRefusedByValidAsByTheRules() throws Exception {
    MockHttpServletResponse response = send(individualCandidacy());
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(tree(response).get("detail").asString()).startsWith("candidacy.route: ");
  }

  @Test
  void anUnknownPropertyIsRefusedNamingItsPointer() throws Exception {
    String json = CqpmJson.write(Fixtures.tieBrokenByPresident()).replaceFirst("\"candidate\": \\{", "\"candidate\": { \"name\": \"x\",");
    MockHttpServletResponse response = send(json);
    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode problem = tree(response);
    assertThat(problem.get("pointer").asString()).isEqualTo("/candidate/name");
    assertThat(problem.get("detail").asString()).contains("name");
  }
}
