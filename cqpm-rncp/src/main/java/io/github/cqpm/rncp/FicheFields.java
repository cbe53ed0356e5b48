package io.github.cqpm.rncp;

import io.github.cqpm.model.referential.AccessRoute;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of one {@code FICHE} element, checked and kept verbatim. */
final class FicheFields {
  private static final Pattern NUMBER = Pattern.compile("RNCP[1-9][0-9]*");
  private static final Pattern DATE = Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})");

  private final XmlElement fiche;
  private final String source;
  /** What was left out, in French. */
  private final List<String> notes = new ArrayList<>();

  private FicheFields(XmlElement fiche, String source) {
    this.fiche = fiche;
    this.source = source;
  }

  static RncpFiche fiche(XmlElement fiche, String source) throws RncpFormatException {
    return new FicheFields(fiche, source).read();
  }

  private RncpFiche read() throws RncpFormatException {
    XmlElement numberElement = required(fiche, "NUMERO_FICHE");
    String number = text(numberElement).strip();
    if (!NUMBER.matcher(number).matches()) {
      throw error(numberElement, "expected a fiche number such as RNCP19453, was \"" + number + "\"");
    }
    Map<AccessRoute, RncpRoute> routes = new EnumMap<>(AccessRoute.class);
    for (AccessRoute route : AccessRoute.values()) {
      Optional<XmlElement> element = fiche.first("SI_JURY_" + route.getExportSuffix());
      if (element.isPresent() && element.get().children.isEmpty()) {
        // flux versions before 4.1: SI_JURY_xx is Oui or Non, the composition a sibling JURY_xx
        routes.put(route, new RncpRoute(yesNo(element.get()),
            optionalText(fiche, "JURY_" + route.getExportSuffix()).filter(s -> !s.isBlank())));
      } else if (element.isPresent()) {
        routes.put(route, new RncpRoute(yesNo(required(element.get(), "ACTIF")),
            optionalText(element.get(), "COMPOSITION").filter(s -> !s.isBlank())));
      }
    }
    List<RncpBlock> blocks = new ArrayList<>();
    for (XmlElement list : fiche.all("BLOCS_COMPETENCES")) {
      for (XmlElement block : list.all("BLOC_COMPETENCES")) {
        blocks.add(new RncpBlock(text(required(block, "CODE")).strip(), text(required(block, "LIBELLE")),
            optionalText(block, "LISTE_COMPETENCES").orElse(""),
            optionalText(block, "MODALITES_EVALUATION").orElse("")));
      }
    }
    return new RncpFiche(
        number,
        text(required(fiche, "INTITULE")),
        optionalText(fiche, "ETAT_FICHE").orElse(""),
        yesNo(required(fiche, "ACTIF")),
        nested(fiche, "ABREGE", "CODE"),
        nested(fiche, "NOMENCLATURE_EUROPE", "NIVEAU"),
        codes(fiche, "CODES_NSF", "NSF"),
        codes(fiche, "CODES_ROME", "ROME"),
        certifiers(),
        optionalText(fiche, "ACTIVITES_VISEES").orElse(""),
        optionalText(fiche, "CAPACITES_ATTESTEES").orElse(""),
        optionalText(fiche, "SECTEURS_ACTIVITE").orElse(""),
        optionalText(fiche, "TYPE_EMPLOI_ACCESSIBLES").orElse(""),
        optionalText(fiche, "REGLEMENTATIONS_ACTIVITES").orElse(""),
        routes,
        optionalYesNo("ACCESSIBLE_NOUVELLE_CALEDONIE"),
        optionalYesNo("ACCESSIBLE_POLYNESIE_FRANCAISE"),
        date("DATE_EFFET"),
        date("DATE_FIN_ENREGISTREMENT"),
        date("DATE_DECISION"),
        date("DATE_DERNIER_JO"),
        publications("PUBLICATION_DECRET_CREATION"),
        blocks,
        numbers("ANCIENNES_CERTIFICATIONS"),
        numbers("NOUVELLES_CERTIFICATIONS"),
        fiche.line,
        optionalText(fiche, "TYPE_ENREGISTREMENT").map(String::strip).filter(t -> !t.isEmpty()),
        optionalText(fiche, "DUREE_ENREGISTREMENT").map(String::strip).filter(t -> !t.isEmpty()),
        date("DATE_DE_PUBLICATION"),
        notes);
  }

  private XmlElement required(XmlElement parent, String name) throws RncpFormatException {
    Optional<XmlElement> child = parent.first(name);
    if (child.isEmpty()) {
      throw error(parent, "missing " + name + " in " + parent.name + where());
    }
    return child.get();
  }

  /** The fiche's number in messages, once known. */
  private String where() {
    return fiche.first("NUMERO_FICHE").map(n -> " of " + n.text.toString().strip()).orElse("");
  }

  /** An element's text, which has no child element. */
  private String text(XmlElement element) throws RncpFormatException {
    if (!element.children.isEmpty()) {
      throw error(element.children.get(0), "expected text in " + element.name + ", was the element "
          + element.children.get(0).name);
    }
    return element.text.toString();
  }

  private Optional<String> optionalText(XmlElement parent, String name) throws RncpFormatException {
    Optional<XmlElement> child = parent.first(name);
    return child.isEmpty() ? Optional.empty() : Optional.of(text(child.get()));
  }

  private Optional<String> nested(XmlElement parent, String container, String name) throws RncpFormatException {
    Optional<XmlElement> element = parent.first(container);
    return element.isEmpty() ? Optional.empty() : optionalText(element.get(), name).map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private boolean yesNo(XmlElement element) throws RncpFormatException {
    String value = text(element).strip();
    if (value.equals("Oui")) {
      return true;
    }
    if (value.equals("Non")) {
      return false;
    }
    throw error(element, "expected Oui or Non in " + element.name + where() + ", was \"" + value + "\"");
  }

  private Optional<Boolean> optionalYesNo(String name) throws RncpFormatException {
    Optional<XmlElement> element = fiche.first(name);
    if (element.isEmpty() || element.get().text.toString().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(yesNo(element.get()));
  }

  /**
   * A date as the flux writes it; one that is not is left out with a note, the fiche is read on.
   */
  private Optional<LocalDate> date(String name) throws RncpFormatException {
    return date(fiche, name);
  }

  private Optional<LocalDate> date(XmlElement parent, String name) throws RncpFormatException {
    Optional<XmlElement> element = parent.first(name);
    if (element.isEmpty() || element.get().text.toString().isBlank()) {
      return Optional.empty();
    }
    String value = text(element.get()).strip();
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      notes.add(name + " « " + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + " » (ligne " + element.get().line + ") n'est pas une date"
          + " JJ/MM/AAAA : laissée de côté.");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      notes.add(name + " « " + value + " » (ligne " + element.get().line + ") n'est pas un jour du calendrier :"
          + " laissée de côté.");
      return Optional.empty();
    }
  }

  private List<RncpCode> codes(XmlElement parent, String container, String item) throws RncpFormatException {
    List<RncpCode> codes = new ArrayList<>();
    for (XmlElement list : parent.all(container)) {
      for (XmlElement element : list.all(item)) {
        Optional<String> label = optionalText(element, "LIBELLE");
        if (label.isEmpty()) {
          label = optionalText(element, "INTITULE");
        }
        codes.add(new RncpCode(text(required(element, "CODE")).strip(), label.orElse("")));
      }
    }
    return codes;
  }

  private List<RncpPublication> publications(String container) throws RncpFormatException {
    List<RncpPublication> publications = new ArrayList<>();
    for (XmlElement list : fiche.all(container)) {
      for (XmlElement element : list.all("PUBLICATION_JO")) {
        publications.add(new RncpPublication(optionalText(element, "TITRE").orElse(""),
            date(element, "DATE_PUBLICATION_JO")));
      }
    }
    return publications;
  }

  private List<RncpCertifier> certifiers() throws RncpFormatException {
    List<RncpCertifier> certifiers = new ArrayList<>();
    for (XmlElement list : fiche.all("CERTIFICATEURS")) {
      for (XmlElement element : list.all("CERTIFICATEUR")) {
        certifiers.add(new RncpCertifier(optionalText(element, "SIRET_CERTIFICATEUR").orElse("").strip(),
            text(required(element, "NOM_CERTIFICATEUR"))));
      }
    }
    return certifiers;
  }

  /** The fiche numbers a list of other certifications names, wherever it nests them. */
  private List<String> numbers(String container) {
    List<String> numbers = new ArrayList<>();
    for (XmlElement list : fiche.all(container)) {
      collect(list, numbers);
    }
    return numbers;
  }

  private static void collect(XmlElement element, List<String> numbers) {
    String text = element.text.toString().strip();
    if (!text.isEmpty()) {
      numbers.add(text);
    }
    for (XmlElement child : element.children) {
      collect(child, numbers);
    }
  }

  private RncpFormatException error(XmlElement at, String problem) {
    return new RncpFormatException(source, at.line, at.column, problem);
  }
}
