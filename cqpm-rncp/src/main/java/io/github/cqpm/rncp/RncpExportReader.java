package io.github.cqpm.rncp;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads France Compétences' RNCP export, flux version {@value #FLUX_VERSION}, one fiche at a
 * time: never more than one fiche is held, whatever the export's size (about 25,000 fiches).
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(export);
 *     RncpExportReader reader = RncpExportReader.open(in, export.toString())) {
 *   for (Optional<RncpFiche> fiche = reader.next(); fiche.isPresent(); fiche = reader.next()) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Hostile XML is refused with an {@link RncpFormatException} naming the line and column: a
 * DTD (so no entity can be declared: no external entity, no billion laughs), an external
 * resource, nesting deeper than {@value HardenedXml#MAX_DEPTH}, a fiche of more than {@value
 * HardenedXml#MAX_FICHE_CHARACTERS} characters of text; so is an export of another flux version.
 * Reading ends there.
 *
 * <p>One fiche that cannot be read as a fiche (no number, no title, an {@code ACTIF} that is
 * neither Oui nor Non, an element where the flux puts text) is refused alone: {@link #next()}
 * throws an exception whose {@link RncpFormatException#isFicheOnly()} is true, and the next call
 * reads on from the fiche's end, so that one fiche does not stop a whole export. A flaw in one
 * part of a fiche does not refuse it: the part is left out with a note in {@link RncpFiche#notes()}
 * (a date that is not JJ/MM/AAAA, a block without {@code CODE}, a route whose {@code ACTIF} is
 * neither Oui nor Non, an {@code ACCESSIBLE_*} neither Oui nor Non, a certifier without a name, a
 * code without {@code CODE}).
 */
public final class RncpExportReader implements AutoCloseable {
  /** The version of the flux this reader knows. */
  public static final String FLUX_VERSION = "4.1";

  private final XMLStreamReader xml;
  private final String source;
  private boolean ended;
  /** Where the export's root ends, once read (the parser gives no location after the end). */
  private int endLine;
  private int endColumn;
  /** The characters of text of the last element read whole (what a fiche holds, about). */
  private long lastCharacters;
  /** The elements of the element read last, used again for the next once it has been read. */
  private final List<XmlElement> used = new ArrayList<>();
  /** Elements to use again (at most {@value #SPARE}: memory stays that of one fiche, about). */
  private final Deque<XmlElement> spare = new ArrayDeque<>();
  /** The most elements kept to use again: a fiche of the flux has about fifty. */
  private static final int SPARE = 1_000;

  private RncpExportReader(XMLStreamReader xml, String source) {
    this.xml = xml;
    this.source = source;
  }

  /**
   * Opens an export and checks its flux version.
   *
   * @param in the export's bytes (its XML declaration names the encoding, UTF-8 by default); not
   *     closed by the reader
   * @param source how messages name it, e.g. its file name
   * @return the reader, before the first fiche
   * @throws RncpFormatException if it is not an RNCP export of flux version {@value #FLUX_VERSION}
   */
  public static RncpExportReader open(InputStream in, String source) throws RncpFormatException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    RncpExportReader reader = new RncpExportReader(HardenedXml.open(in, source), source);
    reader.checkVersion();
    return reader;
  }

  private void checkVersion() throws RncpFormatException {
    if (nextElementOrEnd() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("FICHES")) {
      throw error("expected the export's root element FICHES" + was());
    }
    if (nextElementOrEnd() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("VERSION_FLUX")) {
      throw error("expected VERSION_FLUX first in FICHES" + was());
    }
    XmlElement version = element(1);
    String text = version.text().strip();
    if (!version.children().isEmpty() || !text.equals(FLUX_VERSION)) {
      throw new RncpFormatException(source, version.line, version.column,
          "this reader knows the flux version " + FLUX_VERSION + ", the export is of version \"" + text + "\"");
    }
  }

  /**
   * The flux version of the export.
   *
   * @return {@value #FLUX_VERSION}, the only one an open reader has
   */
  public String getFluxVersion() {
    return FLUX_VERSION;
  }

  /**
   * Reads the next fiche.
   *
   * @return the fiche, or empty after the last
   * @throws RncpFormatException if the export is not as the flux makes it (reading ends), or this
   *     fiche is not ({@link RncpFormatException#isFicheOnly()}: the next call reads on)
   */
  public Optional<RncpFiche> next() throws RncpFormatException {
    if (ended) {
      return Optional.empty();
    }
    int event = nextElementOrEnd();
    if (event == XMLStreamConstants.END_ELEMENT) {
      ended = true;
      endLine = xml.getLocation().getLineNumber();
      endColumn = xml.getLocation().getColumnNumber();
      if (nextElementOrEnd() != XMLStreamConstants.END_DOCUMENT) {
        throw error("expected the end of the export after FICHES" + was());
      }
      return Optional.empty();
    }
    if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("FICHE")) {
      throw error("expected FICHE or the end of FICHES" + was());
    }
    return Optional.of(FicheFields.fiche(element(1), source));
  }

  /**
   * The line the reader stands on: after the last fiche read, or at the export's end.
   *
   * @return the line, from 1
   */
  public int getLine() {
    return ended ? endLine : xml.getLocation().getLineNumber();
  }

  /**
   * The column the reader stands on.
   *
   * @return the column, from 1
   */
  public int getColumn() {
    return ended ? endColumn : xml.getLocation().getColumnNumber();
  }

  /** The characters of text of the last fiche read: how much memory holding it takes, about. */
  long lastFicheCharacters() {
    return lastCharacters;
  }

  /**
   * Reads on to the fiche of a number, reading the fiches before it one at a time; another fiche
   * that cannot be read is passed over (it is not the one asked for).
   *
   * @param number the fiche's number, e.g. {@code RNCP34762}
   * @return the fiche, or empty when the rest of the export has none of that number
   * @throws RncpFormatException if the export is not as the flux makes it, or the fiche of that
   *     number is not
   */
  public Optional<RncpFiche> find(String number) throws RncpFormatException {
    Objects.requireNonNull(number, "number");
    while (true) {
      Optional<RncpFiche> fiche;
      try {
        fiche = next();
      } catch (RncpFormatException e) {
        if (e.isFicheOnly() && !e.getFicheNumber().equals(Optional.of(number))) {
          continue; // another fiche's flaw is not the one asked for's
        }
        throw e;
      }
      if (fiche.isEmpty() || fiche.get().number().equals(number)) {
        return fiche;
      }
    }
  }

  /** Moves to the next element's start or end, or the document's end; refuses text between. */
  private int nextElementOrEnd() throws RncpFormatException {
    while (true) {
      int event = HardenedXml.next(xml, source);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
        case XMLStreamConstants.END_ELEMENT:
        case XMLStreamConstants.END_DOCUMENT:
          return event;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
          if (!xml.isWhiteSpace() && !xml.getText().isBlank()) {
            throw error("expected an element, was text");
          }
          break;
        default:
          break; // comments, processing instructions, white space
      }
    }
  }

  /**
   * Reads the element the parser is on, children included, within the limits.
   *
   * @param depth the element's depth (1 for a child of the root)
   */
  private XmlElement element(int depth) throws RncpFormatException {
    // the element read before has been made a fiche, or refused: its elements are free
    for (XmlElement element : used) {
      if (spare.size() < SPARE) {
        spare.push(element);
      }
    }
    used.clear();
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = opened();
    open.push(root);
    long characters = 0;
    while (!open.isEmpty()) {
      int event = HardenedXml.next(xml, source);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          if (depth + open.size() >= HardenedXml.MAX_DEPTH) {
            throw error("elements nested more than " + HardenedXml.MAX_DEPTH + " deep (the flux needs 5)");
          }
          XmlElement child = opened();
          open.peek().add(child);
          open.push(child);
          break;
        case XMLStreamConstants.END_ELEMENT:
          open.pop();
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          characters += xml.getTextLength();
          if (characters > HardenedXml.MAX_FICHE_CHARACTERS) {
            throw error("more than " + HardenedXml.MAX_FICHE_CHARACTERS + " characters of text in one "
                + root.name + " (a limit of this reader)");
          }
          open.peek().append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
          break;
        case XMLStreamConstants.END_DOCUMENT:
          throw error("the export ends inside " + open.peek().name);
        default:
          break;
      }
    }
    lastCharacters = characters;
    return root;
  }

  private XmlElement opened() {
    Location at = xml.getLocation(); // a new object each call: asked once
    XmlElement element = spare.poll();
    if (element == null) {
      element = new XmlElement(xml.getLocalName(), at.getLineNumber(), at.getColumnNumber());
    } else {
      element.open(xml.getLocalName(), at.getLineNumber(), at.getColumnNumber());
    }
    if (used.size() < SPARE) {
      used.add(element);
    }
    return element;
  }

  private String was() {
    switch (xml.getEventType()) {
      case XMLStreamConstants.START_ELEMENT:
        return ", was the element " + xml.getLocalName();
      case XMLStreamConstants.END_ELEMENT:
        return ", was the end of " + xml.getLocalName();
      case XMLStreamConstants.END_DOCUMENT:
        return ", was the end of the file";
      default:
        return "";
    }
  }

  private RncpFormatException error(String problem) {
    return HardenedXml.error(source, xml.getLocation(), problem);
  }

  /**
   * Closes the parser; the stream it reads stays open.
   *
   * @throws RncpFormatException never in practice (the parser's own close)
   */
  @Override
  public void close() throws RncpFormatException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw HardenedXml.error(source, e);
    }
  }
}
