package io.github.dylink4j.maven;

import io.github.dylink4j.compiler.CompilerProvider;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles WebAssembly main modules ({@code app.wasm}) and side modules ({@code libfoo.so}) into
 * precompiled bundles under the output folder, so they land in the jar: at run time dylink4j finds
 * each module's bundle by file name and SHA-256 and needs neither the compiler nor ASM.
 *
 * <p>Incremental: an input whose bundle (same bytes, same compiler) is already in the output folder
 * is skipped; bundles of earlier versions of a library are removed.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class CompileMojo extends AbstractMojo {
  /** The folder holding the wasm modules to compile. A missing folder means nothing to do. */
  @Parameter(
      property = "dylink4j.inputDirectory",
      defaultValue = "${project.basedir}/src/main/wasm",
      required = true)
  File inputDirectory;

  /**
   * Ant-style patterns, relative to {@link #inputDirectory}, of the files to compile. Default:
   * {@code **}{@code /*.wasm} and {@code **}{@code /*.so}.
   */
  @Parameter List<String> includes;

  /** Ant-style patterns of files not to compile, even when included. Default: none. */
  @Parameter List<String> excludes;

  /** Where the bundles go: the class-path folder the jar is made of. */
  @Parameter(
      property = "dylink4j.outputDirectory",
      defaultValue = "${project.build.outputDirectory}",
      required = true)
  File outputDirectory;

  /** Skips compiling altogether. */
  @Parameter(property = "dylink4j.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dylink4j: skipped (dylink4j.skip)");
      return;
    }
    Path in = inputDirectory.toPath();
    if (!Files.isDirectory(in)) {
      getLog().info("dylink4j: no wasm modules to compile (" + in + " does not exist)");
      return;
    }
    List<String> inc =
        includes == null || includes.isEmpty() ? List.of("**/*.wasm", "**/*.so") : includes;
    List<String> exc = excludes == null ? List.of() : excludes;
    List<Path> inputs;
    try {
      inputs = new InputScanner(inc, exc).scan(in);
    } catch (IOException e) {
      throw new MojoExecutionException("dylink4j: cannot list " + in + ": " + e.getMessage(), e);
    }
    if (inputs.isEmpty()) {
      getLog().info("dylink4j: no wasm modules in " + in + " match " + inc);
      return;
    }
    BundleBuilder builder =
        new BundleBuilder(
            outputDirectory.toPath(), ImageLookup.generatorOf(CompilerProvider.class));
    int compiled = 0;
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (Path input : inputs) {
      String shown = in.relativize(input).toString();
      try {
        long t0 = System.nanoTime();
        if (builder.build(input, shown) == BundleBuilder.Outcome.COMPILED) {
          compiled++;
          getLog().info("dylink4j: compiled " + shown + " in " + millis(t0) + " ms");
        } else {
          getLog().debug("dylink4j: " + shown + " is up to date");
        }
      } catch (BundleBuilder.InputException e) {
        // Report every bad input, not just the first.
        getLog().error("dylink4j: " + e.getMessage());
        failures.add(e.getMessage());
      } catch (IOException e) {
        throw new MojoExecutionException(
            "dylink4j: " + shown + ": cannot read or write: " + e.getMessage(), e);
      }
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(
          "dylink4j: "
              + failures.size()
              + " wasm module(s) cannot be compiled:\n  "
              + String.join("\n  ", failures));
    }
    getLog()
        .info(
            "dylink4j: "
                + compiled
                + " module(s) compiled, "
                + (inputs.size() - compiled)
                + " up to date, into "
                + outputDirectory
                + " ("
                + millis(start)
                + " ms)");
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
