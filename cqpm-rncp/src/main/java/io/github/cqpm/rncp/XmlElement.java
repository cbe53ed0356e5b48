package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.List;
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

  /** The children of a name, in order. */
  List<XmlElement> all(String child) {
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
    for (XmlElement element : children) {
      if (element.name.equals(child)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }
}
