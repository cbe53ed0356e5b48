package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.internal.Checks;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A CQPM référentiel: every fact of one RNCP fiche that the rules or an auditor need, French text
 * kept verbatim. {@link Referentials#rncp19453()} is the bundled one; another CQPM fiche is
 * expressed with the same builder and held in a {@link ReferentialCatalog}.
 *
 * <p>Structural invariants, checked when built: capacity, activity, block and route entries are
 * each listed once; every block belongs to this fiche (its code carries {@link #getNumber()}); the
 * blocks partition the capacities (each capacity is in exactly one block), as the fiche requires
 * all of them and attests each block on its own.
 */
@Value.Immutable
public abstract class Referential {
  Referential() {}

  /**
   * The RNCP fiche number ({@code NUMERO_FICHE}).
   *
   * @return 19453
   */
  public abstract int getNumber();

  /**
   * The RNCP number of the fiche, as a dossier names its certification.
   *
   * @return {@code RNCP19453}
   */
  @Value.Lazy
  public RncpNumber getRncpNumber() {
    return RncpNumber.of(getNumber());
  }

  /**
   * The certification's title ("Intitulé"), verbatim.
   *
   * @return the French title
   */
  public abstract String getTitle();

  /**
   * Who is responsible for the certification and who signs it.
   *
   * @return the certifier
   */
  public abstract Certifier getCertifier();

  /**
   * The NSF domains ("Code(s) NSF").
   *
   * @return the domains, in the fiche's order
   */
  public abstract List<NsfDomain> getNsfDomains();

  /**
   * The summary of the job, verbatim ("Résumé du référentiel d'emploi…").
   *
   * @return the French text
   */
  public abstract String getJobSummary();

  /**
   * The activities of the holder, in the fiche's order.
   *
   * @return A1 to A4 for RNCP 19453
   */
  public abstract List<Activity> getActivities();

  /**
   * The capacities attested ("Les capacités attestées"), in the fiche's order.
   *
   * @return C1 to C8 for RNCP 19453
   */
  public abstract List<Capacity> getCapacities();

  /**
   * The competence blocks, in the fiche's order.
   *
   * @return three blocks for RNCP 19453
   */
  public abstract List<Block> getBlocks();

  /**
   * The fiche's text on the sectors where the holder works, verbatim.
   *
   * @return the French text
   */
  public abstract String getSectors();

  /**
   * The jobs the certification is useful for, as the fiche lists them.
   *
   * @return the French job titles
   */
  public abstract List<String> getJobTitles();

  /**
   * The closest ROME jobs.
   *
   * @return five jobs for RNCP 19453
   */
  public abstract List<RomeJob> getRomeJobs();

  /**
   * The regulation of activities ("Réglementation d'activités"), verbatim.
   *
   * @return the French text (for RNCP 19453, the safety training of 26 February 2003)
   */
  public abstract String getRegulation();

  /**
   * The fiche's description of the components of the certification, verbatim: "Le référentiel du
   * CQPM est constitué de plusieurs capacités professionnelles indépendantes les unes des autres.
   * Toutes les capacités professionnelles doivent être validées pour que le CQPM soit délivré."
   *
   * @return the French text
   */
  public abstract String getComponents();

  /**
   * The fiche's rule of admissibility, verbatim: "Pour que le candidat soit déclaré admissible au
   * CQPM par le jury paritaire de délibération l'ensemble des blocs de compétences … doit être
   * acquis."
   *
   * @return the French text
   */
  public abstract String getAdmissibilityRule();

  /**
   * The paths to the certificate, with their steps.
   *
   * @return the training and the VAE path for RNCP 19453
   */
  public abstract List<CertificationPath> getPaths();

  /**
   * How long an acquired component stays valid ("Validité des composantes acquises : 5 an(s)").
   *
   * @return five years for RNCP 19453; empty when the source does not say (a fiche imported from
   *     the RNCP export outside the CQPM regime): no component then expires
   */
  public abstract Optional<Period> getComponentValidity();

  /**
   * The registration conditions: each route, open or not, with the jury's composition.
   *
   * @return six conditions for RNCP 19453, in the fiche's order
   */
  public abstract List<AccessCondition> getAccessConditions();

  /**
   * The rules of composition of the jury paritaire, as numbers (the text is in each {@link
   * AccessCondition#getJuryComposition()}).
   *
   * @return the jury rules; empty when the source does not say (a fiche imported from the RNCP
   *     export outside the CQPM regime): a jury's composition is then not judged
   */
  public abstract Optional<JuryRules> getJuryRules();

  /**
   * Whether the certification is accessible in New Caledonia ({@code
   * ACCESSIBLE_NOUVELLE_CALEDONIE}).
   *
   * @return false for RNCP 19453
   */
  public abstract boolean isAccessibleInNewCaledonia();

  /**
   * Whether the certification is accessible in French Polynesia ({@code
   * ACCESSIBLE_POLYNESIE_FRANCAISE}).
   *
   * @return false for RNCP 19453
   */
  public abstract boolean isAccessibleInFrenchPolynesia();

  /**
   * The registration in the RNCP.
   *
   * @return the registration
   */
  public abstract Registration getRegistration();

  /**
   * Holders of the certification a year, on average ("Statistiques").
   *
   * @return 56 for RNCP 19453; empty when the source does not say
   */
  public abstract OptionalInt getHoldersPerYear();

  /**
   * Where the certification is delivered ("Lieu(x) de certification"), verbatim.
   *
   * @return the French text
   */
  public abstract Optional<String> getCertificationPlace();

  /**
   * What this référentiel says of itself where its source is silent: how it was made, in French
   * (for a fiche imported from the RNCP export, e.g. that its competences were numbered in order
   * because the fiche numbers none, or which regime supplied its jury rules).
   *
   * @return the notes; none for RNCP 19453, which states everything it holds
   */
  public abstract List<String> getNotes();

  /**
   * The capacity with this code.
   *
   * @param code the code
   * @return the capacity, or empty when this référentiel has none with that code
   */
  public Optional<Capacity> getCapacity(CapacityCode code) {
    return Optional.ofNullable(capacitiesByCode().get(code));
  }

  /**
   * The block with this code.
   *
   * @param code the code
   * @return the block, or empty when this référentiel has none with that code
   */
  public Optional<Block> getBlock(BlockCode code) {
    for (Block block : getBlocks()) {
      if (block.getCode().equals(code)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  /**
   * The block that holds a capacity.
   *
   * @param capacity the capacity's code
   * @return the block, or empty when no block holds that code
   */
  public Optional<Block> getBlockOf(CapacityCode capacity) {
    return Optional.ofNullable(blocksByCapacity().get(capacity));
  }

  /**
   * The registration condition of a route.
   *
   * @param route the route
   * @return its condition, or empty when the fiche lists none for it
   */
  public Optional<AccessCondition> getAccessCondition(AccessRoute route) {
    for (AccessCondition condition : getAccessConditions()) {
      if (condition.getRoute() == route) {
        return Optional.of(condition);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the certification is accessible in a territory. {@link Territory#FRANCE} always is
   * (the fiche restricts only the two collectivities it names).
   *
   * @param territory the territory
   * @return whether it is accessible there
   */
  public boolean isAccessibleIn(Territory territory) {
    switch (territory) {
      case NEW_CALEDONIA:
        return isAccessibleInNewCaledonia();
      case FRENCH_POLYNESIA:
        return isAccessibleInFrenchPolynesia();
      default:
        return true;
    }
  }

  /**
   * The path of a kind.
   *
   * @param kind training or VAE
   * @return the path, or empty when the fiche describes none of that kind
   */
  public Optional<CertificationPath> getPath(PathKind kind) {
    return getPaths().stream().filter(p -> p.getKind() == kind).findFirst();
  }

  @Value.Lazy
  Map<CapacityCode, Capacity> capacitiesByCode() {
    Map<CapacityCode, Capacity> byCode = new HashMap<>();
    getCapacities().forEach(c -> byCode.put(c.getCode(), c));
    return byCode;
  }

  @Value.Lazy
  Map<CapacityCode, Block> blocksByCapacity() {
    Map<CapacityCode, Block> byCapacity = new HashMap<>();
    getBlocks().forEach(b -> b.getCapacities().forEach(c -> byCapacity.put(c, b)));
    return byCapacity;
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
    if (getNumber() < 1) {
      throw InvalidValueException.at("must be 1 or more, was " + getNumber(), "number");
    }
    Checks.nonBlank("title", getTitle());
    Checks.distinct("capacities", getCapacities(), Capacity::getCode);
    Checks.distinct("activities", getActivities(), Activity::getCode);
    Checks.distinct("blocks", getBlocks(), Block::getCode);
    Checks.distinct("accessConditions", getAccessConditions(), AccessCondition::getRoute);
    Checks.distinct("paths", getPaths(), CertificationPath::getKind);
    getHoldersPerYear().ifPresent(holders -> Checks.nonNegative("holdersPerYear", holders));
    getCertificationPlace().ifPresent(place -> Checks.nonBlank("certificationPlace", place));
    getNotes().forEach(note -> Checks.nonBlank("notes", note));
    for (int i = 0; i < getBlocks().size(); i++) {
      Block block = getBlocks().get(i);
      if (block.getCode().getFicheNumber() != getNumber()) {
        throw InvalidValueException.at(
            block.getCode() + " is not a block of fiche " + getNumber(), "blocks", i, "code");
      }
      for (CapacityCode capacity : block.getCapacities()) {
        if (getCapacity(capacity).isEmpty()) {
          throw InvalidValueException.at(
              capacity + " is not a capacity of this fiche", "blocks", i, "capacities");
        }
      }
    }
    Checks.distinct(
        "blocks.capacities",
        getBlocks().stream().flatMap(b -> b.getCapacities().stream()).toList(),
        c -> c);
    for (Capacity capacity : getCapacities()) {
      if (getBlockOf(capacity.getCode()).isEmpty()) {
        throw InvalidValueException.at(capacity.getCode() + " belongs to no block", "capacities");
      }
    }
    if (getComponentValidity().isPresent()
        && (getComponentValidity().get().isNegative() || getComponentValidity().get().isZero())) {
      throw InvalidValueException.at(
          "must be positive, was " + getComponentValidity().get(), "componentValidity");
    }
  }

  /** Builds a {@link Referential}; every attribute is required but the optional ones, lists may be empty. */
  public static final class Builder extends ImmutableReferential.Builder {
    Builder() {}
  }
}
