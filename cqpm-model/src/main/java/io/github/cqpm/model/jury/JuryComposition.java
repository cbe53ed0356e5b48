package io.github.cqpm.model.jury;

import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.model.validation.Nonconformity.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The composition of a jury session against the référentiel's rules, computed once: the members
 * counted per delegation and branch, the voting representatives of each union, the president's
 * seat, and every way the session does not conform. The one place jury conformity is decided: the
 * Bean Validation constraint on a dossier and cqpm-rules' {@code juryComposition} both read it.
 *
 * <p>The fiche: "Jury paritaire : 50% de représentants des salariés / 50% de représentants des
 * employeurs. Délégation patronale : maximum de cinq membres qualifiés relevant de la branche de la
 * métallurgie et, en tant que de besoin, un membre supplémentaire de la branche du travail
 * temporaire. Délégation syndicale : chaque organisation syndicale … désigne un ou plusieurs
 * représentants qualifiés et, en tant que de besoin, un membre supplémentaire de la branche du
 * travail temporaire. Seul un représentant par organisation syndicale siège dans le jury avec droit
 * de vote. En cas de partage des voix, celle du président du jury est prépondérante."
 *
 * <p>Policies where the fiche is silent: parity is counted on members who sit with a vote (only
 * they weigh in the deliberation); unions are compared by name ignoring case and surrounding spaces;
 * the president must be a member and sit with a vote, since the casting vote is a vote.
 */
public final class JuryComposition {
  /** Where the president sits. */
  public enum PresidentSeat {
    /** No president is designated. */
    NONE,
    /** The president designated is not a member of the session. */
    NOT_A_MEMBER,
    /** The president is a member without a vote. */
    WITHOUT_VOTE,
    /** The president is a member with a vote. */
    WITH_VOTE
  }

  private final JurySession session;
  private final long votingEmployees;
  private final long votingEmployers;
  private final long employees;
  private final long temporaryWorkEmployees;
  private final long metallurgyEmployers;
  private final long temporaryWorkEmployers;
  private final PresidentSeat presidentSeat;
  private final List<Nonconformity> nonconformities;

  private JuryComposition(JurySession session, JuryRules rules) {
    this.session = session;
    long votingEmployees = 0;
    long votingEmployers = 0;
    long employees = 0;
    long temporaryWorkEmployees = 0;
    long metallurgyEmployers = 0;
    long temporaryWorkEmployers = 0;
    List<JuryMember> members = session.getMembers();
    for (int i = 0; i < members.size(); i++) {
      JuryMember member = members.get(i);
      boolean temporaryWork = member.getBranch() == Branch.TEMPORARY_WORK;
      if (member.getCollege() == College.EMPLOYEE) {
        employees++;
        temporaryWorkEmployees += temporaryWork ? 1 : 0;
        votingEmployees += member.isVoting() ? 1 : 0;
      } else {
        metallurgyEmployers += temporaryWork ? 0 : 1;
        temporaryWorkEmployers += temporaryWork ? 1 : 0;
        votingEmployers += member.isVoting() ? 1 : 0;
      }
    }
    this.votingEmployees = votingEmployees;
    this.votingEmployers = votingEmployers;
    this.employees = employees;
    this.temporaryWorkEmployees = temporaryWorkEmployees;
    this.metallurgyEmployers = metallurgyEmployers;
    this.temporaryWorkEmployers = temporaryWorkEmployers;
    this.presidentSeat = seat(session);
    this.nonconformities = Collections.unmodifiableList(breaches(rules));
  }

  /**
   * The composition of a session under a référentiel's rules.
   *
   * @param session the session
   * @param rules the référentiel's rules of composition
   * @return the composition
   */
  public static JuryComposition of(JurySession session, JuryRules rules) {
    return new JuryComposition(
        Objects.requireNonNull(session, "session"), Objects.requireNonNull(rules, "rules"));
  }

  private static PresidentSeat seat(JurySession session) {
    if (session.getPresident().isEmpty()) {
      return PresidentSeat.NONE;
    }
    return session
        .getMember(session.getPresident().get())
        .map(m -> m.isVoting() ? PresidentSeat.WITH_VOTE : PresidentSeat.WITHOUT_VOTE)
        .orElse(PresidentSeat.NOT_A_MEMBER);
  }

  private List<Nonconformity> breaches(JuryRules rules) {
    List<Nonconformity> out = new ArrayList<>(0);
    if (votingEmployees != votingEmployers) {
      out.add(Nonconformity.of(Kind.JURY_NOT_PARITARY, "members", votingEmployees, votingEmployers));
    }
    limit(out, Kind.TOO_MANY_METALLURGY_EMPLOYERS, metallurgyEmployers,
        rules.getMaxMetallurgyEmployers());
    limit(out, Kind.TOO_MANY_TEMPORARY_WORK_EMPLOYERS, temporaryWorkEmployers,
        rules.getMaxTemporaryWorkEmployers());
    limit(out, Kind.TOO_MANY_TEMPORARY_WORK_EMPLOYEES, temporaryWorkEmployees,
        rules.getMaxTemporaryWorkEmployees());
    if (employees == 0) {
      out.add(Nonconformity.of(Kind.NO_UNION_REPRESENTATIVE, "members"));
    }
    if (votingEmployees > rules.getMaxVotesPerUnion()) {
      for (List<JuryMember> voters : session.getVotingEmployeesByUnion().values()) {
        if (voters.size() > rules.getMaxVotesPerUnion()) {
          JuryMember extra = voters.get(rules.getMaxVotesPerUnion());
          out.add(Nonconformity.ofMember(Kind.UNION_HAS_SEVERAL_VOTES,
              "members[" + session.getMembers().indexOf(extra) + "]", extra.getId(),
              voters.get(0).getOrganisation(), voters.size()));
        }
      }
    }
    String president = session.getPresident().orElse("");
    switch (presidentSeat) {
      case NONE:
        out.add(Nonconformity.of(Kind.PRESIDENT_MISSING, "president"));
        break;
      case NOT_A_MEMBER:
        out.add(Nonconformity.ofMember(Kind.PRESIDENT_NOT_MEMBER, "president", president, president));
        break;
      case WITHOUT_VOTE:
        out.add(
            Nonconformity.ofMember(Kind.PRESIDENT_WITHOUT_VOTE, "president", president, president));
        break;
      default:
        break;
    }
    return out;
  }

  private static void limit(List<Nonconformity> out, Kind kind, long count, int max) {
    if (count > max) {
      out.add(Nonconformity.of(kind, "members", count, max));
    }
  }

  /**
   * The session.
   *
   * @return the session this composition is of
   */
  public JurySession getSession() {
    return session;
  }

  /**
   * How many employees' representatives sit with a vote.
   *
   * @return the count
   */
  public long getVotingEmployees() {
    return votingEmployees;
  }

  /**
   * How many employers' representatives sit with a vote.
   *
   * @return the count
   */
  public long getVotingEmployers() {
    return votingEmployers;
  }

  /**
   * How many members of a delegation and branch sit, with a vote or not.
   *
   * @param college the delegation
   * @param branch the branch
   * @return the count
   */
  public long count(College college, Branch branch) {
    if (college == College.EMPLOYER) {
      return branch == Branch.TEMPORARY_WORK ? temporaryWorkEmployers : metallurgyEmployers;
    }
    return branch == Branch.TEMPORARY_WORK
        ? temporaryWorkEmployees
        : employees - temporaryWorkEmployees;
  }

  /**
   * The employees' representatives who sit with a vote, by union.
   *
   * @return see {@link JurySession#getVotingEmployeesByUnion()}
   */
  public Map<String, List<JuryMember>> getVotingEmployeesByUnion() {
    return session.getVotingEmployeesByUnion();
  }

  /**
   * Where the president sits.
   *
   * @return the seat
   */
  public PresidentSeat getPresidentSeat() {
    return presidentSeat;
  }

  /**
   * Whether the session conforms to the rules.
   *
   * @return true when {@link #getNonconformities()} is empty
   */
  public boolean isConform() {
    return nonconformities.isEmpty();
  }

  /**
   * Every way the session does not conform, with paths relative to the session ({@code members},
   * {@code members[4]}, {@code president}), in a fixed order: parity, the delegations' sizes, the
   * unions' representatives, the president.
   *
   * @return the nonconformities; empty when conform
   */
  public List<Nonconformity> getNonconformities() {
    return nonconformities;
  }
}
