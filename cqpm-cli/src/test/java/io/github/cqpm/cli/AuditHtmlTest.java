package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML and CSV audit reports: self-contained, every untrusted value escaped, the table's rows
 * the lines rejected and the dossiers inconsistent, the charts' numbers the summary's.
 */
class AuditHtmlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOSTILE = "<script>alert('x')</script>";

  @TempDir Path dir;

  /** Consistent dossiers, a hostile line rejected, a dossier whose declared verdict the votes contradict. */
  private Path input() throws IOException {
    ObjectNode contradicted = (ObjectNode) JSON.readTree(CqpmJson.write(Fixtures.tieBrokenByPresident()));
    ((ObjectNode) contradicted.get("jury")).put("declaredVerdict", "NOT_ADMISSIBLE");
    ((ObjectNode) contradicted.get("candidacy").get("sponsor")).put("name", "<img src=x onerror=alert(1)>");
    return Files.write(dir.resolve("in.jsonl"), List.of(
        CqpmJson.writeLine(Fixtures.admissibleTrainingPath()),
        "{\"formatVersion\": 1, \"candidate\": {\"id\": \"" + HOSTILE.replace("'", "\\u0027") + "\"}}",
        JSON.writeValueAsString(contradicted),
        CqpmJson.writeLine(Fixtures.missingBlock2())), StandardCharsets.UTF_8);
  }

  @Test
  void theHtmlReportIsSelfContainedEscapedAndAgreesWithTheSummary() throws IOException {
    Path in = input();
    Path html = dir.resolve("report.html");
    Run run = Run.of("audit", in.toString(), "--out", dir.resolve("out.jsonl").toString(), "--html", html.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode summary = JSON.readTree(run.out());
    String text = Files.readString(html);
    Document page = Jsoup.parse(text);

    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(page.select("script")).hasSize(1).allSatisfy(s -> assertThat(s.hasAttr("src")).isFalse());
    assertThat(page.select("link, iframe, object, embed, img")).isEmpty();
    for (Element element : page.select("[src], [href]")) {
      assertThat(element.attr("src") + element.attr("href")).doesNotContain("http:", "https:", "//");
    }
    assertThat(text).doesNotContain(HOSTILE).doesNotContain("<img");

    List<Element> rows = page.select("#rows tbody tr");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).child(0).text()).isEqualTo("2");
    assertThat(rows.get(0).child(2).text()).isEqualTo("rejetée");
    assertThat(rows.get(0).child(3).text()).contains(HOSTILE);
    assertThat(rows.get(1).child(0).text()).isEqualTo("3");
    assertThat(rows.get(1).child(1).text()).isEqualTo("CAND-1");
    assertThat(rows.get(1).child(2).text()).isEqualTo("incohérente");
    assertThat(rows.get(1).child(3).text()).contains("VERDICT_CONTRADICTS_VOTES", "« En cas de partage des voix");

    for (Element bar : page.select("#outcomes tr")) {
      long count = Long.parseLong(bar.child(1).text());
      assertThat(summary.get("outcomes").path(bar.attr("data-code")).asLong(0)).as(bar.attr("data-code")).isEqualTo(count);
    }
    assertThat(page.select("#codes tr")).hasSize(summary.get("findingCodes").size()).allSatisfy(bar ->
        assertThat(summary.get("findingCodes").get(bar.attr("data-code")).asLong()).isEqualTo(Long.parseLong(bar.child(1).text())));
    assertThat(page.select("#trail").text()).contains(in.toString(), summary.get("input").get("sha256").asText(),
        summary.get("cqpmVersion").asText(), "date de fin d'enregistrement incluse");
  }

  @Test
  void inEnglishAndAsCsvEveryRow() throws IOException {
    Path in = input();
    Path html = dir.resolve("report.html");
    Path csv = dir.resolve("report.csv");
    Run run = Run.of("audit", in.toString(), "--lang", "en", "--html", html.toString(), "--csv", csv.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Jsoup.parse(Files.readString(html)).select("#rows tbody tr").get(1).child(2).text()).isEqualTo("inconsistent");
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte order mark").isEqualTo("\u00EF\u00BB\u00BF");
    String table = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(table).startsWith("\"Line\",\"Candidate\",\"Outcome\",\"Reasons\"\r\n\"2\",\"\",\"rejected\",");
    assertThat(table).contains("\"3\",\"CAND-1\",\"inconsistent\",\"ERROR VERDICT_CONTRADICTS_VOTES");
    assertThat(table).contains("was \"\"" + HOSTILE + "\"\"\"\r\n").endsWith("\"\r\n");
  }

  @Test
  void theTableIsCappedAndSaysSoTheCsvIsNot() throws IOException {
    List<String> lines = new ArrayList<>(Collections.nCopies(AuditPage.MAX_ROWS + 5, "{"));
    Path in = Files.write(dir.resolve("broken.jsonl"), lines);
    Path html = dir.resolve("report.html");
    Path csv = dir.resolve("report.csv");
    Run run = Run.of("audit", in.toString(), "--html", html.toString(), "--csv", csv.toString(), "--threads", "2");
    assertThat(run.exitCode()).isEqualTo(2);
    Document page = Jsoup.parse(Files.readString(html));
    assertThat(page.select("#rows tbody tr")).hasSize(AuditPage.MAX_ROWS);
    assertThat(page.select("#capped").text()).contains("5 de plus");
    assertThat(Files.readString(csv).split("\r\n")).hasSize(AuditPage.MAX_ROWS + 5 + 1);
  }

  @Test
  void aHostileFileNameStaysText() throws IOException {
    Path in = Files.write(dir.resolve("<i onmouseover=alert(1)>juries.jsonl"),
        List.of(CqpmJson.writeLine(Fixtures.admissibleTrainingPath())));
    Path html = dir.resolve("report.html");
    assertThat(Run.of("audit", in.toString(), "--html", html.toString()).exitCode()).isZero();
    Document page = Jsoup.parse(Files.readString(html));
    assertThat(page.select("i, [onmouseover]")).isEmpty();
    assertThat(page.title()).contains("<i onmouseover=alert(1)>juries.jsonl");
    assertThat(page.select("#trail dd").first().text()).isEqualTo(in.toString());
  }

  @Test
  void everyDossierConsistentSaysSo() throws IOException {
    Path in = Files.write(dir.resolve("ok.jsonl"), List.of(CqpmJson.writeLine(Fixtures.admissibleTrainingPath())));
    Path html = dir.resolve("report.html");
    assertThat(Run.of("audit", in.toString(), "--html", html.toString(), "--lang", "en").exitCode()).isZero();
    Document page = Jsoup.parse(Files.readString(html));
    assertThat(page.select("#rows")).isEmpty();
    assertThat(page.select("#dossiers p").text()).isEqualTo("Every dossier is consistent.");
  }
}
