package io.github.cqpm.cli;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The HTML pages, from the templates of {@code src/main/jte} that the build compiled to Java
 * (package {@code io.github.cqpm.cli}): jte escapes every value for its place in the page.
 */
final class HtmlPages {
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(
      null, ContentType.Html, HtmlPages.class.getClassLoader(), "io.github.cqpm.cli");

  private HtmlPages() {}

  /**
   * Writes a page.
   *
   * @param template the template, e.g. {@code audit.jte}
   * @param model its parameter
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  static void write(String template, Object model, Writer out) throws IOException {
    try {
      TEMPLATES.render(template, model, new WriterOutput(out));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }
}
