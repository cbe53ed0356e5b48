package io.github.cqpm.cdc;

/**
 * A holder known by a CPF training file ({@code dossierFormation}): its number, and the holder's
 * name and first name.
 *
 * @param idDossier the CPF file's number
 * @param nomTitulaire the holder's name
 * @param prenom1Titulaire the holder's first name
 */
public record DossierFormation(String idDossier, String nomTitulaire, String prenom1Titulaire)
    implements HolderIdentity {
  /**
   * Checks each against the schema.
   *
   * @param idDossier the number
   * @param nomTitulaire the name
   * @param prenom1Titulaire the first name
   * @throws io.github.cqpm.model.invariant.InvalidValueException at the property that breaks it
   */
  public DossierFormation {
    TextRule.ID_DOSSIER.check(idDossier, false, "idDossier");
    TextRule.NAME.check(nomTitulaire, false, "nomTitulaire");
    TextRule.NAME.check(prenom1Titulaire, false, "prenom1Titulaire");
  }

  /**
   * Nothing of the person.
   *
   * @return {@code DossierFormation[personal data not shown]}
   */
  @Override
  public String toString() {
    return "DossierFormation[personal data not shown]";
  }
}
