package io.github.cqpm.rules.francevae;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.DossierOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules' decision as France VAE records a jury's result, and a recorded result checked against
 * the rules. The mapping:
 *
 * <table>
 *   <caption>Rulings and France VAE results</caption>
 *   <tr><th>ruling</th><th>France VAE</th></tr>
 *   <tr><td>ADMISSIBLE</td><td>SUCCES_TOTAL_CERTIFICATION_COMPLETE</td></tr>
 *   <tr><td>NOT_ADMISSIBLE, some block attested</td><td>SUCCES_PARTIEL_CERTIFICATION_COMPLETE</td></tr>
 *   <tr><td>TARGET_MET</td><td>SUCCES_TOTAL_CERTIFICATION_PARTIELLE</td></tr>
 *   <tr><td>TARGET_NOT_MET, some targeted block attested</td><td>SUCCES_PARTIEL_CERTIFICATION_PARTIELLE</td></tr>
 *   <tr><td>NOT_ADMISSIBLE or TARGET_NOT_MET, nothing (targeted) attested</td><td>ECHEC</td></tr>
 *   <tr><td>ABSENT, EXCUSED</td><td>CANDIDAT_ABSENT, CANDIDAT_EXCUSE</td></tr>
 *   <tr><td>UNDECIDED (an irregular deliberation), PENDING</td><td>no result</td></tr>
 * </table>
 *
 * <p>A block is attested when acquired and valid at the jury's date ("Chaque bloc est certifié, il
 * donne lieu à une évaluation et une validation"), whatever the CQPM's verdict. {@code
 * SUCCES_TOTAL_CERTIFICATION_COMPLETE_SOUS_RESERVE} (a success the certifier must still confirm)
 * is never produced: the fiche has no such outcome; read back, it asserts what a total success
 * does.
 *
 * @since 0.2.0
 */
public final class FranceVae {
  private FranceVae() {}

  /**
   * The France VAE result of a decision.
   *
   * @param dossier the dossier decided
   * @param outcome the rules' outcome on it
   * @param referential the référentiel it was decided against
   * @return the result; empty when the decision has none (an irregular deliberation, no verdict
   *     yet)
   */
  public static Optional<FranceVaeResult> of(Dossier dossier, DossierOutcome outcome, Referential referential) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(referential, "referential");
    List<BlockCode> target = dossier.getCandidacy().getPartialTarget(referential);
    boolean partial = !target.isEmpty();
    List<BlockCode> blocs = partial ? target : referential.getBlocks().stream().map(Block::getCode).toList();
    boolean someAttested = outcome.certification().missingBlocks(blocs).size() < blocs.size();
    JuryResult result;
    switch (outcome.ruling()) {
      case ADMISSIBLE:
        result = JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE;
        break;
      case TARGET_MET:
        result = JuryResult.SUCCES_TOTAL_CERTIFICATION_PARTIELLE;
        break;
      case NOT_ADMISSIBLE:
        result = someAttested ? JuryResult.SUCCES_PARTIEL_CERTIFICATION_COMPLETE : JuryResult.ECHEC;
        break;
      case TARGET_NOT_MET:
        result = someAttested ? JuryResult.SUCCES_PARTIEL_CERTIFICATION_PARTIELLE : JuryResult.ECHEC;
        break;
      case ABSENT:
        result = JuryResult.CANDIDAT_ABSENT;
        break;
      case EXCUSED:
        result = JuryResult.CANDIDAT_EXCUSE;
        break;
      default:
        return Optional.empty();
    }
    return Optional.of(new FranceVaeResult(result, partial, blocs, comment(outcome, blocs)));
  }

  /**
   * Why a result recorded in France VAE contradicts the rules' decision on the same dossier, in
   * French: a result other than the rules' (a success to be confirmed counts as a total success),
   * another partial aim, other blocks; or a result recorded where the rules have none.
   *
   * @param recorded the result recorded in France VAE
   * @param dossier the dossier
   * @param outcome the rules' outcome on it
   * @param referential the référentiel
   * @return the contradictions; empty when the recorded result says what the rules decide
   */
  public static List<String> contradictions(FranceVaeResult recorded, Dossier dossier, DossierOutcome outcome,
      Referential referential) {
    Objects.requireNonNull(recorded, "recorded");
    Optional<FranceVaeResult> expected = of(dossier, outcome, referential);
    List<String> out = new ArrayList<>();
    if (expected.isEmpty()) {
      out.add("France VAE enregistre " + recorded.resultat() + " alors que la délibération n'a pas de verdict ("
          + outcome.ruling() + ")");
      return out;
    }
    JuryResult asserted = recorded.resultat() == JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE_SOUS_RESERVE
        ? JuryResult.SUCCES_TOTAL_CERTIFICATION_COMPLETE : recorded.resultat();
    if (asserted != expected.get().resultat()) {
      out.add("France VAE enregistre " + recorded.resultat() + ", les règles donnent " + expected.get().resultat()
          + missing(outcome, expected.get().blocs()));
    }
    if (recorded.estViseePartiellement() != expected.get().estViseePartiellement()) {
      out.add("France VAE enregistre une candidature " + (recorded.estViseePartiellement() ? "partielle" : "complète")
          + ", le dossier vise " + (expected.get().estViseePartiellement() ? "une partie de la certification"
          : "toute la certification"));
    } else if (!recorded.blocs().containsAll(expected.get().blocs())
        || !expected.get().blocs().containsAll(recorded.blocs())) {
      out.add("France VAE enregistre les blocs " + join(recorded.blocs()) + ", le dossier vise "
          + join(expected.get().blocs()));
    }
    return out;
  }

  /**
   * The comment: each block's outcome, in the référentiel's order: acquired until when, acquired
   * once and no longer valid, or not acquired and what it lacks.
   */
  private static String comment(DossierOutcome outcome, List<BlockCode> blocs) {
    List<String> lines = new ArrayList<>();
    for (BlockStatus block : outcome.certification().blocks()) {
      if (!blocs.contains(block.block())) {
        continue;
      }
      if (block.valid()) {
        lines.add(block.block() + " : acquis le " + block.acquiredOn().orElseThrow()
            + block.firstInvalidDay().map(end -> ", valable jusqu'au " + end + " (exclu)").orElse(""));
      } else if (block.acquiredOn().isPresent()) {
        lines.add(block.block() + " : acquis le " + block.acquiredOn().get() + ", plus valable"
            + block.firstInvalidDay().map(end -> " depuis le " + end).orElse(""));
      } else {
        lines.add(block.block() + " : non acquis" + lacking(block));
      }
    }
    return String.join(" ; ", lines) + ".";
  }

  /** What a block never acquired lacks: its capacities to validate, or the company's opinion. */
  private static String lacking(BlockStatus block) {
    List<String> capacities = new ArrayList<>();
    for (CapacityStatus capacity : block.capacities()) {
      if (capacity.state() != CapacityStatus.State.VALIDATED) {
        capacities.add(capacity.capacity().toString());
      }
    }
    if (!capacities.isEmpty()) {
      return " (à valider : " + String.join(", ", capacities) + ")";
    }
    return block.opinion().isEmpty() ? " (avis de l'entreprise manquant)" : " (avis de l'entreprise défavorable)";
  }

  private static String missing(DossierOutcome outcome, List<BlockCode> blocs) {
    List<BlockCode> missing = outcome.certification().missingBlocks(blocs).stream().map(BlockStatus::block).toList();
    return missing.isEmpty() ? "" : " (non acquis : " + join(missing) + ")";
  }

  private static String join(List<BlockCode> blocks) {
    return blocks.stream().map(BlockCode::toString).collect(Collectors.joining(", "));
  }
}
