package io.github.cqpm.model.jury;

/**
 * The two sides of the jury paritaire: "50% de représentants des salariés / 50% de représentants
 * des employeurs".
 */
public enum College {
  /** The employers' delegation ("Délégation patronale"). */
  EMPLOYER,
  /** The employees' delegation, designated by the unions ("Délégation syndicale"). */
  EMPLOYEE
}
