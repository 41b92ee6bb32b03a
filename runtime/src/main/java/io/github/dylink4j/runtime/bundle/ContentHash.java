package io.github.dylink4j.runtime.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.WeakHashMap;

/** The SHA-256 of a module's bytes, in lower-case hex: the key of bundles and cache entries. */
public final class ContentHash {
  private ContentHash() {}

  /**
   * Arrays whose digest their owner already knows, by identity (arrays do not override {@code
   * equals}); weak, so remembering does not keep a module's bytes alive.
   */
  private static final Map<byte[], String> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The SHA-256 of {@code bytes}: the digest {@link #remember remembered} for this very array, else
   * computed.
   */
  public static String sha256(byte[] bytes) {
    String known = KNOWN.get(bytes);
    return known != null ? known : digest(bytes);
  }

  /**
   * Records that {@code bytes} (this array, not equal ones) has the SHA-256 {@code sha256}, so that
   * {@link #sha256} does not hash it again. For bytes whose digest was checked when they were
   * packaged, such as dylink4j-python's CPython (its build checks the pinned hashes): hashing its
   * 5.5 MB took 100-250 ms of each start, mostly in the bytecode interpreter. The caller must not
   * change the array afterwards.
   *
   * @throws IllegalArgumentException if {@code sha256} is not 64 lower-case hex digits
   */
  public static void remember(byte[] bytes, String sha256) {
    if (!isSha256Hex(sha256)) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
    KNOWN.put(bytes, sha256);
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  static boolean isSha256Hex(String s) {
    if (s == null || s.length() != 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
