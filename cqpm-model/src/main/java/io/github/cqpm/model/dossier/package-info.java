/**
 * One candidate's case: the candidacy, the assessments of capacities, the company's opinions,
 * blocks acquired earlier, the VAE file where the route is VAE, and the jury's deliberation. A
 * {@link io.github.cqpm.model.dossier.Dossier} gathers them; cqpm-rules decides on it.
 */
@CqpmStyle
package io.github.cqpm.model.dossier;

import io.github.cqpm.model.internal.CqpmStyle;
