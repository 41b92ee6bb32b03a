package io.github.dylink4j.it.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.Library;
import io.github.dylink4j.runtime.LinkException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NEEDED libraries are searched in the RUNTIME_PATH of the library that needs them, with $ORIGIN
 * expanded to its directory. The pinned wasm-ld (LLVM 19) cannot write RUNTIME_PATH, so this test
 * appends one to the dylink.0 section of libtop.so, as newer wasm-ld does for -rpath.
 */
class RuntimePathTest {
  private static final Path SCOPES =
      GuestProgram.repositoryRoot().resolve("fixtures/dylink/scopes");

  @Test
  void neededLibraryIsFoundThroughOrigin(@TempDir Path guest) throws Exception {
    layOut(guest, withRuntimePath(Files.readAllBytes(SCOPES.resolve("libtop.so")), "$ORIGIN/sub"));
    GuestProgram program = new GuestProgram(guest, "main.wasm", Map.of());
    Library top = program.linkage.dlopen("/libs/libtop.so", Dlfcn.RTLD_NOW);
    assertEquals(114, top.function("top_value").call()[0]);
    assertEquals(
        "/libs/sub/libmid.so", program.linkage.dlopen("libmid.so", Dlfcn.RTLD_NOLOAD).name());
  }

  @Test
  void withoutRuntimePathTheDependencyIsNotFound(@TempDir Path guest) throws Exception {
    layOut(guest, Files.readAllBytes(SCOPES.resolve("libtop.so")));
    GuestProgram program = new GuestProgram(guest, "main.wasm", Map.of());
    LinkException e =
        assertThrows(
            LinkException.class, () -> program.linkage.dlopen("/libs/libtop.so", Dlfcn.RTLD_NOW));
    assertEquals(
        "libmid.so: cannot open shared object file: No such file or directory", e.getMessage());
    assertEquals(null, program.linkage.dlopen("/libs/libtop.so", Dlfcn.RTLD_NOLOAD));
  }

  private static void layOut(Path guest, byte[] top) throws Exception {
    Files.createDirectories(guest.resolve("libs/sub"));
    Files.copy(SCOPES.resolve("main.wasm"), guest.resolve("main.wasm"));
    Files.copy(SCOPES.resolve("libmid.so"), guest.resolve("libs/sub/libmid.so"));
    Files.write(guest.resolve("libs/libtop.so"), top);
  }

  /** Appends a RUNTIME_PATH subsection (type 5) to the dylink.0 section, the first one. */
  static byte[] withRuntimePath(byte[] module, String path) {
    int[] pos = {9}; // after magic, version and the section id 0
    int size = readLeb(module, pos);
    int contentStart = pos[0];
    byte[] entry = path.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    writeLeb(payload, 1);
    writeLeb(payload, entry.length);
    payload.writeBytes(entry);
    ByteArrayOutputStream sub = new ByteArrayOutputStream();
    sub.write(5);
    writeLeb(sub, payload.size());
    sub.writeBytes(payload.toByteArray());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(module, 0, 9);
    writeLeb(out, size + sub.size());
    out.write(module, contentStart, size);
    out.writeBytes(sub.toByteArray());
    out.write(module, contentStart + size, module.length - contentStart - size);
    return out.toByteArray();
  }

  private static int readLeb(byte[] b, int[] pos) {
    int result = 0;
    int shift = 0;
    while (true) {
      int x = b[pos[0]++] & 0xff;
      result |= (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return result;
      }
      shift += 7;
    }
  }

  private static void writeLeb(ByteArrayOutputStream out, int value) {
    do {
      int x = value & 0x7f;
      value >>>= 7;
      out.write(value != 0 ? x | 0x80 : x);
    } while (value != 0);
  }
}
