package io.github.cqpm.cdc;

import io.github.cqpm.json.JsonProperty;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.json.PropertyValues;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.invariant.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A holders file's line, declared once for every JSON library's reader: one object, the
 * candidate and exactly one of {@code titulaire}, {@code identifiantNational} or {@code
 * dossierFormation}, with an optional {@code voieAccessVAE}, each property named as the CDC names
 * it. Read strictly (an unknown, missing or repeated property is refused at its JSON pointer), each
 * value held to the CDC's schema as it is built; a NIR is never repeated in a message.
 *
 * <pre>{@code
 * {"candidate": "CAND-2016-0042", "titulaire": {"nomNaissance": "Martin", "prenom1": "Léa",
 *   "anneeNaissance": 1990, "moisNaissance": 4, "jourNaissance": 12, "sexe": "F",
 *   "codeInseeNaissance": "57463"}}
 * }</pre>
 */
public final class HolderJson {
  private static final JsonProperty<Titulaire, String> NOM_NAISSANCE =
      JsonProperty.required("nomNaissance", JsonType.text(), Titulaire::nomNaissance);
  private static final JsonProperty<Titulaire, String> NOM_USAGE =
      JsonProperty.optional("nomUsage", JsonType.text(), Titulaire::nomUsage);
  private static final JsonProperty<Titulaire, String> PRENOM1 =
      JsonProperty.required("prenom1", JsonType.text(), Titulaire::prenom1);
  private static final JsonProperty<Titulaire, String> PRENOM2 =
      JsonProperty.optional("prenom2", JsonType.text(), Titulaire::prenom2);
  private static final JsonProperty<Titulaire, Integer> ANNEE =
      JsonProperty.required("anneeNaissance", JsonType.integer(), Titulaire::anneeNaissance);
  private static final JsonProperty<Titulaire, Integer> MOIS =
      JsonProperty.optional("moisNaissance", JsonType.integer(), Titulaire::moisNaissance);
  private static final JsonProperty<Titulaire, Integer> JOUR =
      JsonProperty.optional("jourNaissance", JsonType.integer(), Titulaire::jourNaissance);
  private static final JsonProperty<Titulaire, Sex> SEXE =
      JsonProperty.required("sexe", JsonType.enumOf(Sex.class), Titulaire::sexe);
  private static final JsonProperty<Titulaire, String> INSEE = JsonProperty.optional(
      "codeInseeNaissance", JsonType.text(), t -> commune(t, true));
  private static final JsonProperty<Titulaire, String> POSTAL = JsonProperty.optional(
      "codePostalNaissance", JsonType.text(), t -> commune(t, false));

  /** A {@code titulaire} object. */
  public static final JsonType<Titulaire> TITULAIRE = JsonType.object("a holder's civil status",
      HolderJson::titulaire, NOM_NAISSANCE, NOM_USAGE, PRENOM1, PRENOM2, ANNEE, MOIS, JOUR, SEXE,
      INSEE, POSTAL);

  private static final JsonProperty<IdentifiantNational, String> NIR =
      JsonProperty.required("nir", JsonType.secretText(), IdentifiantNational::nir);
  private static final JsonProperty<IdentifiantNational, String> NIR_NOM =
      JsonProperty.required("nomNaissance", JsonType.text(), IdentifiantNational::nomNaissance);

  /** An {@code identifiantNational} object. */
  public static final JsonType<IdentifiantNational> IDENTIFIANT_NATIONAL = JsonType.object(
      "a holder's national identifier",
      values -> new IdentifiantNational(values.get(NIR), values.get(NIR_NOM)), NIR, NIR_NOM);

  private static final JsonProperty<DossierFormation, String> ID_DOSSIER =
      JsonProperty.required("idDossier", JsonType.text(), DossierFormation::idDossier);
  private static final JsonProperty<DossierFormation, String> NOM_TITULAIRE =
      JsonProperty.required("nomTitulaire", JsonType.text(), DossierFormation::nomTitulaire);
  private static final JsonProperty<DossierFormation, String> PRENOM_TITULAIRE =
      JsonProperty.required("prenom1Titulaire", JsonType.text(), DossierFormation::prenom1Titulaire);

  /** A {@code dossierFormation} object. */
  public static final JsonType<DossierFormation> DOSSIER_FORMATION = JsonType.object(
      "a holder's CPF file",
      values -> new DossierFormation(
          values.get(ID_DOSSIER), values.get(NOM_TITULAIRE), values.get(PRENOM_TITULAIRE)),
      ID_DOSSIER, NOM_TITULAIRE, PRENOM_TITULAIRE);

  private static final JsonProperty<Holder, String> CANDIDATE =
      JsonProperty.required("candidate", JsonType.text(), h -> h.candidate().getId());
  private static final JsonProperty<Holder, Titulaire> BY_TITULAIRE = JsonProperty.optional(
      "titulaire", TITULAIRE, h -> identity(h, Titulaire.class));
  private static final JsonProperty<Holder, IdentifiantNational> BY_NIR = JsonProperty.optional(
      "identifiantNational", IDENTIFIANT_NATIONAL, h -> identity(h, IdentifiantNational.class));
  private static final JsonProperty<Holder, DossierFormation> BY_CPF = JsonProperty.optional(
      "dossierFormation", DOSSIER_FORMATION, h -> identity(h, DossierFormation.class));
  private static final JsonProperty<Holder, VaeAccess> VAE_ACCESS = JsonProperty.optional(
      "voieAccessVAE", JsonType.enumOf(VaeAccess.class), Holder::vaeAccess);

  /** A holders file's line. */
  public static final JsonType<Holder> HOLDER = JsonType.object("a holder", HolderJson::holder,
      CANDIDATE, BY_TITULAIRE, BY_NIR, BY_CPF, VAE_ACCESS);

  private HolderJson() {}

  private static Optional<String> commune(Titulaire titulaire, boolean insee) {
    BirthCommune commune = titulaire.communeNaissance();
    return commune.insee() == insee ? Optional.of(commune.code()) : Optional.empty();
  }

  private static <I extends HolderIdentity> Optional<I> identity(Holder holder, Class<I> kind) {
    return kind.isInstance(holder.identity()) ? Optional.of(kind.cast(holder.identity())) : Optional.empty();
  }

  private static Titulaire titulaire(PropertyValues<Titulaire> values) {
    Optional<String> insee = values.find(INSEE);
    Optional<String> postal = values.find(POSTAL);
    if (insee.isPresent() == postal.isPresent()) {
      throw new IllegalArgumentException("exactly one of codeInseeNaissance or codePostalNaissance, "
          + (insee.isPresent() ? "has both" : "has neither"));
    }
    return new Titulaire(values.get(NOM_NAISSANCE), values.find(NOM_USAGE), values.get(PRENOM1),
        values.find(PRENOM2), values.get(ANNEE), values.find(MOIS), values.find(JOUR),
        values.get(SEXE), insee.map(BirthCommune::insee).orElseGet(() -> BirthCommune.postalCode(postal.get())));
  }

  private static Holder holder(PropertyValues<Holder> values) {
    List<HolderIdentity> identities = new ArrayList<>(1);
    values.find(BY_TITULAIRE).ifPresent(identities::add);
    values.find(BY_NIR).ifPresent(identities::add);
    values.find(BY_CPF).ifPresent(identities::add);
    if (identities.size() != 1) {
      throw new IllegalArgumentException("exactly one of titulaire, identifiantNational or "
          + "dossierFormation, " + (identities.isEmpty() ? "has none" : "has " + identities.size()));
    }
    Candidate candidate;
    try {
      candidate = Candidate.of(values.get(CANDIDATE));
    } catch (InvalidValueException e) {
      throw InvalidValueException.at(e.getProblem(), "candidate");
    }
    return new Holder(candidate, identities.get(0), values.find(VAE_ACCESS));
  }
}
