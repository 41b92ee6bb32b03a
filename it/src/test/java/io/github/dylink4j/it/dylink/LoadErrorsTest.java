package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed or partial link reports, and that a failed dlopen leaves nothing behind. */
class LoadErrorsTest {
  private static final Path SYMBOLS =
      GuestProgram.repositoryRoot().resolve("fixtures/dylink/symbols");

  @Test
  void missingFunctionUnderLazyBindingTrapsNamingSymbolAndLibrary() throws Exception {
    GuestProgram program = new GuestProgram(SYMBOLS, "main.wasm");
    Library lib = program.linkage.dlopen("libmissingfunc.so", Dlfcn.RTLD_LAZY);
    WasmFunction callMissing = lib.function("call_missing");
    WasmTrap trap = assertThrows(WasmTrap.class, callMissing::call);
    assertEquals(
        "undefined symbol: no_such_function (needed by ./libmissingfunc.so)", trap.getMessage());
  }

  @Test
  void failedLoadLeavesNothingBehind() throws Exception {
    GuestProgram program = new GuestProgram(SYMBOLS, "main.wasm");
    int tableSize = program.linkage.table().size();
    int libraries = program.linkage.linker().libraries().size();
    for (int attempt = 0; attempt < 2; attempt++) {
      LinkException e =
          assertThrows(
              LinkException.class,
              () -> program.linkage.dlopen("libmissingdata.so", Dlfcn.RTLD_NOW));
      assertEquals("./libmissingdata.so: undefined symbol: no_such_data", e.getMessage());
    }
    assertEquals(libraries, program.linkage.linker().libraries().size());
    for (int i = tableSize; i < program.linkage.table().size(); i++) {
      assertEquals(null, program.linkage.table().get(i), "table slot " + i + " left filled");
    }
  }

  @Test
  void aMainModuleIsNotASideModule() throws Exception {
    GuestProgram program = new GuestProgram(SYMBOLS, "main.wasm");
    LinkException e =
        assertThrows(LinkException.class, () -> program.linkage.dlopen("./main.wasm", 2));
    assertEquals(
        "./main.wasm: not a WebAssembly side module (its first section is not a dylink.0 custom"
            + " section)",
        e.getMessage());
  }

  @Test
  void garbageNamesTheFile(@TempDir Path guest) throws Exception {
    Files.copy(SYMBOLS.resolve("main.wasm"), guest.resolve("main.wasm"));
    Files.write(guest.resolve("libjunk.so"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 0, 9});
    GuestProgram program = new GuestProgram(guest, "main.wasm");
    LinkException e =
        assertThrows(LinkException.class, () -> program.linkage.dlopen("libjunk.so", 2));
    assertTrue(e.getMessage().startsWith("./libjunk.so: "), e.getMessage());
  }
}
