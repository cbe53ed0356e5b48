package io.github.cqpm.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code cqpm decide} prints its decision: a report, the decision document, France VAE's result. */
enum DecisionFormat {
  /** A report for a person. */
  TEXT("text"),
  /** The decision document. */
  JSON("json"),
  /** The result as France VAE records it: {@code resultat}, {@code estViseePartiellement}, blocks, comment. */
  FRANCE_VAE("france-vae"),
  /** The report as one self-contained HTML page: the same words as the text. */
  HTML("html");

  private final String name;

  DecisionFormat(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Reads the option's value by its name on the command line. */
  static final class Converter implements ITypeConverter<DecisionFormat> {
    @Override
    public DecisionFormat convert(String value) {
      for (DecisionFormat format : values()) {
        if (format.name.equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException("expected text, json, france-vae or html, was \"" + value + "\"");
    }
  }

  /** The names, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("text", "json", "france-vae", "html").iterator();
    }
  }
}
