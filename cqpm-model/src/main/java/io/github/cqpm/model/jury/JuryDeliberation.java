package io.github.cqpm.model.jury;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The jury's deliberation on one candidate: the session, the votes cast and, once known, the
 * verdict the jury declared.
 *
 * <p>Structurally, each vote names a member of the session and no member votes twice. A vote by a
 * member who sits without a vote is representable (a nonconformity, reported by the rules and by a
 * dossier's Bean Validation constraint).
 */
@Value.Immutable
public abstract class JuryDeliberation {
  JuryDeliberation() {}

  /**
   * The session that deliberated.
   *
   * @return the session
   */
  public abstract JurySession getSession();

  /**
   * The votes cast on the candidate, each member at most once.
   *
   * @return the votes, in the order given
   */
  public abstract List<Vote> getVotes();

  /**
   * The verdict the jury declared, as recorded.
   *
   * @return the verdict, or empty when none is recorded yet
   */
  public abstract Optional<Verdict> getDeclaredVerdict();

  /**
   * Whether the candidate attended the jury.
   *
   * @return {@link Attendance#PRESENT} unless the dossier records otherwise
   * @since 0.2.0
   */
  @Value.Default
  public Attendance getAttendance() {
    return Attendance.PRESENT;
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
    Checks.distinct("votes", getVotes(), Vote::getMember);
    for (int i = 0; i < getVotes().size(); i++) {
      String member = getVotes().get(i).getMember();
      if (getSession().getMember(member).isEmpty()) {
        throw InvalidValueException.at(
            member + " is not a member of the session", "votes", i, "member");
      }
    }
  }

  /**
   * Builds a {@link JuryDeliberation}; {@code session} is required, {@code attendance} {@link
   * Attendance#PRESENT} unless set.
   */
  public static final class Builder extends ImmutableJuryDeliberation.Builder {
    Builder() {}
  }
}
