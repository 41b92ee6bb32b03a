package io.github.dylink4j.cli;

import io.github.dylink4j.cli.inspect.InspectCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dylink4j} command. Subcommands are listed in the {@code @Command} annotation below.
 */
@Command(
    name = "dylink4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Runs WebAssembly C programs and their dynamically loaded side modules on the JVM.",
    // To add a subcommand, add its class here.
    subcommands = {
      InspectCommand.class,
      WastCommand.class,
      RunCommand.class,
      CompileCommand.class,
      PythonCommand.class,
      HelpCommand.class
    })
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  /** A configured command line: tests call {@code execute} on it with their own out/err writers. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorReporter());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
