package io.github.cqpm.rules.decision;

import io.github.cqpm.model.internal.IsoDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One reason of a decision: a stable code, its severity, what it is about, the arguments of its
 * message, and the sentence of the fiche it applies. Render it with {@link Messages}.
 *
 * @param code the stable code
 * @param severity how much it weighs (usually {@link FindingCode#getSeverity()})
 * @param subject what it is about
 * @param arguments the message's arguments, one per {@link FindingCode#getArgumentNames() name of
 *     the code}, in that order: immutable values (text, numbers, dates, enum constants, codes)
 *     whose {@code toString()} is their stable text, as {@link #argumentTexts()} gives it
 * @param rule the sentence of the fiche applied (usually {@link FindingCode#getRule()})
 */
public record Finding(
    FindingCode code, Severity severity, Subject subject, List<Object> arguments, FicheRule rule) {

  /**
   * Checks the components and copies the arguments.
   *
   * @param code the stable code
   * @param severity how much it weighs
   * @param subject what it is about
   * @param arguments the message's arguments
   * @param rule the sentence applied
   * @throws IllegalArgumentException if the arguments are not as many as the code's names
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    arguments = List.copyOf(arguments);
    if (arguments.size() != code.getArgumentNames().size()) {
      throw new IllegalArgumentException(
          code + " takes " + code.getArgumentNames() + ", not " + arguments.size() + " argument(s)");
    }
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * A finding with its code's usual severity and rule.
   *
   * @param code the code
   * @param subject what it is about
   * @param arguments the arguments, immutable values
   * @return the finding
   */
  public static Finding of(FindingCode code, Subject subject, Object... arguments) {
    return new Finding(code, code.getSeverity(), subject, List.of(arguments), code.getRule());
  }

  /**
   * A finding with no argument, its code's usual severity and rule.
   *
   * @param code the code
   * @param subject what it is about
   * @return the finding
   */
  public static Finding of(FindingCode code, Subject subject) {
    return new Finding(code, code.getSeverity(), subject, List.of(), code.getRule());
  }

  /**
   * A finding with one argument (like {@link #of(FindingCode, Subject, Object...)}, without an
   * array).
   *
   * @param code the code
   * @param subject what it is about
   * @param argument the argument, an immutable value
   * @return the finding
   */
  public static Finding of(FindingCode code, Subject subject, Object argument) {
    return new Finding(code, code.getSeverity(), subject, List.of(argument), code.getRule());
  }

  /**
   * A finding with two arguments (like {@link #of(FindingCode, Subject, Object...)}, without an
   * array).
   *
   * @param code the code
   * @param subject what it is about
   * @param first the first argument, an immutable value
   * @param second the second
   * @return the finding
   */
  public static Finding of(FindingCode code, Subject subject, Object first, Object second) {
    return new Finding(code, code.getSeverity(), subject, List.of(first, second), code.getRule());
  }

  /**
   * A finding with three arguments (like {@link #of(FindingCode, Subject, Object...)}, with one
   * array instead of two).
   *
   * @param code the code
   * @param subject what it is about
   * @param first the first argument, an immutable value
   * @param second the second
   * @param third the third
   * @return the finding
   */
  public static Finding of(
      FindingCode code, Subject subject, Object first, Object second, Object third) {
    return new Finding(
        code, code.getSeverity(), subject, List.of(first, second, third), code.getRule());
  }

  /**
   * The arguments as text: each one's {@code toString()} ({@code 2016-06-20}, {@code C5}, {@code
   * RNCP19453BC02}, {@code ADMISSIBLE}, {@code 3}). Stable across releases, like the codes.
   *
   * @return the texts, in order
   */
  public List<String> argumentTexts() {
    String[] texts = new String[arguments.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = argumentText(i);
    }
    return List.of(texts);
  }

  /**
   * One argument as text, as {@link #argumentTexts()} gives it.
   *
   * @param index the argument's place, from 0
   * @return its text
   * @throws IndexOutOfBoundsException if the finding has no argument there
   * @since 0.2.0
   */
  public String argumentText(int index) {
    Object argument = arguments.get(index);
    return argument instanceof LocalDate date ? IsoDates.text(date) : argument.toString();
  }

  /**
   * The same finding with another severity (a policy's choice).
   *
   * @param other the severity
   * @return the finding
   */
  public Finding withSeverity(Severity other) {
    return new Finding(code, other, subject, arguments, rule);
  }

  /**
   * The same finding applying another sentence of the fiche (e.g. the VAE path's steps).
   *
   * @param other the rule
   * @return the finding
   */
  public Finding withRule(FicheRule other) {
    return new Finding(code, severity, subject, arguments, other);
  }
}
