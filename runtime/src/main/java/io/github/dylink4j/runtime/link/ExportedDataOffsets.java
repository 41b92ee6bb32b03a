package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.WasmSections;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The offsets of a side module's data exports (immutable i32 globals initialised by {@code
 * i32.const}), read from the binary before instantiation. Older toolchains (LLVM 14, emscripten
 * 3.1) apply data relocations in the start function, which runs during instantiation and reads the
 * GOT entries of the module's own symbols: those must be filled before, when the instance's exports
 * do not exist yet.
 */
final class ExportedDataOffsets {
  private ExportedDataOffsets() {}

  private static final int IMPORT = 2;
  private static final int GLOBAL = 6;
  private static final int EXPORT = 7;
  private static final int KIND_GLOBAL = 3;
  private static final int I32 = 0x7f;
  private static final int I32_CONST = 0x41;
  private static final int END = 0x0b;

  /**
   * Export name to offset; modules the reader does not understand give an empty map (the GOT is
   * then filled after instantiation only, which is all modern modules need).
   */
  static Map<String, Integer> read(byte[] module) {
    try {
      return decode(module);
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  private static Map<String, Integer> decode(byte[] module) {
    List<SectionHeader> sections = WasmSections.scan(module);
    int importedGlobals = 0;
    Map<Integer, Integer> constants = new HashMap<>();
    Map<String, Integer> result = new HashMap<>();
    for (SectionHeader section : sections) {
      Cursor c = new Cursor(module, section.payloadOffset());
      if (section.id() == IMPORT) {
        int count = c.leb();
        for (int i = 0; i < count; i++) {
          c.skipName();
          c.skipName();
          int kind = c.u8();
          switch (kind) {
            case 0 -> c.leb(); // function: type index
            case 1 -> { // table: reftype, limits
              c.u8();
              c.skipLimits();
            }
            case 2 -> c.skipLimits(); // memory
            case KIND_GLOBAL -> {
              c.u8();
              c.u8();
              importedGlobals++;
            }
            case 4 -> { // tag: attribute, type index
              c.u8();
              c.leb();
            }
            default -> throw new IllegalArgumentException("import kind " + kind);
          }
        }
      } else if (section.id() == GLOBAL) {
        int count = c.leb();
        for (int i = 0; i < count; i++) {
          int type = c.u8();
          int mutable = c.u8();
          int op = c.u8();
          if (type == I32 && mutable == 0 && op == I32_CONST) {
            int value = c.sleb();
            if (c.u8() == END) {
              constants.put(importedGlobals + i, value);
              continue;
            }
          }
          return result; // another initialiser: stop rather than mis-parse
        }
      } else if (section.id() == EXPORT) {
        int count = c.leb();
        for (int i = 0; i < count; i++) {
          String name = c.name();
          int kind = c.u8();
          int index = c.leb();
          if (kind == KIND_GLOBAL && constants.containsKey(index)) {
            result.put(name, constants.get(index));
          }
        }
      }
    }
    return result;
  }

  /** Reads LEB128 numbers, bytes and names from a position. */
  private static final class Cursor {
    private final byte[] bytes;
    private int position;

    Cursor(byte[] bytes, int position) {
      this.bytes = bytes;
      this.position = position;
    }

    int u8() {
      return bytes[position++] & 0xff;
    }

    int leb() {
      int result = 0;
      int shift = 0;
      int b;
      do {
        b = u8();
        result |= (b & 0x7f) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return result;
    }

    int sleb() {
      int result = 0;
      int shift = 0;
      int b;
      do {
        b = u8();
        result |= (b & 0x7f) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      if (shift < 32 && (b & 0x40) != 0) {
        result |= -1 << shift;
      }
      return result;
    }

    String name() {
      int length = leb();
      String s = new String(bytes, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }

    void skipName() {
      position += leb();
    }

    void skipLimits() {
      int flags = u8();
      leb();
      if ((flags & 1) != 0) {
        leb();
      }
    }
  }
}
