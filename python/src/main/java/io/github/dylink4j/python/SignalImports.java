package io.github.dylink4j.python;

import static io.github.dylink4j.python.GuestLibc.EINTR;
import static io.github.dylink4j.python.GuestLibc.ENOSYS;

import java.lang.invoke.MethodHandles;

/**
 * Signals and non-local jumps. No signal is ever delivered: signal sets are accepted and ignored,
 * {@code kill}/{@code raise} fail, and the eval loop's poll for a pending SIGINT always answers
 * none. The kernel imports setjmp/longjmp only to re-export them and nothing calls them, so {@code
 * longjmp} traps rather than silently returning (CoWasm's no-op would be wrong if reached).
 */
final class SignalImports {
  private SignalImports() {}

  static void install(EnvImports env) {
    // Polled by the eval loop on every few bytecodes: a constant, no boxing.
    env.define("wasmGetSignalState", ":i", MethodHandles.constant(int.class, 0));
    env.returns("sigemptyset", "i:i", 0);
    env.returns("sigfillset", "i:i", 0);
    env.returns("sigaddset", "ii:i", 0);
    env.returns("sigismember", "ii:i", 0);
    env.define(
        "sigprocmask",
        "iii:i",
        a -> {
          int oldSet = (Integer) a[2];
          if (oldSet != 0) {
            env.libc().memory().writeInt(oldSet, 0);
          }
          return new Object[] {0};
        });
    env.fails("kill", "ii:i", -1, ENOSYS);
    env.fails("killpg", "ii:i", -1, ENOSYS);
    env.fails("raise", "i:i", -1, ENOSYS);
    env.fails("pause", ":i", -1, EINTR);
    env.returns("alarm", "i:i", 0);

    env.returns("setjmp", "i:i", 0);
    env.returns("sigsetjmp", "ii:i", 0);
    env.traps("longjmp", "ii:", "no code of the kernel, python.wasm or lib-dynload uses it");
    env.traps("siglongjmp", "ii:", "no code of the kernel, python.wasm or lib-dynload uses it");

    // C++ exception support the kernel links against but never calls (it has no C++ code path).
    for (String name :
        new String[] {
          "_ZNSt20bad_array_new_lengthC1Ev",
          "_ZNSt20bad_array_new_lengthD1Ev",
          "_ZTISt20bad_array_new_length",
          "_ZdlPv",
          "_Znwm",
          "__cxa_allocate_exception",
          "__cxa_throw"
        }) {
      env.traps(name, ":", "C++ exceptions are not supported");
    }
  }
}
