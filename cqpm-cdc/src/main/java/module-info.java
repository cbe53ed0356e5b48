/**
 * The certifier's declaration of the CQPM's holders to the Caisse des Dépôts ("accrochage"): a
 * flux of the CDC's schema 1.1.5 (namespace {@code urn:cdc:cpf:pc5:schema:1.0.0}) written from the
 * decisions and from holders kept apart from the dossiers, checked against that schema, and the
 * CDC's processing report read back. The JDK's XML only.
 */
module io.github.cqpm.cdc {
  requires transitive io.github.cqpm.rules;
  requires java.xml;

  exports io.github.cqpm.cdc;
}
