/**
 * A CQPM référentiel as data: its capacities, competence blocks, evaluation modalities, access
 * routes, jury compositions, territories and registration. {@link
 * io.github.cqpm.model.referential.Referentials#rncp19453()} is the bundled fiche RNCP 19453,
 * "Pilote de systèmes de production automatisée", with the fiche's French text kept verbatim; a
 * {@link io.github.cqpm.model.referential.ReferentialCatalog} holds the référentiels an application
 * decides with, by number, as a value it hands to whatever needs them.
 *
 * <p>Field names follow France Compétences' RNCP open-data export (fiche number, block codes such
 * as {@code RNCP19453BC01}, accessibility in New Caledonia and French Polynesia, effective and end
 * dates of registration) so that an importer of that export maps onto them.
 */
@CqpmStyle
package io.github.cqpm.model.referential;

import io.github.cqpm.model.internal.CqpmStyle;
