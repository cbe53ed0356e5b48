package io.github.cqpm.cdc;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One CQPM obtained, as the CDC is told of it ({@code passageCertification}): a dossier whose
 * ruling is {@link Ruling#ADMISSIBLE}. What it says: the certification (type {@code RNCP}, the
 * dossier's number), obtained by admission ({@code PAR_ADMISSION}), certified data, valid from the
 * jury's date with no end (the CQPM has none: the blocks' five years are not the certification's),
 * the access mode from the route ({@link AccessMode#of(AccessRoute)}), the registration date.
 * Nothing of the blocks: the format has no place for them.
 *
 * @param certification the dossier's certification
 * @param candidate the dossier's candidate
 * @param juryDate the jury's date: the start of validity
 * @param registrationDate the candidacy's registration date ({@code dateInscription})
 * @param route the candidacy's route
 */
public record Passage(
    RncpNumber certification, Candidate candidate, LocalDate juryDate, LocalDate registrationDate,
    AccessRoute route) {
  /** The time the Code du travail (L. 6113-8) gives a certifier to declare a holder: 3 months. */
  public static final int DECLARATION_MONTHS = 3;

  /**
   * Checks that each part is given.
   *
   * @param certification the certification
   * @param candidate the candidate
   * @param juryDate the jury's date
   * @param registrationDate the registration date
   * @param route the route
   */
  public Passage {
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(juryDate, "juryDate");
    Objects.requireNonNull(registrationDate, "registrationDate");
    Objects.requireNonNull(route, "route");
  }

  /**
   * The passage a decided dossier gives.
   *
   * @param dossier the dossier
   * @param outcome the library's decision on it
   * @return the passage when the ruling is {@link Ruling#ADMISSIBLE} (a jury then sat); empty
   *     otherwise
   */
  public static Optional<Passage> of(Dossier dossier, DossierOutcome outcome) {
    if (outcome.ruling() != Ruling.ADMISSIBLE) {
      return Optional.empty();
    }
    return dossier.getJury().map(JuryDeliberation::getSession).map(session -> new Passage(
        dossier.getCertification(), dossier.getCandidate(), session.getDate(),
        dossier.getCandidacy().getRegistrationDate(), dossier.getCandidacy().getRoute()));
  }

  /**
   * The passage's identifier.
   *
   * @return the {@code idTechnique}, stable for the same certification, candidate and jury date
   */
  public PassageId id() {
    return new PassageId(certification, candidate, juryDate);
  }

  /**
   * The access mode declared.
   *
   * @return the route's mode
   */
  public AccessMode accessMode() {
    return AccessMode.of(route);
  }

  /**
   * The last day to declare the holder: three months after the jury (the CQPM's delivery).
   *
   * @return the jury's date plus {@value #DECLARATION_MONTHS} months
   */
  public LocalDate deadline() {
    return juryDate.plusMonths(DECLARATION_MONTHS);
  }
}
