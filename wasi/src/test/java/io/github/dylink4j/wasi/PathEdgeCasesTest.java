package io.github.dylink4j.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Memory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edge cases of the path functions on the host file system, with the results wasi-testsuite's
 * programs (nofollow_errors, *_trailing_slashes, readlink, symlink_filestat, overwrite_preopen,
 * close_preopen) expect.
 */
class PathEdgeCasesTest {
  @TempDir Path root;
  private final Memory memory = new Memory(1, -1);
  private WasiPreview1 wasi;
  private static final int DIR = 3;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(root.resolve("file"), "content");
    Files.createDirectory(root.resolve("dir"));
    Files.createSymbolicLink(root.resolve("link"), Path.of("file"));
    wasi =
        new WasiPreview1(
            WasiOptions.builder()
                .stdout(new ByteArrayOutputStream())
                .preopen(root, ".")
                .preopen(root.resolve("dir"), "other")
                .build());
    wasi.setMemory(memory);
  }

  @AfterEach
  void tearDown() {
    wasi.close();
  }

  private int call(String name, Object... args) {
    return (Integer) wasi.functions().get(name).call(args)[0];
  }

  private int at = 1000;

  /** Puts a path in memory and returns {ptr, len} as the two next arguments. */
  private Object[] path(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int ptr = at;
    memory.writeBytes(ptr, b);
    at += b.length + 8;
    return new Object[] {ptr, b.length};
  }

  private int open(String p, int lookup, int oflags, long rights) {
    Object[] a = path(p);
    return call("path_open", DIR, lookup, a[0], a[1], oflags, rights, 0L, 0, 0);
  }

  @Test
  void openingASymlinkWithoutFollowingIsEloopOrEnotdir() {
    assertEquals(Errno.LOOP, open("link", 0, 0, Rights.FD_READ));
    assertEquals(Errno.NOTDIR, open("link", 0, FdFlags.O_DIRECTORY, Rights.FD_READ));
    assertEquals(Errno.SUCCESS, open("link", FdFlags.LOOKUP_SYMLINK_FOLLOW, 0, Rights.FD_READ));
  }

  @Test
  void trailingSlashesOnFilesAreEnotdir() {
    Object[] a = path("file/");
    assertEquals(Errno.NOTDIR, call("path_unlink_file", DIR, a[0], a[1]));
    assertEquals(Errno.NOTDIR, call("path_remove_directory", DIR, a[0], a[1]));
    assertEquals(Errno.NOTDIR, open("file/", 0, 0, Rights.FD_READ));
    Object[] to = path("renamed");
    assertEquals(Errno.NOTDIR, call("path_rename", DIR, a[0], a[1], DIR, to[0], to[1]));
    Object[] d = path("dir/");
    assertEquals(Errno.ISDIR, call("path_unlink_file", DIR, d[0], d[1]));
    Object[] d2 = path("dir2/");
    assertEquals(Errno.SUCCESS, call("path_rename", DIR, d[0], d[1], DIR, d2[0], d2[1]));
    assertTrue(Files.isDirectory(root.resolve("dir2")));
  }

  @Test
  void readlinkTruncatesToTheBuffer() {
    Object[] a = path("link");
    assertEquals(Errno.SUCCESS, call("path_readlink", DIR, a[0], a[1], 100, 2, 200));
    assertEquals(2, memory.readInt(200));
    assertEquals("fi", memory.readString(100, 2));
  }

  @Test
  void filestatOfALinkItselfOrItsTarget() throws Exception {
    Object[] a = path("link");
    assertEquals(Errno.SUCCESS, call("path_filestat_get", DIR, 0, a[0], a[1], 100));
    assertEquals(FileType.SYMBOLIC_LINK, memory.readByte(116));
    assertEquals(
        Errno.SUCCESS,
        call("path_filestat_get", DIR, FdFlags.LOOKUP_SYMLINK_FOLLOW, a[0], a[1], 100));
    assertEquals(FileType.REGULAR_FILE, memory.readByte(116));
    assertEquals(7L, memory.readLong(132));
    long ino = (Long) Files.getAttribute(root.resolve("file"), "unix:ino");
    assertEquals(ino, memory.readLong(108));
    assertTrue(Files.isSymbolicLink(root.resolve("link")));
    assertTrue(Files.exists(root.resolve("link"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void renumberingOntoAPreopenReplacesIt() {
    assertEquals(Errno.SUCCESS, open("file", 0, 0, Rights.FD_READ));
    int fd = memory.readInt(0);
    assertEquals(Errno.SUCCESS, call("fd_prestat_get", 4, 100));
    assertEquals(Errno.SUCCESS, call("fd_renumber", fd, 4));
    assertEquals(Errno.BADF, call("fd_prestat_get", 4, 100));
    assertEquals(Errno.BADF, call("fd_close", fd));
    assertEquals(Errno.BADF, call("fd_renumber", 4, 77));
    assertEquals(Errno.SUCCESS, call("fd_close", DIR));
    assertEquals(Errno.BADF, call("fd_prestat_get", DIR, 100));
  }

  @Test
  void timesFlagsAreValidated() {
    Object[] a = path("file");
    int both = FdFlags.ATIM | FdFlags.ATIM_NOW;
    assertEquals(Errno.INVAL, call("path_filestat_set_times", DIR, 0, a[0], a[1], 0L, 0L, both));
    assertEquals(
        Errno.SUCCESS,
        call("path_filestat_set_times", DIR, 0, a[0], a[1], 0L, 5_000_000_000L, FdFlags.MTIM));
    assertEquals(Errno.SUCCESS, call("path_filestat_get", DIR, 0, a[0], a[1], 100));
    assertEquals(5_000_000_000L, memory.readLong(148));
  }
}
