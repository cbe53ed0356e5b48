package io.github.cqpm.cdc;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a flux says of itself and of who sends it: its identifier ({@code idFlux}, 1 to 50
 * characters), when it was made ({@code horodatage}, written to the second with its offset), what
 * it asks ({@code action}, left out when empty: a creation), the sender's client identifier
 * ({@code emetteur/idClient}) and the certifier's ({@code certificateur/idClient}), both the 8
 * characters the CDC gives, and the certifier's contract ({@code idContrat}, 1 to 20 characters).
 *
 * @param idFlux the flux's identifier
 * @param horodatage when it was made
 * @param action what it asks; empty to leave it out
 * @param emitterIdClient the sender's client identifier
 * @param certifierIdClient the certifier's client identifier (the sender's when it is the
 *     certifier)
 * @param idContrat the certifier's contract
 */
public record FluxHeader(
    String idFlux, OffsetDateTime horodatage, Optional<FluxAction> action, String emitterIdClient,
    String certifierIdClient, String idContrat) {
  /**
   * Checks each value against the schema.
   *
   * @param idFlux the identifier
   * @param horodatage the time
   * @param action the action
   * @param emitterIdClient the sender
   * @param certifierIdClient the certifier
   * @param idContrat the contract
   * @throws io.github.cqpm.model.invariant.InvalidValueException at the value the schema refuses
   */
  public FluxHeader {
    TextRule.TEXT_50.check(idFlux, false, "idFlux");
    Objects.requireNonNull(horodatage, "horodatage");
    Objects.requireNonNull(action, "action");
    TextRule.ID_CLIENT.check(emitterIdClient, false, "emetteur", "idClient");
    TextRule.ID_CLIENT.check(certifierIdClient, false, "certificateur", "idClient");
    TextRule.TEXT_20.check(idContrat, false, "idContrat");
  }
}
