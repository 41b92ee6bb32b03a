package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.DylinkReader;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.dylink.WasmSections;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Side modules carrying the legacy "dylink" section (LLVM before 14) load like dylink.0 ones. The
 * pinned toolchain writes only dylink.0, so the test rewrites the scopes scenario's libraries into
 * the legacy form: one flat record of MEM_INFO's four fields and the NEEDED list.
 */
class LegacyDylinkSectionTest {
  @Test
  void legacySectionWithNeeded(@TempDir Path guest) throws Exception {
    Path scopes = GuestProgram.repositoryRoot().resolve("fixtures/dylink/scopes");
    Files.copy(scopes.resolve("main.wasm"), guest.resolve("main.wasm"));
    for (String lib : new String[] {"libtop.so", "libmid.so"}) {
      byte[] legacy = toLegacy(Files.readAllBytes(scopes.resolve(lib)));
      assertEquals("dylink", DylinkReader.read(legacy).orElseThrow().sectionName());
      Files.write(guest.resolve(lib), legacy);
    }
    GuestProgram program = new GuestProgram(guest, "main.wasm");
    Library top = program.linkage.dlopen("libtop.so", Dlfcn.RTLD_NOW);
    assertEquals(114, top.function("top_value").call()[0]);
    assertEquals(7, program.linkage.memory().readInt(top.address("mid_value")));
  }

  static byte[] toLegacy(byte[] module) {
    DylinkInfo info = DylinkReader.read(module).orElseThrow();
    int firstSectionEnd = WasmSections.scan(module).get(0).end();
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    writeName(content, "dylink");
    MemInfo mem = info.memInfo();
    writeLeb(content, mem.memorySize());
    writeLeb(content, mem.memoryAlignment());
    writeLeb(content, mem.tableSize());
    writeLeb(content, mem.tableAlignment());
    writeLeb(content, info.needed().size());
    for (String needed : info.needed()) {
      writeName(content, needed);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(module, 0, 8);
    out.write(0);
    writeLeb(out, content.size());
    out.writeBytes(content.toByteArray());
    out.write(module, firstSectionEnd, module.length - firstSectionEnd);
    return out.toByteArray();
  }

  private static void writeName(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeLeb(out, bytes.length);
    out.writeBytes(bytes);
  }

  private static void writeLeb(ByteArrayOutputStream out, long value) {
    do {
      int x = (int) (value & 0x7f);
      value >>>= 7;
      out.write(value != 0 ? x | 0x80 : x);
    } while (value != 0);
  }
}
