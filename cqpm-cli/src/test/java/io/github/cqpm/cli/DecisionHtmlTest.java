package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code decide --format html}: the text report's words, laid out, self-contained. */
class DecisionHtmlTest {
  @Test
  void thePageSaysWhatTheTextSaysAndFetchesNothing() throws Exception {
    for (String lang : new String[] {"fr", "en"}) {
      Run html = Run.of("decide", DecideCommandTest.EXAMPLE, "--format", "html", "--lang", lang);
      assertThat(html.exitCode()).isZero();
      Document page = Jsoup.parse(html.out());
      assertThat(page.select("html").attr("lang")).isEqualTo(lang);
      assertThat(page.select("script, link, img, iframe, [src], [href]")).isEmpty();
      String words = page.text();
      for (String line : Run.of("decide", DecideCommandTest.EXAMPLE, "--lang", lang).out().split("\n")) {
        if (!line.isBlank() && !line.startsWith("  INFO") && !line.startsWith("  WARNING") && !line.startsWith("  ERROR")) {
          assertThat(words).as(lang).contains(line.strip());
        }
      }
      JsonNode json = new ObjectMapper().readTree(
          Run.of("decide", DecideCommandTest.EXAMPLE, "--format", "json", "--lang", lang).out());
      assertThat(page.select("#findings tr")).hasSize(json.get("findings").size());
      for (int i = 0; i < json.get("findings").size(); i++) {
        Element row = page.select("#findings tr").get(i);
        assertThat(row.attr("data-code")).isEqualTo(json.get("findings").get(i).get("code").asText());
        assertThat(row.child(3).text()).contains(json.get("findings").get(i).get("message").asText());
      }
    }
  }
}
