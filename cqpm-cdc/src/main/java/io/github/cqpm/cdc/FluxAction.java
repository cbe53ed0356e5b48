package io.github.cqpm.cdc;

/** What a flux asks of the CDC ({@code action}): declare its passages, or withdraw them. */
public enum FluxAction {
  /** Declare the passages ({@code CREATION}). */
  CREATION,
  /** Withdraw passages declared before, known by their {@code idTechnique} ({@code SUPPRESSION}). */
  SUPPRESSION
}
