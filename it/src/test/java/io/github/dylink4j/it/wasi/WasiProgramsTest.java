package io.github.dylink4j.it.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.it.wasi.WasiFixtures.Result;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.wasi.GuestBacktrace;
import io.github.dylink4j.wasi.WasiProgram;
import java.io.ByteArrayInputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures/wasi programs run in-process through the Java API. Expected outputs of files and
 * misc were produced by the same C built natively with gcc (POSIX semantics); sandbox and badptr
 * expectations follow the WASI spec (ENOTCAPABLE, EFAULT = 21).
 */
class WasiProgramsTest {
  @TempDir Path tmp;

  @Test
  void fileAndDirectoryOperationsMatchNativeOutput() throws Exception {
    Path work = Files.createDirectory(tmp.resolve("work"));
    Result r =
        WasiFixtures.run("files", b -> b.args(List.of("files", "work")).preopen(work, "work"));
    assertEquals("", r.stderr());
    assertEquals(WasiFixtures.expected("files"), r.stdout());
    assertEquals(0, r.exitCode());
    try (Stream<Path> left = Files.list(work)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void inMemoryFileSystemBehavesLikeTheHostOne() throws Exception {
    // With the "unix" attribute view Jimfs keeps link counts and inode numbers, as stat needs.
    Configuration unix =
        Configuration.unix().toBuilder()
            .setAttributeViews("basic", "owner", "posix", "unix")
            .build();
    try (FileSystem fs = Jimfs.newFileSystem(unix)) {
      Path work = Files.createDirectories(fs.getPath("/mem/work"));
      Result r =
          WasiFixtures.run("files", b -> b.args(List.of("files", "work")).preopen(work, "work"));
      assertEquals(WasiFixtures.expected("files"), r.stdout());
      assertEquals(0, r.exitCode());
    }
  }

  @Test
  void argsEnvironmentClocksRandomAndPoll() {
    Result r =
        WasiFixtures.run(
            "misc",
            b ->
                b.args(List.of("misc", "one", "two words")).env("GREETING", "hi").env("EMPTY", ""));
    assertEquals(WasiFixtures.expected("misc-info"), r.stdout());
  }

  @Test
  void standardInputIsPiped() {
    byte[] input = "Hello, stdin\nsecond line\nno newline at end".getBytes(StandardCharsets.UTF_8);
    Result r =
        WasiFixtures.run(
            "misc", b -> b.args(List.of("misc", "cat")).stdin(new ByteArrayInputStream(input)));
    assertEquals(WasiFixtures.expected("misc-cat"), r.stdout());
  }

  @Test
  void exitStatusIsTheProcExitCode() {
    for (int code : new int[] {0, 7, 255}) {
      Result r = WasiFixtures.run("misc", b -> b.args(List.of("misc", "exit", "" + code)));
      assertEquals(code, r.exitCode());
      assertEquals("exiting with " + code + "\n", r.stdout());
    }
  }

  @Test
  void pollOnStdinWaitsForInput() throws Exception {
    PipedOutputStream writer = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(writer);
    Thread feeder =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
                writer.write("hi\n".getBytes(StandardCharsets.UTF_8));
                writer.close();
              } catch (Exception e) {
                throw new RuntimeException(e);
              }
            });
    feeder.start();
    long start = System.nanoTime();
    Result r = WasiFixtures.run("misc", b -> b.args(List.of("misc", "poll-stdin")).stdin(stdin));
    feeder.join();
    assertEquals("poll stdin: r=1 POLLIN=1 read=3\n", r.stdout());
    assertTrue(System.nanoTime() - start >= 300_000_000L);
  }

  @Test
  void pollOnEndedStdinReportsReadyWithNothingToRead() {
    Result r =
        WasiFixtures.run(
            "misc",
            b ->
                b.args(List.of("misc", "poll-stdin")).stdin(new ByteArrayInputStream(new byte[0])));
    assertEquals("poll stdin: r=1 POLLIN=1 read=0\n", r.stdout());
  }

  @Test
  void noEscapeFromThePreopenedDirectory() throws Exception {
    Files.writeString(tmp.resolve("outside.txt"), "SECRET\n");
    Path box = Files.createDirectories(tmp.resolve("box/sub"));
    box = box.getParent();
    Files.createSymbolicLink(box.resolve("rel-link"), Path.of("../outside.txt"));
    Files.createSymbolicLink(box.resolve("abs-link"), tmp.resolve("outside.txt").toAbsolutePath());
    Files.createSymbolicLink(box.resolve("dir-link"), Path.of(".."));
    Path preopen = box;
    Result r = WasiFixtures.run("sandbox", b -> b.preopen(preopen, "box"));
    assertEquals(WasiFixtures.expected("sandbox"), r.stdout());
    assertEquals(0, r.exitCode(), "the program exits with its count of escapes");
    // Nothing outside changed.
    assertEquals("SECRET\n", Files.readString(tmp.resolve("outside.txt")));
    try (Stream<Path> outside = Files.list(tmp)) {
      assertEquals(
          List.of("box", "outside.txt"),
          outside.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertFalse(Files.exists(box.resolve("abs-made"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void badGuestPointersGetEfault() throws Exception {
    Result r = WasiFixtures.run("badptr", b -> b.preopen(tmp, "."));
    assertEquals(WasiFixtures.expected("badptr"), r.stdout());
    assertEquals("okay\n", r.stderr(), "only the valid write reached stderr");
  }

  @Test
  void importedMemoryAndTableAreCreatedFromTheImportLimits() throws Exception {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Result r = WasiFixtures.run("memimport", b -> b.preopen(out, "out"));
    assertEquals("allocated 64 MiB in an imported memory\n", r.stdout());
    assertEquals(
        "written through WASI with an imported memory\n",
        Files.readString(out.resolve("imported.txt")));
  }

  private static WasmTrap trap(String mode, long stackBytes) {
    WasiProgram program = new WasiProgram(WasiFixtures.image("trap")).stackBytes(stackBytes);
    WasmTrap.captureStackTraces(true);
    try {
      return assertThrows(
          WasmTrap.class,
          () -> WasiFixtures.run(program, "trap", b -> b.args(List.of("trap", mode))));
    } finally {
      WasmTrap.captureStackTraces(false);
    }
  }

  private static GuestBacktrace backtrace() throws Exception {
    GuestBacktrace bt = new GuestBacktrace();
    bt.add(WasiFixtures.image("trap"), Files.readAllBytes(WasiFixtures.wasm("trap")));
    return bt;
  }

  @Test
  void trapsCarryTheirMessageAndAGuestBacktrace() throws Exception {
    WasmTrap t = trap("unreachable", WasiProgram.DEFAULT_STACK_BYTES);
    assertEquals("unreachable", t.getMessage());
    assertEquals(
        List.of(
            "crash_here (trap.wasm)",
            "call_crash (trap.wasm)",
            "__main_void (trap.wasm)",
            "_start (trap.wasm)"),
        backtrace().frames(t));

    t = trap("divzero", WasiProgram.DEFAULT_STACK_BYTES);
    assertEquals("integer divide by zero", t.getMessage());
    assertEquals("divide (trap.wasm)", backtrace().frames(t).get(0));

    assertEquals(
        "out of bounds memory access", trap("oob", WasiProgram.DEFAULT_STACK_BYTES).getMessage());
    // The C stack lives in linear memory: overflowing it runs off the bottom of memory.
    assertEquals(
        "out of bounds memory access",
        trap("recurse", WasiProgram.DEFAULT_STACK_BYTES).getMessage());
  }

  @Test
  void jvmStackOverflowIsCallStackExhausted() throws Exception {
    WasmTrap t = trap("recurse-jvm", 8L << 20);
    assertEquals("call stack exhausted", t.getMessage());
    List<String> frames = backtrace().frames(t);
    assertFalse(frames.isEmpty());
    assertTrue(frames.stream().allMatch(f -> f.equals("recurse_jvm (trap.wasm)")), "" + frames);
  }

  @Test
  void deepRecursionFitsTheLargeGuestStack() {
    Result r = WasiFixtures.run("trap", b -> b.args(List.of("trap", "deep")));
    assertEquals("mode deep\ndepth 100000\n", r.stdout());
    assertEquals(0, r.exitCode());
  }

  /**
   * (module (import "env" "dlopen" (func (param i32 i32) (result i32))) (func (export "_start")))
   */
  static final byte[] NEEDS_DLOPEN = {
    0, 'a', 's', 'm', 1, 0, 0, 0, //
    1, 10, 2, 0x60, 2, 0x7f, 0x7f, 1, 0x7f, 0x60, 0, 0, //
    2, 14, 1, 3, 'e', 'n', 'v', 6, 'd', 'l', 'o', 'p', 'e', 'n', 0, 0, //
    3, 2, 1, 1, //
    7, 10, 1, 6, '_', 's', 't', 'a', 'r', 't', 0, 1, //
    10, 4, 1, 2, 0, 0x0b
  };

  @Test
  void anUnprovidedImportIsNamedWithItsModule() {
    ModuleImage image = Compiler.compile(NEEDS_DLOPEN, "needs-dlopen.wasm");
    LinkException e =
        assertThrows(
            LinkException.class, () -> WasiFixtures.run(new WasiProgram(image), "x", b -> {}));
    assertEquals(
        "module needs-dlopen.wasm needs imports that are not provided:"
            + " env.dlopen (function (i32 i32) -> (i32))",
        e.getMessage());
  }

  @Test
  void importResolversProvideWhatWasiDoesNot() {
    ModuleImage image = Compiler.compile(NEEDS_DLOPEN, "needs-dlopen.wasm");
    List<String> seen = new java.util.ArrayList<>();
    WasiProgram program =
        new WasiProgram(image)
            .resolver(
                new io.github.dylink4j.wasi.ImportResolver() {
                  @Override
                  public Object resolve(
                      io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec imp,
                      WasiProgram.Context context) {
                    seen.add("resolve " + imp.qualifiedName());
                    return io.github.dylink4j.runtime.WasmFunction.host(
                        imp.funcType(), args -> new Object[] {0});
                  }

                  @Override
                  public void instantiated(
                      io.github.dylink4j.runtime.ModuleInstance main, WasiProgram.Context context) {
                    seen.add("instantiated, exports " + main.exportNames());
                  }
                });
    Result r = WasiFixtures.run(program, "needs-dlopen", b -> {});
    assertEquals(0, r.exitCode());
    assertEquals(List.of("resolve env.dlopen", "instantiated, exports [_start]"), seen);
  }
}
