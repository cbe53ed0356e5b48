package io.github.cqpm.rncp;

import io.github.cqpm.model.referential.AccessRoute;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The fields of one {@code FICHE} element, checked and kept verbatim. */
final class FicheFields {
  private static final Pattern NUMBER = Pattern.compile("RNCP[1-9][0-9]*");
  /** The element of each route: {@code SI_JURY_} and the route's suffix in the export. */
  private static final Map<AccessRoute, String> ROUTE_ELEMENTS = Collections.unmodifiableMap(
      Arrays.stream(AccessRoute.values()).collect(Collectors.toMap(route -> route,
          route -> "SI_JURY_" + route.getExportSuffix(), (a, b) -> a, () -> new EnumMap<>(AccessRoute.class))));
  /** What a route whose ACTIF cannot be read becomes, as its note says it. */
  private static final String ROUTE_LEFT_OUT = "voie laissée de côté";

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
      Optional<XmlElement> found = fiche.first(ROUTE_ELEMENTS.get(route));
      if (found.isEmpty()) {
        continue;
      }
      XmlElement element = found.get();
      // flux versions before 4.1: SI_JURY_xx is Oui or Non, the composition a sibling JURY_xx
      boolean flat = element.children().isEmpty();
      Optional<XmlElement> active = flat ? found : childOrLeftOut(element, "ACTIF", ROUTE_LEFT_OUT);
      Optional<Boolean> open = active.isEmpty() ? Optional.empty()
          : yesNoOrLeftOut(element, active.get(), ROUTE_LEFT_OUT);
      if (open.isPresent()) {
        Optional<String> composition = flat ? optionalText(fiche, "JURY_" + route.getExportSuffix())
            : optionalText(element, "COMPOSITION");
        routes.put(route, new RncpRoute(open.get(), composition.filter(s -> !s.isBlank())));
      }
    }
    List<RncpBlock> blocks = new ArrayList<>();
    for (XmlElement list : fiche.all("BLOCS_COMPETENCES")) {
      for (XmlElement block : list.all("BLOC_COMPETENCES")) {
        Optional<XmlElement> code = childOrLeftOut(block, "CODE", "bloc laissé de côté");
        Optional<XmlElement> label = code.isEmpty() ? Optional.empty()
            : childOrLeftOut(block, "LIBELLE", "bloc laissé de côté");
        if (label.isPresent()) {
          blocks.add(new RncpBlock(text(code.get()).strip(), text(label.get()),
              optionalText(block, "LISTE_COMPETENCES").orElse(""),
              optionalText(block, "MODALITES_EVALUATION").orElse("")));
        }
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

  /**
   * A child a part of the fiche cannot do without; when it is missing, the part is left out with a
   * note, and the fiche is read on (a flaw in one place does not refuse the fiche).
   *
   * @param what what is done, as the note says it ({@code bloc laissé de côté}…)
   */
  private Optional<XmlElement> childOrLeftOut(XmlElement parent, String name, String what) {
    Optional<XmlElement> child = parent.first(name);
    if (child.isEmpty()) {
      notes.add(parent.name + " (ligne " + parent.line + ") sans " + name + " : " + what + ".");
    }
    return child;
  }

  /** Oui or Non; anything else leaves the part out with a note. */
  private Optional<Boolean> yesNoOrLeftOut(XmlElement part, XmlElement element, String what)
      throws RncpFormatException {
    String value = text(element).strip();
    Optional<Boolean> yes = ouiNon(value);
    if (yes.isPresent()) {
      return yes;
    }
    notes.add(part.name + " (ligne " + element.line + ")" + (part == element ? "" : " : " + element.name)
        + (value.isEmpty() ? " est vide" : " « " + shortened(value) + " »") + ", ni Oui ni Non : " + what + ".");
    return Optional.empty();
  }

  private static String shortened(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  /** The fiche's number in messages, once known. */
  private String where() {
    return statedNumber().map(n -> " of " + n).orElse("");
  }

  /** The fiche's number as written, whatever it is. */
  private Optional<String> statedNumber() {
    return fiche.first("NUMERO_FICHE").map(n -> n.text().strip());
  }

  /** An element's text, which has no child element. */
  private String text(XmlElement element) throws RncpFormatException {
    if (!element.children().isEmpty()) {
      throw error(element.children().get(0), "expected text in " + element.name + ", was the element "
          + element.children().get(0).name);
    }
    return element.text();
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
    return ouiNon(value).orElseThrow(() -> error(element,
        "expected Oui or Non in " + element.name + where() + ", was \"" + value + "\""));
  }

  /** Oui or Non, as the flux writes a yes or no; empty for anything else. */
  private static Optional<Boolean> ouiNon(String value) {
    return value.equals("Oui") ? Optional.of(true) : value.equals("Non") ? Optional.of(false) : Optional.empty();
  }

  /** A Oui or Non the fiche may leave out; anything else is left out too, with a note. */
  private Optional<Boolean> optionalYesNo(String name) throws RncpFormatException {
    Optional<XmlElement> element = fiche.first(name);
    if (element.isEmpty() || element.get().text().isBlank()) {
      return Optional.empty();
    }
    return yesNoOrLeftOut(element.get(), element.get(), "laissé de côté");
  }

  /**
   * A date as the flux writes it; one that is not is left out with a note, the fiche is read on.
   */
  private Optional<LocalDate> date(String name) throws RncpFormatException {
    return date(fiche, name);
  }

  private Optional<LocalDate> date(XmlElement parent, String name) throws RncpFormatException {
    Optional<XmlElement> element = parent.first(name);
    if (element.isEmpty() || element.get().text().isBlank()) {
      return Optional.empty();
    }
    String value = text(element.get()).strip();
    if (!isDate(value)) {
      notes.add(name + " « " + shortened(value) + " » (ligne " + element.get().line + ") n'est pas une date"
          + " JJ/MM/AAAA : laissée de côté.");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(digits(value, 6, 10), digits(value, 3, 5), digits(value, 0, 2)));
    } catch (DateTimeException e) {
      notes.add(name + " « " + value + " » (ligne " + element.get().line + ") n'est pas un jour du calendrier :"
          + " laissée de côté.");
      return Optional.empty();
    }
  }

  /** Whether a text is written JJ/MM/AAAA: two digits, a slash, two digits, a slash, four digits. */
  private static boolean isDate(String value) {
    if (value.length() != 10 || value.charAt(2) != '/' || value.charAt(5) != '/') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 2 && i != 5 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The number the ASCII digits from {@code from} to {@code to} write. */
  private static int digits(String value, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      number = number * 10 + value.charAt(i) - '0';
    }
    return number;
  }

  private List<RncpCode> codes(XmlElement parent, String container, String item) throws RncpFormatException {
    List<RncpCode> codes = new ArrayList<>();
    for (XmlElement list : parent.all(container)) {
      for (XmlElement element : list.all(item)) {
        Optional<String> label = optionalText(element, "LIBELLE");
        if (label.isEmpty()) {
          label = optionalText(element, "INTITULE");
        }
        Optional<XmlElement> code = childOrLeftOut(element, "CODE", "code laissé de côté");
        if (code.isPresent()) {
          codes.add(new RncpCode(text(code.get()).strip(), label.orElse("")));
        }
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
        Optional<XmlElement> name =
            childOrLeftOut(element, "NOM_CERTIFICATEUR", "certificateur laissé de côté");
        if (name.isPresent()) {
          certifiers.add(new RncpCertifier(optionalText(element, "SIRET_CERTIFICATEUR").orElse("").strip(),
              text(name.get())));
        }
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
    String text = element.text().strip();
    if (!text.isEmpty()) {
      numbers.add(text);
    }
    for (XmlElement child : element.children()) {
      collect(child, numbers);
    }
  }

  /** This fiche refused; the export is read on. */
  private RncpFormatException error(XmlElement at, String problem) {
    String number = statedNumber().filter(n -> NUMBER.matcher(n).matches()).orElse(null);
    return RncpFormatException.ficheOnly(source, at.line, at.column, problem, number);
  }
}
