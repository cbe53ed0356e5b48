package io.github.cqpm.benchmarks;

import io.github.cqpm.rncp.ImportedFiche;
import io.github.cqpm.rncp.RncpExportReader;
import io.github.cqpm.rncp.RncpFiche;
import io.github.cqpm.rncp.RncpFormatException;
import io.github.cqpm.rncp.RncpImport;
import io.github.cqpm.rncp.RncpReferentials;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a whole RNCP export (the national size, 25,000 fiches, drawn in turn from the test
 * export {@code examples/rncp/real-shapes.xml}, each renumbered) under a 64 MB heap: {@link
 * #importEveryFiche} reads each fiche and makes its référentiel ({@link RncpReferentials#of}),
 * one fiche at a time, on one thread; {@link #importOnTwoThreads} does the same with {@link
 * RncpImport}, the référentiels made on a second thread; {@link #readEveryFiche} reads the fiches
 * and makes nothing of them; {@link #bareStaxPass} runs the JDK's StAX over the same file and
 * builds nothing. The export is about 29 MB, run under a 64 MB heap; that the reader holds one fiche at a
 * time whatever the export's size is tested apart (cqpm-rncp's forked test reads 100,000 fiches
 * under the same heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Threads(1)
public class RncpImportBenchmark {
  private static final Pattern FICHE = Pattern.compile("<FICHE>.*?</FICHE>", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("RNCP9100[0-9]");

  /** How many fiches the generated export holds. */
  @Param("25000")
  public int fiches;

  /** The test export the fiches are drawn from. */
  @Param("examples/rncp/real-shapes.xml")
  public String source;

  private Path export;

  /**
   * Writes the export.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void write() throws IOException {
    export = generate(Path.of(source), fiches);
  }

  /**
   * Removes the export.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Trial)
  public void remove() throws IOException {
    Files.deleteIfExists(export);
  }

  /**
   * An export of {@code count} fiches, the source's fiches in turn, renumbered from RNCP200000.
   *
   * @param source a flux 4.1 export whose fiches are numbered RNCP91001 to RNCP91009
   * @param count how many fiches
   * @return the file written, in the temporary directory
   * @throws IOException if the source cannot be read or the export written
   */
  static Path generate(Path source, int count) throws IOException {
    Matcher fiche = FICHE.matcher(Files.readString(source, StandardCharsets.UTF_8));
    List<String> drawn = new ArrayList<>();
    while (fiche.find()) {
      drawn.add(fiche.group());
    }
    Path export = Files.createTempFile("rncp-export-", ".xml");
    try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FICHES>\n<VERSION_FLUX>4.1</VERSION_FLUX>\n");
      for (int i = 0; i < count; i++) {
        out.write(NUMBER.matcher(drawn.get(i % drawn.size())).replaceAll("RNCP" + (200_000 + i)));
        out.write('\n');
      }
      out.write("</FICHES>\n");
    }
    return export;
  }

  /**
   * Every fiche read and made a référentiel, one at a time.
   *
   * @return how many fiches imported
   * @throws IOException if the file cannot be read
   * @throws RncpFormatException never, for this export
   */
  @Benchmark
  public int importEveryFiche() throws IOException, RncpFormatException {
    return countFiches(fiche -> RncpReferentials.of(fiche).referential().isPresent());
  }

  /**
   * Every fiche read and made a référentiel as {@code cqpm referential --check} does it ({@link
   * RncpImport}): the référentiels made on a second thread while this one reads.
   *
   * @return how many fiches imported
   * @throws IOException if the file cannot be read
   * @throws RncpFormatException never, for this export
   */
  @Benchmark
  public int importOnTwoThreads() throws IOException, RncpFormatException {
    int[] count = new int[1];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(export));
        RncpExportReader reader = RncpExportReader.open(in, export.toString())) {
      RncpImport.forEach(reader, new RncpImport.Each() {
        @Override
        public void imported(RncpFiche fiche, ImportedFiche imported) {
          if (imported.referential().isPresent()) {
            count[0]++;
          }
        }

        @Override
        public void refused(RncpFormatException refusal) {
          throw new IllegalStateException(refusal.getMessage());
        }
      });
    }
    return count[0];
  }

  /**
   * Every fiche read, its fields verbatim, no référentiel made: the reader's share of {@link
   * #importEveryFiche}.
   *
   * @return how many fiches have blocks
   * @throws IOException if the file cannot be read
   * @throws RncpFormatException never, for this export
   */
  @Benchmark
  public int readEveryFiche() throws IOException, RncpFormatException {
    return countFiches(fiche -> !fiche.blocks().isEmpty());
  }

  /** Reads the export one fiche at a time and counts those that pass {@code test}. */
  private int countFiches(Predicate<RncpFiche> test) throws IOException, RncpFormatException {
    int count = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(export));
        RncpExportReader reader = RncpExportReader.open(in, export.toString())) {
      for (Optional<RncpFiche> fiche = reader.next(); fiche.isPresent(); fiche = reader.next()) {
        if (test.test(fiche.get())) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The JDK's StAX over the same file, every event read, nothing built.
   *
   * @return the characters of text seen
   * @throws IOException if the file cannot be read
   * @throws XMLStreamException never, for this export
   */
  @Benchmark
  public long bareStaxPass() throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    long characters = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(export))) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.CHARACTERS) {
          characters += xml.getTextLength();
        }
      }
      xml.close();
    }
    return characters;
  }
}
