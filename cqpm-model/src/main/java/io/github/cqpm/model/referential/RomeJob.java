package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A job of France Travail's ROME classification close to the certification ("Codes des fiches
 * ROME les plus proches"), such as {@code H2903 : Conduite d'équipement d'usinage}.
 */
@Value.Immutable
public abstract class RomeJob {
  private static final Pattern CODE = Pattern.compile("[A-N][0-9]{4}");

  RomeJob() {}

  /**
   * The ROME code: a letter from A to N and four digits.
   *
   * @return e.g. {@code H2903}
   */
  @Value.Parameter
  public abstract String getCode();

  /**
   * The ROME label, verbatim.
   *
   * @return e.g. "Conduite d'équipement d'usinage"
   */
  @Value.Parameter
  public abstract String getLabel();

  /**
   * A ROME job.
   *
   * @param code a letter from A to N and four digits
   * @param label the label
   * @return the job
   */
  public static RomeJob of(String code, String label) {
    return ImmutableRomeJob.of(code, label);
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches()) {
      throw InvalidValueException.at(
          "expected a letter from A to N and four digits (e.g. H2903), was \"" + getCode() + "\"",
          "code");
    }
    Checks.nonBlank("label", getLabel());
  }
}
