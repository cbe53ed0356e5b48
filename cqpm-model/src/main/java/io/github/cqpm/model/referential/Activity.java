package io.github.cqpm.model.referential;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.internal.Checks;
import org.immutables.value.Value;

/**
 * An activity of the holder of the certificate: "Le titulaire du certificat est amené à réaliser
 * les activités suivantes : A1. Conduite de plusieurs installations…".
 */
@Value.Immutable
public abstract class Activity {
  Activity() {}

  /**
   * The activity's code.
   *
   * @return e.g. {@code A1}
   */
  @Value.Parameter
  public abstract ActivityCode getCode();

  /**
   * The activity's wording, verbatim.
   *
   * @return the French label, without the code
   */
  @Value.Parameter
  public abstract String getLabel();

  /**
   * An activity.
   *
   * @param code the code
   * @param label the French label
   * @return the activity
   */
  public static Activity of(ActivityCode code, String label) {
    return ImmutableActivity.of(code, label);
  }

  @Value.Check
  void check() {
    Checks.nonBlank("label", getLabel());
  }
}
