package io.github.dylink4j.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import io.github.dylink4j.compiler.translate.ModuleTranslator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleParserTest {
  /** A real zig-built program with all of wasi libc: 665 KB, about 1,500 function bodies. */
  private static final Path PROGRAM = Path.of("../fixtures/dylink/libdylink/main.wasm");

  private static byte[] program() throws IOException {
    return Files.readAllBytes(PROGRAM);
  }

  @Test
  void bodiesDecodedInChunksEqualAWholeDecodeWithTheSameByteOffsets() throws IOException {
    byte[] wasm = program();
    WasmModule whole = ModuleParser.parseWhole(wasm);
    WasmModule chunked = ModuleParser.parseInChunks(wasm, 4096);
    int bodies = whole.codeSection().functionBodyCount();
    assertTrue(bodies > 500, "fixture has " + bodies + " bodies");
    assertEquals(bodies, chunked.codeSection().functionBodyCount());
    for (int i = 0; i < bodies; i++) {
      var a = whole.codeSection().getFunctionBody(i);
      var b = chunked.codeSection().getFunctionBody(i);
      assertEquals(a.localTypes(), b.localTypes(), "locals of body " + i);
      assertEquals(a.instructions().size(), b.instructions().size(), "body " + i);
      for (int k = 0; k < a.instructions().size(); k++) {
        AnnotatedInstruction x = a.instructions().get(k);
        AnnotatedInstruction y = b.instructions().get(k);
        assertEquals(x.address(), y.address(), "body " + i + " instruction " + k);
        assertEquals(x, y, "body " + i + " instruction " + k);
      }
    }
    // The other sections (equals is identity for some Chicory section types, so compare text).
    assertEquals(whole.typeSection(), chunked.typeSection());
    assertEquals(whole.functionSection(), chunked.functionSection());
    assertEquals(whole.dataSection(), chunked.dataSection());
    assertEquals(whole.exportSection(), chunked.exportSection());
    assertEquals(
        whole.importSection().stream().map(Object::toString).toList(),
        chunked.importSection().stream().map(Object::toString).toList());
    assertEquals(
        whole.customSections().stream().map(s -> s.name()).toList(),
        chunked.customSections().stream().map(s -> s.name()).toList());
  }

  @Test
  void chunkedDecodeCompilesToTheSameClassFiles() throws IOException {
    byte[] wasm = program();
    Map<String, byte[]> whole =
        new ModuleTranslator(ModuleParser.parseWhole(wasm), "main.wasm", wasm)
            .translate()
            .classes();
    Map<String, byte[]> chunked =
        new ModuleTranslator(ModuleParser.parseInChunks(wasm, 64 << 10), "main.wasm", wasm)
            .translate()
            .classes();
    assertEquals(whole.keySet(), chunked.keySet());
    whole.forEach((name, bytes) -> assertArrayEquals(bytes, chunked.get(name), name));
  }

  @Test
  void malformedInputGivesChicorysOwnErrorOnTheChunkedPath() throws IOException {
    byte[] wasm = program();
    // An unknown opcode in the last function body, and a cut in the middle of the code section.
    byte[] damaged = wasm.clone();
    int inCode = lastBodyOffset(wasm);
    damaged[inCode] = (byte) 0xFF;
    byte[] cut = Arrays.copyOf(wasm, inCode);
    // The chunk holding the last body fails, as Chicory does on the whole module.
    Exception inChunk =
        assertThrows(RuntimeException.class, () -> ModuleParser.parseInChunks(damaged, 4096));
    assertTrue(inChunk.getMessage().contains("illegal opcode"), inChunk.getMessage());
    for (byte[] bad : new byte[][] {damaged, cut}) {
      Exception whole = assertThrows(RuntimeException.class, () -> ModuleParser.parseWhole(bad));
      Exception chunked =
          assertThrows(RuntimeException.class, () -> ModuleParser.parse(bad, 0, 4096));
      assertEquals(whole.getClass(), chunked.getClass());
      assertEquals(whole.getMessage(), chunked.getMessage());
    }
  }

  @Test
  void aSmallModuleWithoutRoomForChunkHeadersIsDecodedWhole() {
    WasmBuilder b = new WasmBuilder();
    int t = b.type(new int[] {}, new int[] {});
    for (int i = 0; i < 3; i++) {
      b.function(t, new int[] {}, new WasmBuilder.Code());
    }
    byte[] wasm = b.build();
    assertThrows(IllegalStateException.class, () -> ModuleParser.parseInChunks(wasm, 1));
    WasmModule m = ModuleParser.parse(wasm, 0, 1);
    assertEquals(3, m.codeSection().functionBodyCount());
    assertEquals(ModuleParser.parseWhole(wasm).codeSection(), m.codeSection());
  }

  /** The offset of the last function body's first instruction, from a whole decode. */
  private static int lastBodyOffset(byte[] wasm) {
    WasmModule m = ModuleParser.parseWhole(wasm);
    var bodies = m.codeSection().functionBodies();
    return bodies[bodies.length - 1].instructions().get(0).address();
  }
}
