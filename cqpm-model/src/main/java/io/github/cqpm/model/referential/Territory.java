package io.github.cqpm.model.referential;

/**
 * Where a candidate seeks the certification, as far as the fiche distinguishes it. The fiche says
 * only that the certification is not accessible in New Caledonia nor in French Polynesia
 * ("Accessible en Nouvelle Calédonie : NON", "Accessible en Polynésie Française : NON"); every other
 * place where the RNCP applies is {@link #FRANCE}.
 */
public enum Territory {
  /**
   * France where the RNCP applies without a flag of its own: metropolitan France, the overseas
   * departments and regions, and any collectivity the fiche does not name.
   */
  FRANCE,
  /** New Caledonia ({@code ACCESSIBLE_NOUVELLE_CALEDONIE} in the RNCP export). */
  NEW_CALEDONIA,
  /** French Polynesia ({@code ACCESSIBLE_POLYNESIE_FRANCAISE} in the RNCP export). */
  FRENCH_POLYNESIA
}
