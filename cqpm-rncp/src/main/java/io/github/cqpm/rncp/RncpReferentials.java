package io.github.cqpm.rncp;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Activity;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.Certifier;
import io.github.cqpm.model.referential.EvaluationScheme;
import io.github.cqpm.model.referential.NsfDomain;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.RomeJob;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The référentiel a fiche of the RNCP export makes, every text kept as the fiche writes it (HTML
 * left out). What the export does not say follows {@link CqpmRegime}: the CQPM's jury rules,
 * paths and validity for a fiche certified by the CPNE de la métallurgie or the UIMM, none for
 * another, and the référentiel says which in its {@linkplain Referential#getNotes() notes}.
 *
 * <p>From the export: the number, the title, the certifier ({@code NOM_CERTIFICATEUR}; the
 * signatory's quality is not in the export), the NSF domains and ROME jobs, the summary (the text
 * of {@code ACTIVITES_VISEES} before its numbered activities) and the activities, each block with
 * its competences as capacities (read by {@link Competences#read(String)}'s cascade), the sectors,
 * the job titles (list punctuation left out), the regulation, the routes with their jury's
 * composition, the territories, the registration as the fiche states it ({@code
 * TYPE_ENREGISTREMENT}, {@code DATE_DECISION}, {@code DATE_DE_PUBLICATION} or the creation text's
 * publication, {@code DATE_EFFET}, {@code DATE_FIN_ENREGISTREMENT}, {@code DATE_DERNIER_JO},
 * {@code DUREE_ENREGISTREMENT}, the creation texts' titles; none assumed). Not in the export, so
 * left empty: the place of certification, the holders per year.
 *
 * <p>Capacity codes: the fiche's own where it has them ({@code C1}, {@code A1C1}, {@code A5.C1}
 * kept; {@code C.1} written {@code C1}; an outline's {@code 1.1.1} written {@code C1.1.1}); the
 * competences a fiche does not number are numbered {@code C1}, {@code C2}… in the fiche's order; a
 * code met a second time gets {@code -2} ({@code A5-2}), a third {@code -3}.
 *
 * <p>A fiche is never refused for a flaw in one place: a block without competences, a block code
 * that is not one, a repeated code, a date that is not one, an activity that cannot be coded are
 * left out or renumbered, and a note of the référentiel says what was done. A fiche is refused only
 * when it has no block of competences at all (the rules decide block by block) or nothing that can
 * be a registration window (no first day and no end, or an end before the first day).
 */
public final class RncpReferentials {
  /** A list item's closing punctuation, left out of a job title. */
  private static final Pattern LIST_END = Pattern.compile("\\s*[;.]$");

  private RncpReferentials() {}

  /**
   * The référentiel of a fiche, or why it cannot be one.
   *
   * @param fiche the fiche
   * @return the référentiel, or its problems
   */
  public static ImportedFiche of(RncpFiche fiche) {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int number = number(fiche);
    Referential.Builder referential = Referential.builder()
        .number(number)
        .title(HtmlText.plain(fiche.title()));

    notes.addAll(fiche.notes());
    certifier(fiche, referential, notes);
    for (RncpCode nsf : fiche.nsfDomains()) {
      referential.addNsfDomains(NsfDomain.of(nsf.code(), HtmlText.plain(nsf.label())));
    }
    for (RncpCode rome : fiche.romeJobs()) {
      referential.addRomeJobs(RomeJob.of(rome.code(), HtmlText.plain(rome.label())));
    }
    activities(fiche, referential, notes);
    blocks(fiche, number, referential, notes, problems);
    referential.sectors(HtmlText.plain(fiche.sectors()));
    for (String line : HtmlText.lines(fiche.jobTypes())) {
      if (!line.endsWith(":")) {
        referential.addJobTitles(LIST_END.matcher(line).replaceAll(""));
      }
    }
    referential.regulation(String.join("\n\n", HtmlText.lines(fiche.regulation())));
    for (AccessRoute route : AccessRoute.values()) {
      RncpRoute stated = fiche.routes().get(route);
      if (stated != null) {
        AccessCondition.Builder condition = AccessCondition.builder().route(route).open(stated.open());
        stated.juryComposition().filter(text -> stated.open())
            .ifPresent(text -> condition.juryComposition(HtmlText.plain(text)));
        referential.addAccessConditions(condition.build());
      }
    }
    referential.accessibleInNewCaledonia(territory(fiche.accessibleInNewCaledonia(), "en Nouvelle-Calédonie", notes));
    referential.accessibleInFrenchPolynesia(
        territory(fiche.accessibleInFrenchPolynesia(), "en Polynésie française", notes));
    registration(fiche, referential, notes, problems);
    if (!problems.isEmpty()) {
      return new ImportedFiche(fiche.number(), Optional.empty(), problems);
    }
    try {
      return new ImportedFiche(fiche.number(), Optional.of(referential.notes(notes).build()), List.of());
    } catch (InvalidValueException e) {
      return new ImportedFiche(fiche.number(), Optional.empty(),
          List.of(e.getProperty() + ": " + e.getProblem()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return new ImportedFiche(fiche.number(), Optional.empty(), List.of(String.valueOf(e.getMessage())));
    }
  }

  private static void certifier(RncpFiche fiche, Referential.Builder referential, List<String> notes) {
    if (fiche.certifiers().isEmpty()) {
      referential.certifier(Certifier.of("(non indiqué)"))
          .components("").admissibilityRule("");
      notes.add("La fiche ne nomme pas de certificateur (CERTIFICATEURS) : le référentiel le dit « (non indiqué) »,"
          + " et aucun régime (jury, validité des composantes, parcours) n'est appliqué.");
      return;
    }
    String names = fiche.certifiers().stream().map(c -> HtmlText.plain(c.name()))
        .collect(Collectors.joining(" ; "));
    referential.certifier(Certifier.of(names));
    if (fiche.certifiers().size() > 1) {
      notes.add("Plusieurs certificateurs, nommés ensemble : " + names + ".");
    }
    Optional<String> cqpm = fiche.certifiers().stream().map(RncpCertifier::name)
        .filter(CqpmRegime::isCqpmCertifier).findFirst();
    if (cqpm.isPresent()) {
      referential.juryRules(CqpmRegime.juryRules())
          .componentValidity(CqpmRegime.componentValidity())
          .paths(CqpmRegime.paths())
          .components(CqpmRegime.components())
          .admissibilityRule(CqpmRegime.admissibilityRule());
      notes.add("Régime des CQPM (certificateur : " + HtmlText.plain(cqpm.get()) + ") : la composition du jury,"
          + " les parcours de formation et de VAE, les composantes et la validité de 5 ans des composantes"
          + " acquises sont ceux que la fiche RNCP 19453 énonce ; l'export du RNCP ne les porte pas.");
    } else {
      referential.components("").admissibilityRule("");
      notes.add("Certificateur hors CQPM : l'export du RNCP ne dit ni les règles de composition du jury, ni"
          + " la validité des composantes acquises, ni les parcours ; aucune n'est appliquée.");
    }
  }

  /** The summary (text before the numbered activities) and the numbered activities. */
  private static void activities(RncpFiche fiche, Referential.Builder referential, List<String> notes) {
    CompetenceList read = Competences.read(fiche.activities());
    List<Activity> activities = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    if (read.style() == CompetenceList.Style.CODES) {
      for (Competence activity : read.competences()) {
        try {
          ActivityCode code = ActivityCode.parse(activity.code().orElseThrow());
          if (activities.stream().anyMatch(a -> a.getCode().equals(code))) {
            unread.add(code.toString());
          } else {
            activities.add(Activity.of(code, activity.text()));
          }
        } catch (IllegalArgumentException e) {
          unread.add(activity.code().orElseThrow());
        }
      }
    }
    if (read.style() == CompetenceList.Style.CODES && unread.isEmpty()) {
      List<String> summary = new ArrayList<>();
      for (String line : HtmlText.lines(fiche.activities())) {
        CompetenceList coded = Competences.read(line);
        if (coded.style() == CompetenceList.Style.CODES && coded.preamble().isEmpty()) {
          break;
        }
        if (!line.endsWith(":")) {
          summary.add(line);
        }
      }
      referential.jobSummary(String.join(" ", summary)).activities(activities);
      return;
    }
    referential.jobSummary(HtmlText.plain(fiche.activities()));
    if (!read.competences().isEmpty()) {
      notes.add(unread.isEmpty() ? "Activités visées non numérotées : leur texte est gardé comme résumé."
          : "Activités visées numérotées autrement que A1, A2… (" + String.join(", ", unread)
              + ") : leur texte est gardé comme résumé.");
    }
  }

  private static void blocks(RncpFiche fiche, int ficheNumber, Referential.Builder referential, List<String> notes,
      List<String> problems) {
    if (fiche.blocks().isEmpty()) {
      problems.add("no blocks of competences (BLOCS_COMPETENCES): the rules decide block by block");
      return;
    }
    Map<String, String> attested = new LinkedHashMap<>();
    for (Competence c : Competences.parse(fiche.capacities())) {
      c.code().map(RncpReferentials::capacityCode)
          .ifPresent(code -> attested.putIfAbsent(code.toString(), c.text()));
    }
    Set<String> used = new HashSet<>();
    Set<BlockCode> blocks = new HashSet<>();
    int imported = 0;
    int numbered = 0;
    List<String> assigned = new ArrayList<>();
    List<String> renumbered = new ArrayList<>();
    List<String> rewritten = new ArrayList<>();
    for (RncpBlock stated : fiche.blocks()) {
      BlockCode blockCode;
      try {
        blockCode = BlockCode.parse(stated.code());
      } catch (IllegalArgumentException e) {
        notes.add("Bloc « " + stated.code() + " » laissé de côté : son code n'est pas un code de bloc (" + e.getMessage()
            + ").");
        continue;
      }
      if (blockCode.getFicheNumber() != ficheNumber || !blocks.add(blockCode)) {
        notes.add("Bloc " + stated.code() + " laissé de côté : " + (blocks.contains(blockCode)
            ? "la fiche le donne deux fois." : "il n'est pas de la fiche " + fiche.number() + "."));
        continue;
      }
      CompetenceList read = Competences.read(stated.competences());
      if (read.competences().isEmpty()) {
        notes.add("Bloc " + stated.code() + " laissé de côté : il ne liste aucune compétence (LISTE_COMPETENCES).");
        continue;
      }
      Block.Builder block = Block.builder().code(blockCode).title(HtmlText.plain(stated.title()))
          .evaluation(evaluation(stated.evaluation()));
      List<String> headings = new ArrayList<>();
      for (Competence competence : read.competences()) {
        CapacityCode ficheCode = competence.code().map(RncpReferentials::capacityCode).orElse(null);
        String code = ficheCode == null ? null : ficheCode.toString();
        if (code != null && !code.equals(competence.code().get()) && rewritten.size() < 10) {
          rewritten.add(competence.code().get() + " → " + code);
        }
        if (code == null) {
          do {
            code = "C" + ++numbered;
          } while (used.contains(code));
          assigned.add(code);
        }
        String unique = code;
        for (int k = 2; used.contains(unique); k++) {
          unique = code + "-" + k;
        }
        if (!unique.equals(code)) {
          renumbered.add(code + " → " + unique);
        }
        used.add(unique);
        CapacityCode capacityCode = ficheCode != null && unique.equals(code) ? ficheCode : CapacityCode.parse(unique);
        Capacity.Builder capacity = Capacity.builder().code(capacityCode).label(competence.text());
        String summary = competence.code().isPresent() ? attested.get(code) : null;
        if (summary != null && !summary.equals(competence.text())) {
          capacity.summaryLabel(summary);
        }
        referential.addCapacities(capacity.build());
        block.addCapacities(capacityCode);
        competence.heading().filter(h -> !headings.contains(h)).ifPresent(headings::add);
      }
      referential.addBlocks(block.build());
      imported++;
      blockNotes(stated.code(), read, headings, notes);
    }
    if (imported == 0) {
      problems.add("no block of competences could be read: " + fiche.blocks().size()
          + " in BLOCS_COMPETENCES, each left out (see the notes)");
      problems.addAll(notes.stream().filter(n -> n.startsWith("Bloc ")).toList());
    }
    if (!assigned.isEmpty()) {
      notes.add("Compétences que la fiche ne numérote pas : numérotées dans l'ordre de la fiche (" + assigned.get(0)
          + (assigned.size() > 1 ? " à " + assigned.get(assigned.size() - 1) : "") + ").");
    }
    if (!rewritten.isEmpty()) {
      notes.add("Codes de la fiche écrits en codes de capacité : " + String.join(", ", rewritten)
          + (rewritten.size() == 10 ? "…" : "") + ".");
    }
    if (!renumbered.isEmpty()) {
      notes.add("Codes donnés plusieurs fois par la fiche, renumérotés : " + String.join(", ", renumbered) + ".");
    }
  }

  /** What the référentiel says of how a block's competences were read. */
  private static void blockNotes(String block, CompetenceList read, List<String> headings, List<String> notes) {
    switch (read.style()) {
      case OUTLINE:
        notes.add("Bloc " + block + " : compétences écrites en plan numéroté ; les feuilles sont les compétences,"
            + " sous les titres " + headings.stream().map(h -> "« " + h + " »").collect(Collectors.joining(", "))
            + ".");
        break;
      case SPACES:
        notes.add("Bloc " + block + " : compétences sur une ligne, séparées par des suites d'espaces (l'export a"
            + " retiré la mise en forme) ; " + read.competences().size() + " lues.");
        break;
      case BULLETS:
        notes.add("Bloc " + block + " : compétences en puces sur une ligne ; " + read.competences().size() + " lues.");
        break;
      case PLAIN:
        notes.add("Bloc " + block + " : une seule phrase, lue comme une compétence.");
        break;
      default:
        if (read.style() == CompetenceList.Style.LINES && !headings.isEmpty()) {
          notes.add("Bloc " + block + " : compétences sous les titres "
              + headings.stream().map(h -> "« " + h + " »").collect(Collectors.joining(", ")) + ".");
        }
        break;
    }
    read.preamble().ifPresent(p -> notes.add("Bloc " + block + ", préambule de la fiche : « " + p + " »"));
  }

  /**
   * A fiche code as a capacity code: kept where it is one ({@code C1}, {@code A1C1}, {@code
   * A5.C1}, {@code C1.2}); {@code C.1} written {@code C1}; an outline's {@code 1.1.1} written
   * {@code C1.1.1}; {@code null} where the code cannot be a capacity code.
   */
  static CapacityCode capacityCode(String ficheCode) {
    char first = ficheCode.charAt(0);
    String code = Character.isDigit(first) ? "C" + ficheCode
        : first >= 'A' && first <= 'Z' && ficheCode.length() > 1 && ficheCode.charAt(1) == '.'
            ? first + ficheCode.substring(2) : ficheCode;
    try {
      return CapacityCode.parse(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static EvaluationScheme evaluation(String text) {
    return CqpmRegime.evaluation(text).orElseGet(() -> {
      EvaluationScheme.Builder scheme = EvaluationScheme.builder();
      String statement = String.join("\n", HtmlText.lines(text));
      if (!statement.isBlank()) {
        scheme.statement(statement);
      }
      return scheme.build();
    });
  }

  private static boolean territory(Optional<Boolean> stated, String where, List<String> notes) {
    if (stated.isEmpty()) {
      notes.add("La fiche ne dit pas si la certification est accessible " + where + " : elle est lue comme"
          + " non accessible.");
    }
    return stated.orElse(false);
  }

  private static void registration(RncpFiche fiche, Referential.Builder referential, List<String> notes,
      List<String> problems) {
    Registration.Builder registration = Registration.builder();
    Optional<Registration.Kind> kind = fiche.registrationType().flatMap(RncpReferentials::kind);
    registration.kind(kind);
    fiche.registrationType().filter(t -> kind.isEmpty())
        .ifPresent(t -> notes.add("TYPE_ENREGISTREMENT « " + t + " » n'est ni « de droit » ni « sur demande » :"
            + " le type d'enregistrement n'est pas retenu."));
    Optional<LocalDate> published = fiche.publicationDate().or(() -> fiche.creationTexts().stream()
        .map(RncpPublication::published).flatMap(Optional::stream).findFirst());
    if (published.isPresent() && fiche.decisionDate().isPresent()
        && published.get().isBefore(fiche.decisionDate().get())) {
      notes.add("La publication (" + published.get() + ") précède la décision (" + fiche.decisionDate().get()
          + ") : la publication est laissée de côté.");
      published = Optional.empty();
    }
    registration.decisionDay(fiche.decisionDate()).publicationDay(published).effectiveDay(fiche.effectiveDate())
        .endDay(fiche.endDate()).lastJournalDay(fiche.lastJournalDate())
        .duration(fiche.registrationDuration().map(HtmlText::plain).filter(d -> !d.isEmpty()));
    String legalText = fiche.creationTexts().stream().map(p -> HtmlText.plain(p.title()))
        .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    if (!legalText.isEmpty()) {
      registration.legalText(legalText);
    }
    try {
      Registration built = registration.build();
      referential.registration(built);
      if (built.getEndDay().isEmpty()) {
        notes.add("La fiche ne donne pas de fin d'enregistrement (DATE_FIN_ENREGISTREMENT) : aucune n'est supposée,"
            + " et les décisions le disent (REGISTRATION_END_UNKNOWN).");
      }
      if (built.getFirstDay().isEmpty()) {
        notes.add("La fiche ne donne ni DATE_EFFET ni DATE_DECISION : l'enregistrement n'a pas de début connu,"
            + " et les décisions le disent (REGISTRATION_START_UNKNOWN).");
      }
    } catch (InvalidValueException e) {
      problems.add(fiche.endDate().isEmpty() && fiche.effectiveDate().isEmpty() && fiche.decisionDate().isEmpty()
          ? "no registration window: the fiche states neither DATE_EFFET, DATE_DECISION nor DATE_FIN_ENREGISTREMENT"
          : "no registration window: " + e.getProperty() + " " + e.getProblem());
    }
  }

  /** The kind of registration {@code TYPE_ENREGISTREMENT} names, when it names one. */
  private static Optional<Registration.Kind> kind(String type) {
    String folded = type.toLowerCase(java.util.Locale.ROOT);
    if (folded.contains("de droit")) {
      return Optional.of(Registration.Kind.BY_RIGHT);
    }
    if (folded.contains("sur demande")) {
      return Optional.of(Registration.Kind.ON_REQUEST);
    }
    return Optional.empty();
  }

  private static int number(RncpFiche fiche) {
    return Integer.parseInt(fiche.number().substring("RNCP".length()));
  }
}
