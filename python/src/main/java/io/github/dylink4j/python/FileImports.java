package io.github.dylink4j.python;

import static io.github.dylink4j.python.GuestLibc.ENOENT;
import static io.github.dylink4j.python.GuestLibc.ENOSYS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files beyond WASI: {@code chmod} sets the host file's permissions (WASI has none, but {@code
 * shutil.copy} calls it and python3's succeeds), other permission and ownership changes fail with
 * ENOSYS, descriptors cannot be duplicated or piped, memory maps cannot be synced; {@code realpath}
 * works on guest paths (through the preopens), {@code umask} remembers its value, and CPython's
 * {@code set_inheritable} succeeds (it is called for every file CPython opens, and -1 would make
 * {@code open()} fail).
 */
final class FileImports {
  private FileImports() {}

  /** PATH_MAX: the buffer realpath allocates when given none. */
  private static final int PATH_MAX = 4096;

  static void install(EnvImports env, GuestPaths paths) {
    GuestLibc libc = env.libc();
    env.returns("python_wasm_set_inheritable", "ii:i", 0);
    int[] umask = {0022};
    env.define(
        "umask",
        "i:i",
        a -> {
          int previous = umask[0];
          umask[0] = (Integer) a[0] & 0777;
          return new Object[] {previous};
        });
    env.define("realpath", "ii:i", a -> new Object[] {realpath(libc, paths, a)});

    env.define("chmod", "ii:i", a -> new Object[] {chmod(libc, paths, a)});
    env.fails("lchmod", "ii:i", -1, ENOSYS);
    env.fails("_fchmod", "ii:i", -1, ENOSYS);
    env.fails("fchmodat", "iiii:i", -1, ENOSYS);
    env.fails("chown", "iii:i", -1, ENOSYS);
    env.fails("lchown", "iii:i", -1, ENOSYS);
    env.fails("_fchown", "iii:i", -1, ENOSYS);
    env.fails("fchdir", "i:i", -1, ENOSYS);
    env.fails("dup", "i:i", -1, ENOSYS);
    env.fails("dup2", "ii:i", -1, ENOSYS);
    env.fails("pipe", "i:i", -1, ENOSYS);
    env.fails("lockf", "iiI:i", -1, ENOSYS);
    env.returns("sync", ":", 0);
    env.fails("statvfs", "ii:i", -1, ENOSYS);
    env.fails("fstatvfs", "ii:i", -1, ENOSYS);
    env.fails("tmpfile", ":i", 0, ENOSYS);
    env.fails("tmpnam", "i:i", 0, ENOSYS);
    env.fails("msync", "iii:i", -1, ENOSYS);
    env.fails("madvise", "iii:i", -1, ENOSYS);
    env.fails("mremap", "iiiii:i", -1, ENOSYS);
  }

  /**
   * {@code int chmod(const char *path, mode_t mode)}: the permission bits go to the host file when
   * its file system has POSIX permissions, and are dropped otherwise (the guest's {@code stat}
   * never shows them).
   */
  private static int chmod(GuestLibc libc, GuestPaths paths, Object[] a) {
    String path = libc.readString((Integer) a[0]);
    int mode = (Integer) a[1];
    Path host = path.isEmpty() ? null : paths.realHost(GuestPaths.normalize(libc.cwd(), path));
    if (host == null) {
      return libc.fail(-1, ENOENT);
    }
    Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
    for (int i = 0; i < 9; i++) {
      if ((mode & (0400 >> i)) != 0) {
        perms.add(bits[i]);
      }
    }
    try {
      Files.setPosixFilePermissions(host, perms);
    } catch (UnsupportedOperationException e) {
      // no POSIX permissions on this file system: nothing to keep them in
    } catch (IOException e) {
      return libc.fail(-1, GuestLibc.EPERM);
    }
    return 0;
  }

  /** {@code char *realpath(const char *path, char *resolved)} on guest paths. */
  private static int realpath(GuestLibc libc, GuestPaths paths, Object[] a) {
    int pathAddress = (Integer) a[0];
    int resolved = (Integer) a[1];
    if (pathAddress == 0) {
      return libc.fail(0, GuestLibc.EINVAL);
    }
    String path = libc.readString(pathAddress);
    if (path.isEmpty()) {
      return libc.fail(0, ENOENT);
    }
    String canonical = GuestPaths.normalize(libc.cwd(), path);
    if (!paths.exists(canonical)) {
      return libc.fail(0, ENOENT);
    }
    byte[] utf8 = canonical.getBytes(StandardCharsets.UTF_8);
    if (utf8.length >= PATH_MAX) {
      return libc.fail(0, GuestLibc.ENAMETOOLONG);
    }
    int out = resolved != 0 ? resolved : libc.malloc(PATH_MAX);
    libc.memory().writeBytes(out, utf8);
    libc.memory().writeByte(out + utf8.length, (byte) 0);
    return out;
  }
}
