package io.github.dylink4j.cli;

import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import io.github.dylink4j.wasi.DynamicWasiProgram;
import io.github.dylink4j.wasi.GuestBacktrace;
import io.github.dylink4j.wasi.ImportResolver;
import io.github.dylink4j.wasi.ImportResolverProvider;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import io.github.dylink4j.wasi.WasiProgram;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dylink4j run}: compiles a WASI command module and runs it with the given preopened
 * directories, environment and arguments. The exit status is the guest's; a trap prints {@code
 * error: wasm trap: MESSAGE} and a guest backtrace, and exits 134 like a native abort.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a WebAssembly WASI program (wasm32-wasi main module).",
      "Everything after MODULE is passed to the program as its arguments.",
      "Exit status: the program's; 134 after a trap; 1 when it cannot be run."
    })
public final class RunCommand implements Callable<Integer>, Verbose {
  /** Exit status after a trap: what a shell reports for SIGABRT. */
  static final int EXIT_TRAP = 134;

  private static final int MAX_BACKTRACE_LINES = 50;

  @Option(
      names = "--dir",
      paramLabel = "HOST[::GUEST]",
      description =
          "Give the program the host directory HOST, under the name GUEST (default: HOST as"
              + " written). Repeatable.")
  List<String> dirs = new ArrayList<>();

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description = "Set an environment variable of the program. Repeatable.")
  List<String> env = new ArrayList<>();

  @Option(
      names = {"-v", "--verbose"},
      description = "Java stack traces on errors and traps.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "MODULE", description = "The .wasm program.")
  Path module;

  @Parameters(
      index = "1..*",
      paramLabel = "ARGS",
      description = "Arguments for the program (argv[1] on).")
  List<String> args = new ArrayList<>();

  @Spec CommandSpec spec;

  /** Options after MODULE belong to the program, not to us. */
  @Spec
  void stopAtModule(CommandSpec commandSpec) {
    commandSpec.parser().stopAtPositional(true);
  }

  // The guest's streams: raw and unbuffered, so its output interleaves as it was written.
  InputStream stdin = new FileInputStream(FileDescriptor.in);
  OutputStream stdout = new FileOutputStream(FileDescriptor.out);
  OutputStream stderr = new FileOutputStream(FileDescriptor.err);

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    byte[] wasm = read(module);
    WasiOptions options = options();
    // Compiled modules come from class-path bundles or the on-disk cache when they can.
    ImageLookup images = ImageLookup.standard(null);
    ModuleImage image;
    try {
      image = images.find(wasm, module.getFileName().toString()).image();
    } catch (CompileException e) {
      throw new CliError(module, "cannot compile: " + e.getMessage(), e);
    }
    GuestBacktrace backtrace = new GuestBacktrace();
    backtrace.add(image, wasm);
    List<ImportResolver> resolvers = new ArrayList<>();
    for (ImportResolverProvider provider : ServiceLoader.load(ImportResolverProvider.class)) {
      resolvers.addAll(provider.resolversFor(module, wasm, image, backtrace));
    }
    WasmTrap.captureStackTraces(true);
    WasiPreview1 wasi = new WasiPreview1(options, System.console() != null);
    try {
      if (DynamicWasiProgram.needsDynamicLinking(wasm, image.spec().imports())) {
        // Side modules are compiled as they are loaded; each is registered for backtraces.
        ModuleCompiler compiler =
            (bytes, name) -> {
              ModuleImage compiled = bytes == wasm ? image : images.find(bytes, name).image();
              backtrace.add(compiled, bytes);
              return compiled;
            };
        return new DynamicWasiProgram(wasm, image.name(), compiler)
            .stackBytes(guestStackBytes())
            .run(wasi, new Imports(), options.env());
      }
      WasiProgram program = new WasiProgram(image).stackBytes(guestStackBytes());
      resolvers.forEach(program::resolver);
      return program.run(wasi);
    } catch (LinkException e) {
      throw new CliError(module, e.getMessage(), e);
    } catch (WasmTrap trap) {
      reportTrap(trap, backtrace);
      return EXIT_TRAP;
    } catch (OutOfMemoryError e) {
      throw new CliError(
          module,
          "the JVM ran out of memory running it (raise -Xmx, e.g. through DYLINK4J_JAVA_OPTS)",
          e);
    }
  }

  /** JVM stack of the guest thread: -Ddylink4j.guestStackMiB=N (default 32, see WasiProgram). */
  private static long guestStackBytes() {
    return Long.getLong("dylink4j.guestStackMiB", WasiProgram.DEFAULT_STACK_BYTES >> 20) << 20;
  }

  private void reportTrap(WasmTrap trap, GuestBacktrace backtrace) {
    PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
    err.println("error: wasm trap: " + trap.getMessage());
    List<String> frames = backtrace.frames(trap);
    if (!frames.isEmpty()) {
      err.println("wasm backtrace:");
      // A runaway recursion is one line with a count, not a thousand equal lines.
      int i = 0;
      for (int shown = 0; i < frames.size() && shown < MAX_BACKTRACE_LINES; shown++) {
        int j = i;
        while (j < frames.size() && frames.get(j).equals(frames.get(i))) {
          j++;
        }
        err.printf(
            "  %3d: %s%s%n",
            i, frames.get(i), j - i > 1 ? " (repeated " + (j - i) + " times)" : "");
        i = j;
      }
      if (i < frames.size()) {
        err.println("  ... " + (frames.size() - i) + " more frames");
      } else if (GuestBacktrace.truncated(trap)) {
        err.println("  ... (outer frames not recorded)");
      }
    }
    if (verbose) {
      trap.printStackTrace(err);
    }
    err.flush();
  }

  private WasiOptions options() {
    WasiOptions.Builder b = WasiOptions.builder();
    List<String> argv = new ArrayList<>();
    argv.add(module.toString());
    argv.addAll(args);
    b.args(argv);
    for (String e : env) {
      int eq = e.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            spec.commandLine(), "--env expects NAME=VALUE, got '" + e + "'");
      }
      try {
        b.env(e.substring(0, eq), e.substring(eq + 1));
      } catch (IllegalArgumentException ex) {
        throw new ParameterException(spec.commandLine(), "--env: " + ex.getMessage());
      }
    }
    for (String d : dirs) {
      int sep = d.indexOf("::");
      String host = sep < 0 ? d : d.substring(0, sep);
      String guest = sep < 0 ? d : d.substring(sep + 2);
      Path hostDir = Path.of(host);
      if (!Files.isDirectory(hostDir)) {
        throw new CliError(hostDir, "--dir: not a directory", null);
      }
      if (guest.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--dir " + d + ": empty guest name");
      }
      b.preopen(hostDir, guest);
    }
    b.stdin(stdin).stdout(stdout).stderr(stderr);
    return b.build();
  }

  private static byte[] read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new CliError(file, "is a directory, not a wasm file", null);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliError(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CliError(file, "permission denied", e);
    } catch (IOException e) {
      throw new CliError(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
