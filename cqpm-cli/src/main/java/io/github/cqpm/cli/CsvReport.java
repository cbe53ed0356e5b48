package io.github.cqpm.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit's table as CSV (RFC 4180): a header, then one record per dossier not consistent or
 * line rejected, every one (the HTML table is capped, this is not), as they come. UTF-8 with a
 * byte order mark, so that a spreadsheet opens it as UTF-8; records end with CRLF; every field is
 * quoted, a quote doubled; a field that a spreadsheet would read as a formula (starting with
 * {@code =}, {@code +}, {@code -} or {@code @}) starts with an apostrophe instead. The reasons of a
 * row are one field, a line each.
 */
final class CsvReport {
  private final Writer out;

  CsvReport(Writer out, List<String> header) throws IOException {
    this.out = out;
    out.write('\uFEFF');
    record(header);
  }

  /** Writes a record. */
  void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields.get(i));
    }
    out.write("\r\n");
  }

  private void field(String text) throws IOException {
    out.write('"');
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      out.write('\'');
    }
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }
}
