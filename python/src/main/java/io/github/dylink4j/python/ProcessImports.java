package io.github.dylink4j.python;

import static io.github.dylink4j.python.GuestLibc.ECHILD;
import static io.github.dylink4j.python.GuestLibc.ENOSYS;

/**
 * Processes: there is one guest process and it cannot create others. Its ids are small fixed
 * numbers; fork, exec, spawn, wait and scheduling fail as on a system without them (the {@code
 * posix_spawn} family returns its error number instead of setting errno, as POSIX says).
 */
final class ProcessImports {
  private ProcessImports() {}

  /** The guest's process id (and process group): any small number will do. */
  static final int PID = 42;

  static void install(EnvImports env) {
    env.returns("getpid", ":i", PID);
    env.returns("getppid", ":i", 1);
    env.returns("getpgrp", ":i", PID);
    env.fails("getpgid", "i:i", -1, ENOSYS);
    env.fails("setpgrp", "ii:i", -1, ENOSYS);
    env.fails("setpgid", "ii:i", -1, ENOSYS);
    env.fails("getsid", "i:i", -1, ENOSYS);
    env.fails("setsid", ":i", -1, ENOSYS);

    env.fails("fork", ":i", -1, ENOSYS);
    env.fails("execv", "ii:i", -1, ENOSYS);
    env.fails("execve", "iii:i", -1, ENOSYS);
    env.fails("fexecve", "iii:i", -1, ENOSYS);
    env.fails("execlp", "iii:i", -1, ENOSYS);
    env.fails("system", "i:i", -1, ENOSYS);
    env.fails("cowasm_vforkexec", "ii:i", -1, ENOSYS);
    env.fails("python_wasm_fork_exec", "i".repeat(26) + ":i", -1, ENOSYS);
    env.fails("popen", "ii:i", 0, ENOSYS);
    env.fails("pclose", "i:i", -1, ENOSYS);
    env.fails("wait", "i:i", -1, ECHILD);
    env.fails("waitid", "iiii:i", -1, ECHILD);
    env.fails("waitpid", "iii:i", -1, ECHILD);

    env.returns("posix_spawn_file_actions_init", "i:i", ENOSYS);
    env.returns("posix_spawn_file_actions_addopen", "iiiii:i", ENOSYS);
    env.returns("posix_spawn_file_actions_addclose", "ii:i", ENOSYS);
    env.returns("posix_spawn_file_actions_adddup2", "iii:i", ENOSYS);
    env.returns("posix_spawn_file_actions_destroy", "i:i", ENOSYS);
    env.returns("posix_spawnattr_init", "i:i", ENOSYS);
    env.returns("posix_spawnattr_setpgroup", "ii:i", ENOSYS);
    env.returns("posix_spawnattr_setschedpolicy", "ii:i", ENOSYS);
    env.returns("posix_spawnattr_setschedparam", "ii:i", ENOSYS);
    env.returns("posix_spawnattr_setflags", "ii:i", ENOSYS);
    env.returns("posix_spawnattr_destroy", "i:i", ENOSYS);
    env.returns("posix_spawnp", "iiiiii:i", ENOSYS);
    env.returns("posix_spawn", "iiiiii:i", ENOSYS);

    env.fails("nice", "i:i", -1, ENOSYS);
    env.fails("getpriority", "ii:i", -1, ENOSYS);
    env.fails("setpriority", "iii:i", -1, ENOSYS);
    env.fails("sched_get_priority_max", "i:i", -1, ENOSYS);
    env.fails("sched_get_priority_min", "i:i", -1, ENOSYS);
    env.fails("sched_getparam", "ii:i", -1, ENOSYS);
    env.fails("sched_getscheduler", "i:i", -1, ENOSYS);
    env.fails("sched_rr_get_interval", "ii:i", -1, ENOSYS);
    env.fails("sched_setparam", "ii:i", -1, ENOSYS);
    env.fails("sched_setscheduler", "iii:i", -1, ENOSYS);
    env.fails("getloadavg", "ii:i", -1, ENOSYS);
    env.fails("clock_settime", "ii:i", -1, GuestLibc.EPERM);
    env.returns("openlog", "iii:", 0);
  }
}
