package io.github.cqpm.model.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The arguments of a nonconformity as the message parameters {@code {0}}, {@code {1}}… of its
 * violation, so that Bean Validation's message states the facts (the count and the limit, the
 * date, the member) as the rules' finding does. Jakarta Validation has no standard way to give a
 * violation parameters of its own: this uses Hibernate Validator's, the stock provider, when it is
 * the one validating; with another provider the message keeps its placeholders.
 */
final class MessageArguments {
  /** Whether Hibernate Validator's API is there at all (an optional dependency of this module). */
  private static final boolean HIBERNATE = present();

  private MessageArguments() {}

  private static boolean present() {
    try {
      Class.forName("org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext",
          false, MessageArguments.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Sets the parameters of the violation to be built next: each argument's text, by its index. */
  static void add(ConstraintValidatorContext context, List<Object> arguments) {
    if (HIBERNATE) {
      Hibernate.add(context, arguments);
    }
  }

  /** Hibernate Validator's parameters, loaded only where its API is. */
  private static final class Hibernate {
    static void add(ConstraintValidatorContext context, List<Object> arguments) {
      HibernateConstraintValidatorContext hibernate;
      try {
        hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
      } catch (ValidationException e) {
        return; // another provider validates
      }
      for (int i = 0; i < arguments.size(); i++) {
        hibernate.addMessageParameter(Integer.toString(i), arguments.get(i).toString());
      }
    }
  }
}
