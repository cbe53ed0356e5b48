package io.github.cqpm.rncp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a fiche as read, bounded by the reader's limits: its name, where it starts, its
 * own text (its character data, verbatim, without its children's) and its child elements.
 */
final class XmlElement {
  /** The most children sought by walking through them; an element with more indexes them by name. */
  private static final int WALKED = 8;

  /** The children of an element without any, shared. */
  private static final List<XmlElement> NONE = List.of();

  String name;
  int line;
  int column;
  /** The child elements, in order (the shared empty list until the first). */
  private List<XmlElement> children = NONE;
  /** The text read so far: most elements have one piece, kept as it came. */
  private String text = "";
  /**
   * The text's characters, once a second piece came (an entity reference splits a text, and the
   * white space between children comes in pieces): copied as they are, made a string once.
   */
  private char[] pieces;
  /** How many characters of {@link #pieces} are the text's; -1 while the text is one piece. */
  private int piecesLength = -1;
  /**
   * The first child of each name, once an element with many children is asked for one (empty
   * until then: an element indexed has more than {@value #WALKED} children).
   */
  private Map<String, XmlElement> firstByName;
  /** The next child of the same name as this one, once the parent has indexed its children. */
  private XmlElement nextOfName;

  XmlElement(String name, int line, int column) {
    open(name, line, column);
  }

  /**
   * Makes this element a new one, without children or text, keeping what it had made to hold them
   * (the reader uses its elements again from one fiche to the next).
   */
  void open(String name, int line, int column) {
    this.name = name;
    this.line = line;
    this.column = column;
    if (children != NONE) {
      children.clear();
    }
    text = "";
    piecesLength = -1;
    if (firstByName != null) {
      firstByName.clear();
    }
    nextOfName = null;
  }

  /** Adds a child element, after the others. */
  void add(XmlElement child) {
    if (children == NONE) {
      children = new ArrayList<>();
    }
    children.add(child);
  }

  /** Adds a piece of text, after the others. */
  void append(char[] characters, int start, int length) {
    if (piecesLength < 0 && text.isEmpty()) {
      text = new String(characters, start, length);
      return;
    }
    if (piecesLength < 0) {
      if (pieces == null || pieces.length < text.length() + length) {
        pieces = new char[Math.max(64, 2 * (text.length() + length))];
      }
      text.getChars(0, text.length(), pieces, 0);
      piecesLength = text.length();
    } else if (piecesLength + length > pieces.length) {
      pieces = Arrays.copyOf(pieces, Math.max(2 * pieces.length, piecesLength + length));
    }
    System.arraycopy(characters, start, pieces, piecesLength, length);
    piecesLength += length;
  }

  /** The element's own text, verbatim. */
  String text() {
    if (piecesLength >= 0) {
      text = new String(pieces, 0, piecesLength);
      piecesLength = -1;
    }
    return text;
  }

  /** The child elements, in order (read whole: asked for once the element has ended). */
  List<XmlElement> children() {
    return children;
  }

  /** The children of a name, in order. */
  List<XmlElement> all(String child) {
    List<XmlElement> found = new ArrayList<>(1);
    if (children.size() > WALKED) {
      for (XmlElement element = index().get(child); element != null; element = element.nextOfName) {
        found.add(element);
      }
      return found;
    }
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
      return Optional.ofNullable(index().get(child));
    }
    for (XmlElement element : children) {
      if (element.name.equals(child)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }

  /** The first child of each name, each child linked to the next of its name. */
  private Map<String, XmlElement> index() {
    if (firstByName == null) {
      firstByName = new HashMap<>();
    }
    if (firstByName.isEmpty()) {
      for (int i = children.size() - 1; i >= 0; i--) {
        // from the last: each child replaces the next of its name, which it then links to
        XmlElement element = children.get(i);
        element.nextOfName = firstByName.put(element.name, element);
      }
    }
    return firstByName;
  }
}
