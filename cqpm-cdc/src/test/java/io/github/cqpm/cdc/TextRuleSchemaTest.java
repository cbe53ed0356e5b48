package io.github.cqpm.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each constraint the holders are checked with as they are built is the schema's own: same
 * lengths, same pattern, for the simple type of the same name. One changed without the other
 * fails here.
 */
class TextRuleSchemaTest {
  @ParameterizedTest
  @EnumSource(TextRule.class)
  void agreesWithTheSchemasSimpleType(TextRule rule) throws Exception {
    Map<String, String> facets = facets(typeName(rule));
    if (rule.pattern() != null) {
      assertThat(facets).containsOnlyKeys("pattern").containsEntry("pattern", rule.pattern());
    } else if (rule.min() == rule.max()) {
      assertThat(facets).containsOnlyKeys("length").containsEntry("length", Integer.toString(rule.min()));
    } else {
      assertThat(facets).containsOnlyKeys("minLength", "maxLength")
          .containsEntry("minLength", Integer.toString(rule.min()))
          .containsEntry("maxLength", Integer.toString(rule.max()));
    }
  }

  /** NAME → Name, ID_CLIENT → IdClient, TEXT_20 → Text20. */
  private static String typeName(TextRule rule) {
    StringBuilder name = new StringBuilder();
    for (String part : rule.name().split("_")) {
      name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static Map<String, String> facets(String type) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document xsd;
    try (InputStream in = CdcSchema.resource().openStream()) {
      xsd = factory.newDocumentBuilder().parse(in);
    }
    NodeList types = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
    for (int i = 0; i < types.getLength(); i++) {
      Element simpleType = (Element) types.item(i);
      if (type.equals(simpleType.getAttribute("name"))) {
        Map<String, String> facets = new HashMap<>();
        Element restriction = (Element) simpleType
            .getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "restriction").item(0);
        NodeList children = restriction.getChildNodes();
        for (int j = 0; j < children.getLength(); j++) {
          if (children.item(j) instanceof Element facet) {
            facets.put(facet.getLocalName(), facet.getAttribute("value"));
          }
        }
        return facets;
      }
    }
    throw new AssertionError("the schema has no simple type " + type);
  }
}
