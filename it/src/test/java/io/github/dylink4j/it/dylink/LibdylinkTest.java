package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * libdylink (libdylink/dist/libdylink.a): a main module linked with it and no -Wl,--export flag
 * offers all of zig's libc to side modules (fixtures/dylink/libdylink, whose output must also match
 * glibc's, as every scenario in {@link NativeParityTest}).
 */
class LibdylinkTest {
  private static final Path SCENARIO =
      GuestProgram.repositoryRoot().resolve("fixtures/dylink/libdylink");

  @Test
  void sideModuleUsesLibcThroughLibdylinkAsNativelyWithGlibc() throws Exception {
    GuestProgram.Result result = new GuestProgram(SCENARIO, "main.wasm").run();
    assertEquals(
        Files.readString(SCENARIO.resolve("expected-output.txt")),
        result.output() + "exit " + result.exitCode() + "\n");
  }

  @Test
  void mainModuleOffersEveryGeneratedLibcSymbolThroughAnAccessorOnly() throws Exception {
    List<String> symbols = generatedSymbols();
    assertTrue(symbols.size() > 800, "libc symbols in the generated list: " + symbols.size());
    GuestProgram program = new GuestProgram(SCENARIO, "main.wasm");
    for (String symbol : symbols) {
      assertNotNull(
          program.main.instance().function("__WASM_EXPORT__" + symbol),
          "no accessor for " + symbol);
    }
    // The libc symbols themselves are not exported: the accessors are what the side module used.
    assertNull(program.main.instance().function("printf"));
    assertNull(program.main.instance().function("qsort"));
  }

  /** The names in libdylink/src/libc_symbols.inc, written by libdylink/gen-libc-exports. */
  private static List<String> generatedSymbols() throws Exception {
    String text =
        Files.readString(GuestProgram.repositoryRoot().resolve("libdylink/src/libc_symbols.inc"));
    Matcher m = Pattern.compile("(?m)^LIBC_EXPORT\\((\\w+)\\)$").matcher(text);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
