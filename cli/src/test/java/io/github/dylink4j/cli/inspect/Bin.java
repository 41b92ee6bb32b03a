package io.github.dylink4j.cli.inspect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Assembles wasm binaries byte by byte for the inspect tests. */
final class Bin {
  static final byte[] HEADER = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);

  static final int I32 = 0x7f;
  static final int I64 = 0x7e;
  static final int FUNCREF = 0x70;
  static final int CONST = 0;
  static final int MUT = 1;

  private Bin() {}

  static byte[] module(byte[]... sections) {
    return cat(HEADER, cat(sections));
  }

  static byte[] section(int id, byte[]... payload) {
    byte[] body = cat(payload);
    return cat(bytes(id), u32(body.length), body);
  }

  static byte[] custom(String name, byte[]... content) {
    return section(0, str(name), cat(content));
  }

  static byte[] sub(int type, byte[]... payload) {
    byte[] body = cat(payload);
    return cat(bytes(type), u32(body.length), body);
  }

  /** A vector: count, then the items. */
  static byte[] vec(byte[]... items) {
    return cat(u32(items.length), cat(items));
  }

  static byte[] funcType(int[] params, int[] results) {
    return cat(bytes(0x60), u32(params.length), bytes(params), u32(results.length), bytes(results));
  }

  static byte[] importFunc(String module, String name, int typeIndex) {
    return cat(str(module), str(name), bytes(0x00), u32(typeIndex));
  }

  static byte[] importTable(String module, String name, int min) {
    return cat(str(module), str(name), bytes(0x01, FUNCREF, 0x00), u32(min));
  }

  static byte[] importMemory(String module, String name, int min) {
    return cat(str(module), str(name), bytes(0x02, 0x00), u32(min));
  }

  static byte[] importGlobal(String module, String name, int type, int mutability) {
    return cat(str(module), str(name), bytes(0x03, type, mutability));
  }

  /** An i32 global initialised with {@code i32.const value} (value below 64, one LEB byte). */
  static byte[] globalI32(int mutability, int smallValue) {
    return bytes(I32, mutability, 0x41, smallValue, 0x0b);
  }

  static byte[] export(String name, int kind, int index) {
    return cat(str(name), bytes(kind), u32(index));
  }

  /** A function body with no locals. */
  static byte[] body(int... code) {
    byte[] body = cat(bytes(0), bytes(code));
    return cat(u32(body.length), body);
  }

  static byte[] u32(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    do {
      int b = (int) (value & 0x7f);
      value >>>= 7;
      out.write(value != 0 ? b | 0x80 : b);
    } while (value != 0);
    return out.toByteArray();
  }

  static byte[] str(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    return cat(u32(utf8.length), utf8);
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
