package io.github.dylink4j.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Reads an input stream on a daemon thread into a queue, so that poll_oneoff can ask whether input
 * is ready (or has ended) without blocking the guest.
 */
final class StdinPump {
  private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
  private int offsetInHead;
  private long queued;
  private boolean ended;

  StdinPump(InputStream in) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[65536];
              try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                  if (n > 0) {
                    byte[] chunk = java.util.Arrays.copyOf(buf, n);
                    synchronized (this) {
                      chunks.add(chunk);
                      queued += n;
                      notifyAll();
                    }
                  }
                }
              } catch (IOException e) {
                // treated as end of input, like a read error on a closed pipe
              }
              synchronized (this) {
                ended = true;
                notifyAll();
              }
            },
            "wasi-stdin");
    t.setDaemon(true);
    t.start();
  }

  synchronized long ready() {
    return queued > 0 ? queued : ended ? -1 : 0;
  }

  synchronized void await(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    while (queued == 0 && !ended) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      wait(Math.max(1, left / 1_000_000), 0);
    }
  }

  synchronized int read(byte[] buf, int off, int len) throws IOException {
    try {
      while (queued == 0 && !ended) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException();
    }
    if (queued == 0) {
      return -1;
    }
    int total = 0;
    while (total < len && !chunks.isEmpty()) {
      byte[] head = chunks.peekFirst();
      int n = Math.min(len - total, head.length - offsetInHead);
      System.arraycopy(head, offsetInHead, buf, off + total, n);
      total += n;
      offsetInHead += n;
      if (offsetInHead == head.length) {
        chunks.pollFirst();
        offsetInHead = 0;
      }
    }
    queued -= total;
    return total;
  }
}
