package io.github.cqpm.model.jury;

import io.github.cqpm.model.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sitting of the jury paritaire de délibération: its date, its members and its president.
 *
 * <p>Structurally, member identifiers are unique. Whether the jury is conform (parity, size of the
 * employers' delegation, one vote per union, a president who sits) is not checked here: a jury of
 * six employer members can be built. Its conformity depends on the référentiel's rules: {@link
 * JuryComposition} computes it, and a dossier's Bean Validation constraint reports it.
 */
@Value.Immutable
public abstract class JurySession {
  JurySession() {}

  /**
   * The date the jury sat.
   *
   * @return the date
   */
  public abstract LocalDate getDate();

  /**
   * The members who sat, each once.
   *
   * @return the members, in the order given
   */
  public abstract List<JuryMember> getMembers();

  /**
   * The identifier of the jury's president ("En cas de partage des voix, celle du président du jury
   * est prépondérante").
   *
   * @return the president's member identifier, or empty when none was designated
   */
  public abstract Optional<String> getPresident();

  /**
   * The member with an identifier.
   *
   * @param id the identifier
   * @return the member, or empty when none has it
   */
  public Optional<JuryMember> getMember(String id) {
    return Optional.ofNullable(membersById().get(id));
  }

  @Value.Lazy
  Map<String, JuryMember> membersById() {
    Map<String, JuryMember> byId = new HashMap<>();
    getMembers().forEach(m -> byId.put(m.getId(), m));
    return byId;
  }

  /**
   * Whether a member of this session sits with a vote.
   *
   * @param id the member's identifier
   * @return false for a member without a vote, and for an identifier no member has
   */
  public boolean isVotingMember(String id) {
    JuryMember member = membersById().get(id);
    return member != null && member.isVoting();
  }

  /**
   * The members who sit with a vote.
   *
   * @return the voting members, in order
   */
  public List<JuryMember> getVotingMembers() {
    List<JuryMember> voting = new ArrayList<>();
    for (JuryMember member : getMembers()) {
      if (member.isVoting()) {
        voting.add(member);
      }
    }
    return Collections.unmodifiableList(voting);
  }

  /**
   * The employees' representatives who sit with a vote, grouped by union. Unions are compared by
   * name, ignoring case and surrounding spaces (policy: "CGT" and " cgt " are one union).
   *
   * @return normalised union name to its voting representatives, unions in order of first
   *     appearance; unmodifiable, computed once
   */
  @Value.Lazy
  public Map<String, List<JuryMember>> getVotingEmployeesByUnion() {
    Map<String, List<JuryMember>> byUnion = new LinkedHashMap<>();
    for (JuryMember member : getMembers()) {
      if (member.isVoting() && member.getCollege() == College.EMPLOYEE) {
        byUnion
            .computeIfAbsent(
                member.getOrganisation().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(member);
      }
    }
    byUnion.replaceAll((union, members) -> List.copyOf(members));
    return Collections.unmodifiableMap(byUnion);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.distinct("members", getMembers(), JuryMember::getId);
    getPresident().ifPresent(id -> Checks.identifier("president", id));
  }

  /** Builds a {@link JurySession}; {@code date} is required. */
  public static final class Builder extends ImmutableJurySession.Builder {
    Builder() {}
  }
}
