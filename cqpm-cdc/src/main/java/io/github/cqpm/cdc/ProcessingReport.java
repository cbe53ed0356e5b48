package io.github.cqpm.cdc;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The CDC's processing report of a flux ({@code rapport}, namespace {@value #NAMESPACE}): which
 * file and flux it answers, its processing number, the passages accepted ({@code
 * PassagesOK/idTechnique}) and those refused with the CDC's message ({@code
 * PassagesKO/passage/{idTechnique, messageErreur}}).
 *
 * <p>Read with the JDK's StAX, hardened as every input here: no DTD (so no entity), no external
 * resource, {@value #MAX_TEXT} characters a text, {@value #MAX_PASSAGES} passages and {@value
 * #MAX_TOTAL_TEXT} characters of text in all, so that what it holds stays within a few hundred MB
 * whatever the file (room for a million passages of some 100 characters each, an identifier and a
 * CDC message); the
 * report's structure bounds its nesting (an element out of place is refused where it opens). Elements are known by their local names, in the report's namespace or
 * none (the CDC's examples write the root prefixed and its children without a namespace); an
 * element the report does not have is refused by name, never skipped.
 *
 * @param fileName the flux's file name, as the CDC received it ({@code nomFichier}), when given
 * @param fluxId the flux's {@code idFlux}, when given
 * @param processingId the CDC's processing number ({@code idTraitement}), when given
 * @param accepted the identifiers of the passages accepted, in the report's order
 * @param refused the passages refused, in the report's order
 */
public record ProcessingReport(
    Optional<String> fileName, Optional<String> fluxId, Optional<String> processingId,
    List<String> accepted, List<RefusedPassage> refused) {
  /** The report's namespace. */
  public static final String NAMESPACE = "urn:cdc:cpf:pc5:rapport:schema";
  /** The longest text read, in characters. */
  public static final int MAX_TEXT = 10_000;
  /** The most passages read, accepted and refused together. */
  public static final int MAX_PASSAGES = 1_000_000;
  /** The most characters of text read in all, the report's texts together. */
  public static final long MAX_TOTAL_TEXT = 100_000_000;

  /**
   * Copies the lists.
   *
   * @param fileName the file name
   * @param fluxId the flux
   * @param processingId the processing
   * @param accepted the accepted
   * @param refused the refused
   */
  public ProcessingReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(fluxId, "fluxId");
    Objects.requireNonNull(processingId, "processingId");
    accepted = List.copyOf(accepted);
    refused = List.copyOf(refused);
  }

  /**
   * Reads a report.
   *
   * @param in the report's bytes; not closed
   * @param source what to call it in a message
   * @return the report
   * @throws CdcFormatException when it is not a report: where, and what was expected
   */
  public static ProcessingReport read(InputStream in, String source) throws CdcFormatException {
    return new Reading(source).read(in);
  }

  /** One reading, its position and what it has found. */
  private static final class Reading {
    private final String source;
    private XMLStreamReader xml;
    private int passages;
    private long characters;

    Reading(String source) {
      this.source = source;
    }

    ProcessingReport read(InputStream in) throws CdcFormatException {
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
      factory.setProperty(XMLInputFactory.IS_COALESCING, false);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      try {
        xml = factory.createXMLStreamReader(in);
        if (nextTag() != XMLStreamConstants.START_ELEMENT || !"rapport".equals(xml.getLocalName())) {
          throw error("expected the CDC's processing report: a root element rapport, was "
              + describe());
        }
        return rapport();
      } catch (XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        throw new CdcFormatException(source, line(e.getLocation()), column(e.getLocation()),
            "not well-formed XML: " + (at >= 0 ? message.substring(at + 9) : message).strip());
      }
    }

    private ProcessingReport rapport() throws XMLStreamException, CdcFormatException {
      String fileName = null;
      String fluxId = null;
      String processingId = null;
      List<String> accepted = new ArrayList<>();
      List<RefusedPassage> refused = new ArrayList<>();
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        switch (name("rapport", "nomFichier", "idFlux", "idTraitement", "PassagesKO", "PassagesOK")) {
          case "nomFichier" -> fileName = once(fileName, "nomFichier");
          case "idFlux" -> fluxId = once(fluxId, "idFlux");
          case "idTraitement" -> processingId = once(processingId, "idTraitement");
          case "PassagesKO" -> {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
              name("PassagesKO", "passage");
              refused.add(passage());
            }
          }
          default -> {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
              name("PassagesOK", "idTechnique");
              count();
              accepted.add(text());
            }
          }
        }
      }
      if (nextTag() != XMLStreamConstants.END_DOCUMENT) {
        throw error("expected the end of the report, was " + describe());
      }
      return new ProcessingReport(Optional.ofNullable(fileName), Optional.ofNullable(fluxId),
          Optional.ofNullable(processingId), accepted, refused);
    }

    private RefusedPassage passage() throws XMLStreamException, CdcFormatException {
      count();
      String id = null;
      String message = null;
      while (nextTag() == XMLStreamConstants.START_ELEMENT) {
        if (name("passage", "idTechnique", "messageErreur").equals("idTechnique")) {
          id = once(id, "idTechnique");
        } else {
          message = once(message, "messageErreur");
        }
      }
      if (id == null) {
        throw error("a refused passage without its idTechnique");
      }
      return new RefusedPassage(id, message == null ? "" : message);
    }

    private void count() throws CdcFormatException {
      if (++passages > MAX_PASSAGES) {
        throw error("more than " + MAX_PASSAGES + " passages, the most a report may have");
      }
    }

    /** The current element's name, when it is one of these in the report's namespace or none. */
    private String name(String parent, String... allowed) throws CdcFormatException {
      String namespace = xml.getNamespaceURI();
      if (namespace == null || namespace.isEmpty() || NAMESPACE.equals(namespace)) {
        for (String name : allowed) {
          if (name.equals(xml.getLocalName())) {
            return name;
          }
        }
      }
      throw error("unexpected element " + describe() + " in " + parent + " (expected "
          + String.join(", ", allowed) + ")");
    }

    private String once(String value, String name) throws XMLStreamException, CdcFormatException {
      if (value != null) {
        throw error(name + " given twice");
      }
      return text();
    }

    /** The text of the current element, which holds no element. */
    private String text() throws XMLStreamException, CdcFormatException {
      String parent = xml.getLocalName();
      StringBuilder text = new StringBuilder();
      while (true) {
        int event = next();
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          if (text.length() + xml.getTextLength() > MAX_TEXT) {
            throw error("a text of more than " + MAX_TEXT + " characters in " + parent);
          }
          characters += xml.getTextLength();
          if (characters > MAX_TOTAL_TEXT) {
            throw error("more than " + MAX_TOTAL_TEXT + " characters of text in all, the most a report may have");
          }
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          return text.toString().strip();
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          throw error("unexpected element " + describe() + " in " + parent + " (expected text)");
        }
      }
    }

    /** The next start or end of an element, or the end of the document; text between is space. */
    private int nextTag() throws XMLStreamException, CdcFormatException {
      while (true) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
            || event == XMLStreamConstants.END_DOCUMENT) {
          return event;
        }
        if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
            && !xml.isWhiteSpace()) {
          throw error("unexpected text \"" + Printable.clip(xml.getText()) + "\" where elements are expected");
        }
      }
    }

    private int next() throws XMLStreamException, CdcFormatException {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw error("a DTD is refused (a report declares none; a DTD could declare entities)");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw error("the entity &" + xml.getLocalName() + "; is refused");
      }
      return event;
    }

    private String describe() {
      if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
        String namespace = xml.getNamespaceURI();
        return Printable.clip(xml.getLocalName())
            + (namespace == null || namespace.isEmpty() ? "" : " of namespace " + Printable.clip(namespace));
      }
      return xml.getEventType() == XMLStreamConstants.END_DOCUMENT ? "the end of the file" : "the end of an element";
    }

    private CdcFormatException error(String problem) {
      Location at = xml.getLocation();
      return new CdcFormatException(source, line(at), column(at), problem);
    }

    private static int line(Location at) {
      return at == null ? 0 : Math.max(at.getLineNumber(), 0);
    }

    private static int column(Location at) {
      return at == null ? 0 : Math.max(at.getColumnNumber(), 0);
    }
  }
}
