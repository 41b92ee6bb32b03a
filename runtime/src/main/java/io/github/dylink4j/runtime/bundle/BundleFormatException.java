package io.github.dylink4j.runtime.bundle;

/**
 * A bundle descriptor or cache entry that cannot be used: wrong magic, unknown version, checksum
 * mismatch, truncation, or class files that do not match the descriptor. The message names the
 * bundle (its resource or file) and, where it applies, the byte offset.
 */
public final class BundleFormatException extends RuntimeException {
  public BundleFormatException(String message) {
    super(message);
  }

  public BundleFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
