package io.github.dylink4j.maven;

import io.github.dylink4j.compiler.CompilerProvider;
import io.github.dylink4j.maven.ParallelBuild.Result;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * is skipped; bundles of earlier versions of a library are removed. Inputs compile in parallel,
 * largest first.
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

  /**
   * How many modules to compile at once; 0 (the default) means one per available processor. The
   * compiler keeps no shared mutable state, so modules compile independently.
   */
  @Parameter(property = "dylink4j.threads", defaultValue = "0")
  int threads;

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
    int poolSize = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    List<Result> results = new ParallelBuild(builder, in, poolSize).run(inputs);
    int compiled = 0;
    long compileMillis = 0;
    List<String> failures = new ArrayList<>();
    Map<String, Set<String>> versions = new TreeMap<>();
    for (Result r : results) {
      if (r.failure() != null) {
        // Report every bad input, not just the first.
        getLog().error("dylink4j: " + r.failure());
        failures.add(r.failure());
      } else if (r.built().outcome() == BundleBuilder.Outcome.COMPILED) {
        compiled++;
        compileMillis += r.built().millis();
        getLog().debug("dylink4j: compiled " + r.shown() + " in " + r.built().millis() + " ms");
      } else {
        getLog().debug("dylink4j: " + r.shown() + " is up to date");
      }
      if (r.built() != null) {
        versions.computeIfAbsent(r.built().library(), k -> new HashSet<>()).add(r.built().sha256());
      }
      if (r.ioError() != null) {
        throw new MojoExecutionException(
            "dylink4j: " + r.shown() + ": cannot read or write: " + r.ioError().getMessage(),
            r.ioError());
      }
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(
          "dylink4j: "
              + failures.size()
              + " wasm module(s) cannot be compiled:\n  "
              + String.join("\n  ", failures));
    }
    try {
      for (Map.Entry<String, Set<String>> v : versions.entrySet()) {
        builder.removeOtherVersions(v.getKey(), v.getValue());
      }
    } catch (IOException e) {
      throw new MojoExecutionException(
          "dylink4j: cannot remove outdated bundles from " + outputDirectory + ": " + e, e);
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
                + " ms on "
                + Math.min(poolSize, inputs.size())
                + " thread(s); "
                + compileMillis
                + " ms of compiling; per-file times with -X)");
  }

  private static long millis(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }
}
