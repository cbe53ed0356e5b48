package io.github.cqpm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** An option whose value is a count of something: 1 or more, else a usage error naming the option. */
final class CountOption {
  private CountOption() {}

  /**
   * The count an option gives, checked.
   *
   * @param spec the command the option belongs to
   * @param option the option's name, as the user wrote it ({@code --threads})
   * @param value what it was given
   * @return the value, 1 or more
   * @throws ParameterException a usage error, when the value is less than 1
   */
  static int atLeastOne(CommandSpec spec, String option, int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '" + option + "': must be 1 or more, was " + value);
    }
    return value;
  }
}
