package io.github.dylink4j.runtime.dylink;

/**
 * A wasm binary that cannot be decoded: bad header, truncated data, a section or subsection whose
 * length runs past its container, a misplaced {@code dylink.0} section, or invalid UTF-8.
 *
 * <p>{@link #offset()} is the absolute byte offset in the file where the problem was found, so that
 * a user can look at it with a hex dump or {@code wasm-objdump}.
 */
public final class DylinkFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long offset;
  private final String reason;

  public DylinkFormatException(long offset, String reason) {
    super(reason + " (at byte offset " + offset + ")");
    this.offset = offset;
    this.reason = reason;
  }

  /** Absolute byte offset in the module file. */
  public long offset() {
    return offset;
  }

  /** The message without the offset suffix. */
  public String reason() {
    return reason;
  }
}
