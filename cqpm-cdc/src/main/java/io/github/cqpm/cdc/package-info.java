/**
 * The declaration of holders to the Caisse des Dépôts: {@link io.github.cqpm.cdc.Holder} (who a
 * holder is, as the CDC identifies a person), {@link io.github.cqpm.cdc.Passage} (one CQPM
 * obtained), {@link io.github.cqpm.cdc.Accrochage} (the run that pairs the decisions with the
 * holders and writes the flux), {@link io.github.cqpm.cdc.CdcSchema} (the schema a flux is checked
 * against) and {@link io.github.cqpm.cdc.ProcessingReport} (the CDC's answer).
 */
package io.github.cqpm.cdc;
