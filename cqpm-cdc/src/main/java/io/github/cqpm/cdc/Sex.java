package io.github.cqpm.cdc;

/** A holder's sex as the CDC records it ({@code sexe}). */
public enum Sex {
  /** Male ({@code M}). */
  M,
  /** Female ({@code F}). */
  F
}
