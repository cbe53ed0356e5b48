package io.github.cqpm.model.dossier;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.internal.Checks;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.validation.Conformable;
import io.github.cqpm.model.validation.ConformsToReferential;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.model.validation.Reading;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One candidate's case, everything the rules need to decide on it: the certification it is for, the
 * candidacy, the assessments
 * of capacities, the company's opinions on blocks, the blocks acquired earlier, the VAE file on
 * the VAE route, and the jury's deliberation.
 *
 * <p>Structurally, a block is listed at most once among the acquired blocks. Several assessments
 * of one capacity (a retake) and several opinions on one block are representable; which counts is
 * decided by cqpm-rules.
 *
 * <p>Conformity to the référentiel of its certification (route, territory, codes, the jury's
 * composition and votes) is reported by Bean Validation ({@link ConformsToReferential}) and by
 * cqpm-rules, from the same {@link DossierConformity}.
 */
@Value.Immutable
@ConformsToReferential
public abstract class Dossier implements Conformable {
  Dossier() {}

  /**
   * The certification the candidate seeks, by its RNCP number. Whatever needs a référentiel looks
   * it up by this number in the catalogue it is given ({@link ReferentialCatalog#find(RncpNumber)}).
   *
   * @return e.g. {@code RNCP19453}
   */
  public abstract RncpNumber getCertification();

  /**
   * The candidate.
   *
   * @return the candidate
   */
  public abstract Candidate getCandidate();

  /**
   * How the candidate came to the certification.
   *
   * @return the candidacy
   */
  public abstract Candidacy getCandidacy();

  /**
   * The evaluations of capacities, in the order given.
   *
   * @return the assessments
   */
  public abstract List<CapacityAssessment> getAssessments();

  /**
   * The company's opinions on blocks, in the order given.
   *
   * @return the opinions
   */
  public abstract List<CompanyOpinion> getCompanyOpinions();

  /**
   * Blocks acquired before this dossier, each at most once.
   *
   * @return the acquired blocks
   */
  public abstract List<AcquiredBlock> getAcquiredBlocks();

  /**
   * The VAE file, on the VAE route.
   *
   * @return the file, or empty
   */
  public abstract Optional<VaeFile> getVae();

  /**
   * The jury's deliberation on the candidate.
   *
   * @return the deliberation, or empty when the jury has not sat yet
   */
  public abstract Optional<JuryDeliberation> getJury();

  /**
   * How this dossier does not conform to the référentiel of its certification in the {@linkplain
   * ReferentialCatalog#bundled() bundled catalogue}, under the {@linkplain Reading#defaults()
   * default reading}.
   *
   * @return the nonconformities, each with its property path; empty when conform
   */
  @Override
  public List<Nonconformity> nonconformities() {
    return nonconformities(ReferentialCatalog.bundled(), Reading.defaults());
  }

  /**
   * How this dossier does not conform to the référentiel its catalogue holds under its
   * certification's number, under a reading: a single {@code UNKNOWN_CERTIFICATION} at {@code
   * certification} when the catalogue holds none, else {@link DossierConformity#of}.
   *
   * @param catalog where the référentiel is looked up
   * @param reading how the fiche is read where it leaves room
   * @return the nonconformities, each with its property path; empty when conform
   */
  @Override
  public List<Nonconformity> nonconformities(ReferentialCatalog catalog, Reading reading) {
    return catalog.find(getCertification())
        .map(ref -> DossierConformity.of(this, ref, reading))
        .orElseGet(() -> List.of(Nonconformity.of(
            Nonconformity.Kind.UNKNOWN_CERTIFICATION, "certification", getCertification())));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.distinct("acquiredBlocks", getAcquiredBlocks(), AcquiredBlock::getBlock);
  }

  /**
   * Builds a {@link Dossier}; {@code certification}, {@code candidate} and {@code candidacy} are
   * required.
   */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }
}
