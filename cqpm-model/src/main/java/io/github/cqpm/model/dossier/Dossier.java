package io.github.cqpm.model.dossier;

import io.github.cqpm.model.internal.Checks;
import io.github.cqpm.model.jury.JuryDeliberation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One candidate's case, everything the rules need to decide on it: the candidacy, the assessments
 * of capacities, the company's opinions on blocks, the blocks acquired earlier, the VAE file on
 * the VAE route, and the jury's deliberation.
 *
 * <p>Structurally, a block is listed at most once among the acquired blocks. Several assessments
 * of one capacity (a retake) and several opinions on one block are representable; which counts is
 * decided by cqpm-rules.
 */
@Value.Immutable
public abstract class Dossier {
  Dossier() {}

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
  @Valid
  public abstract Candidacy getCandidacy();

  /**
   * The evaluations of capacities, in the order given.
   *
   * @return the assessments
   */
  public abstract List<@Valid CapacityAssessment> getAssessments();

  /**
   * The company's opinions on blocks, in the order given.
   *
   * @return the opinions
   */
  public abstract List<@Valid CompanyOpinion> getCompanyOpinions();

  /**
   * Blocks acquired before this dossier, each at most once.
   *
   * @return the acquired blocks
   */
  public abstract List<@Valid AcquiredBlock> getAcquiredBlocks();

  /**
   * The VAE file, on the VAE route.
   *
   * @return the file, or empty
   */
  public abstract Optional<@Valid VaeFile> getVae();

  /**
   * The jury's deliberation on the candidate.
   *
   * @return the deliberation, or empty when the jury has not sat yet
   */
  public abstract Optional<@Valid JuryDeliberation> getJury();

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

  /** Builds a {@link Dossier}; {@code candidate} and {@code candidacy} are required. */
  public static final class Builder extends ImmutableDossier.Builder {
    Builder() {}
  }
}
