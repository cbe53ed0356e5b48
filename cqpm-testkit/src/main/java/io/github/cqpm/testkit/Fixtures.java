package io.github.cqpm.testkit;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import java.time.LocalDate;
import java.util.List;

/**
 * Named dossiers taken from the fiche RNCP 19453, each the simplest case of what its name says (a
 * jury of one employers' and one union's representative, the president an employer, the jury on
 * 2016-06-20 unless the name says otherwise). Each declares the verdict its evidence calls for,
 * except where the name says what went wrong; a test of the testkit checks that {@code
 * CqpmRules.standard()} decides each one as its name promises.
 */
public final class Fixtures {
  private static final DossierSpec ADMISSIBLE_TRAINING =
      DossierSpec.any().route(AccessRoute.CONTINUING_TRAINING).acquiredBlocks(3).tie(false);

  private Fixtures() {}

  /**
   * An admissible candidate on the training path (continuing training): "Dans le cadre d'un
   * parcours de formation professionnelle, l'accès à la certification est constitué des étapes
   * suivantes : En amont, une phase d'inscription préalable, par l'intermédiaire d'une entreprise
   * ou d'un organisme. Une phase constitutive de l'évaluation." then the jury. Every capacity is
   * validated, every block has the company's opinion, the jury declares the candidate admissible
   * unanimously.
   *
   * @return the dossier; decided ADMISSIBLE
   */
  public static Dossier admissibleTrainingPath() {
    return Recipes.dossier(Recipes.SMALLEST, ADMISSIBLE_TRAINING);
  }

  /**
   * An admissible candidate on the VAE path: "En amont, une phase de recevabilité de la demande.
   * Une phase constitutive de la commission de validation : un entretien de validation, à l'appui
   * d'un dossier de preuves préalablement constitué…", then the jury.
   *
   * @return the dossier; decided ADMISSIBLE
   */
  public static Dossier admissibleVae() {
    return Recipes.dossier(Recipes.SMALLEST, DossierSpec.any().route(AccessRoute.VAE).acquiredBlocks(3).tie(false));
  }

  /**
   * A candidate who has not acquired block 2 (capacity C5 was never assessed), blocks 1 and 3
   * acquired: "Pour que le candidat soit déclaré admissible au CQPM par le jury paritaire de
   * délibération l'ensemble des blocs de compétences, décrits ci dessous, doit être acquis." Each
   * other block is attested on its own ("Chaque bloc est certifié"). The jury declares the
   * candidate not admissible.
   *
   * @return the dossier; decided NOT_ADMISSIBLE, block RNCP19453BC02 not acquired
   */
  public static Dossier missingBlock2() {
    Dossier admissible = admissibleTrainingPath();
    return reseated(Dossier.builder().from(admissible)
        .assessments(Recipes.without(admissible, CapacityCode.of(5))));
  }

  /**
   * A candidate whose block 2 was acquired five years and one day before the jury, with no new
   * evidence for it: "Validité des composantes acquises : 5 an(s)". The block is no longer valid
   * at the jury; the jury declares the candidate not admissible.
   *
   * @return the dossier; decided NOT_ADMISSIBLE, block RNCP19453BC02 expired
   */
  public static Dossier blockAcquiredFiveYearsAndOneDayBeforeJury() {
    Dossier admissible = admissibleTrainingPath();
    LocalDate jury = admissible.getJury().orElseThrow().getSession().getDate();
    Block block2 = Recipes.REF.getBlocks().get(1);
    List<CapacityAssessment> others = admissible.getAssessments().stream()
        .filter(a -> !block2.getCapacities().contains(a.getCapacity())).toList();
    return reseated(Dossier.builder().from(admissible).assessments(others)
        .addAcquiredBlocks(AcquiredBlock.of(block2.getCode(), jury.minusYears(5).minusDays(1))));
  }

  /**
   * An admissible candidate whose jury split evenly, the president voting admissible: "En cas de
   * partage des voix, celle du président du jury est prépondérante."
   *
   * @return the dossier; decided ADMISSIBLE, the tie broken by the president
   */
  public static Dossier tieBrokenByPresident() {
    return Recipes.dossier(Recipes.SMALLEST, ADMISSIBLE_TRAINING.tie(true));
  }

  /**
   * A candidate from French Polynesia, otherwise admissible: "Accessible en Polynésie Française :
   * NON". The jury declared the candidate admissible all the same.
   *
   * @return the dossier; decided NOT_ADMISSIBLE, the territory not accessible
   */
  public static Dossier candidateFromFrenchPolynesia() {
    Dossier admissible = admissibleTrainingPath();
    return Dossier.builder().from(admissible)
        .candidacy(Candidacy.builder().from(admissible.getCandidacy())
            .territory(Territory.FRENCH_POLYNESIA).build())
        .build();
  }

  /**
   * A candidate whose jury sat on 2019-08-12, after the fiche's registration ended: "avec effet au
   * 09 août 2014, jusqu'au 09 août 2019".
   *
   * @return the dossier; decided NOT_ADMISSIBLE, the jury after the registration
   */
  public static Dossier juryAfterRegistrationEnd() {
    return Recipes.dossier(Recipes.SMALLEST, ADMISSIBLE_TRAINING, LocalDate.of(2019, 8, 12));
  }

  /**
   * A candidacy that targets block 2 only ("Chaque bloc est certifié, il donne lieu à une
   * évaluation et une validation"; France VAE: {@code estViseePartiellement}): its capacities C4
   * and C5 validated and the company's opinion on it, nothing on blocks 1 and 3; the jury validates
   * the block.
   *
   * @return the dossier; decided TARGET_MET, block RNCP19453BC02 attested
   * @since 0.2.0
   */
  public static Dossier partialTargetBlock2Acquired() {
    BlockCode block2 = BlockCode.of(19453, 2);
    Block block = Referentials.rncp19453().getBlock(block2).orElseThrow();
    Dossier all = Recipes.dossier(Recipes.SMALLEST, ADMISSIBLE_TRAINING.targeting(block2));
    return reseated(Dossier.builder().from(all)
        .assessments(all.getAssessments().stream().filter(a -> block.getCapacities().contains(a.getCapacity())).toList())
        .companyOpinions(all.getCompanyOpinions().stream().filter(o -> o.getBlock().equals(block2)).toList()));
  }

  /**
   * A candidate absent from the jury of 2016-06-20: every block acquired, the jury recording
   * neither votes nor a verdict for them (France VAE: {@code CANDIDAT_ABSENT}).
   *
   * @return the dossier; decided ABSENT, no verdict
   * @since 0.2.0
   */
  public static Dossier candidateAbsent() {
    return Recipes.dossier(Recipes.SMALLEST, ADMISSIBLE_TRAINING.attendance(Attendance.ABSENT));
  }

  /**
   * A candidate excused from the jury of 2016-06-20: every block acquired, the jury recording
   * neither votes nor a verdict for them (France VAE: {@code CANDIDAT_EXCUSE}).
   *
   * @return the dossier; decided EXCUSED, no verdict
   * @since 0.2.0
   */
  public static Dossier candidateExcused() {
    return Recipes.dossier(Recipes.SMALLEST, ADMISSIBLE_TRAINING.attendance(Attendance.EXCUSED));
  }

  /** The dossier with its jury voting and declaring again, on the evidence it now has. */
  private static Dossier reseated(Dossier.Builder dossier) {
    Dossier built = dossier.build();
    return Recipes.withJury(
        Recipes.SMALLEST, Dossier.builder().from(built), built.getJury().orElseThrow().getSession(), false);
  }
}
