package io.github.cqpm.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@code scripts/audit-million.sh}: a plain Jackson parse of each line of a JSON
 * Lines file, and nothing else. Prints the lines read and the dossiers per second.
 */
public final class ParseOnly {
  private ParseOnly() {}

  /**
   * Parses the file.
   *
   * @param args the file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    long lines = 0;
    long fields = 0;
    long start = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        fields += node.size();
        lines++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("parse-only: %d lines (%d root fields) in %.1f s: %.0f dossiers/s%n",
        lines, fields, seconds, lines / seconds);
  }
}
