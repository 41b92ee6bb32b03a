package io.github.dylink4j.python;

import static io.github.dylink4j.python.GuestLibc.ENOSYS;
import static io.github.dylink4j.python.GuestLibc.EPERM;

/**
 * Users and groups: the guest runs as root (uid and gid 0) with no supplementary groups and no
 * password database; changing identity is not permitted.
 */
final class IdentityImports {
  private IdentityImports() {}

  static void install(EnvImports env) {
    env.returns("getuid", ":i", 0);
    env.returns("_geteuid", ":i", 0);
    env.returns("getgid", ":i", 0);
    env.returns("getegid", ":i", 0);
    env.returns("getgroups", "ii:i", 0);
    env.fails("getgrouplist", "iiii:i", -1, ENOSYS);
    env.fails("getlogin", ":i", 0, ENOSYS);
    env.fails("getresuid", "iii:i", -1, ENOSYS);
    env.fails("getresgid", "iii:i", -1, ENOSYS);
    for (String name : new String[] {"setuid", "seteuid", "setgid", "setegid"}) {
      env.fails(name, "i:i", -1, EPERM);
    }
    env.fails("setreuid", "ii:i", -1, EPERM);
    env.fails("setregid", "ii:i", -1, EPERM);
    env.fails("setgroups", "ii:i", -1, EPERM);
    env.fails("initgroups", "ii:i", -1, EPERM);
    env.fails("setresuid", "iii:i", -1, EPERM);
    env.fails("setresgid", "iii:i", -1, EPERM);
    env.returns("getpwuid", "i:i", 0);
    env.returns("getpwuid_r", "iiiii:i", ENOSYS);
    env.returns("getpwnam_r", "iiiii:i", ENOSYS);
  }
}
