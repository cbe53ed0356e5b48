package io.github.cqpm.benchmarks;

import io.github.cqpm.jackson.CqpmJson;
import io.github.cqpm.testkit.CqpmSamples;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a JSON Lines file of generated dossiers (testkit, seeded): the input of
 * {@code scripts/audit-million.sh}.
 */
public final class GenerateDossiers {
  private GenerateDossiers() {}

  /**
   * Writes the file.
   *
   * @param args the file, then how many dossiers (default 1,000,000)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    CqpmSamples samples = CqpmSamples.seeded(19453);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < count; i++) {
        out.write(CqpmJson.writeLine(samples.dossier()));
        out.write('\n');
      }
    }
  }
}
