/**
 * Reads France Compétences' RNCP export (flux version 4.1, XML): one fiche at a time, whatever
 * the export's size, with the JDK's StAX hardened against hostile XML (no DTD, no external
 * entity, bounded depth and text). Each fiche's fields are kept verbatim.
 */
module io.github.cqpm.rncp {
  requires transitive io.github.cqpm.model;
  requires java.xml;
  requires org.jsoup;

  exports io.github.cqpm.rncp;
}
