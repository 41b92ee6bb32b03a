package io.github.dylink4j.python;

import java.security.SecureRandom;

/**
 * CoWasm's glue between python.wasm and its host: results of {@code cowasm_python_repr} and
 * failures of {@code cowasm_python_exec} come back through {@code wasmSendString} and {@code
 * wasmSetException}; {@code getrandom} is really random (CPython's hash seed and {@code random}'s
 * seed; a 0 would make start-up hang); gettext has no catalogues, so it returns the English text.
 */
final class GlueImports {
  private GlueImports() {}

  /** What the last {@code cowasm_python_repr}/{@code exec} sent back to the host. */
  static final class Channel {
    private String sent;
    private boolean exception;

    /** Forgets the previous results, before a call. */
    void clear() {
      sent = null;
      exception = false;
    }

    String sent() {
      return sent;
    }

    boolean exception() {
      return exception;
    }
  }

  static void install(EnvImports env, Channel channel) {
    GuestLibc libc = env.libc();
    SecureRandom random = new SecureRandom();
    env.define(
        "getrandom",
        "iii:i",
        a -> {
          int buffer = (Integer) a[0];
          int length = (Integer) a[1];
          byte[] bytes = new byte[length];
          random.nextBytes(bytes);
          libc.memory().writeBytes(buffer, bytes);
          return new Object[] {length};
        });
    env.returns("_Py_emscripten_runtime", ":i", 0);
    env.define(
        "wasmSendString",
        "ii:",
        a -> {
          int address = (Integer) a[0];
          int length = (Integer) a[1];
          channel.sent = libc.memory().readString(address, length);
          return null;
        });
    env.define(
        "wasmSetException",
        ":",
        a -> {
          channel.exception = true;
          return null;
        });
    // n == 1 ? singular : plural, as gettext does without a catalogue.
    env.define("ngettext", "iii:i", a -> plural(a, 0));
    env.define("dngettext", "iiii:i", a -> plural(a, 1));
    env.define("dcngettext", "iiiii:i", a -> plural(a, 1));
  }

  /** {@code (..., msgid, msgid_plural, n, ...)} starting at {@code first}. */
  private static Object[] plural(Object[] a, int first) {
    int n = (Integer) a[first + 2];
    return new Object[] {n == 1 ? a[first] : a[first + 1]};
  }
}
