package io.github.cqpm.cdc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The CDC's declaration schema, version {@value #VERSION}, as cqpm states it in {@code
 * accrochage-1.1.5.xsd} (in this module's resources; each constraint says where it comes from),
 * and the check of a flux against it with the JDK's {@code javax.xml.validation}, streaming (a
 * flux of any size in bounded memory), no DTD and no external resource read.
 */
public final class CdcSchema {
  /** The flux's namespace. */
  public static final String NAMESPACE = "urn:cdc:cpf:pc5:schema:1.0.0";
  /** The schema's version. */
  public static final String VERSION = "1.1.5";

  private static final String RESOURCE = "accrochage-1.1.5.xsd";

  private CdcSchema() {}

  /**
   * Where the schema is.
   *
   * @return the resource's URL
   */
  public static URL resource() {
    return CdcSchema.class.getResource(RESOURCE);
  }

  /**
   * The schema, compiled.
   *
   * @return a schema, safe to share between threads
   */
  public static Schema schema() {
    return Compiled.SCHEMA;
  }

  /** Compiled once, when first asked for. */
  private static final class Compiled {
    static final Schema SCHEMA = compile();

    private static Schema compile() {
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(resource());
      } catch (SAXException e) {
        throw new IllegalStateException("the bundled schema cannot be read: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Checks a flux against the schema, to its end or its first error.
   *
   * @param flux the flux's bytes
   * @param source what to call it in a message
   * @throws CdcFormatException naming the line, the column and the schema's complaint
   * @throws IOException when reading fails
   */
  public static void check(InputStream flux, String source) throws CdcFormatException, IOException {
    try {
      SAXParserFactory parsers = SAXParserFactory.newInstance();
      parsers.setNamespaceAware(true);
      parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      XMLReader reader = parsers.newSAXParser().getXMLReader();
      Validator validator = schema().newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new SAXSource(reader, new InputSource(flux)));
    } catch (SAXParseException e) {
      throw new CdcFormatException(source, Math.max(e.getLineNumber(), 0),
          Math.max(e.getColumnNumber(), 0), "the CDC's schema " + VERSION + " refuses it: " + e.getMessage());
    } catch (SAXException | ParserConfigurationException e) {
      throw new CdcFormatException(source, 0, 0, "cannot be checked: " + e.getMessage());
    }
  }
}
