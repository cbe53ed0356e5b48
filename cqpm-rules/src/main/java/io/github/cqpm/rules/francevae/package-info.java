/**
 * The rules' decisions in France VAE's words: the eight results of its API ({@code ResultatJury}),
 * whether the candidacy was aimed at part of the certification ({@code estViseePartiellement}),
 * the blocks, and a French comment listing each block's outcome (France VAE has no per-block
 * field); and a result recorded in France VAE read back, so that an audit can flag one that
 * contradicts the rules.
 */
package io.github.cqpm.rules.francevae;
