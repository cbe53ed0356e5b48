package io.github.cqpm.rncp;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's StAX parser, made safe for a file from anywhere: no DTD (a document that declares one
 * is refused, so no entity can be declared: no external entity, no billion laughs), no external
 * resource of any kind, and limits on nesting and text checked as the events arrive, so that
 * memory is bounded by the limits, not by the input.
 */
final class HardenedXml {
  /** The deepest nesting accepted; the flux needs 5. */
  static final int MAX_DEPTH = 16;
  /** The most characters of text one fiche may hold, all its fields together. */
  static final int MAX_FICHE_CHARACTERS = 4_000_000;

  private HardenedXml() {}

  static XMLStreamReader open(InputStream in, String source) throws RncpFormatException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("an external resource is refused: " + systemId);
    });
    try {
      return factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw error(source, e);
    }
  }

  /** The next event, refusing what a safe export never holds (a DTD, an entity reference). */
  static int next(XMLStreamReader xml, String source) throws RncpFormatException {
    int event;
    try {
      event = xml.next();
    } catch (XMLStreamException e) {
      throw error(source, e);
    }
    if (event == XMLStreamConstants.DTD) {
      throw error(source, xml.getLocation(), "a DTD is refused (the RNCP export declares none; a DTD could declare"
          + " entities that read other files or grow without bound)");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw error(source, xml.getLocation(), "the entity &" + xml.getLocalName() + "; is refused (only XML's own"
          + " entities and character references are read)");
    }
    return event;
  }

  static RncpFormatException error(String source, Location at, String problem) {
    return new RncpFormatException(source, at == null ? 0 : at.getLineNumber(),
        at == null ? 0 : at.getColumnNumber(), problem);
  }

  /** A parser's refusal, in the user's terms: not well-formed XML, where. */
  static RncpFormatException error(String source, XMLStreamException e) {
    String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the location is given apart.
    int at = message.indexOf("Message: ");
    if (at >= 0) {
      message = message.substring(at + "Message: ".length());
    }
    return error(source, e.getLocation(), "not well-formed XML: " + message.strip());
  }
}
