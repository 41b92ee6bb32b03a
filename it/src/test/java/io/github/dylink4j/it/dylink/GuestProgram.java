package io.github.dylink4j.it.dylink;

import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.WasmTrap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs a zig-built main module that dlopens side modules from its folder, capturing its output. */
final class GuestProgram {
  /** What a run printed and how it ended. */
  record Result(String output, int exitCode) {}

  private final TestOnlyWasi wasi = new TestOnlyWasi();
  final Linkage linkage;
  final Library main;

  /**
   * @param folder the guest's "/" and "."; LD_LIBRARY_PATH is "." as for the native runs
   */
  GuestProgram(Path folder, String mainWasm) throws IOException {
    this(folder, mainWasm, Map.of("LD_LIBRARY_PATH", "."));
  }

  GuestProgram(Path folder, String mainWasm, Map<String, String> environment) throws IOException {
    Linkage[] holder = new Linkage[1];
    linkage =
        Linkage.builder()
            .compiler(Compiler::compile)
            .files(new GuestFolder(folder))
            .environment(environment)
            .hostImports(wasi.imports(() -> holder[0]))
            .build();
    holder[0] = linkage;
    main = linkage.loadMain(Files.readAllBytes(folder.resolve(mainWasm)), mainWasm);
  }

  String output() {
    return wasi.output();
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
      return new Result(wasi.output(), 0);
    } catch (TestOnlyWasi.Exit e) {
      return new Result(wasi.output(), e.code);
    } catch (WasmTrap e) {
      return new Result(wasi.output() + "trap: " + e.getMessage() + "\n", -1);
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
