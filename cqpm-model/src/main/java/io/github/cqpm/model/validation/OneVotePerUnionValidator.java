package io.github.cqpm.model.validation;

import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.Referentials;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OneVotePerUnion} on a {@link JurySession}, with the bundled référentiel's limit. */
public final class OneVotePerUnionValidator implements ConstraintValidator<OneVotePerUnion, JurySession> {
  /** Creates the validator; Bean Validation does. */
  public OneVotePerUnionValidator() {}

  @Override
  public boolean isValid(JurySession value, ConstraintValidatorContext context) {
    int max = Referentials.rncp19453().getJuryRules().getMaxVotesPerUnion();
    if (value == null
        || value.getVotingEmployeesByUnion().values().stream().allMatch(v -> v.size() <= max)) {
      return true;
    }
    return Violations.on(context, "members");
  }
}
