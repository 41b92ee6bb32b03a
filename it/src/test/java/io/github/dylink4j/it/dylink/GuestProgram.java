package io.github.dylink4j.it.dylink;

import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.wasi.WasiExit;
import io.github.dylink4j.wasi.WasiOptions;
import io.github.dylink4j.wasi.WasiPreview1;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs a zig-built main module that dlopens side modules, with the project's WASI: the folder is
 * preopened as the guest's "/" and ".", so dlopen paths are resolved through WASI's preopens;
 * stdout and stderr go to one buffer.
 */
final class GuestProgram {
  /** What a run printed and how it ended. */
  record Result(String output, int exitCode) {}

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  final Linkage linkage;
  final Library main;

  /**
   * @param folder the guest's "/" and "."; LD_LIBRARY_PATH is "." as for the native runs
   */
  GuestProgram(Path folder, String mainWasm) throws IOException {
    this(folder, mainWasm, Map.of("LD_LIBRARY_PATH", "."));
  }

  GuestProgram(Path folder, String mainWasm, Map<String, String> environment) throws IOException {
    WasiOptions.Builder options =
        WasiOptions.builder()
            .stdout(output)
            .stderr(output)
            .preopen(folder, "/")
            .preopen(folder, ".");
    environment.forEach(options::env);
    // Line-buffered like a terminal, so what was printed before a trap is kept.
    WasiPreview1 wasi = new WasiPreview1(options.build(), true);
    linkage =
        Linkage.builder()
            .compiler(Compiler::compile)
            .files(wasi::readGuestFile)
            .environment(environment)
            .hostImports(wasi.addTo(new Imports()))
            .build();
    wasi.setMemory(linkage::memory);
    main = linkage.loadMain(Files.readAllBytes(folder.resolve(mainWasm)), mainWasm);
  }

  String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  /** The JVM stack for guest code, as the command-line runner gives it (deep C recursion). */
  private static final long GUEST_STACK_BYTES = 64L << 20;

  /**
   * Runs {@code _start} on a thread with a large stack; a trap ends the run with exit code -1 and
   * the trap text appended.
   */
  Result run() throws InterruptedException {
    Result[] result = new Result[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result[0] = runHere();
              } catch (RuntimeException e) {
                failure[0] = e;
              }
            },
            "guest",
            GUEST_STACK_BYTES);
    thread.start();
    thread.join();
    if (failure[0] != null) {
      throw failure[0];
    }
    return result[0];
  }

  private Result runHere() {
    try {
      main.instance().function("_start").call();
      return new Result(output(), 0);
    } catch (WasiExit e) {
      return new Result(output(), e.code());
    } catch (WasmTrap e) {
      return new Result(output() + "trap: " + e.getMessage() + "\n", -1);
    }
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("fixtures"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no fixtures/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
