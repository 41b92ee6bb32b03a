package io.github.dylink4j.wasi;

/** An errno result unwinding out of a WASI call's helpers; never leaves this package's calls. */
final class WasiException extends Exception {
  private static final long serialVersionUID = 1L;

  final int errno;

  WasiException(int errno) {
    super(null, null, false, false);
    this.errno = errno;
  }
}
