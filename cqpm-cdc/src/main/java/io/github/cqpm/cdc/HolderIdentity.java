package io.github.cqpm.cdc;

/**
 * How the CDC is to find the holder ({@code identificationTitulaire}): by civil status ({@link
 * Titulaire}), by the NIR ({@link IdentifiantNational}) or by a CPF file ({@link
 * DossierFormation}), exactly one.
 */
public sealed interface HolderIdentity permits Titulaire, IdentifiantNational, DossierFormation {}
