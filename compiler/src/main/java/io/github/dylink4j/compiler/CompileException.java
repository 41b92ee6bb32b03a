package io.github.dylink4j.compiler;

/**
 * The input is not a module this compiler accepts: malformed (bad binary encoding), invalid (fails
 * wasm validation) or unsupported here. The message names the module and, where known, the function
 * index and byte offset.
 */
public class CompileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the module was rejected. */
  public enum Kind {
    /** The binary does not decode (the spec's "malformed"). */
    MALFORMED,
    /** The module decodes but does not validate (the spec's "invalid"). */
    INVALID,
    /** A valid module that this compiler cannot translate (e.g. SIMD). */
    UNSUPPORTED
  }

  private final Kind kind;

  public CompileException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public CompileException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
