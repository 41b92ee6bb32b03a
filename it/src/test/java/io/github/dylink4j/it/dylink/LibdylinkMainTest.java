package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Global;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A main module linked with libdylink and no -Wl,--export flag (fixtures/dylink/libdylink-main):
 * side modules get the program's own C stack and heap, and their destructors and atexit handlers
 * run in glibc's order.
 */
class LibdylinkMainTest {
  private static final Path SCENARIO =
      GuestProgram.repositoryRoot().resolve("fixtures/dylink/libdylink-main");
  private static final String MARKER = "__dylink4j_stack_pointer";

  @Test
  void sideModulesShareTheProgramsStackAndHeapAsNativelyWithGlibc() throws Exception {
    GuestProgram program = new GuestProgram(SCENARIO, "main.wasm");
    GuestProgram.Result result = program.run();
    assertEquals(
        Files.readString(SCENARIO.resolve("expected-output.txt")),
        result.output() + "exit " + result.exitCode() + "\n");

    // One stack: the program's own __stack_pointer (exported by the loader through libdylink's
    // marker), not a stack the loader allocated for side modules.
    Global programStack = program.main.instance().global("__stack_pointer");
    assertNotNull(programStack, "the loader exports the program's stack pointer");
    assertSame(programStack, program.linkage.linker().stackPointer());
    // Data areas come from the program's malloc (libdylink's __WASM_EXPORT__malloc).
    assertTrue(program.linkage.linker().usesProgramHeap());
  }

  @Test
  void withoutTheMarkerSideModulesGetASeparateStackThatTheDeepRecursionExhausts(@TempDir Path copy)
      throws Exception {
    copyScenario(copy);
    byte[] wasm = Files.readAllBytes(copy.resolve("main.wasm"));
    // Rename the marker's export (same length): the loader no longer finds the program's stack.
    replaceOnce(wasm, MARKER, "__dylink4j_stack_pointeX");
    Files.write(copy.resolve("main.wasm"), wasm);

    GuestProgram program = new GuestProgram(copy, "main.wasm");
    GuestProgram.Result result = program.run();
    assertEquals(-1, result.exitCode(), result.output());
    assertTrue(
        result.output().contains("depth 1000: 500\ntrap: call stack exhausted (the side modules'"),
        result.output());
  }

  @Test
  void aMarkerThatIsNotGlobalGetIsNotTrusted(@TempDir Path copy) throws Exception {
    copyScenario(copy);
    byte[] wasm = Files.readAllBytes(copy.resolve("main.wasm"));
    // The marker's body: size 8, no locals, `global.get 0` (padded LEB128 index), `end`. As
    // `i32.const 0` it names no global, so the compiler exports no stack pointer and side modules
    // get the loader's separate stack, as without the marker.
    byte[] marker = {8, 0, 0x23, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0, 0x0b};
    int body = indexOf(wasm, marker) + 1;
    wasm[body + 1] = 0x41; // i32.const
    Files.write(copy.resolve("main.wasm"), wasm);

    GuestProgram program = new GuestProgram(copy, "main.wasm");
    assertNull(program.main.instance().global("__stack_pointer"));
    GuestProgram.Result result = program.run();
    assertEquals(-1, result.exitCode(), result.output());
    assertTrue(
        result.output().contains("trap: call stack exhausted (the side modules'"), result.output());
  }

  private static void copyScenario(Path copy) throws Exception {
    try (Stream<Path> files = Files.list(SCENARIO)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(
            f, copy.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void replaceOnce(byte[] bytes, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(bytes, f);
    System.arraycopy(to.getBytes(StandardCharsets.US_ASCII), 0, bytes, at, f.length);
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    for (int i = 0; i + pattern.length <= bytes.length; i++) {
      int j = 0;
      while (j < pattern.length && bytes[i + j] == pattern[j]) {
        j++;
      }
      if (j == pattern.length) {
        return i;
      }
    }
    throw new AssertionError("pattern not found in main.wasm");
  }
}
