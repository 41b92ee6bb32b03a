package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/** The {@code path_*} functions; every path goes through {@link Sandbox}. */
final class PathCalls {
  private final FdTable fds;
  private final GuestMemory mem;
  private final Clock wallClock;

  PathCalls(FdTable fds, GuestMemory mem, Clock wallClock) {
    this.fds = fds;
    this.mem = mem;
    this.wallClock = wallClock;
  }

  private Sandbox.Resolved resolve(int dirFd, long right, int path, int len, boolean follow)
      throws WasiException {
    DirFd dir = fds.dir(dirFd);
    dir.require(right);
    return Sandbox.resolve(dir.path, mem.string(path, len), follow);
  }

  private static BasicFileAttributes attrs(Path p) throws WasiException {
    try {
      return Sandbox.attributesOrNull(p);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
  }

  int open(
      int dirFd,
      int lookupFlags,
      int path,
      int len,
      int oflags,
      long rightsBase,
      long rightsInheriting,
      int fdflags,
      int fdPtr)
      throws WasiException {
    DirFd dir = fds.dir(dirFd);
    dir.require(Rights.PATH_OPEN);
    if ((oflags & FdFlags.O_CREAT) != 0) {
      dir.require(Rights.PATH_CREATE_FILE);
    }
    if ((oflags & FdFlags.O_TRUNC) != 0) {
      dir.require(Rights.PATH_FILESTAT_SET_SIZE);
    }
    if ((oflags & ~0xf) != 0 || (fdflags & ~0x1f) != 0) {
      throw new WasiException(Errno.INVAL);
    }
    mem.check(fdPtr, 4);
    boolean follow = (lookupFlags & FdFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
    Sandbox.Resolved r = Sandbox.resolve(dir.path, mem.string(path, len), follow);
    BasicFileAttributes a = attrs(r.host());
    boolean creat = (oflags & FdFlags.O_CREAT) != 0;
    boolean excl = (oflags & FdFlags.O_EXCL) != 0;
    boolean wantDir = (oflags & FdFlags.O_DIRECTORY) != 0 || r.trailingSlash();
    // What the new descriptor may do: what was asked, within what the directory hands down.
    long base = rightsBase & dir.rightsInheriting;
    long inheriting = rightsInheriting & dir.rightsInheriting;
    if (a != null && creat && excl) {
      throw new WasiException(Errno.EXIST);
    }
    if (a != null && a.isSymbolicLink()) {
      // Only reached without SYMLINK_FOLLOW: O_NOFOLLOW semantics.
      throw new WasiException(wantDir ? Errno.NOTDIR : Errno.LOOP);
    }
    if (a != null && a.isDirectory()) {
      if ((base & Rights.FD_WRITE) != 0 || (oflags & FdFlags.O_TRUNC) != 0) {
        throw new WasiException(Errno.ISDIR);
      }
      DirFd opened =
          new DirFd(
              r.host(), null, base & Rights.DIRECTORY, inheriting & Rights.DIRECTORY_INHERITING);
      opened.fdflags = fdflags;
      mem.putI32(fdPtr, fds.add(opened));
      return Errno.SUCCESS;
    }
    if (wantDir) {
      if (a == null && creat) {
        throw new WasiException(Errno.INVAL);
      }
      throw new WasiException(a == null ? Errno.NOENT : Errno.NOTDIR);
    }
    if (a == null && !creat) {
      throw new WasiException(Errno.NOENT);
    }
    if (r.isBase()) {
      throw new WasiException(Errno.ISDIR);
    }
    boolean write =
        (base & (Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE)) != 0;
    boolean read = (base & (Rights.FD_READ | Rights.FD_READDIR)) != 0 || !write;
    Set<OpenOption> options = new HashSet<>();
    options.add(LinkOption.NOFOLLOW_LINKS);
    if (read) {
      options.add(StandardOpenOption.READ);
    }
    if (write || creat || (oflags & FdFlags.O_TRUNC) != 0) {
      // Java needs WRITE to create or truncate; the rights below still forbid guest writes.
      options.add(StandardOpenOption.WRITE);
    }
    if (creat) {
      options.add(excl ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
    }
    if ((oflags & FdFlags.O_TRUNC) != 0) {
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    }
    if ((fdflags & (FdFlags.SYNC | FdFlags.RSYNC)) != 0) {
      options.add(StandardOpenOption.SYNC);
    } else if ((fdflags & FdFlags.DSYNC) != 0) {
      options.add(StandardOpenOption.DSYNC);
    }
    FileChannel ch;
    try {
      ch = FileChannel.open(r.host(), options);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    } catch (UnsupportedOperationException e) {
      throw new WasiException(Errno.NOTSUP);
    }
    long fileRights = base & Rights.REGULAR_FILE;
    if (!write) {
      fileRights &= ~(Rights.FD_WRITE | Rights.FD_ALLOCATE | Rights.FD_FILESTAT_SET_SIZE);
    }
    FileFd opened = new FileFd(r.host(), ch, fileRights, inheriting & Rights.REGULAR_FILE, fdflags);
    int fd;
    try {
      fd = fds.add(opened);
    } catch (WasiException e) {
      opened.close();
      throw e;
    }
    mem.putI32(fdPtr, fd);
    return Errno.SUCCESS;
  }

  int createDirectory(int dirFd, int path, int len) throws WasiException {
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_CREATE_DIRECTORY, path, len, false);
    if (r.isBase()) {
      throw new WasiException(Errno.EXIST);
    }
    try {
      Files.createDirectory(r.host());
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int filestatGet(int dirFd, int lookupFlags, int path, int len, int buf) throws WasiException {
    boolean follow = (lookupFlags & FdFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_FILESTAT_GET, path, len, follow);
    mem.check(buf, FileStat.SIZE);
    FileStat stat;
    try {
      stat = FileStat.of(r.host(), false);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    if (r.trailingSlash() && stat.filetype() != FileType.DIRECTORY) {
      throw new WasiException(Errno.NOTDIR);
    }
    FdCalls.writeFilestat(mem, buf, stat);
    return Errno.SUCCESS;
  }

  int filestatSetTimes(
      int dirFd, int lookupFlags, int path, int len, long atim, long mtim, int fstflags)
      throws WasiException {
    boolean follow = (lookupFlags & FdFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_FILESTAT_SET_TIMES, path, len, follow);
    if (attrs(r.host()) == null) {
      throw new WasiException(Errno.NOENT);
    }
    FdCalls.setTimes(r.host(), false, atim, mtim, fstflags, wallClock);
    return Errno.SUCCESS;
  }

  int link(int oldFd, int oldFlags, int oldPath, int oldLen, int newFd, int newPath, int newLen)
      throws WasiException {
    boolean follow = (oldFlags & FdFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
    Sandbox.Resolved from = resolve(oldFd, Rights.PATH_LINK_SOURCE, oldPath, oldLen, follow);
    Sandbox.Resolved to = resolve(newFd, Rights.PATH_LINK_TARGET, newPath, newLen, false);
    BasicFileAttributes a = attrs(from.host());
    if (a == null) {
      throw new WasiException(Errno.NOENT);
    }
    if (a.isDirectory()) {
      throw new WasiException(Errno.PERM);
    }
    if (attrs(to.host()) != null) {
      throw new WasiException(Errno.EXIST);
    }
    if (to.trailingSlash() || from.trailingSlash()) {
      throw new WasiException(Errno.NOTDIR);
    }
    try {
      // link(2) does not follow a final symbolic link: the new name is another name of the link.
      Files.createLink(to.host(), from.host());
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    } catch (UnsupportedOperationException e) {
      throw new WasiException(Errno.NOTSUP);
    }
    return Errno.SUCCESS;
  }

  int readlink(int dirFd, int path, int len, int buf, int bufLen, int bufusedPtr)
      throws WasiException {
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_READLINK, path, len, false);
    mem.check(buf, bufLen);
    mem.check(bufusedPtr, 4);
    BasicFileAttributes a = attrs(r.host());
    if (a == null) {
      throw new WasiException(Errno.NOENT);
    }
    if (!a.isSymbolicLink()) {
      throw new WasiException(Errno.INVAL);
    }
    byte[] target;
    try {
      target = FdCalls.utf8(Files.readSymbolicLink(r.host()).toString());
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    int n = Math.min(target.length, bufLen);
    mem.putBytes(buf, target, n);
    mem.putI32(bufusedPtr, n);
    return Errno.SUCCESS;
  }

  int removeDirectory(int dirFd, int path, int len) throws WasiException {
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_REMOVE_DIRECTORY, path, len, false);
    if (r.isBase()) {
      throw new WasiException(Errno.INVAL); // rmdir("."): the directory itself stays
    }
    BasicFileAttributes a = attrs(r.host());
    if (a == null) {
      throw new WasiException(Errno.NOENT);
    }
    if (!a.isDirectory()) {
      throw new WasiException(Errno.NOTDIR);
    }
    try {
      Files.delete(r.host());
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int unlinkFile(int dirFd, int path, int len) throws WasiException {
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_UNLINK_FILE, path, len, false);
    BasicFileAttributes a = attrs(r.host());
    if (a == null) {
      throw new WasiException(Errno.NOENT);
    }
    if (a.isDirectory()) {
      throw new WasiException(Errno.ISDIR);
    }
    if (r.trailingSlash()) {
      throw new WasiException(Errno.NOTDIR);
    }
    try {
      Files.delete(r.host());
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int rename(int oldFd, int oldPath, int oldLen, int newFd, int newPath, int newLen)
      throws WasiException {
    Sandbox.Resolved from = resolve(oldFd, Rights.PATH_RENAME_SOURCE, oldPath, oldLen, false);
    Sandbox.Resolved to = resolve(newFd, Rights.PATH_RENAME_TARGET, newPath, newLen, false);
    if (from.isBase() || to.isBase()) {
      throw new WasiException(Errno.BUSY);
    }
    BasicFileAttributes a = attrs(from.host());
    if (a == null) {
      throw new WasiException(Errno.NOENT);
    }
    BasicFileAttributes b = attrs(to.host());
    if ((from.trailingSlash() || to.trailingSlash()) && !a.isDirectory()) {
      throw new WasiException(Errno.NOTDIR);
    }
    if (b != null && b.isDirectory() && !a.isDirectory()) {
      throw new WasiException(Errno.ISDIR);
    }
    if (b != null && !b.isDirectory() && a.isDirectory()) {
      throw new WasiException(Errno.NOTDIR);
    }
    if (a.isDirectory()
        && to.host().normalize().startsWith(from.host().normalize())
        && !to.host().equals(from.host())) {
      throw new WasiException(Errno.INVAL); // a directory cannot move inside itself
    }
    try {
      // rename(2): atomic, replaces a file or an empty directory.
      Files.move(
          from.host(),
          to.host(),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int symlink(int oldPath, int oldLen, int dirFd, int newPath, int newLen) throws WasiException {
    String target = mem.string(oldPath, oldLen);
    Sandbox.Resolved r = resolve(dirFd, Rights.PATH_SYMLINK, newPath, newLen, false);
    if (target.isEmpty()) {
      throw new WasiException(Errno.NOENT);
    }
    if (target.startsWith("/")) {
      // Lookups refuse absolute targets anyway; refusing to make one keeps the host safe too.
      throw new WasiException(Errno.NOTCAPABLE);
    }
    if (attrs(r.host()) != null) {
      throw new WasiException(Errno.EXIST);
    }
    if (r.trailingSlash()) {
      throw new WasiException(Errno.NOENT);
    }
    try {
      Files.createSymbolicLink(r.host(), r.host().getFileSystem().getPath(target));
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    } catch (java.nio.file.InvalidPathException e) {
      throw new WasiException(Errno.of(e));
    } catch (UnsupportedOperationException e) {
      throw new WasiException(Errno.NOTSUP);
    }
    return Errno.SUCCESS;
  }
}
