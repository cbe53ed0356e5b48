package io.github.cqpm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.cdc.CdcSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code cqpm accrochage} on the bundled examples, as the README runs it, and on every way the
 * input can be wrong: each problem named with its file and line, and no flux written.
 */
class AccrochageCommandTest {
  private static final Path EXAMPLES = Path.of("../examples/cdc");
  private static final String HOLDERS = EXAMPLES.resolve("holders.jsonl").toString();
  private static final String DOSSIERS = EXAMPLES.resolve("dossiers.jsonl").toString();

  @TempDir Path dir;

  private Run accrochage(String dossiers, String holders, String... more) {
    return Run.of(Stream.concat(Stream.of("accrochage", dossiers, "--holders", holders,
        "--id-client", "03UIM123", "--id-contrat", "MCFCER000123"), Stream.of(more)).toArray(String[]::new));
  }

  private static void assertValid(String flux) throws Exception {
    try (InputStream in = new ByteArrayInputStream(flux.getBytes(StandardCharsets.UTF_8))) {
      CdcSchema.check(in, "flux.xml");
    }
  }

  @Test
  void declaresTheBundledExamplesAdmissibleDossiers() throws Exception {
    Path out = dir.resolve("flux.xml");
    Run run = accrochage(DOSSIERS, HOLDERS, "--id-flux", "cqpm-uimm-2016-06", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    String flux = Files.readString(out);
    assertValid(flux);
    assertThat(flux).contains("<cpf:idFlux>cqpm-uimm-2016-06</cpf:idFlux>",
        "<cpf:idTechnique>RNCP19453-CAND-2016-0042-2016-06-20</cpf:idTechnique>",
        "<cpf:idTechnique>RNCP19453-CAND-2016-0043-2016-06-20</cpf:idTechnique>",
        "<cpf:voieAccessVAE>CONGES_VAE</cpf:voieAccessVAE>",
        "<cpf:idTechnique>RNCP19453-CAND-2016-0044-2016-06-20</cpf:idTechnique>");
    assertThat(flux).doesNotContain("CAND-2016-0045", "CAND-2016-0046");
    assertThat(run.err()).contains("3 passages written to " + out,
        "5 decided, 2 not admissible (not declared), of which 2 with blocks attested without the CQPM",
        "late: 3 passages past the three months after the jury");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void withoutOutTheFluxGoesToStandardOutput() throws Exception {
    Run run = accrochage(DOSSIERS, HOLDERS, "--action", "CREATION", "--certifier-id-client", "03CPN456");
    assertThat(run.exitCode()).isZero();
    assertValid(run.out());
    assertThat(run.out()).startsWith("<?xml").contains("<cpf:action>CREATION</cpf:action>",
        "<cpf:idClient>03CPN456</cpf:idClient>").containsPattern("<cpf:idFlux>cqpm-[0-9]{8}T[0-9]{6}</cpf:idFlux>");
    assertThat(run.err()).contains("3 passages written to standard output");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      NIR of 12 characters | "nir": "1750869123456" | "nir": "175086912345" | holders.jsonl:2: column [0-9]+: /identifiantNational/nir: the NIR's 13 characters .*, was "\\*{12}" \\(12 characters\\)
      name of 61 characters | "nomNaissance": "Bernard" | "nomNaissance": "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB" | holders.jsonl:4: column [0-9]+: /titulaire/nomNaissance: 1 to 60 characters, has 61
      birth month 13 | "moisNaissance": 11 | "moisNaissance": 13 | holders.jsonl:5: column [0-9]+: /titulaire/moisNaissance: a month from 1 to 12, was 13
      two holders for one candidate | "CAND-2016-0046" | "CAND-2016-0042" | holders.jsonl:5: the candidate CAND-2016-0042 has a holder already, line 1
      """)
  void aHostileHoldersFileIsRefusedLineAndPointerNothingWritten(String what, String from, String to, String error)
      throws IOException {
    String holders = Files.readString(Path.of(HOLDERS));
    assertThat(holders).contains(from);
    Path edited = Files.writeString(dir.resolve("holders.jsonl"), holders.replace(from, to));
    Path out = dir.resolve("flux.xml");
    Run run = accrochage(DOSSIERS, edited.toString(), "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("error: " + Pattern.quote(dir.resolve(error.split(":", 2)[0]).toString())
        + ":" + error.split(":", 2)[1]);
    assertThat(run.err()).doesNotContain("1750869123456").doesNotContain("175086912345\"");
    assertThat(out).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(edited);
    }
  }

  @Test
  void aHoldersLineThatIsNotUtf8IsNamed() throws IOException {
    byte[] holders = Files.readAllBytes(Path.of(HOLDERS));
    byte[] bad = new byte[holders.length];
    System.arraycopy(holders, 0, bad, 0, holders.length);
    String text = new String(holders, StandardCharsets.UTF_8);
    int at = text.substring(0, text.indexOf("Lefèvre")).getBytes(StandardCharsets.UTF_8).length + 3;
    bad[at] = (byte) 0xFF;
    Path edited = Files.write(dir.resolve("holders.jsonl"), bad);
    Run run = accrochage(DOSSIERS, edited.toString(), "--out", dir.resolve("flux.xml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(edited + ":2: column ").contains("not UTF-8");
    assertThat(dir.resolve("flux.xml")).doesNotExist();
  }

  @Test
  void everyUnpairedCandidateAndRejectedDossierIsNamedNothingWritten() throws IOException {
    List<String> dossiers = Files.readAllLines(Path.of(DOSSIERS));
    List<String> holders = Files.readAllLines(Path.of(HOLDERS));
    Path someDossiers = Files.write(dir.resolve("dossiers.jsonl"),
        List.of(dossiers.get(0), "{\"formatVersion\": 1", dossiers.get(1), dossiers.get(3)));
    Path someHolders = Files.write(dir.resolve("holders.jsonl"), List.of(holders.get(1), holders.get(2), holders.get(3)));
    Run run = Run.of("accrochage", someDossiers.toString(), "--holders", someHolders.toString(),
        "--id-client", "03UIM123", "--id-contrat", "MCFCER000123", "--out", dir.resolve("flux.xml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "error: " + someDossiers + ":2: ",
        "error: " + someDossiers + ": the candidate CAND-2016-0042 is admissible and has no holder in " + someHolders,
        "error: " + someHolders + ": the holder of CAND-2016-0044 has no dossier in " + someDossiers,
        "no flux written: 3 problems");
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("flux.xml")).doesNotExist();
  }

  @Test
  void aCandidateWithoutHolderIsToldThatHolderLinesCouldNotBeRead() throws IOException {
    List<String> holders = Files.readAllLines(Path.of(HOLDERS));
    List<String> broken = new ArrayList<>(holders);
    broken.set(0, "{\"candidate\": \"CAND-2016-0042\", oops}");
    broken.set(2, "\"a string, not a holder\"");
    Path edited = Files.write(dir.resolve("holders.jsonl"), broken);
    Run run = accrochage(DOSSIERS, edited.toString(), "--out", dir.resolve("flux.xml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: " + edited + ":1: column ", "error: " + edited + ":3: ",
        "the candidate CAND-2016-0042 is admissible and has no holder in " + edited
            + " (2 lines of it, above, could not be read)");
    Path one = Files.write(dir.resolve("one.jsonl"), broken.subList(0, 2));
    assertThat(accrochage(DOSSIERS, one.toString(), "--out", dir.resolve("flux.xml").toString()).err())
        .contains("has no holder in " + one + " (1 line of it, above, could not be read)");
    assertThat(dir.resolve("flux.xml")).doesNotExist();
  }

  @Test
  void aDeclarationLargerThanMaxPassagesIsRefusedNothingWritten() throws IOException {
    Path flux = dir.resolve("flux.xml");
    Run holders = accrochage(DOSSIERS, HOLDERS, "--max-passages", "3", "--out", flux.toString());
    assertThat(holders.exitCode()).isEqualTo(2);
    assertThat(holders.err()).isEqualTo("error: " + HOLDERS + ":4: more than 3 holders: one flux declares at most 3"
        + " passages (--max-passages); split the declaration into several flux, or raise --max-passages"
        + System.lineSeparator());
    // one holder, passed at two juries: two passages
    String first = Files.readAllLines(Path.of(DOSSIERS)).get(0);
    String again = first.replace("\"jury\":{\"session\":{\"date\":\"2016-06-20\"", "\"jury\":{\"session\":{\"date\":\"2016-07-20\"");
    assertThat(again).isNotEqualTo(first);
    Path one = Files.write(dir.resolve("h.jsonl"), Files.readAllLines(Path.of(HOLDERS)).subList(0, 1));
    Run passages = accrochage(Files.write(dir.resolve("d.jsonl"), List.of(first, again)).toString(), one.toString(),
        "--max-passages", "1", "--out", flux.toString());
    assertThat(passages.exitCode()).isEqualTo(2);
    assertThat(passages.err()).contains(dir.resolve("d.jsonl") + ":2: more than 1 passages");
    // dossiers without a holder are problems of their own, not passages that fill the flux
    List<String> dossiers = Files.readAllLines(Path.of(DOSSIERS));
    Run without = accrochage(Files.write(dir.resolve("d3.jsonl"), dossiers.subList(0, 3)).toString(), one.toString(),
        "--max-passages", "1", "--out", flux.toString());
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).doesNotContain("more than").contains("CAND-2016-0043 is admissible and has no holder");
    assertThat(flux).doesNotExist();
    Run zero = accrochage(DOSSIERS, HOLDERS, "--max-passages", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).startsWith("error: Invalid value for option '--max-passages': must be 1 or more, was 0");
  }

  @Test
  void nothingAdmissibleIsNothingToDeclare() throws IOException {
    List<String> dossiers = Files.readAllLines(Path.of(DOSSIERS));
    List<String> holders = Files.readAllLines(Path.of(HOLDERS));
    Run run = accrochage(Files.write(dir.resolve("d.jsonl"), dossiers.subList(3, 5)).toString(),
        Files.write(dir.resolve("h.jsonl"), holders.subList(3, 5)).toString(), "--out", dir.resolve("flux.xml").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no flux written: no dossier is admissible, nothing to declare");
    assertThat(dir.resolve("flux.xml")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --id-client  | 03UIM12  | --id-client: exactly 8 characters, has 7
      --id-contrat | MCFCER000123456789012 | --id-contrat: 1 to 20 characters, has 21
      --id-flux    | 123456789012345678901234567890123456789012345678901 | --id-flux: 1 to 50 characters, has 51
      """)
  void aHeaderTheSchemaRefusesIsAUsageError(String option, String value, String error) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("--id-client", "03UIM123", "--id-contrat", "MCFCER000123"));
    options.put(option, value);
    List<String> args = new ArrayList<>(List.of("accrochage", DOSSIERS, "--holders", HOLDERS));
    options.forEach((name, given) -> args.addAll(List.of(name, given)));
    Run run = Run.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: " + error + System.lineSeparator());
  }

  @Test
  void theReportReadsRefusedPassagesBackToTheirCandidates() throws IOException {
    Run run = Run.of("accrochage-report", EXAMPLES.resolve("rapport.xml").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        "processing 51354 of flux cqpm-uimm-2016-06 (file flux.xml): 2 accepted, 1 refused",
        "refused: RNCP19453 CAND-2016-0043, jury 2016-06-20: Aucun titulaire ne correspond aux critères obligatoires");
    Path accepted = Files.writeString(dir.resolve("ok.xml"),
        "<rapport xmlns='urn:cdc:cpf:pc5:rapport:schema'><PassagesOK><idTechnique>X</idTechnique></PassagesOK></rapport>");
    Run ok = Run.of("accrochage-report", accepted.toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("1 accepted, 0 refused");
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<rapport><idFlux>1</rapport>");
    Run refused = Run.of("accrochage-report", bad.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).startsWith("error: " + bad + ":1:").contains("not well-formed XML");
  }
}
