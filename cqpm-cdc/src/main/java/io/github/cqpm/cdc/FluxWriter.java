package io.github.cqpm.cdc;

import io.github.cqpm.model.code.RncpNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a flux, one element at a time, in the schema's order, indented two spaces a level, every
 * element of the CDC's namespace under the prefix {@code cpf} (as the CDC's examples write it).
 */
final class FluxWriter {
  private static final String CPF = "cpf";
  private static final String XSI = "xsi";
  private static final DateTimeFormatter HORODATAGE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private final XMLStreamWriter xml;
  private int depth;

  private FluxWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /**
   * Writes the flux.
   *
   * @param header the flux's header
   * @param passages the passages, by certification, each with its holder
   * @param out where to write, UTF-8; not closed
   */
  static void write(FluxHeader header, Map<RncpNumber, List<Declared>> passages, OutputStream out)
      throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      new FluxWriter(xml).flux(header, passages);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the flux: " + e.getMessage(), e);
    }
  }

  /** A passage with the holder it declares. */
  record Declared(Passage passage, Holder holder) {}

  private void flux(FluxHeader header, Map<RncpNumber, List<Declared>> passages)
      throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement(CPF, "flux", CdcSchema.NAMESPACE);
    xml.writeNamespace(CPF, CdcSchema.NAMESPACE);
    xml.writeNamespace(XSI, XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
    depth++;
    text("idFlux", header.idFlux());
    text("horodatage", HORODATAGE.format(header.horodatage().truncatedTo(ChronoUnit.SECONDS)));
    if (header.action().isPresent()) {
      text("action", header.action().get().name());
    }
    open("emetteur");
    text("idClient", header.emitterIdClient());
    open("certificateurs");
    open("certificateur");
    text("idClient", header.certifierIdClient());
    text("idContrat", header.idContrat());
    open("certifications");
    for (Map.Entry<RncpNumber, List<Declared>> certification : passages.entrySet()) {
      open("certification");
      text("type", "RNCP");
      text("code", certification.getKey().toString());
      open("passageCertifications");
      for (Declared declared : certification.getValue()) {
        passage(declared.passage(), declared.holder());
      }
      close();
      close();
    }
    close();
    close();
    close();
    close();
    depth--;
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private void passage(Passage passage, Holder holder) throws XMLStreamException {
    open("passageCertification");
    text("idTechnique", passage.id().toString());
    text("obtentionCertification", "PAR_ADMISSION");
    text("donneeCertifiee", "true");
    text("dateDebutValidite", passage.juryDate().toString());
    nil("dateFinValidite");
    text("presenceNiveauLangueEuro", "false");
    text("presenceNiveauNumeriqueEuro", "false");
    nil("scoring");
    nil("mentionValidee");
    open("modalitesInscription");
    AccessMode mode = passage.accessMode();
    text("modaliteAcces", mode.name());
    if (mode == AccessMode.VAE) {
      text("voieAccessVAE", holder.vaeAccess().orElse(VaeAccess.VAE_CLASSIQUE).name());
    }
    text("dateInscription", passage.registrationDate().toString());
    close();
    open("identificationTitulaire");
    identity(holder.identity());
    close();
    close();
  }

  private void identity(HolderIdentity identity) throws XMLStreamException {
    if (identity instanceof Titulaire titulaire) {
      open("titulaire");
      text("nomNaissance", titulaire.nomNaissance());
      optional("nomUsage", titulaire.nomUsage(), true);
      text("prenom1", titulaire.prenom1());
      optional("prenom2", titulaire.prenom2(), false);
      text("anneeNaissance", Integer.toString(titulaire.anneeNaissance()));
      optional("moisNaissance", titulaire.moisNaissance().map(FluxWriter::twoDigits), true);
      optional("jourNaissance", titulaire.jourNaissance().map(FluxWriter::twoDigits), true);
      text("sexe", titulaire.sexe().name());
      open("codeCommuneNaissance");
      BirthCommune commune = titulaire.communeNaissance();
      open(commune.insee() ? "codeInseeNaissance" : "codePostalNaissance");
      text(commune.insee() ? "codeInsee" : "codePostal", commune.code());
      close();
      close();
      close();
    } else if (identity instanceof IdentifiantNational national) {
      open("identifiantNational");
      text("nir", national.nir());
      text("nomNaissance", national.nomNaissance());
      close();
    } else {
      DossierFormation file = (DossierFormation) identity;
      open("dossierFormation");
      text("idDossier", file.idDossier());
      text("nomTitulaire", file.nomTitulaire());
      text("prenom1Titulaire", file.prenom1Titulaire());
      close();
    }
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private void open(String name) throws XMLStreamException {
    indent();
    xml.writeStartElement(CPF, name, CdcSchema.NAMESPACE);
    depth++;
  }

  private void close() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  private void text(String name, String value) throws XMLStreamException {
    indent();
    xml.writeStartElement(CPF, name, CdcSchema.NAMESPACE);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private void nil(String name) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(CPF, name, CdcSchema.NAMESPACE);
    xml.writeAttribute(XSI, XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil", "true");
  }

  /** A value when present; when absent, a nil element if the schema requires it, else nothing. */
  private void optional(String name, Optional<String> value, boolean nillable) throws XMLStreamException {
    if (value.isPresent()) {
      text(name, value.get());
    } else if (nillable) {
      nil(name);
    }
  }
}
