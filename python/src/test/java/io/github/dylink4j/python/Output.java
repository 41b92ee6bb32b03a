package io.github.dylink4j.python;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A captured guest stream that can be read and reset between snippets. */
final class Output extends ByteArrayOutputStream {
  synchronized String take() {
    String s = toString(StandardCharsets.UTF_8);
    reset();
    return s;
  }
}
