package io.github.cqpm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.cqpm.jackson3.CqpmJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Under a policy that opens every route the fiche's table lists, {@code @Valid} accepts the
 * candidate the default policy refuses, as the rules of that policy do: Boot's validator judges
 * under the {@code CqpmRules} bean's policy.
 */
@SpringBootTest(classes = DecisionApplication.class,
    properties = {"spring.jackson.find-and-add-modules=false", "cqpm.rules.routes=every_listed"})
@AutoConfigureMockMvc
class StarterPolicyWebTest {
  @Autowired MockMvc mvc;

  @Test
  void theCandidateTheDefaultPolicyRefusesIsDecided() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/decisions")
            .contentType(MediaType.APPLICATION_JSON).content(StarterWebTest.individualCandidacy()))
        .andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(CqpmJson.newMapper().readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .get("policy").get("routes").asString()).isEqualTo("EVERY_LISTED");
  }
}
