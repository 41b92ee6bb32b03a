package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code fd_*} functions. Each returns an errno; results go to guest memory. */
final class FdCalls {
  private final FdTable fds;
  private final GuestMemory mem;
  private final Clock wallClock;

  FdCalls(FdTable fds, GuestMemory mem, Clock wallClock) {
    this.fds = fds;
    this.mem = mem;
    this.wallClock = wallClock;
  }

  int write(int fd, int iovs, int iovsLen, int nwrittenPtr) throws WasiException {
    Fd f = fds.get(fd);
    int[] iov = mem.iovecs(iovs, iovsLen);
    mem.check(nwrittenPtr, 4);
    long total = 0;
    try {
      if (f instanceof StreamFd) {
        StreamFd s = (StreamFd) f;
        if (s.out == null) {
          throw new WasiException(Errno.BADF);
        }
        total = writeStream(s, iov);
      } else if (f instanceof FileFd) {
        FileFd file = (FileFd) f;
        if ((file.rightsBase & Rights.FD_WRITE) == 0) {
          throw new WasiException(Errno.BADF);
        }
        if (file.append()) {
          file.channel.position(file.channel.size());
        }
        ByteBuffer[] bufs = mem.buffers(iov);
        while (anyRemaining(bufs)) {
          total += file.channel.write(bufs);
        }
        file.syncIfAsked();
      } else {
        throw new WasiException(Errno.BADF); // a directory is never open for writing
      }
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    mem.putI32(nwrittenPtr, (int) total);
    return Errno.SUCCESS;
  }

  private long writeStream(StreamFd s, int[] iov) throws IOException {
    byte[] a = mem.array();
    int nonEmpty = 0;
    long total = 0;
    for (int i = 0; i < iov.length; i += 2) {
      if (iov[i + 1] > 0) {
        nonEmpty++;
        total += iov[i + 1];
      }
    }
    if (nonEmpty <= 1) {
      for (int i = 0; i < iov.length; i += 2) {
        if (iov[i + 1] > 0) {
          s.out.write(a, iov[i], iov[i + 1]);
        }
      }
    } else {
      // One host write for the whole vector, as writev(2) does, so that lines are not torn.
      byte[] joined = new byte[(int) total];
      int at = 0;
      for (int i = 0; i < iov.length; i += 2) {
        System.arraycopy(a, iov[i], joined, at, iov[i + 1]);
        at += iov[i + 1];
      }
      s.out.write(joined);
    }
    s.out.flush();
    return total;
  }

  private static boolean anyRemaining(ByteBuffer[] bufs) {
    for (ByteBuffer b : bufs) {
      if (b.hasRemaining()) {
        return true;
      }
    }
    return false;
  }

  int read(int fd, int iovs, int iovsLen, int nreadPtr) throws WasiException {
    Fd f = fds.get(fd);
    int[] iov = mem.iovecs(iovs, iovsLen);
    mem.check(nreadPtr, 4);
    long total = 0;
    try {
      if (f instanceof StreamFd) {
        StreamFd s = (StreamFd) f;
        if (!s.readable()) {
          throw new WasiException(Errno.BADF);
        }
        if ((s.fdflags & FdFlags.NONBLOCK) != 0 && s.readyBytes() == 0) {
          throw new WasiException(Errno.AGAIN); // nothing yet, and not at the end of input
        }
        // One blocking read into the first non-empty buffer: a short read is always allowed.
        for (int i = 0; i < iov.length; i += 2) {
          if (iov[i + 1] > 0) {
            int n = s.read(mem.array(), iov[i], iov[i + 1]);
            total = Math.max(n, 0);
            break;
          }
        }
      } else if (f instanceof FileFd) {
        FileFd file = (FileFd) f;
        if ((file.rightsBase & Rights.FD_READ) == 0) {
          throw new WasiException(Errno.BADF);
        }
        long n = file.channel.read(mem.buffers(iov));
        total = Math.max(n, 0);
      } else {
        throw new WasiException(Errno.ISDIR);
      }
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    mem.putI32(nreadPtr, (int) total);
    return Errno.SUCCESS;
  }

  int pread(int fd, int iovs, int iovsLen, long offset, int nreadPtr) throws WasiException {
    FileFd file = seekableFile(fd, Rights.FD_READ);
    if (offset < 0) {
      throw new WasiException(Errno.INVAL);
    }
    int[] iov = mem.iovecs(iovs, iovsLen);
    mem.check(nreadPtr, 4);
    long total = 0;
    try {
      for (ByteBuffer b : mem.buffers(iov)) {
        while (b.hasRemaining()) {
          int n = file.channel.read(b, offset + total);
          if (n <= 0) {
            break;
          }
          total += n;
        }
        if (b.hasRemaining()) {
          break;
        }
      }
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    mem.putI32(nreadPtr, (int) total);
    return Errno.SUCCESS;
  }

  int pwrite(int fd, int iovs, int iovsLen, long offset, int nwrittenPtr) throws WasiException {
    FileFd file = seekableFile(fd, Rights.FD_WRITE);
    if (offset < 0) {
      throw new WasiException(Errno.INVAL);
    }
    int[] iov = mem.iovecs(iovs, iovsLen);
    mem.check(nwrittenPtr, 4);
    long total = 0;
    try {
      for (ByteBuffer b : mem.buffers(iov)) {
        while (b.hasRemaining()) {
          total += file.channel.write(b, offset + total);
        }
      }
      file.syncIfAsked();
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    mem.putI32(nwrittenPtr, (int) total);
    return Errno.SUCCESS;
  }

  /** A file for positioned I/O: streams cannot seek (ESPIPE), missing rights are EBADF. */
  private FileFd seekableFile(int fd, long right) throws WasiException {
    Fd f = fds.get(fd);
    if (f instanceof StreamFd) {
      throw new WasiException(Errno.SPIPE);
    }
    if (!(f instanceof FileFd)) {
      // read(2) on a directory is EISDIR; a directory is never open for writing (EBADF)
      throw new WasiException(right == Rights.FD_READ ? Errno.ISDIR : Errno.BADF);
    }
    if ((f.rightsBase & right) == 0) {
      throw new WasiException(Errno.BADF);
    }
    return (FileFd) f;
  }

  int seek(int fd, long offset, int whence, int newOffsetPtr) throws WasiException {
    Fd f = fds.get(fd);
    if (f instanceof StreamFd) {
      throw new WasiException(Errno.SPIPE);
    }
    if (!(f instanceof FileFd)) {
      throw new WasiException(Errno.BADF);
    }
    FileFd file = (FileFd) f;
    file.require(offset == 0 && whence == 1 ? Rights.FD_TELL : Rights.FD_SEEK);
    mem.check(newOffsetPtr, 8);
    try {
      long base;
      switch (whence) {
        case 0:
          base = 0;
          break;
        case 1:
          base = file.channel.position();
          break;
        case 2:
          base = file.channel.size();
          break;
        default:
          throw new WasiException(Errno.INVAL);
      }
      long target = base + offset;
      if (target < 0 || (offset > 0 && target < base)) {
        throw new WasiException(Errno.INVAL);
      }
      file.channel.position(target);
      mem.putI64(newOffsetPtr, target);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int tell(int fd, int offsetPtr) throws WasiException {
    Fd f = fds.get(fd);
    if (f instanceof StreamFd) {
      throw new WasiException(Errno.SPIPE);
    }
    if (!(f instanceof FileFd)) {
      throw new WasiException(Errno.BADF);
    }
    f.require(Rights.FD_TELL);
    mem.check(offsetPtr, 8);
    try {
      mem.putI64(offsetPtr, ((FileFd) f).channel.position());
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int close(int fd) throws WasiException {
    fds.remove(fd);
    return Errno.SUCCESS;
  }

  int renumber(int from, int to) throws WasiException {
    fds.renumber(from, to);
    return Errno.SUCCESS;
  }

  int sync(int fd, boolean metadata) throws WasiException {
    Fd f = fds.get(fd);
    f.require(metadata ? Rights.FD_SYNC : Rights.FD_DATASYNC);
    if (f instanceof StreamFd) {
      throw new WasiException(Errno.INVAL);
    }
    if (f instanceof FileFd) {
      try {
        ((FileFd) f).channel.force(metadata);
      } catch (IOException e) {
        throw new WasiException(Errno.of(e));
      }
    }
    return Errno.SUCCESS;
  }

  int advise(int fd, long offset, long len, int advice) throws WasiException {
    Fd f = fds.get(fd);
    if (advice < 0 || advice > 5 || offset < 0 || len < 0) {
      throw new WasiException(Errno.INVAL);
    }
    if (f instanceof StreamFd) {
      throw new WasiException(Errno.SPIPE);
    }
    if (f instanceof DirFd) {
      throw new WasiException(Errno.BADF);
    }
    f.require(Rights.FD_ADVISE);
    return Errno.SUCCESS; // advice only: the JVM offers no posix_fadvise
  }

  int allocate(int fd, long offset, long len) throws WasiException {
    Fd f = fds.get(fd);
    if (f instanceof StreamFd) {
      throw new WasiException(Errno.SPIPE);
    }
    if (!(f instanceof FileFd)) {
      throw new WasiException(Errno.BADF);
    }
    f.require(Rights.FD_ALLOCATE);
    if (offset < 0 || len <= 0 || offset + len < 0) {
      throw new WasiException(Errno.INVAL);
    }
    try {
      growTo(((FileFd) f), offset + len);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  /** Extends a file with zeroes to {@code size} bytes (never shrinks it). */
  private static void growTo(FileFd f, long size) throws IOException {
    if (f.channel.size() < size) {
      f.channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
    }
  }

  int fdstatGet(int fd, int buf) throws WasiException {
    Fd f = fds.get(fd);
    mem.check(buf, 24);
    mem.putI8(buf, f.filetype());
    mem.putI8(buf + 1, 0);
    mem.putI16(buf + 2, f.fdflags);
    mem.putI32(buf + 4, 0);
    mem.putI64(buf + 8, f.rightsBase);
    mem.putI64(buf + 16, f.rightsInheriting);
    return Errno.SUCCESS;
  }

  /**
   * APPEND is honoured by every later write; NONBLOCK makes reads of stdin fail with EAGAIN while
   * no input is ready (regular files never block, as on Linux, and output streams do not either);
   * SYNC, DSYNC and RSYNC sync each later write (see {@link FileFd#syncIfAsked}).
   */
  int fdstatSetFlags(int fd, int flags) throws WasiException {
    Fd f = fds.get(fd);
    f.require(Rights.FD_FDSTAT_SET_FLAGS);
    if ((flags & ~0x1f) != 0) {
      throw new WasiException(Errno.INVAL);
    }
    if (f instanceof DirFd && (flags & FdFlags.APPEND) != 0) {
      throw new WasiException(Errno.ISDIR);
    }
    f.fdflags = flags;
    return Errno.SUCCESS;
  }

  int fdstatSetRights(int fd, long base, long inheriting) throws WasiException {
    Fd f = fds.get(fd);
    // Rights can only be dropped, never gained.
    if ((base & ~f.rightsBase) != 0 || (inheriting & ~f.rightsInheriting) != 0) {
      throw new WasiException(Errno.NOTCAPABLE);
    }
    f.rightsBase = base;
    f.rightsInheriting = inheriting;
    return Errno.SUCCESS;
  }

  int filestatGet(int fd, int buf) throws WasiException {
    Fd f = fds.get(fd);
    f.require(Rights.FD_FILESTAT_GET);
    mem.check(buf, FileStat.SIZE);
    FileStat stat;
    try {
      if (f instanceof FileFd) {
        FileFd file = (FileFd) f;
        FileStat s = FileStat.of(file.path, false);
        // The path may have been renamed or unlinked; the open channel still knows the size.
        stat =
            new FileStat(
                s.dev(),
                s.ino(),
                s.filetype(),
                s.nlink(),
                file.channel.size(),
                s.atim(),
                s.mtim(),
                s.ctim());
      } else if (f instanceof DirFd) {
        stat = FileStat.of(((DirFd) f).path, true);
      } else {
        stat = new FileStat(0, 0, f.filetype(), 1, 0, 0, 0, 0);
      }
    } catch (IOException e) {
      if (f instanceof FileFd) {
        // Unlinked while open: what the channel still knows.
        try {
          stat = new FileStat(0, 0, FileType.REGULAR_FILE, 0, ((FileFd) f).channel.size(), 0, 0, 0);
        } catch (IOException e2) {
          throw new WasiException(Errno.of(e2));
        }
      } else {
        throw new WasiException(Errno.of(e));
      }
    }
    writeFilestat(mem, buf, stat);
    return Errno.SUCCESS;
  }

  static void writeFilestat(GuestMemory mem, int buf, FileStat s) throws WasiException {
    mem.check(buf, FileStat.SIZE);
    mem.putI64(buf, s.dev());
    mem.putI64(buf + 8, s.ino());
    mem.putI64(buf + 16, 0);
    mem.putI8(buf + 16, s.filetype());
    mem.putI64(buf + 24, s.nlink());
    mem.putI64(buf + 32, s.size());
    mem.putI64(buf + 40, s.atim());
    mem.putI64(buf + 48, s.mtim());
    mem.putI64(buf + 56, s.ctim());
  }

  int filestatSetSize(int fd, long size) throws WasiException {
    Fd f = fds.get(fd);
    if (!(f instanceof FileFd)) {
      throw new WasiException(f instanceof DirFd ? Errno.BADF : Errno.INVAL);
    }
    f.require(Rights.FD_FILESTAT_SET_SIZE);
    if (size < 0) {
      throw new WasiException(Errno.INVAL);
    }
    FileFd file = (FileFd) f;
    if ((file.rightsBase & Rights.FD_WRITE) == 0) {
      throw new WasiException(Errno.BADF);
    }
    try {
      long position = file.channel.position();
      if (size < file.channel.size()) {
        file.channel.truncate(size);
        file.channel.position(position); // truncate moves the position; ftruncate does not
      } else {
        growTo(file, size);
      }
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    return Errno.SUCCESS;
  }

  int filestatSetTimes(int fd, long atim, long mtim, int fstflags) throws WasiException {
    Fd f = fds.get(fd);
    f.require(Rights.FD_FILESTAT_SET_TIMES);
    java.nio.file.Path path;
    if (f instanceof FileFd) {
      path = ((FileFd) f).path;
    } else if (f instanceof DirFd) {
      path = ((DirFd) f).path;
    } else {
      return Errno.SUCCESS; // a stream has no times to keep
    }
    setTimes(path, true, atim, mtim, fstflags, wallClock);
    return Errno.SUCCESS;
  }

  /** Sets access and modification times as {@code fstflags} says (utimensat semantics). */
  static void setTimes(
      java.nio.file.Path path, boolean follow, long atim, long mtim, int fstflags, Clock clock)
      throws WasiException {
    if ((fstflags & ~0xf) != 0
        || ((fstflags & FdFlags.ATIM) != 0 && (fstflags & FdFlags.ATIM_NOW) != 0)
        || ((fstflags & FdFlags.MTIM) != 0 && (fstflags & FdFlags.MTIM_NOW) != 0)) {
      throw new WasiException(Errno.INVAL);
    }
    long now = nowNanos(clock);
    FileTime a =
        (fstflags & FdFlags.ATIM_NOW) != 0
            ? FileTime.from(now, TimeUnit.NANOSECONDS)
            : (fstflags & FdFlags.ATIM) != 0 ? FileTime.from(atim, TimeUnit.NANOSECONDS) : null;
    FileTime m =
        (fstflags & FdFlags.MTIM_NOW) != 0
            ? FileTime.from(now, TimeUnit.NANOSECONDS)
            : (fstflags & FdFlags.MTIM) != 0 ? FileTime.from(mtim, TimeUnit.NANOSECONDS) : null;
    if (a == null && m == null) {
      return;
    }
    try {
      Files.getFileAttributeView(
              path, BasicFileAttributeView.class, follow ? FileStat.FOLLOW : FileStat.NOFOLLOW)
          .setTimes(m, a, null);
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
  }

  static long nowNanos(Clock clock) {
    java.time.Instant i = clock.instant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  int prestatGet(int fd, int buf) throws WasiException {
    Fd f = fds.get(fd);
    if (!(f instanceof DirFd) || ((DirFd) f).preopenName == null) {
      throw new WasiException(Errno.BADF);
    }
    mem.check(buf, 8);
    mem.putI32(buf, 0); // tag 0: a directory
    mem.putI32(buf + 4, utf8(((DirFd) f).preopenName).length);
    return Errno.SUCCESS;
  }

  int prestatDirName(int fd, int path, int len) throws WasiException {
    Fd f = fds.get(fd);
    if (!(f instanceof DirFd) || ((DirFd) f).preopenName == null) {
      throw new WasiException(Errno.BADF);
    }
    byte[] name = utf8(((DirFd) f).preopenName);
    if (Integer.compareUnsigned(len, name.length) < 0) {
      throw new WasiException(Errno.NAMETOOLONG);
    }
    mem.putBytes(path, name, name.length);
    return Errno.SUCCESS;
  }

  int readdir(int fd, int buf, int bufLen, long cookie, int bufusedPtr) throws WasiException {
    Fd f = fds.get(fd);
    if (!(f instanceof DirFd)) {
      throw new WasiException(Errno.NOTDIR);
    }
    DirFd dir = (DirFd) f;
    dir.require(Rights.FD_READDIR);
    mem.check(buf, bufLen);
    mem.check(bufusedPtr, 4);
    if (cookie < 0) {
      throw new WasiException(Errno.INVAL);
    }
    try {
      if (cookie == 0 || dir.listing == null) {
        dir.listing = DirEntries.list(dir.path, dir.preopenName != null);
      }
    } catch (IOException e) {
      throw new WasiException(Errno.of(e));
    }
    List<DirEntries.Entry> entries = dir.listing;
    // Entries are packed back to back; the last one is cut at the buffer's end, which tells libc
    // to call again with a larger buffer.
    byte[] out = new byte[Math.min(bufLen, 1 << 20)];
    int used = 0;
    for (long i = cookie; i < entries.size() && used < out.length; i++) {
      DirEntries.Entry e = entries.get((int) i);
      byte[] rec = new byte[DirEntries.DIRENT_SIZE + e.name().length];
      ByteBuffer b = ByteBuffer.wrap(rec).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      b.putLong(0, i + 1);
      b.putLong(8, e.ino());
      b.putInt(16, e.name().length);
      b.put(20, (byte) e.type());
      System.arraycopy(e.name(), 0, rec, DirEntries.DIRENT_SIZE, e.name().length);
      int n = Math.min(rec.length, out.length - used);
      System.arraycopy(rec, 0, out, used, n);
      used += n;
    }
    mem.putBytes(buf, out, used);
    mem.putI32(bufusedPtr, used);
    return Errno.SUCCESS;
  }

  static byte[] utf8(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
