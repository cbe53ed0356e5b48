package io.github.cqpm.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CDC's processing report, read back to the candidates; a hostile one refused, where. */
class ProcessingReportTest {
  private static ProcessingReport read(String xml) throws CdcFormatException {
    return ProcessingReport.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "rapport.xml");
  }

  @Test
  void readsTheRefusedPassagesBackToTheirCandidates() throws Exception {
    ProcessingReport report;
    try (InputStream in = getClass().getResourceAsStream("/rapport.xml")) {
      report = ProcessingReport.read(in, "rapport.xml");
    }
    assertThat(report.fileName()).contains("accrochage-2017-07-03.xml");
    assertThat(report.fluxId()).contains("cqpm-2017-07-03-001");
    assertThat(report.processingId()).contains("51354");
    assertThat(report.accepted()).containsExactly(
        "RNCP19453-CAND-INSEE-2016-06-20", "RNCP19453-CAND-CPF-2016-06-20");
    assertThat(report.refused()).extracting(RefusedPassage::message).containsExactly(
        "Aucun titulaire ne correspond aux critères obligatoires", "Plusieurs titulaires ont été identifiés");
    assertThat(report.refused()).extracting(r -> r.passage().orElseThrow().candidate().getId())
        .containsExactly("CAND-POSTAL", "CAND-NIR");
    assertThat(report.refused().get(0).passage().orElseThrow().juryDate()).isEqualTo(LocalDate.of(2016, 6, 20));
  }

  @Test
  void readsAReportWithoutNamespaceOrPassagesAndAnIdItDidNotWrite() throws Exception {
    ProcessingReport report = read("<rapport><PassagesKO><passage><idTechnique>LNF_349</idTechnique>"
        + "<messageErreur>Aucun titulaire</messageErreur></passage></PassagesKO></rapport>");
    assertThat(report.fileName()).isEmpty();
    assertThat(report.accepted()).isEmpty();
    assertThat(report.refused()).containsExactly(new RefusedPassage("LNF_349", "Aucun titulaire"));
    assertThat(report.refused().get(0).passage()).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      not a report      | <flux/>                                                    | 1 | expected the CDC's processing report: a root element rapport, was flux
      unknown element   | <rapport><PassagesOK><id>1</id></PassagesOK></rapport>     | 1 | unexpected element id in PassagesOK (expected idTechnique)
      other namespace   | <rapport><x:idFlux xmlns:x='urn:other'>1</x:idFlux></rapport> | 1 | unexpected element idFlux of namespace urn:other in rapport
      given twice       | <rapport><idFlux>1</idFlux><idFlux>2</idFlux></rapport>   | 1 | idFlux given twice
      passage without id | <rapport><PassagesKO><passage><messageErreur>m</messageErreur></passage></PassagesKO></rapport> | 1 | a refused passage without its idTechnique
      text out of place | <rapport>oops<idFlux>1</idFlux></rapport>                  | 1 | unexpected text "oops" where elements are expected
      DTD               | <!DOCTYPE rapport [<!ENTITY x 'y'>]><rapport>&x;</rapport> | 1 | DTD
      not well-formed   | <rapport><idFlux>1</rapport>                              | 1 | not well-formed XML
      element in a text | <rapport><idFlux>1<b/></idFlux></rapport>                 | 1 | unexpected element b in idFlux (expected text)
      """)
  void refusesWhatIsNotAReport(String what, String xml, int line, String problem) {
    assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(CdcFormatException.class, e -> {
      assertThat(e.getSource()).isEqualTo("rapport.xml");
      assertThat(e.getLine()).isEqualTo(line);
      assertThat(e.getColumn()).isPositive();
      assertThat(e.getProblem()).contains(problem);
    });
  }

  @Test
  void boundsPassagesAndText() {
    InputStream many = repeated("<rapport><PassagesOK>", "<idTechnique>1</idTechnique>", 1_000_001);
    assertThatThrownBy(() -> ProcessingReport.read(new BufferedInputStream(many), "big.xml"))
        .isInstanceOf(CdcFormatException.class)
        .hasMessageContaining("more than 1000000 passages, the most a report may have");
    assertThatThrownBy(() -> read("<rapport><idFlux>" + "x".repeat(10_001) + "</idFlux></rapport>"))
        .isInstanceOf(CdcFormatException.class).hasMessageContaining("a text of more than 10000 characters in idFlux");
    // fewer passages than the most, each with the longest message: what the texts hold together is bounded too
    InputStream wordy = repeated("<rapport><PassagesKO>",
        "<passage><idTechnique>1</idTechnique><messageErreur>" + "m".repeat(10_000) + "</messageErreur></passage>",
        10_001);
    assertThatThrownBy(() -> ProcessingReport.read(new BufferedInputStream(wordy), "wordy.xml"))
        .isInstanceOf(CdcFormatException.class)
        .hasMessageContaining("more than 100000000 characters of text in all, the most a report may have");
  }

  /** A report's opening, then {@code unit} {@code times} over, made as it is read (never held whole). */
  private static InputStream repeated(String opening, String unit, long times) {
    byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(opening.getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          private long at;

          @Override
          public int read() {
            return at < bytes.length * times ? bytes[(int) (at++ % bytes.length)] : -1;
          }
        })));
  }
}
