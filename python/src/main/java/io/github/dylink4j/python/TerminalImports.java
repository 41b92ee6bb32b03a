package io.github.dylink4j.python;

import static io.github.dylink4j.python.GuestLibc.ENOSYS;
import static io.github.dylink4j.python.GuestLibc.ENOTTY;

/** Terminals: no descriptor is a terminal the guest can control, so tc* fail with ENOTTY. */
final class TerminalImports {
  private TerminalImports() {}

  static void install(EnvImports env) {
    env.fails("tcdrain", "i:i", -1, ENOTTY);
    env.fails("tcflow", "ii:i", -1, ENOTTY);
    env.fails("tcflush", "ii:i", -1, ENOTTY);
    env.fails("tcgetattr", "ii:i", -1, ENOTTY);
    env.fails("tcsendbreak", "ii:i", -1, ENOTTY);
    env.fails("tcsetattr", "iii:i", -1, ENOTTY);
    env.fails("tcgetpgrp", "i:i", -1, ENOTTY);
    env.fails("tcsetpgrp", "ii:i", -1, ENOTTY);
    env.returns("ttyname_r", "iii:i", ENOTTY); // returns the error number
    env.fails("ctermid", "i:i", 0, ENOSYS);
    env.fails("login_tty", "i:i", -1, ENOSYS);
    env.fails("forkpty", "iiii:i", -1, ENOSYS);
  }
}
