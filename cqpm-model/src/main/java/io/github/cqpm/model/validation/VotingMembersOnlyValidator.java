package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.JuryDeliberation;
import java.util.List;
import io.github.cqpm.model.jury.Vote;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link VotingMembersOnly} on a {@link JuryDeliberation}. */
public final class VotingMembersOnlyValidator implements ConstraintValidator<VotingMembersOnly, JuryDeliberation> {
  /** Creates the validator; Bean Validation does. */
  public VotingMembersOnlyValidator() {}

  @Override
  public boolean isValid(JuryDeliberation value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean valid = true;
    List<Vote> votes = value.getVotes();
    for (int i = 0; i < votes.size(); i++) {
      if (!value.getSession().isVotingMember(votes.get(i).getMember())) {
        if (valid) {
          context.disableDefaultConstraintViolation();
          valid = false;
        }
        context
            .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("votes")
            .addPropertyNode("member")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return valid;
  }
}
