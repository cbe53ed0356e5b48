package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a fiche as read, bounded by the reader's limits: its name, where it starts, its
 * own text (its character data, verbatim, without its children's) and its child elements.
 */
final class XmlElement {
  final String name;
  final int line;
  final int column;
  final StringBuilder text = new StringBuilder();
  final List<XmlElement> children = new ArrayList<>();

  XmlElement(String name, int line, int column) {
    this.name = name;
    this.line = line;
    this.column = column;
  }

  /** The most children sought by walking through them; an element with more indexes them by name. */
  private static final int WALKED = 8;
  /** The children by name, in order, once an element with many children is asked for one. */
  private Map<String, List<XmlElement>> byName;

  /** The children of a name, in order. */
  List<XmlElement> all(String child) {
    if (children.size() > WALKED) {
      return index().getOrDefault(child, List.of());
    }
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement element : children) {
      if (element.name.equals(child)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The first child of a name. */
  Optional<XmlElement> first(String child) {
    if (children.size() > WALKED) {
      List<XmlElement> named = index().get(child);
      return named == null ? Optional.empty() : Optional.of(named.get(0));
    }
    for (XmlElement element : children) {
      if (element.name.equals(child)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** The children by name (read whole: asked for once the element has ended). */
  private Map<String, List<XmlElement>> index() {
    if (byName == null) {
      byName = new HashMap<>();
      for (XmlElement element : children) {
        byName.computeIfAbsent(element.name, name -> new ArrayList<>(1)).add(element);
      }
    }
    return byName;
  }
}
