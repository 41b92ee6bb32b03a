package io.github.dylink4j.cli;

import java.nio.file.Path;

/**
 * A problem with the user's input, reported as one line: {@code dylink4j: error: FILE: MESSAGE (at
 * byte offset N)}. The cause, if any, is only shown with {@code --verbose}.
 */
public final class CliError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long offset;

  /**
   * @param offset byte offset in the file, or -1 when the problem has no position
   */
  public CliError(Path file, String message, long offset, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.offset = offset;
  }

  public CliError(Path file, String message, Throwable cause) {
    this(file, message, -1, cause);
  }

  public Path file() {
    return file;
  }

  /** Byte offset in the file, or -1. */
  public long offset() {
    return offset;
  }

  /** The one line printed on stderr. */
  public String line() {
    return "dylink4j: error: "
        + file
        + ": "
        + getMessage()
        + (offset >= 0 ? " (at byte offset " + offset + ")" : "");
  }
}
