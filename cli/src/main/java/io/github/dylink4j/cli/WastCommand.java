package io.github.dylink4j.cli;

import io.github.dylink4j.wast.ConversionCache;
import io.github.dylink4j.wast.FileResult;
import io.github.dylink4j.wast.WastRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dylink4j wast}: runs WebAssembly spec-test scripts against the compiler. */
@Command(
    name = "wast",
    mixinStandardHelpOptions = true,
    description = {
      "Runs WebAssembly spec-test scripts (.wast) against the dylink4j compiler.",
      "Prints one line per file, its failures, and 'N passed, M failed, K skipped'.",
      "SIMD scripts and text-form modules are skipped. Exit status 1 if anything failed."
    })
public final class WastCommand implements Callable<Integer>, Verbose {
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Scripts to run; a folder means every *.wast file in it.")
  List<Path> files;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Show every failure, rejection-kind mismatches and spectest print output; stack traces"
              + " on errors.")
  boolean verbose;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Where converted scripts are cached (default: -D"
              + ConversionCache.PROPERTY
              + ", $"
              + ConversionCache.ENV
              + " or ~/.cache/dylink4j/wast).")
  Path cache;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description = "Time budget per file; a file over it fails (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Spec CommandSpec spec;

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    for (Path p : files) {
      if (!Files.exists(p)) {
        throw new CliError(p, "no such file or folder", null);
      }
    }
    List<Path> scripts = WastRunner.expand(files);
    ConversionCache conversions =
        ConversionCache.withBundledConverter(cache != null ? cache : ConversionCache.defaultRoot());
    WastRunner runner =
        new WastRunner(
            conversions, Duration.ofSeconds(timeoutSeconds), verbose, spec.commandLine().getOut());
    List<FileResult> results = runner.runAll(scripts);
    return results.stream().anyMatch(r -> r.failed() > 0) ? 1 : 0;
  }
}
