package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OneVotePerUnion} on a {@link JurySession}. */
public final class OneVotePerUnionValidator implements ConstraintValidator<OneVotePerUnion, JurySession> {
  /** Creates the validator; Bean Validation does. */
  public OneVotePerUnionValidator() {}

  @Override
  public boolean isValid(JurySession value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Set<String> unions = new HashSet<>();
    for (JuryMember member : value.getVotingMembers()) {
      if (member.getCollege() == College.EMPLOYEE
          && !unions.add(member.getOrganisation().strip().toLowerCase(Locale.ROOT))) {
        return Violations.on(context, "members");
      }
    }
    return true;
  }
}
