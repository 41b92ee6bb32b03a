package io.github.dylink4j.wasi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A WASI {@code filestat}, read from any NIO file system (with POSIX detail where it has them). */
record FileStat(
    long dev, long ino, int filetype, long nlink, long size, long atim, long mtim, long ctim) {

  /** Bytes of a {@code filestat} in guest memory. */
  static final int SIZE = 64;

  private static final String UNIX_ATTRIBUTES =
      "unix:dev,ino,nlink,size,lastAccessTime,lastModifiedTime,ctime,mode";

  static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
  static final LinkOption[] FOLLOW = {};

  static FileStat of(Path path, boolean follow) throws IOException {
    LinkOption[] options = follow ? FOLLOW : NOFOLLOW;
    if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, options);
      int mode = (Integer) a.get("mode");
      // Some file systems (Jimfs) keep only permission bits in the mode.
      int type =
          (mode & 0170000) != 0
              ? typeOfMode(mode)
              : typeOf(Files.readAttributes(path, BasicFileAttributes.class, options));
      return new FileStat(
          ((Number) a.get("dev")).longValue(),
          ((Number) a.get("ino")).longValue(),
          type,
          ((Number) a.get("nlink")).longValue(),
          ((Number) a.get("size")).longValue(),
          nanos((FileTime) a.get("lastAccessTime")),
          nanos((FileTime) a.get("lastModifiedTime")),
          nanos((FileTime) a.get("ctime")));
    }
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, options);
    Object key = a.fileKey();
    long ino = key != null ? key.hashCode() & 0xffffffffL : path.toAbsolutePath().hashCode();
    return new FileStat(
        0,
        ino,
        typeOf(a),
        1,
        a.size(),
        nanos(a.lastAccessTime()),
        nanos(a.lastModifiedTime()),
        nanos(a.lastModifiedTime()));
  }

  static int typeOf(BasicFileAttributes a) {
    if (a.isSymbolicLink()) {
      return FileType.SYMBOLIC_LINK;
    }
    if (a.isDirectory()) {
      return FileType.DIRECTORY;
    }
    if (a.isRegularFile()) {
      return FileType.REGULAR_FILE;
    }
    return FileType.UNKNOWN;
  }

  /** The file type of a POSIX {@code st_mode}; FIFOs have no WASI type and report unknown. */
  static int typeOfMode(int mode) {
    switch (mode & 0170000) {
      case 0040000:
        return FileType.DIRECTORY;
      case 0100000:
        return FileType.REGULAR_FILE;
      case 0120000:
        return FileType.SYMBOLIC_LINK;
      case 0020000:
        return FileType.CHARACTER_DEVICE;
      case 0060000:
        return FileType.BLOCK_DEVICE;
      case 0140000:
        return FileType.SOCKET_STREAM;
      default:
        return FileType.UNKNOWN;
    }
  }

  static long nanos(FileTime t) {
    return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
  }
}
