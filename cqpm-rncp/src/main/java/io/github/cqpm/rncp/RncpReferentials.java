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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * its competences as capacities (their codes the fiche's, or C1, C2… in order when the fiche
 * numbers none, and the référentiel says so; a capacity's wording in {@code CAPACITES_ATTESTEES},
 * when it differs, is its summary label), the sectors, the job titles (list punctuation left
 * out), the regulation, the routes with their jury's composition, the territories, the
 * registration ({@code DATE_DECISION}, the creation text's publication or else {@code
 * DATE_DERNIER_JO}, {@code DATE_EFFET}, {@code DATE_FIN_ENREGISTREMENT}, the creation texts'
 * titles). Not in the export, so left empty: the place of certification, the holders per year.
 *
 * <p>A fiche cannot be a référentiel when the rules could not decide against it: without blocks
 * (the rules decide block by block), a block without competences, competences numbered in part
 * only, a code that is not a competence's, no certifier, no registration dates. The problems say
 * which, in the user's terms.
 */
public final class RncpReferentials {
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
    int number = Integer.parseInt(fiche.number().substring("RNCP".length()));
    Referential.Builder referential = Referential.builder()
        .number(number)
        .title(HtmlText.plain(fiche.title()));

    certifier(fiche, referential, notes, problems);
    for (RncpCode nsf : fiche.nsfDomains()) {
      referential.addNsfDomains(NsfDomain.of(nsf.code(), HtmlText.plain(nsf.label())));
    }
    for (RncpCode rome : fiche.romeJobs()) {
      referential.addRomeJobs(RomeJob.of(rome.code(), HtmlText.plain(rome.label())));
    }
    activities(fiche, referential, notes, problems);
    blocks(fiche, referential, notes, problems);
    referential.sectors(HtmlText.plain(fiche.sectors()));
    for (String line : HtmlText.lines(fiche.jobTypes())) {
      if (!line.endsWith(":")) {
        referential.addJobTitles(line.replaceAll("\\s*[;.]$", ""));
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
    registration(fiche, referential, problems);
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

  private static void certifier(RncpFiche fiche, Referential.Builder referential, List<String> notes,
      List<String> problems) {
    if (fiche.certifiers().isEmpty()) {
      problems.add("no certifier (CERTIFICATEURS): a référentiel names its certifier");
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
  private static void activities(RncpFiche fiche, Referential.Builder referential, List<String> notes,
      List<String> problems) {
    List<Competence> parsed = Competences.parse(fiche.activities());
    List<String> summary = new ArrayList<>();
    boolean numbered = parsed.stream().anyMatch(c -> c.code().isPresent());
    for (String line : HtmlText.lines(fiche.activities())) {
      if (numbered && Competences.parse(line).stream().anyMatch(c -> c.code().isPresent())) {
        break;
      }
      if (!numbered || !line.endsWith(":")) {
        summary.add(line);
      }
    }
    referential.jobSummary(String.join(" ", summary));
    if (!numbered) {
      if (!parsed.isEmpty()) {
        notes.add("Activités visées non numérotées : leur texte est gardé comme résumé.");
      }
      return;
    }
    for (Competence activity : parsed) {
      try {
        referential.addActivities(Activity.of(ActivityCode.parse(activity.code().orElseThrow()), activity.text()));
      } catch (IllegalArgumentException e) {
        problems.add("ACTIVITES_VISEES: " + e.getMessage());
      }
    }
  }

  private static void blocks(RncpFiche fiche, Referential.Builder referential, List<String> notes,
      List<String> problems) {
    if (fiche.blocks().isEmpty()) {
      problems.add("no blocks of competences (BLOCS_COMPETENCES): the rules decide block by block");
      return;
    }
    List<List<Competence>> perBlock = new ArrayList<>();
    long coded = 0;
    long all = 0;
    for (RncpBlock block : fiche.blocks()) {
      List<Competence> competences = Competences.parse(block.competences());
      if (competences.isEmpty()) {
        problems.add(block.code() + ": no competences (LISTE_COMPETENCES)");
      }
      perBlock.add(competences);
      coded += competences.stream().filter(c -> c.code().isPresent()).count();
      all += competences.size();
    }
    if (coded != 0 && coded != all) {
      problems.add("competences numbered in part only (" + coded + " of " + all
          + "): each needs the fiche's code, or none has one");
      return;
    }
    boolean assigned = coded == 0 && all > 0;
    if (assigned) {
      notes.add("Compétences numérotées dans l'ordre de la fiche (C1 à C" + all + ") : la fiche ne les numérote pas.");
    }
    Map<String, String> attested = new LinkedHashMap<>();
    for (Competence c : Competences.parse(fiche.capacities())) {
      c.code().ifPresent(code -> attested.put(code, c.text()));
    }
    int next = 1;
    for (int b = 0; b < fiche.blocks().size(); b++) {
      RncpBlock stated = fiche.blocks().get(b);
      Block.Builder block = Block.builder().title(HtmlText.plain(stated.title()))
          .evaluation(evaluation(stated.evaluation()));
      try {
        block.code(BlockCode.parse(stated.code()));
      } catch (IllegalArgumentException e) {
        problems.add(stated.code() + ": " + e.getMessage());
        continue;
      }
      for (Competence competence : perBlock.get(b)) {
        CapacityCode code;
        try {
          code = assigned ? CapacityCode.of(next++) : CapacityCode.parse(competence.code().orElseThrow());
        } catch (IllegalArgumentException e) {
          problems.add(stated.code() + ": " + e.getMessage());
          continue;
        }
        Capacity.Builder capacity = Capacity.builder().code(code).label(competence.text());
        String summary = attested.get(code.toString());
        if (!assigned && summary != null && !summary.equals(competence.text())) {
          capacity.summaryLabel(summary);
        }
        referential.addCapacities(capacity.build());
        block.addCapacities(code);
      }
      try {
        referential.addBlocks(block.build());
      } catch (InvalidValueException e) {
        problems.add(stated.code() + ": " + e.getProperty() + ": " + e.getProblem());
      }
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

  private static void registration(RncpFiche fiche, Referential.Builder referential, List<String> problems) {
    Optional<LocalDate> effective = fiche.effectiveDate();
    Optional<LocalDate> end = fiche.endDate();
    Optional<LocalDate> decision = fiche.decisionDate();
    Optional<LocalDate> published = fiche.creationTexts().stream().map(RncpPublication::published)
        .flatMap(Optional::stream).findFirst().or(fiche::lastJournalDate);
    List<String> missing = new ArrayList<>();
    if (decision.isEmpty()) {
      missing.add("DATE_DECISION");
    }
    if (published.isEmpty()) {
      missing.add("DATE_PUBLICATION_JO or DATE_DERNIER_JO");
    }
    if (effective.isEmpty()) {
      missing.add("DATE_EFFET");
    }
    if (end.isEmpty()) {
      missing.add("DATE_FIN_ENREGISTREMENT");
    }
    String legalBasis = fiche.creationTexts().stream().map(p -> HtmlText.plain(p.title()))
        .filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
    if (legalBasis.isEmpty()) {
      missing.add("PUBLICATION_DECRET_CREATION/PUBLICATION_JO/TITRE");
    }
    if (!missing.isEmpty()) {
      problems.add("no registration: the fiche lacks " + String.join(", ", missing));
      return;
    }
    try {
      referential.registration(Registration.builder().orderDate(decision.get()).publicationDate(published.get())
          .effectiveDate(effective.get()).endDate(end.get()).legalBasis(legalBasis).build());
    } catch (InvalidValueException e) {
      problems.add("registration: " + e.getProperty() + ": " + e.getProblem());
    }
  }
}
