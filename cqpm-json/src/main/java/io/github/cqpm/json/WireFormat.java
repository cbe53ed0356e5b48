package io.github.cqpm.json;

/**
 * Facts of the wire format shared by reading and writing.
 */
final class WireFormat {
  /** The version of the format, written at the root of every dossier and référentiel document. */
  static final int VERSION = 1;
  /** The property that carries it. */
  static final String VERSION_PROPERTY = "formatVersion";

  private WireFormat() {}
}
