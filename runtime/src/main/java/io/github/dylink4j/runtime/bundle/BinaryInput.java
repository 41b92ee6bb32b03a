package io.github.dylink4j.runtime.bundle;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link java.io.DataOutputStream} wrote, with every length checked against the bytes
 * left, so a damaged descriptor gives an error naming {@code where} and the offset instead of an
 * {@link OutOfMemoryError} or a garbled module.
 */
final class BinaryInput {
  private final byte[] bytes;
  private final int end;
  private final String where;
  private int pos;

  BinaryInput(byte[] bytes, int start, int end, String where) {
    this.bytes = bytes;
    this.pos = start;
    this.end = end;
    this.where = where;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos == end;
  }

  BundleFormatException error(String what) {
    return new BundleFormatException(where + ": " + what + " at byte " + pos);
  }

  private void need(int n, String what) {
    if (n < 0 || end - pos < n) {
      throw error("truncated " + what);
    }
  }

  int u8(String what) {
    need(1, what);
    return bytes[pos++] & 0xff;
  }

  boolean bool(String what) {
    int b = u8(what);
    if (b > 1) {
      pos--;
      throw error("bad boolean " + b + " for " + what);
    }
    return b == 1;
  }

  int i32(String what) {
    need(4, what);
    int v =
        (bytes[pos] & 0xff) << 24
            | (bytes[pos + 1] & 0xff) << 16
            | (bytes[pos + 2] & 0xff) << 8
            | bytes[pos + 3] & 0xff;
    pos += 4;
    return v;
  }

  long i64(String what) {
    long hi = i32(what) & 0xffffffffL;
    long lo = i32(what) & 0xffffffffL;
    return hi << 32 | lo;
  }

  /**
   * A count of items that each take at least {@code minItemBytes}: checked against what is left.
   */
  int count(String what, int minItemBytes) {
    int start = pos;
    int n = i32(what);
    if (n < 0 || (long) n * minItemBytes > end - pos) {
      pos = start;
      throw error("impossible " + what + " " + n);
    }
    return n;
  }

  /** Bytes written as a length (-1 for null) followed by the bytes. */
  byte[] bytesOrNull(String what) {
    int start = pos;
    int n = i32("length of " + what);
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > end - pos) {
      pos = start;
      throw error("impossible length " + n + " of " + what);
    }
    byte[] b = new byte[n];
    System.arraycopy(bytes, pos, b, 0, n);
    pos += n;
    return b;
  }

  String stringOrNull(String what) {
    byte[] b = bytesOrNull(what);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  String string(String what) {
    int start = pos;
    String s = stringOrNull(what);
    if (s == null) {
      pos = start;
      throw error("missing " + what);
    }
    return s;
  }
}
