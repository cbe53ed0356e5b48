package io.github.cqpm.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cqpm completion bash|zsh}: the shell completion script picocli generates from the
 * commands themselves, so that it never lags behind them. One script serves both shells (under
 * zsh it loads {@code bashcompinit} itself).
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a completion script for bash or zsh, e.g. source <(cqpm completion bash) "
        + "with an alias or a script named cqpm on the PATH.")
final class CompletionCommand implements Callable<Integer> {
  /** The shells the script serves. */
  enum Shell {
    /** Bash, 4 or later. */
    bash,
    /** Zsh, through its bash completion layer. */
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("cqpm", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
