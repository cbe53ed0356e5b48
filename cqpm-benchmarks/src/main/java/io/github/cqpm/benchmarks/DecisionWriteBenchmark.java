package io.github.cqpm.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.json.DecisionDocument;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the decision on a realistic dossier as JSON ({@link DecisionDocument} made from the
 * decision, its messages and sentences rendered, then written through a mapper with the cqpm
 * module) side by side with Jackson's
 * default serialisation of the same document held in records ({@link DecisionRecords}), whose
 * messages are already rendered; with Jackson 2 and Jackson 3.
 *
 * <p>The {@code sideBySide} groups run the document and its baseline at the same time, one thread
 * each (one core each on a 2-core machine): whatever slows the machine down during the run slows
 * both, so their ratio holds where the methods run one after the other drift apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DecisionWriteBenchmark {
  private final ObjectMapper mapper = CqpmJson.newMapper();
  private final tools.jackson.databind.ObjectMapper mapper3 = io.github.cqpm.jackson3.CqpmJson.newMapper();
  private final ObjectMapper plain = new ObjectMapper();
  /** Jackson's defaults, absent values left out as the format leaves them out. */
  private final ObjectMapper plainWithoutNulls =
      new ObjectMapper().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
  private final tools.jackson.databind.json.JsonMapper plain3 = tools.jackson.databind.json.JsonMapper.builder().build();
  private final CqpmRules rules = CqpmRules.standard();
  private final Dossier dossier = RealisticDossier.of(8, 10);
  private final Decision<DossierOutcome> decision = rules.decide(dossier);
  /** The document, made once, for {@link #writeMadeDocument()}. */
  private final DecisionDocument made = document();
  private final DecisionRecords.DecisionDoc records;
  /** The dossier as plain records, whose JSON the plain way's digest is made of. */
  private final DossierRecords.DossierDoc dossierRecords;

  /** The decision on the realistic dossier, and the same document as records. */
  public DecisionWriteBenchmark() {
    DecisionDocument document = document();
    try {
      records = plain.readValue(mapper.writeValueAsString(document), DecisionRecords.DecisionDoc.class);
      if (!plain.writeValueAsString(records).equals(mapper.writeValueAsString(document))) {
        throw new IllegalStateException("the records do not write the same document");
      }
      dossierRecords = plain.readValue(
          io.github.cqpm.jackson.CqpmJson.writeLine(dossier), DossierRecords.DossierDoc.class);
      if (!plain.writeValueAsString(hashingTheDossier()).equals(mapper.writeValueAsString(document))) {
        throw new IllegalStateException("the records hashing the dossier do not write the same document");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private DecisionDocument document() {
    return DecisionDocument.of(dossier, decision, rules, Locale.FRENCH);
  }

  /**
   * The decision document, Jackson 2.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String writeDecision() throws JsonProcessingException {
    return mapper.writeValueAsString(document());
  }

  /**
   * The same document as records, Jackson 2's defaults.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String baselinePlainRecords() throws JsonProcessingException {
    return plain.writeValueAsString(records);
  }

  /**
   * The same document as records, Jackson 2's defaults, its dossier digest made the plain way as
   * the document makes its own: the dossier's records written by Jackson and hashed.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String baselinePlainRecordsHashingTheDossier() throws JsonProcessingException {
    return plain.writeValueAsString(hashingTheDossier());
  }

  private DecisionRecords.DecisionDoc hashingTheDossier() throws JsonProcessingException {
    try {
      String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(plainWithoutNulls.writeValueAsBytes(dossierRecords)));
      DecisionRecords.DecisionDoc r = records;
      return new DecisionRecords.DecisionDoc(r.candidate(), r.certification(), r.referential(),
          r.referentialSha256(), r.libraryVersion(), digest, r.targetedBlocks(), r.attendance(), r.ruling(),
          r.irregularities(), r.declaredVerdict(), r.evidence(), r.audit(), r.policy(), r.date(),
          r.certificationDue(), r.missingBlocks(), r.missingCapacities(), r.attestableBlocks(), r.blocks(),
          r.deliberation(), r.findings());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the document's provenance costs: the SHA-256 of the dossier's canonical JSON, alone.
   *
   * @return the digest
   */
  @Benchmark
  public String dossierDigest() {
    return io.github.cqpm.json.CanonicalJson.sha256(
        io.github.cqpm.json.CqpmFormat.binding(Dossier.class).getJsonType(), dossier);
  }

  /**
   * What making the document costs, alone: its messages and sentences rendered, the dossier's
   * digest computed.
   *
   * @return the document
   */
  @Benchmark
  public DecisionDocument makeDocument() {
    return document();
  }

  /**
   * What writing a document already made costs, alone, Jackson 2.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String writeMadeDocument() throws JsonProcessingException {
    return mapper.writeValueAsString(made);
  }

  /**
   * The decision document, Jackson 3.
   *
   * @return the text
   */
  @Benchmark
  public String writeDecisionJackson3() {
    return mapper3.writeValueAsString(document());
  }

  /**
   * The same document as records, Jackson 3's defaults.
   *
   * @return the text
   */
  @Benchmark
  public String baselinePlainRecordsJackson3() {
    return plain3.writeValueAsString(records);
  }

  /**
   * {@link #writeDecision()}, beside {@link #sideBySideRecords()} at the same time.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  @Group("sideBySideJackson2")
  @GroupThreads(1)
  public String sideBySideDecision() throws JsonProcessingException {
    return writeDecision();
  }

  /**
   * {@link #baselinePlainRecords()}, beside {@link #sideBySideDecision()} at the same time.
   *
   * @return the text
   * @throws JsonProcessingException never
   */
  @Benchmark
  @Group("sideBySideJackson2")
  @GroupThreads(1)
  public String sideBySideRecords() throws JsonProcessingException {
    return baselinePlainRecords();
  }

  /**
   * {@link #writeDecisionJackson3()}, beside {@link #sideBySideRecordsJackson3()} at the same time.
   *
   * @return the text
   */
  @Benchmark
  @Group("sideBySideJackson3")
  @GroupThreads(1)
  public String sideBySideDecisionJackson3() {
    return writeDecisionJackson3();
  }

  /**
   * {@link #baselinePlainRecordsJackson3()}, beside {@link #sideBySideDecisionJackson3()} at the
   * same time.
   *
   * @return the text
   */
  @Benchmark
  @Group("sideBySideJackson3")
  @GroupThreads(1)
  public String sideBySideRecordsJackson3() {
    return baselinePlainRecordsJackson3();
  }
}
