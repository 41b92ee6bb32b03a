package io.github.dylink4j.python;

import static io.github.dylink4j.python.GuestLibc.ENOSYS;

/**
 * Sockets and name lookup: WASI preview1 gives the guest no way to open a socket, so every call
 * fails (getaddrinfo and getnameinfo with EAI_SYSTEM, -11, and errno), and the message functions
 * return fixed texts.
 */
final class SocketImports {
  private SocketImports() {}

  /** EAI_SYSTEM in musl: "system error, look at errno". */
  private static final int EAI_SYSTEM = -11;

  static void install(EnvImports env) {
    for (String name : new String[] {"socket", "bind", "accept", "connect"}) {
      env.fails(name, "iii:i", -1, ENOSYS);
    }
    env.fails("getsockname", "iii:i", -1, ENOSYS);
    env.fails("getpeername", "iii:i", -1, ENOSYS);
    env.fails("listen", "ii:i", -1, ENOSYS);
    env.fails("setsockopt", "iiiii:i", -1, ENOSYS);
    env.fails("recvfrom", "iiiiii:i", -1, ENOSYS);
    env.fails("sendto", "iiiiii:i", -1, ENOSYS);
    env.fails("getaddrinfo", "iiii:i", EAI_SYSTEM, ENOSYS);
    env.fails("getnameinfo", "iiiiiii:i", EAI_SYSTEM, ENOSYS);
    env.fails("gethostbyname", "i:i", 0, ENOSYS);
    env.fails("gethostbyaddr", "iii:i", 0, ENOSYS);
    env.fails("gethostname", "ii:i", -1, ENOSYS);
    env.fails("sethostname", "ii:i", -1, ENOSYS);
    env.fails("getservbyname", "ii:i", 0, ENOSYS);
    env.fails("getservbyport", "ii:i", 0, ENOSYS);
    env.fails("getprotobyname", "i:i", 0, ENOSYS);
    env.fails("if_nameindex", ":i", 0, ENOSYS);
    env.returns("if_freenameindex", "i:", 0);
    env.fails("if_nametoindex", "i:i", -1, ENOSYS);
    env.fails("if_indextoname", "ii:i", 0, ENOSYS);
    GuestLibc libc = env.libc();
    env.define(
        "gai_strerror",
        "i:i",
        a -> new Object[] {libc.staticString("name resolution is not available (WASI)")});
    env.define(
        "hstrerror",
        "i:i",
        a -> new Object[] {libc.staticString("host lookup is not available (WASI)")});
    env.define("__h_errno_location", ":i", a -> new Object[] {libc.staticInt("h_errno")});
  }
}
