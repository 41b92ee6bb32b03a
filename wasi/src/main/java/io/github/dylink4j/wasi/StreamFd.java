package io.github.dylink4j.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A standard stream: stdin reads an {@link InputStream}, stdout and stderr write an output. */
final class StreamFd extends Fd {
  private final InputStream in;
  final OutputStream out;
  private final boolean terminal;
  private StdinPump pump;

  StreamFd(InputStream in, OutputStream out, boolean terminal) {
    super(in != null ? Rights.STREAM & ~Rights.FD_WRITE : Rights.STREAM & ~Rights.FD_READ, 0);
    this.in = in;
    this.out = out;
    this.terminal = terminal;
  }

  boolean readable() {
    return in != null;
  }

  @Override
  int filetype() {
    // libc's isatty() asks for a character device; pipes and files have no WASI type of their own.
    return terminal ? FileType.CHARACTER_DEVICE : FileType.UNKNOWN;
  }

  /** Reads at most {@code len} bytes, blocking until at least one is there; -1 at end of input. */
  int read(byte[] buf, int off, int len) throws IOException {
    if (pump != null) {
      return pump.read(buf, off, len);
    }
    return in.read(buf, off, len);
  }

  /**
   * Bytes readable without blocking, or -1 at end of input. The first call starts a reader thread:
   * an {@link InputStream} cannot otherwise tell "nothing yet" from "end of input".
   */
  long readyBytes() {
    if (pump == null) {
      pump = new StdinPump(in);
    }
    return pump.ready();
  }

  /** Waits up to {@code nanos} for input (or its end) to arrive. */
  void awaitInput(long nanos) throws InterruptedException {
    if (pump == null) {
      pump = new StdinPump(in);
    }
    pump.await(nanos);
  }

  @Override
  void close() {
    try {
      if (out != null) {
        out.flush();
      }
    } catch (IOException e) {
      // as close(2): the descriptor is gone either way
    }
  }
}
