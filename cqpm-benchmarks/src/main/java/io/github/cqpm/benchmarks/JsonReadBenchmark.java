package io.github.cqpm.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.model.dossier.Dossier;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a realistic dossier document with the strict reader ({@link CqpmJson#readDossier}:
 * every check, and the model's invariants) side by side with Jackson's default binding of the
 * same JSON into records of the same shape ({@link DossierRecords}), which checks nothing; with
 * Jackson 2 and with Jackson 3 (cqpm-jackson3), each beside its own plain binding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class JsonReadBenchmark {
  private final String json = CqpmJson.write(RealisticDossier.of(8, 10));
  private final ObjectMapper plain = new ObjectMapper();
  private final tools.jackson.databind.json.JsonMapper plain3 = tools.jackson.databind.json.JsonMapper.builder().build();

  /**
   * The strict reader.
   *
   * @return the dossier
   * @throws IOException never, for this document
   */
  @Benchmark
  public Dossier strictReadAndValidate() throws IOException {
    return CqpmJson.readDossier(json);
  }

  /**
   * Plain binding into records.
   *
   * @return the records
   * @throws IOException never, for this document
   */
  @Benchmark
  public DossierRecords.DossierDoc baselinePlainRecords() throws IOException {
    return plain.readValue(json, DossierRecords.DossierDoc.class);
  }

  /**
   * The strict reader, through Jackson 3.
   *
   * @return the dossier
   */
  @Benchmark
  public Dossier strictReadAndValidateJackson3() {
    return io.github.cqpm.jackson3.CqpmJson.readDossier(json);
  }

  /**
   * Plain binding into records, with Jackson 3.
   *
   * @return the records
   */
  @Benchmark
  public DossierRecords.DossierDoc baselinePlainRecordsJackson3() {
    return plain3.readValue(json, DossierRecords.DossierDoc.class);
  }
}
