package io.github.dylink4j.runtime.dylink;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads wasm binary primitives from a window {@code [position, limit)} of a byte array. Every error
 * names what was being read and the absolute offset where it starts, and says where the window
 * ends, because "truncated" is only useful if you know what it was truncated by.
 */
final class ByteReader {
  private final byte[] bytes;
  private final int limit;
  private final String window;
  private int position;

  /**
   * @param window what the limit is, for messages, e.g. "the file" or "the NEEDED subsection"
   */
  ByteReader(byte[] bytes, int position, int limit, String window) {
    this.bytes = bytes;
    this.position = position;
    this.limit = limit;
    this.window = window;
  }

  int position() {
    return position;
  }

  int limit() {
    return limit;
  }

  boolean atEnd() {
    return position >= limit;
  }

  int remaining() {
    return limit - position;
  }

  int u8(String what) {
    if (position >= limit) {
      throw new DylinkFormatException(position, "truncated " + what + ": " + endsAt());
    }
    return bytes[position++] & 0xff;
  }

  /** An unsigned LEB128 of at most 5 bytes whose value fits in 32 bits. */
  long varuint32(String what) {
    int start = position;
    long result = 0;
    for (int i = 0; i < 5; i++) {
      if (position >= limit) {
        throw new DylinkFormatException(start, "truncated varuint32 (" + what + "): " + endsAt());
      }
      int b = bytes[position++] & 0xff;
      if (i == 4 && (b & 0xf0) != 0) {
        throw new DylinkFormatException(
            start,
            "varuint32 ("
                + what
                + ") "
                + ((b & 0x80) != 0 ? "is longer than 5 bytes" : "does not fit in 32 bits"));
      }
      result |= (long) (b & 0x7f) << (7 * i);
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new AssertionError("unreachable: the fifth byte ends the loop or throws");
  }

  /** A varuint32 that is a count or size, checked to fit a Java int. */
  int varuint32AsInt(String what) {
    int start = position;
    long value = varuint32(what);
    if (value > Integer.MAX_VALUE) {
      throw new DylinkFormatException(start, what + " " + value + " is too large");
    }
    return (int) value;
  }

  /** A wasm name: varuint32 byte length, then that many bytes of well-formed UTF-8. */
  String name(String what) {
    int start = position;
    int length = varuint32AsInt("length of " + what);
    if (length > limit - position) {
      throw new DylinkFormatException(
          start,
          what
              + " of "
              + length
              + " bytes starting at byte "
              + position
              + " runs past "
              + window
              + ", which ends at byte "
              + limit);
    }
    String value = decodeUtf8(position, length, what);
    position += length;
    return value;
  }

  byte[] bytes(int length) {
    byte[] copy = new byte[length];
    System.arraycopy(bytes, position, copy, 0, length);
    position += length;
    return copy;
  }

  void skip(int length) {
    position += length;
  }

  String endsAt() {
    return window + " ends at byte " + limit;
  }

  private String decodeUtf8(int offset, int length, String what) {
    // A fresh strict decoder: String(bytes, UTF_8) would silently substitute U+FFFD.
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      // decode() leaves the buffer positioned at the first malformed byte.
      throw new DylinkFormatException(in.position(), "invalid UTF-8 in " + what);
    } catch (CharacterCodingException e) {
      throw new DylinkFormatException(offset, "invalid UTF-8 in " + what);
    }
  }
}
