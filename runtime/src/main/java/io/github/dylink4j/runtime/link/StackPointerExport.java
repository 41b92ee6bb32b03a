package io.github.dylink4j.runtime.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Exports the stack pointer of a main module linked with libdylink, so that side modules run on the
 * program's own C stack. wasm-ld keeps its {@code __stack_pointer} hidden unless the user's link
 * line says {@code -Wl,--export=__stack_pointer}, which an archive cannot add; libdylink instead
 * links the exported function {@code __dylink4j_stack_pointer}, whose body is exactly {@code
 * global.get N; end}. This class reads N from that body and adds the export {@code __stack_pointer
 * -> global N} to the module's export section before it is compiled (a compiled module keeps
 * globals that are not exported in private fields, out of the loader's reach).
 */
final class StackPointerExport {
  static final String MARKER = "__dylink4j_stack_pointer";
  private static final String STACK_POINTER = "__stack_pointer";

  private static final int IMPORT_SECTION = 2;
  private static final int EXPORT_SECTION = 7;
  private static final int CODE_SECTION = 10;
  private static final int KIND_FUNCTION = 0;
  private static final int KIND_GLOBAL = 3;

  private StackPointerExport() {}

  /**
   * The module with {@code __stack_pointer} exported when it has libdylink's marker function and
   * does not export the stack pointer already; otherwise the same bytes. Malformed bytes are
   * returned as they are, for the compiler to report.
   *
   * @throws DlException naming the module and byte offset when the marker is not {@code global.get
   *     N; end}
   */
  static byte[] apply(byte[] wasm, String name) {
    try {
      return patch(wasm, name);
    } catch (IndexOutOfBoundsException | Malformed e) {
      return wasm;
    }
  }

  /** Bytes that are not a well-formed module. */
  private static final class Malformed extends RuntimeException {
    Malformed() {
      super(null, null, false, false);
    }
  }

  private static byte[] patch(byte[] wasm, String name) {
    int importedFunctions = 0;
    int exportHeader = -1;
    int exportStart = -1;
    int exportEnd = -1;
    int codeStart = -1;
    int marker = -1;
    Reader r = new Reader(wasm, 8);
    while (r.pos < wasm.length) {
      int header = r.pos;
      int id = wasm[r.pos++] & 0xff;
      int size = r.u32();
      int start = r.pos;
      int end = start + size;
      if (id == IMPORT_SECTION) {
        importedFunctions = countFunctionImports(new Reader(wasm, start));
      } else if (id == EXPORT_SECTION) {
        exportHeader = header;
        exportStart = start;
        exportEnd = end;
        Reader e = new Reader(wasm, start);
        for (int n = e.u32(); n > 0; n--) {
          String exportName = e.name();
          int kind = wasm[e.pos++] & 0xff;
          int index = e.u32();
          if (kind == KIND_GLOBAL && exportName.equals(STACK_POINTER)) {
            return wasm; // linked with -Wl,--export=__stack_pointer
          }
          if (kind == KIND_FUNCTION && exportName.equals(MARKER)) {
            marker = index;
          }
        }
      } else if (id == CODE_SECTION) {
        codeStart = start;
      }
      r.pos = end;
    }
    if (marker < 0 || codeStart < 0) {
      return wasm;
    }
    int global = readMarkerGlobal(wasm, codeStart, marker - importedFunctions, name);
    return withExport(wasm, exportHeader, exportStart, exportEnd, global);
  }

  private static int countFunctionImports(Reader r) {
    int functions = 0;
    for (int n = r.u32(); n > 0; n--) {
      r.name();
      r.name();
      int kind = r.bytes[r.pos++] & 0xff;
      switch (kind) {
        case 0 -> {
          r.u32();
          functions++;
        }
        case 1 -> { // table: reftype, limits
          r.pos++;
          r.limits();
        }
        case 2 -> r.limits();
        case 3 -> r.pos += 2; // valtype, mutability
        default -> r.u32(); // tag: attribute, type
      }
    }
    return functions;
  }

  /** N of the marker's body {@code global.get N; end} (no locals). */
  private static int readMarkerGlobal(byte[] wasm, int codeStart, int defined, String name) {
    Reader r = new Reader(wasm, codeStart);
    int count = r.u32();
    if (defined < 0 || defined >= count) {
      throw new DlException(name + ": " + MARKER + " is not a function defined in the module");
    }
    for (int i = 0; i < defined; i++) {
      int size = r.u32();
      r.pos += size;
    }
    int size = r.u32();
    int body = r.pos;
    int end = body + size;
    if (end > wasm.length) {
      throw new Malformed();
    }
    if (r.u32() == 0 && (wasm[r.pos++] & 0xff) == 0x23) { // no locals, global.get
      int global = r.u32();
      if (r.pos == end - 1 && wasm[r.pos] == 0x0b) {
        return global;
      }
    }
    throw new DlException(
        name
            + ": "
            + MARKER
            + " at byte offset "
            + body
            + " is not `global.get N; end`; relink with the libdylink.a of this dylink4j");
  }

  private static byte[] withExport(byte[] wasm, int header, int start, int end, int global) {
    Reader r = new Reader(wasm, start);
    int count = r.u32();
    ByteArrayOutputStream section = new ByteArrayOutputStream();
    writeU32(section, count + 1);
    section.write(wasm, r.pos, end - r.pos);
    byte[] exportName = STACK_POINTER.getBytes(StandardCharsets.UTF_8);
    writeU32(section, exportName.length);
    section.writeBytes(exportName);
    section.write(KIND_GLOBAL);
    writeU32(section, global);

    ByteArrayOutputStream out = new ByteArrayOutputStream(wasm.length + 32);
    out.write(wasm, 0, header);
    out.write(EXPORT_SECTION);
    writeU32(out, section.size());
    out.writeBytes(section.toByteArray());
    out.write(wasm, end, wasm.length - end);
    return out.toByteArray();
  }

  private static void writeU32(ByteArrayOutputStream out, int value) {
    do {
      int b = value & 0x7f;
      value >>>= 7;
      out.write(value == 0 ? b : b | 0x80);
    } while (value != 0);
  }

  private static final class Reader {
    final byte[] bytes;
    int pos;

    Reader(byte[] bytes, int pos) {
      this.bytes = bytes;
      this.pos = pos;
    }

    int u32() {
      int result = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = bytes[pos++] & 0xff;
        result |= (b & 0x7f) << shift;
        if (b < 0x80) {
          return result;
        }
      }
      throw new Malformed();
    }

    String name() {
      int length = u32();
      String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }

    void limits() {
      int flags = bytes[pos++] & 0xff;
      u32();
      if ((flags & 1) != 0) {
        u32();
      }
    }
  }
}
