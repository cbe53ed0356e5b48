package io.github.cqpm.rules.decision;

/**
 * The sentences of the fiche RNCP 19453 that findings apply, quoted verbatim in French (the
 * fiche's language); {@link Messages#sentence(FicheRule, java.util.Locale)} gives them in English
 * too. {@link #LIBRARY_POLICY} marks a finding that applies a choice of the library where the fiche
 * is silent.
 */
public enum FicheRule {
  /** The table of registration conditions. */
  ACCESS_ROUTES("CONDITIONS D'INSCRIPTION À LA CERTIFICATION"),
  /** The territories. */
  TERRITORIES("Accessible en Nouvelle Calédonie : NON. Accessible en Polynésie Française : NON."),
  /** The registration in the RNCP. */
  REGISTRATION(
      "Enregistrement pour cinq ans, sous l'intitulé « Certificat de qualification professionnelle"
          + " Pilote de systèmes de production automatisée (CQPM) » avec effet au 09 août 2014,"
          + " jusqu'au 09 août 2019."),
  /** The steps of the training path. */
  TRAINING_PATH(
      "Dans le cadre d'un parcours de formation professionnelle, l'accès à la certification est"
          + " constitué des étapes suivantes : En amont, une phase d'inscription préalable, par"
          + " l'intermédiaire d'une entreprise ou d'un organisme. Une phase constitutive de"
          + " l'évaluation."),
  /** The steps of the VAE path. */
  VAE_PATH(
      "Dans le cadre d'une validation des acquis de l'expérience (VAE), l'accès à la certification"
          + " est constitué des étapes suivantes : En amont, une phase de recevabilité de la"
          + " demande. Une phase constitutive de la commission de validation : un entretien de"
          + " validation, à l'appui d'un dossier de preuves préalablement constitué décrivant une ou"
          + " plusieurs situations professionnelles succinctes en rapport avec les capacités"
          + " professionnelles du CQPM visé."),
  /** The evaluation of capacities. */
  CAPACITY_EVALUATION(
      "Les capacités professionnelles mentionnées dans le référentiel du CQPM sont évaluées par la"
          + " commission d'évaluation à l'aide des critères, niveaux d'exigence et conditions"
          + " d'évaluation définis par ce même référentiel."),
  /** The reconstituted situation, only if necessary. */
  RECONSTITUTED_SITUATION(
      "Si nécessaire, la commission d'évaluation pourra mettre en œuvre une évaluation en situation"
          + " professionnelle reconstituée."),
  /** The company's opinion, required besides the modality. */
  COMPANY_OPINION(
      "L'entreprise (tuteur, responsable fonctionnel ou hiérarchique...) donne un avis au regard du"
          + " référentiel de certification (capacités professionnelles et/ou critères) sur les"
          + " éléments mis en œuvre par le candidat lors de la réalisation de projets ou activités"
          + " professionnels."),
  /** Every capacity must be validated. */
  ALL_CAPACITIES(
      "Toutes les capacités professionnelles doivent être validées pour que le CQPM soit"
          + " délivré."),
  /** Each block is attested on its own. */
  BLOCK_ATTESTATION("Chaque bloc est certifié, il donne lieu à une évaluation et une validation"),
  /** Five years of validity. */
  VALIDITY("Validité des composantes acquises : 5 an(s)"),
  /** Admissibility requires every block. */
  ADMISSIBILITY(
      "Pour que le candidat soit déclaré admissible au CQPM par le jury paritaire de délibération"
          + " l'ensemble des blocs de compétences, décrits ci dessous, doit être acquis."),
  /** Parity of the jury. */
  JURY_PARITY(
      "Jury paritaire : 50% de représentants des salariés / 50% de représentants des"
          + " employeurs."),
  /** The employers' delegation. */
  EMPLOYER_DELEGATION(
      "Délégation patronale : maximum de cinq membres qualifiés relevant de la branche de la"
          + " métallurgie et, en tant que de besoin, un membre supplémentaire de la branche du"
          + " travail temporaire."),
  /** The unions' delegation. */
  UNION_DELEGATION(
      "Délégation syndicale : chaque organisation syndicale représentative de salariés au niveau"
          + " national dans la branche désigne un ou plusieurs représentants qualifiés et, en tant"
          + " que de besoin, un membre supplémentaire de la branche du travail temporaire."),
  /** One vote per union. */
  ONE_VOTE_PER_UNION(
      "Seul un représentant par organisation syndicale siège dans le jury avec droit de vote."),
  /** The president's casting vote. */
  CASTING_VOTE("En cas de partage des voix, celle du président du jury est prépondérante."),
  /** What the jury does. */
  JURY_DUTY(
      "Une phase de jury paritaire de délibération qui vérifie que l'organisation des actions"
          + " d'évaluation est conforme au dispositif paritaire et au référentiel du CQPM visé,"
          + " examine le récapitulatif des évaluations mis à disposition par la commission"
          + " d'évaluation et déclare admissibles ou non admissibles les candidats."),
  /** Not from the fiche: a documented choice of the library where the fiche is silent. */
  LIBRARY_POLICY("");

  private final String quote;

  FicheRule(String quote) {
    this.quote = quote;
  }

  /**
   * The fiche's sentence, verbatim, in French.
   *
   * @return the quote; empty for {@link #LIBRARY_POLICY}
   */
  public String getQuote() {
    return quote;
  }

  /**
   * Whether the rule comes from the fiche, rather than from a policy of the library.
   *
   * @return false for {@link #LIBRARY_POLICY} only
   */
  public boolean isFromFiche() {
    return this != LIBRARY_POLICY;
  }
}
