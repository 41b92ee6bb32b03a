package io.github.dylink4j.cli.inspect;

import io.github.dylink4j.cli.Verbose;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dylink4j inspect FILE}: what a dynamic loader sees in a wasm module. */
@Command(
    name = "inspect",
    description = {
      "Shows whether a wasm module is a side module, its dylink.0 metadata, and its imports and"
          + " exports grouped the way the dynamic loader resolves them."
    })
public final class InspectCommand implements Callable<Integer>, Verbose {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", description = "A wasm module (.wasm) or side module (.so).")
  Path file;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also list every section; show stack traces on errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    Inspection inspection = ModuleInspector.inspect(file);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? JsonReport.render(inspection) : TextReport.render(inspection, verbose));
    out.flush();
    return 0;
  }
}
