package io.github.cqpm.rncp;

import io.github.cqpm.model.referential.AccessRoute;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One fiche of the RNCP export ({@code FICHE}), as the export states it: the fields a référentiel
 * is made from, each verbatim (text with its HTML, entities decoded by XML only), absent ones
 * empty. The export's other fields (Formacodes, partners, statistics…) are not read.
 *
 * @param number the fiche's number, e.g. {@code RNCP19453} ({@code NUMERO_FICHE})
 * @param title its title ({@code INTITULE})
 * @param state the fiche's state, e.g. {@code Publiée} ({@code ETAT_FICHE}); empty when absent
 * @param active whether its registration is in force ({@code ACTIF}: Oui or Non)
 * @param abbreviation the kind of certification, e.g. {@code CQP} ({@code ABREGE/CODE})
 * @param level the European level, e.g. {@code NIV4} ({@code NOMENCLATURE_EUROPE/NIVEAU})
 * @param nsfDomains its NSF domains ({@code CODES_NSF/NSF})
 * @param romeJobs its ROME jobs ({@code CODES_ROME/ROME})
 * @param certifiers its certifiers ({@code CERTIFICATEURS/CERTIFICATEUR})
 * @param activities the activities aimed at ({@code ACTIVITES_VISEES}), free text
 * @param capacities the capacities attested ({@code CAPACITES_ATTESTEES}), free text
 * @param sectors the sectors of activity ({@code SECTEURS_ACTIVITE}), free text
 * @param jobTypes the types of job accessible ({@code TYPE_EMPLOI_ACCESSIBLES}), free text
 * @param regulation the regulation of activities ({@code REGLEMENTATIONS_ACTIVITES}), free text
 * @param routes the access routes the export lists ({@code SI_JURY_FI} … {@code SI_JURY_VAE})
 * @param accessibleInNewCaledonia {@code ACCESSIBLE_NOUVELLE_CALEDONIE}, when stated
 * @param accessibleInFrenchPolynesia {@code ACCESSIBLE_POLYNESIE_FRANCAISE}, when stated
 * @param effectiveDate {@code DATE_EFFET}, when stated
 * @param endDate {@code DATE_FIN_ENREGISTREMENT}, when stated
 * @param decisionDate the day of the registration's decision ({@code DATE_DECISION}), when stated
 * @param lastJournalDate the day of the last Journal officiel ({@code DATE_DERNIER_JO}), when
 *     stated
 * @param creationTexts the texts that created the certification ({@code
 *     PUBLICATION_DECRET_CREATION/PUBLICATION_JO})
 * @param blocks its blocks of competences, in the export's order
 * @param predecessors the fiches it replaces ({@code ANCIENNES_CERTIFICATIONS})
 * @param successors the fiches that replace it ({@code NOUVELLES_CERTIFICATIONS})
 * @param line the line of the export where the fiche starts
 * @param registrationType the kind of registration, verbatim ({@code TYPE_ENREGISTREMENT}, e.g.
 *     "Enregistrement sur demande"), when stated
 * @param registrationDuration how long the registration lasts, verbatim ({@code
 *     DUREE_ENREGISTREMENT}), when stated
 * @param publicationDate the day of publication ({@code DATE_DE_PUBLICATION}), when stated
 * @param notes what the reader could not read as the flux writes it and left out, in French (a
 *     date that is not one); empty when all was read
 */
public record RncpFiche(
    String number,
    String title,
    String state,
    boolean active,
    Optional<String> abbreviation,
    Optional<String> level,
    List<RncpCode> nsfDomains,
    List<RncpCode> romeJobs,
    List<RncpCertifier> certifiers,
    String activities,
    String capacities,
    String sectors,
    String jobTypes,
    String regulation,
    Map<AccessRoute, RncpRoute> routes,
    Optional<Boolean> accessibleInNewCaledonia,
    Optional<Boolean> accessibleInFrenchPolynesia,
    Optional<LocalDate> effectiveDate,
    Optional<LocalDate> endDate,
    Optional<LocalDate> decisionDate,
    Optional<LocalDate> lastJournalDate,
    List<RncpPublication> creationTexts,
    List<RncpBlock> blocks,
    List<String> predecessors,
    List<String> successors,
    int line,
    Optional<String> registrationType,
    Optional<String> registrationDuration,
    Optional<LocalDate> publicationDate,
    List<String> notes) {

  /**
   * Checks the components and copies the collections.
   *
   * @param number the number
   * @param title the title
   * @param state the state
   * @param active whether active
   * @param abbreviation the abbreviation
   * @param level the level
   * @param nsfDomains the NSF domains
   * @param romeJobs the ROME jobs
   * @param certifiers the certifiers
   * @param activities the activities
   * @param capacities the capacities
   * @param sectors the sectors
   * @param jobTypes the types of job
   * @param regulation the regulation
   * @param routes the routes
   * @param accessibleInNewCaledonia New Caledonia
   * @param accessibleInFrenchPolynesia French Polynesia
   * @param effectiveDate the effective date
   * @param endDate the end date
   * @param decisionDate the decision's date
   * @param lastJournalDate the last Journal officiel's date
   * @param creationTexts the creation texts
   * @param blocks the blocks
   * @param predecessors the predecessors
   * @param successors the successors
   * @param line the line
   * @param registrationType the kind of registration
   * @param registrationDuration the duration
   * @param publicationDate the day of publication
   * @param notes what was left out
   * @since 0.2.0
   */
  public RncpFiche {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(abbreviation, "abbreviation");
    Objects.requireNonNull(level, "level");
    nsfDomains = List.copyOf(nsfDomains);
    romeJobs = List.copyOf(romeJobs);
    certifiers = List.copyOf(certifiers);
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(capacities, "capacities");
    Objects.requireNonNull(sectors, "sectors");
    Objects.requireNonNull(jobTypes, "jobTypes");
    Objects.requireNonNull(regulation, "regulation");
    routes = routes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(routes));
    Objects.requireNonNull(accessibleInNewCaledonia, "accessibleInNewCaledonia");
    Objects.requireNonNull(accessibleInFrenchPolynesia, "accessibleInFrenchPolynesia");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(endDate, "endDate");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(lastJournalDate, "lastJournalDate");
    creationTexts = List.copyOf(creationTexts);
    blocks = List.copyOf(blocks);
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
    Objects.requireNonNull(registrationType, "registrationType");
    Objects.requireNonNull(registrationDuration, "registrationDuration");
    Objects.requireNonNull(publicationDate, "publicationDate");
    notes = List.copyOf(notes);
  }

  /**
   * A fiche as 0.1.0 read it: no type, duration nor publication of registration, nothing left out.
   *
   * @param number the number
   * @param title the title
   * @param state the state
   * @param active whether active
   * @param abbreviation the abbreviation
   * @param level the level
   * @param nsfDomains the NSF domains
   * @param romeJobs the ROME jobs
   * @param certifiers the certifiers
   * @param activities the activities
   * @param capacities the capacities
   * @param sectors the sectors
   * @param jobTypes the types of job
   * @param regulation the regulation
   * @param routes the routes
   * @param accessibleInNewCaledonia New Caledonia
   * @param accessibleInFrenchPolynesia French Polynesia
   * @param effectiveDate the effective date
   * @param endDate the end date
   * @param decisionDate the decision's date
   * @param lastJournalDate the last Journal officiel's date
   * @param creationTexts the creation texts
   * @param blocks the blocks
   * @param predecessors the predecessors
   * @param successors the successors
   * @param line the line
   */
  public RncpFiche(String number, String title, String state, boolean active, Optional<String> abbreviation,
      Optional<String> level, List<RncpCode> nsfDomains, List<RncpCode> romeJobs, List<RncpCertifier> certifiers,
      String activities, String capacities, String sectors, String jobTypes, String regulation,
      Map<AccessRoute, RncpRoute> routes, Optional<Boolean> accessibleInNewCaledonia,
      Optional<Boolean> accessibleInFrenchPolynesia, Optional<LocalDate> effectiveDate, Optional<LocalDate> endDate,
      Optional<LocalDate> decisionDate, Optional<LocalDate> lastJournalDate, List<RncpPublication> creationTexts,
      List<RncpBlock> blocks, List<String> predecessors, List<String> successors, int line) {
    this(number, title, state, active, abbreviation, level, nsfDomains, romeJobs, certifiers, activities, capacities,
        sectors, jobTypes, regulation, routes, accessibleInNewCaledonia, accessibleInFrenchPolynesia, effectiveDate,
        endDate, decisionDate, lastJournalDate, creationTexts, blocks, predecessors, successors, line,
        Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * The fiche's competences: those its blocks list, block after block, or, for a fiche without
   * blocks, those it attests ({@link #capacities()}); as {@link Competences#parse(String)} reads
   * them.
   *
   * @return the competences, in the fiche's order
   */
  public List<Competence> competences() {
    if (blocks.isEmpty()) {
      return Competences.parse(capacities);
    }
    List<Competence> all = new java.util.ArrayList<>();
    for (RncpBlock block : blocks) {
      all.addAll(Competences.parse(block.competences()));
    }
    return all;
  }
}
