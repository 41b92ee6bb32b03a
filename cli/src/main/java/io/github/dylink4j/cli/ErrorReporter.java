package io.github.dylink4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from any subcommand into one line on stderr and exit status 1; the stack trace
 * only with {@code --verbose}, since users need the message and developers need the trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  static final int EXIT_ERROR = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    boolean verbose = command.getCommand() instanceof Verbose v && v.verbose();
    if (e instanceof CliError error) {
      err.println(error.line());
    } else {
      // A bug in dylink4j rather than bad input: still one line, but say so.
      err.println(
          "dylink4j: internal error: "
              + e
              + (verbose ? "" : " (rerun with --verbose for the stack trace)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return EXIT_ERROR;
  }
}
