package io.github.cqpm.cli;

import java.io.IOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the HTML audit report shows, computed before the page is written: the trail, the counts as
 * bars, the rows of the dossiers not consistent and of the lines rejected (at most {@value
 * #MAX_ROWS}, the rest counted). The page is {@code src/main/jte/audit.jte}, compiled to Java at
 * build time, every value escaped for HTML by jte; it fetches nothing (no script, font or
 * stylesheet from anywhere: all inline).
 *
 * @param locale the page's language
 * @param trail what was audited
 * @param policy the policy that applied, as the text report words it
 * @param lines the lines read
 * @param blankLines the blank lines among them
 * @param outcomes a bar per outcome, in the outcomes' order
 * @param codes a bar per finding code, the most frequent first
 * @param rows the table's rows, in the input's order
 * @param rowsLeftOut the rows beyond {@value #MAX_ROWS}, counted only
 */
record AuditPage(Locale locale, AuditTrail trail, String policy, long lines, long blankLines, List<Bar> outcomes,
    List<Bar> codes, List<Row> rows, long rowsLeftOut) {
  /** The most rows the table holds, so that the page stays small whatever the input. */
  static final int MAX_ROWS = 10_000;

  /**
   * A bar of a chart.
   *
   * @param label what it counts, in the page's language
   * @param code the stable code, when the label is not one
   * @param count the count
   * @param percent its share of the chart's largest count, 0 to 100
   */
  record Bar(String label, String code, long count, int percent) {}

  /**
   * A row of the table.
   *
   * @param line the line's number
   * @param candidate the candidate, empty for a rejected line
   * @param outcome the outcome, in the page's language
   * @param reasons why: the findings' messages and the fiche's sentences, or the line's error
   */
  record Row(long line, String candidate, String outcome, List<String> reasons) {}

  /** The page's words, in its language. */
  String t(String key, Object... arguments) {
    ResourceBundle labels = ResourceBundle.getBundle("io.github.cqpm.cli.Report", locale);
    return new MessageFormat(labels.getString(key), locale).format(arguments);
  }

  /** The page's language, as HTML names it. */
  String lang() {
    return locale.getLanguage();
  }

  /**
   * Writes the page.
   *
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  void write(Writer out) throws IOException {
    HtmlPages.write("audit.jte", this, out);
  }
}
