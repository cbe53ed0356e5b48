package io.github.cqpm.model.referential;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import java.time.LocalDate;
import java.time.Period;

/**
 * The fiche RNCP 19453 as data. Every string is the fiche's French text, verbatim (HTML and list
 * dashes left out); a test checks each one against the fiche.
 */
final class Rncp19453 {
  static final int NUMBER = 19453;

  static final String JURY_COMPOSITION =
      "Jury paritaire : 50% de représentants des salariés / 50% de représentants des employeurs."
          + " Délégation patronale : maximum de cinq membres qualifiés relevant de la branche de la"
          + " métallurgie et, en tant que de besoin, un membre supplémentaire de la branche du"
          + " travail temporaire. Délégation syndicale : chaque organisation syndicale"
          + " représentative de salariés au niveau national dans la branche désigne un ou plusieurs"
          + " représentants qualifiés et, en tant que de besoin, un membre supplémentaire de la"
          + " branche du travail temporaire. Seul un représentant par organisation syndicale siège"
          + " dans le jury avec droit de vote. En cas de partage des voix, celle du président du"
          + " jury est prépondérante.";

  static final String JURY_DELIBERATION =
      "Une phase de jury paritaire de délibération qui vérifie que l'organisation des actions"
          + " d'évaluation est conforme au dispositif paritaire et au référentiel du CQPM visé,"
          + " examine le récapitulatif des évaluations mis à disposition par la commission"
          + " d'évaluation et déclare admissibles ou non admissibles les candidats.";

  private Rncp19453() {}

  /** The référentiel, built once: an immutable value. */
  static final Referential REFERENTIAL = build();

  static Referential build() {
    EvaluationScheme evaluation = evaluation();
    return Referential.builder()
        .number(NUMBER)
        .title(
            "Certificat de qualification professionnelle Pilote de systèmes de production"
                + " automatisée (CQPM)")
        .certifier(
            Certifier.of(
                "Commission paritaire nationale de l'emploi (CPNE) de la métallurgie - Union des"
                    + " industries et métiers de la métallurgie (UIMM)",
                "Président"))
        .addNsfDomains(
            NsfDomain.of("201", "Technologies de commandes des transformations industrielles"))
        .jobSummary(
            "Sur la ligne, c'est lui/elle qui dirige les opérations. Il/Elle met en service une ou"
                + " plusieurs installations, et gère les flux de production et le bon"
                + " fonctionnement des machines.")
        .addActivities(
            Activity.of(
                ActivityCode.of(1),
                "Conduite de plusieurs installations de production automatisée de moyenne ou"
                    + " grande série."),
            Activity.of(
                ActivityCode.of(2),
                "Animation technique ou fonctionnelle d'un groupe d'opérateurs de production"
                    + " travaillant dans sa zone."),
            Activity.of(
                ActivityCode.of(3),
                "Maintenance de plusieurs installations de production automatisée de moyenne ou"
                    + " grande série."),
            Activity.of(ActivityCode.of(4), "Participation à l'amélioration de la production."))
        .addCapacities(
            Capacity.builder()
                .code(CapacityCode.of(1))
                .label(
                    "Conduire différents postes d'opérateurs de la ligne ou du système de"
                        + " production automatisée")
                .summaryLabel(
                    "Conduire différents postes opérateurs de la ligne ou du système de"
                        + " production.")
                .build(),
            Capacity.builder()
                .code(CapacityCode.of(2))
                .label(
                    "Organiser l'activité et les moyens nécessaires de la ligne ou du système de"
                        + " production dont il (elle) coordonne techniquement la conduite")
                .summaryLabel(
                    "Organiser l'activité ou les moyens nécessaires de la ligne ou du système de"
                        + " production dont il (elle) coordonne techniquement la conduite.")
                .build(),
            Capacity.of(
                CapacityCode.of(3),
                "Accompagner le personnel de production dans la mise en place des plans"
                    + " d'actions"),
            Capacity.of(
                CapacityCode.of(4),
                "Vérifier la bonne exécution des inspections et travaux périodiques de"
                    + " maintenances préventives spécifiées dans les procédures"),
            Capacity.of(
                CapacityCode.of(5),
                "Assurer les opérations de maintenance curative de niveau 2 (au sens de la norme"
                    + " AFNOR) de la ligne ou du système dont il (elle) coordonne techniquement la"
                    + " conduite, avec l'appui technique du service maintenance"),
            Capacity.of(
                CapacityCode.of(6),
                "Collecter des informations auprès du personnel de production concernant les"
                    + " difficultés de réalisation de la production"),
            Capacity.of(
                CapacityCode.of(7),
                "Identifier les sources d'amélioration et formuler des propositions"),
            Capacity.of(
                CapacityCode.of(8),
                "Apporter une valeur ajoutée dans un groupe de travail associant la production"
                    + " et les services supports"))
        .addBlocks(
            block(1, "L'animation technique d'une équipe de production", evaluation, 1, 2, 3),
            block(
                2,
                "La réalisation de la maintenance préventive et curative de niveau 2",
                evaluation,
                4,
                5),
            block(3, "La contribution à un projet d'amélioration", evaluation, 6, 7, 8))
        .sectors(
            "Les missions ou activités qualité susceptibles d'être confiées au titulaire de cette"
                + " certification peuvent s'exercer, à titre principal ou accessoire, dans de"
                + " nombreux secteurs d'activité industriels ou connexes, et ceci quelle que soit la"
                + " taille des entreprises.")
        .addJobTitles(
            "Pilote de systèmes de production automatisée",
            "Conducteur d'installations",
            "Leader de Groupe Autonome de Production",
            "Technicien de conduite",
            "Pilote d'installations de production automatisée")
        .addRomeJobs(
            RomeJob.of("H2903", "Conduite d'équipement d'usinage"),
            RomeJob.of("H2904", "Conduite d'équipement de déformation des métaux"),
            RomeJob.of("H2905", "Conduite d'équipement de formage et découpage des matériaux"),
            RomeJob.of(
                "H2906", "Conduite d'installation automatisée ou robotisée de fabrication mécanique"),
            RomeJob.of("H2907", "Conduite d'installation de production des métaux"))
        .regulation(
            "L'accord national du 26 février 2003 sur la sécurité et la santé au travail prévoit"
                + " une formation professionnelle spécifique, pour la prévention des risques,"
                + " destinée aux salariés d'une entreprise extérieure intervenant sur le site d'une"
                + " entreprise utilisatrice.\n\n"
                + "Cette formation doit prendre en compte, l'ensemble des risques professionnels, en"
                + " partant des plus généraux pour aller jusqu'aux risques potentiels existant sur"
                + " les sites des installations classées « Seveso II - seuil haut ».")
        .components(
            "Le référentiel du CQPM est constitué de plusieurs capacités professionnelles"
                + " indépendantes les unes des autres. Toutes les capacités professionnelles"
                + " doivent être validées pour que le CQPM soit délivré.")
        .admissibilityRule(
            "Pour que le candidat soit déclaré admissible au CQPM par le jury paritaire de"
                + " délibération l'ensemble des blocs de compétences, décrits ci dessous, doit être"
                + " acquis.")
        .addPaths(trainingPath(), vaePath())
        .componentValidity(Period.ofYears(5))
        .addAccessConditions(
            closed(AccessRoute.INITIAL_TRAINING),
            closed(AccessRoute.APPRENTICESHIP),
            open(AccessRoute.CONTINUING_TRAINING),
            open(AccessRoute.PROFESSIONALISATION_CONTRACT),
            closed(AccessRoute.INDIVIDUAL_CANDIDACY),
            open(AccessRoute.VAE))
        .juryRules(
            JuryRules.builder()
                .maxMetallurgyEmployers(5)
                .maxTemporaryWorkEmployers(1)
                .maxTemporaryWorkEmployees(1)
                .maxVotesPerUnion(1)
                .build())
        .accessibleInNewCaledonia(false)
        .accessibleInFrenchPolynesia(false)
        .registration(
            Registration.builder()
                .decisionDay(LocalDate.of(2014, 7, 29))
                .publicationDay(LocalDate.of(2014, 8, 9))
                .effectiveDay(LocalDate.of(2014, 8, 9))
                .endDay(LocalDate.of(2019, 8, 9))
                .legalText(
                    "Arrêté du 29 juillet 2014 publié au Journal Officiel du 09 août 2014 portant"
                        + " enregistrement au répertoire national des certifications"
                        + " professionnelles. Enregistrement pour cinq ans, sous l'intitulé «"
                        + " Certificat de qualification professionnelle Pilote de systèmes de"
                        + " production automatisée (CQPM) » avec effet au 09 août 2014, jusqu'au 09"
                        + " août 2019.")
                .build())
        .holdersPerYear(56)
        .certificationPlace(
            "UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE (UIMM) 56, avenue de Wagram 75017"
                + " Paris")
        .build();
  }

  private static Block block(
      int number, String title, EvaluationScheme evaluation, int... capacities) {
    Block.Builder block =
        Block.builder().code(BlockCode.of(NUMBER, number)).title(title).evaluation(evaluation);
    for (int capacity : capacities) {
      block.addCapacities(CapacityCode.of(capacity));
    }
    return block.build();
  }

  /**
   * A route open to the certification, with the jury's composition the fiche gives for it. The
   * fiche's table of routes lost a column when it was extracted: its header reads "QUINON" (OUI and
   * NON merged) and every row has an X in that one column, so the X does not say which routes are
   * open. Only three rows carry a composition ("Après un parcours de formation continue", "En
   * contrat de professionnalisation", "Par expérience dispositif VAE prévu en 2007"), and an RNCP
   * form gives a composition for open routes only (the export has {@code COMPOSITION} only where
   * {@code ACTIF} is Oui): those three are read as open.
   */
  private static AccessCondition open(AccessRoute route) {
    return AccessCondition.builder().route(route).open(true).juryComposition(JURY_COMPOSITION)
        .build();
  }

  /** A route the fiche lists without a jury composition: read as closed (see {@link #open}). */
  private static AccessCondition closed(AccessRoute route) {
    return AccessCondition.builder().route(route).open(false).build();
  }

  /** The evaluation scheme, worded alike for the three blocks of the fiche. */
  private static EvaluationScheme evaluation() {
    return EvaluationScheme.builder()
        .addModalities(
            ModalityDescription.builder()
                .modality(EvaluationModality.REAL_WORK_SITUATION)
                .title("Evaluation en situation professionnelle réelle")
                .description(
                    "L'évaluation des capacités professionnelles s'effectue dans le cadre"
                        + " d'activités professionnelles réelles. Cette évaluation s'appuie sur :")
                .putMethodLabels(
                    EvaluationMethod.OBSERVATION_AT_WORK, "une observation en situation de travail")
                .putMethodLabels(
                    EvaluationMethod.QUESTIONING_WITH_EVIDENCE,
                    "des questionnements avec apport d'éléments de preuve par le candidat")
                .build(),
            ModalityDescription.builder()
                .modality(EvaluationModality.PROJECT_PRESENTATION)
                .title("Présentation des projets ou activités réalisés en milieu professionnel")
                .description(
                    "Le candidat transmet un rapport à l'UIMM territoriale centre d'examen, dans"
                        + " les délais et conditions préalablement fixés, afin de montrer que les"
                        + " capacités professionnelles à évaluer selon cette modalité ont bien été"
                        + " mises en œuvre en entreprise à l'occasion de projets ou activités. La"
                        + " présentation de ces projets ou activités devant une commission"
                        + " d'évaluation permettra au candidat de démontrer que les exigences du"
                        + " référentiel de certification sont satisfaites.")
                .putMethodLabels(
                    EvaluationMethod.REPORT_AND_PRESENTATION,
                    "La présentation de ces projets ou activités devant une commission"
                        + " d'évaluation")
                .build(),
            ModalityDescription.builder()
                .modality(EvaluationModality.RECONSTITUTED_SITUATION)
                .title("Evaluation à partir d'une situation professionnelle reconstituée")
                .description(
                    "Si nécessaire, la commission d'évaluation pourra mettre en œuvre une"
                        + " évaluation en situation professionnelle reconstituée. L'évaluation des"
                        + " capacités professionnelles s'effectue dans des conditions"
                        + " représentatives d'une situation réelle d'entreprise :")
                .putMethodLabels(
                    EvaluationMethod.OBSERVATION_WITH_QUESTIONING,
                    "par observation avec questionnements")
                .putMethodLabels(
                    EvaluationMethod.WRITTEN_OR_ORAL_RESTITUTION,
                    "avec restitution écrite et/ou orale par le candidat")
                .build())
        .companyOpinion(
            "L'entreprise (tuteur, responsable fonctionnel ou hiérarchique...) donne un avis au"
                + " regard du référentiel de certification (capacités professionnelles et/ou"
                + " critères) sur les éléments mis en œuvre par le candidat lors de la réalisation"
                + " de projets ou activités professionnels.")
        .attestation("Chaque bloc est certifié, il donne lieu à une évaluation et une validation")
        .build();
  }

  private static CertificationPath trainingPath() {
    return CertificationPath.builder()
        .kind(PathKind.TRAINING)
        .putSteps(
            ProcedureStep.PRIOR_REGISTRATION,
            "En amont, une phase d'inscription préalable, par l'intermédiaire d'une entreprise ou"
                + " d'un organisme.")
        .putSteps(ProcedureStep.EVALUATION, "Une phase constitutive de l'évaluation.")
        .putSteps(ProcedureStep.JURY_DELIBERATION, JURY_DELIBERATION)
        .addNotes(
            "L'UIMM territoriale centre d'examen définit les modalités d'évaluation en concertation"
                + " avec l'entreprise et les acteurs concernés (organismes, candidats...).",
            "Les capacités professionnelles mentionnées dans le référentiel du CQPM sont évaluées"
                + " par la commission d'évaluation à l'aide des critères, niveaux d'exigence et"
                + " conditions d'évaluation définis par ce même référentiel.")
        .build();
  }

  private static CertificationPath vaePath() {
    return CertificationPath.builder()
        .kind(PathKind.VAE)
        .putSteps(
            ProcedureStep.ADMISSIBILITY_OF_REQUEST,
            "En amont, une phase de recevabilité de la demande.")
        .putSteps(
            ProcedureStep.VALIDATION_COMMISSION,
            "Une phase constitutive de la commission de validation : un entretien de validation, à"
                + " l'appui d'un dossier de preuves préalablement constitué décrivant une ou"
                + " plusieurs situations professionnelles succinctes en rapport avec les capacités"
                + " professionnelles du CQPM visé.")
        .putSteps(ProcedureStep.JURY_DELIBERATION, JURY_DELIBERATION)
        .build();
  }
}
