package io.github.cqpm.model.referential;

import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.internal.Checks;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A domain of the Nomenclature des spécialités de formation ("Code(s) NSF"), such as {@code 201
 * Technologies de commandes des transformations industrielles}.
 */
@Value.Immutable
public abstract class NsfDomain {
  private static final Pattern CODE = Pattern.compile("[0-9]{3}[a-z]?");

  NsfDomain() {}

  /**
   * The NSF code: three digits, optionally followed by a lower-case letter of function.
   *
   * @return e.g. {@code 201}
   */
  @Value.Parameter
  public abstract String getCode();

  /**
   * The domain's label, verbatim.
   *
   * @return e.g. "Technologies de commandes des transformations industrielles"
   */
  @Value.Parameter
  public abstract String getLabel();

  /**
   * An NSF domain.
   *
   * @param code three digits and an optional letter
   * @param label the label
   * @return the domain
   */
  public static NsfDomain of(String code, String label) {
    return ImmutableNsfDomain.of(code, label);
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches()) {
      throw InvalidValueException.at(
          "expected three digits and an optional letter (e.g. 201), was \"" + getCode() + "\"",
          "code");
    }
    Checks.nonBlank("label", getLabel());
  }
}
