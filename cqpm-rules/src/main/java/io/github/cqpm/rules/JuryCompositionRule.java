package io.github.cqpm.rules;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition of the jury paritaire, each breach its own finding: "Jury paritaire : 50% de
 * représentants des salariés / 50% de représentants des employeurs. Délégation patronale : maximum
 * de cinq membres qualifiés relevant de la branche de la métallurgie et, en tant que de besoin, un
 * membre supplémentaire de la branche du travail temporaire. Délégation syndicale : chaque
 * organisation syndicale … désigne un ou plusieurs représentants qualifiés et, en tant que de
 * besoin, un membre supplémentaire de la branche du travail temporaire. Seul un représentant par
 * organisation syndicale siège dans le jury avec droit de vote. En cas de partage des voix, celle
 * du président du jury est prépondérante."
 *
 * <p>Policies: parity is counted on members with a vote; unions are compared by name ignoring case
 * and surrounding spaces; the president must sit with a vote, since the casting vote is a vote.
 */
final class JuryCompositionRule {
  private JuryCompositionRule() {}

  static void apply(JuryRules rules, JurySession jury, List<Finding> out) {
    long votingEmployees = 0;
    long votingEmployers = 0;
    long employees = 0;
    long temporaryWorkEmployees = 0;
    long metallurgyEmployers = 0;
    long temporaryWorkEmployers = 0;
    List<JuryMember> members = jury.getMembers();
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
    if (votingEmployees != votingEmployers) {
      out.add(
          Finding.of(
              FindingCode.JURY_NOT_PARITARY, Subject.JURY, votingEmployees, votingEmployers));
    }
    limit(metallurgyEmployers, rules.getMaxMetallurgyEmployers(),
        FindingCode.TOO_MANY_METALLURGY_EMPLOYERS, out);
    limit(temporaryWorkEmployers, rules.getMaxTemporaryWorkEmployers(),
        FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYERS, out);
    limit(temporaryWorkEmployees, rules.getMaxTemporaryWorkEmployees(),
        FindingCode.TOO_MANY_TEMPORARY_WORK_EMPLOYEES, out);
    if (employees == 0) {
      out.add(Finding.of(FindingCode.NO_UNION_REPRESENTATIVE, Subject.JURY));
    }
    if (votingEmployees > rules.getMaxVotesPerUnion()) {
      unions(rules, jury, out);
    }
    president(jury, out);
  }

  /** Each union with more voting representatives than the fiche allows. */
  private static void unions(JuryRules rules, JurySession jury, List<Finding> out) {
    for (Map.Entry<String, List<JuryMember>> union : jury.getVotingEmployeesByUnion().entrySet()) {
      List<JuryMember> voters = union.getValue();
      if (voters.size() > rules.getMaxVotesPerUnion()) {
        out.add(
            Finding.of(
                FindingCode.UNION_HAS_SEVERAL_VOTES,
                Subject.of(Subject.Kind.MEMBER, voters.get(rules.getMaxVotesPerUnion()).getId()),
                voters.get(0).getOrganisation(),
                voters.size()));
      }
    }
  }

  private static void limit(long count, int max, FindingCode code, List<Finding> out) {
    if (count > max) {
      out.add(Finding.of(code, Subject.JURY, count, max));
    }
  }

  private static void president(JurySession jury, List<Finding> out) {
    if (jury.getPresident().isEmpty()) {
      out.add(Finding.of(FindingCode.PRESIDENT_MISSING, Subject.JURY));
      return;
    }
    String id = jury.getPresident().get();
    Subject subject = Subject.of(Subject.Kind.MEMBER, id);
    Optional<JuryMember> president = jury.getMember(id);
    if (president.isEmpty()) {
      out.add(Finding.of(FindingCode.PRESIDENT_NOT_MEMBER, subject, id));
    } else if (!president.get().isVoting()) {
      out.add(Finding.of(FindingCode.PRESIDENT_WITHOUT_VOTE, subject, id));
    }
  }
}
