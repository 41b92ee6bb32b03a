package io.github.dylink4j.wasi;

import java.util.ArrayList;
import java.util.List;

/** The guest's descriptors by number; a new descriptor takes the lowest free number, as POSIX. */
final class FdTable {
  private final List<Fd> fds = new ArrayList<>();

  Fd get(int fd) throws WasiException {
    if (fd < 0 || fd >= fds.size() || fds.get(fd) == null) {
      throw new WasiException(Errno.BADF);
    }
    return fds.get(fd);
  }

  FileFd file(int fd) throws WasiException {
    Fd f = get(fd);
    if (f instanceof FileFd) {
      return (FileFd) f;
    }
    throw new WasiException(f instanceof DirFd ? Errno.ISDIR : Errno.BADF);
  }

  DirFd dir(int fd) throws WasiException {
    Fd f = get(fd);
    if (f instanceof DirFd) {
      return (DirFd) f;
    }
    throw new WasiException(Errno.NOTDIR);
  }

  int add(Fd fd) throws WasiException {
    for (int i = 0; i < fds.size(); i++) {
      if (fds.get(i) == null) {
        fds.set(i, fd);
        return i;
      }
    }
    if (fds.size() >= 65536) {
      throw new WasiException(Errno.MFILE);
    }
    fds.add(fd);
    return fds.size() - 1;
  }

  void remove(int fd) throws WasiException {
    get(fd).close();
    fds.set(fd, null);
  }

  /** fd_renumber: {@code to} is closed and replaced by {@code from}, which is freed. */
  void renumber(int from, int to) throws WasiException {
    Fd source = get(from);
    Fd target = get(to);
    if (from == to) {
      return;
    }
    target.close();
    fds.set(to, source);
    fds.set(from, null);
  }

  void closeAll() {
    for (int i = 0; i < fds.size(); i++) {
      Fd f = fds.get(i);
      if (f != null) {
        f.close();
        fds.set(i, null);
      }
    }
  }
}
