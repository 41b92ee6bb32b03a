package io.github.dylink4j.runtime.dylink;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Assembles wasm binaries byte by byte, so each test shows exactly what it feeds the decoder. */
final class Wasm {
  static final byte[] HEADER = bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);

  private Wasm() {}

  static byte[] module(byte[]... sections) {
    return cat(HEADER, cat(sections));
  }

  /** A section: id, varuint32 size, payload. */
  static byte[] section(int id, byte[]... payload) {
    byte[] body = cat(payload);
    return cat(bytes(id), u32(body.length), body);
  }

  static byte[] custom(String name, byte[]... content) {
    return section(0, str(name), cat(content));
  }

  /** A dylink.0 subsection: type byte, varuint32 length, payload. */
  static byte[] sub(int type, byte[]... payload) {
    byte[] body = cat(payload);
    return cat(bytes(type), u32(body.length), body);
  }

  /** Unsigned LEB128. */
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
