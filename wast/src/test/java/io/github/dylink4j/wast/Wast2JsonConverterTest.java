package io.github.dylink4j.wast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled wast2json, loaded in its own class loader, on small scripts. */
class Wast2JsonConverterTest {
  @TempDir Path tmp;

  @Test
  void convertsAScriptIntoCommandsAndModuleFiles() throws IOException {
    Path wast =
        Files.writeString(
            tmp.resolve("t.wast"),
            String.join(
                "\n",
                "(module $m (func (export \"f\") (param i32) (result i32) local.get 0))",
                "(assert_return (invoke \"f\" (i32.const -1)) (i32.const -1))",
                "(assert_malformed (module quote \"(func\") \"unexpected end\")",
                "(assert_invalid (module (func (result i32))) \"type mismatch\")",
                "(register \"m\" $m)",
                ""));
    ConversionCache cache = ConversionCache.withBundledConverter(tmp.resolve("cache"));
    Script script = Script.read("t.wast", cache.jsonFor(wast));

    assertEquals(5, script.commands().size());
    Command.Module module = assertInstanceOf(Command.Module.class, script.commands().get(0));
    assertEquals("$m", module.name());
    assertEquals(1, module.line());
    byte[] wasm = Files.readAllBytes(script.dir().resolve(module.filename()));
    assertEquals(0x6d736100, readIntLe(wasm), "a binary module: \\0asm");

    Command.AssertReturn ret =
        assertInstanceOf(Command.AssertReturn.class, script.commands().get(1));
    assertEquals(2, ret.line());
    assertEquals(-1, ret.action().args().get(0));
    assertTrue(ret.expected().get(0).matches(-1));

    Command.AssertModule malformed =
        assertInstanceOf(Command.AssertModule.class, script.commands().get(2));
    assertTrue(malformed.text(), "module quote stays text");
    Command.AssertModule invalid =
        assertInstanceOf(Command.AssertModule.class, script.commands().get(3));
    assertEquals(Command.ModuleCheck.INVALID, invalid.check());
    assertEquals("type mismatch", invalid.message());
    assertTrue(!invalid.text());

    Command.Register reg = assertInstanceOf(Command.Register.class, script.commands().get(4));
    assertEquals("m", reg.as());
    assertEquals("$m", reg.name());
  }

  @Test
  void syntaxErrorsNameTheScript() throws IOException {
    Path wast = Files.writeString(tmp.resolve("broken.wast"), "(module (func (result i32)\n");
    ConversionCache cache = ConversionCache.withBundledConverter(tmp.resolve("cache"));
    WastException e = assertThrows(WastException.class, () -> cache.jsonFor(wast));
    assertTrue(e.getMessage().startsWith("cannot convert " + wast + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("wast2json rejected the script"), e.getMessage());
    // wast2json's own diagnostic, with the user's path, line and column.
    assertTrue(e.getMessage().contains(wast + ":2:1: error: "), e.getMessage());
  }

  private static int readIntLe(byte[] b) {
    return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
  }
}
