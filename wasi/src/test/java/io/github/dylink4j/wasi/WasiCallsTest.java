package io.github.dylink4j.wasi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.dylink4j.runtime.Memory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the host functions directly, with hand-laid guest memory, against an in-memory FS. */
class WasiCallsTest {
  private FileSystem fs;
  private Path root;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Memory memory = new Memory(1, -1);
  private WasiPreview1 wasi;

  @BeforeEach
  void setUp() throws Exception {
    fs = Jimfs.newFileSystem(Configuration.unix());
    root = Files.createDirectories(fs.getPath("/data"));
    wasi =
        new WasiPreview1(
            WasiOptions.builder()
                .args(List.of("prog", "ä1"))
                .env("A", "b")
                .stdout(out)
                .preopen(root, "/sandbox")
                .random(new Random(1))
                .build());
    wasi.setMemory(memory);
  }

  @AfterEach
  void tearDown() throws Exception {
    wasi.close();
    fs.close();
  }

  private int call(String name, Object... args) {
    return (Integer) wasi.functions().get(name).call(args)[0];
  }

  private int putString(int at, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    memory.writeBytes(at, b);
    return b.length;
  }

  @Test
  void fdWriteGathersEveryIovec() {
    int a = putString(1000, "hello ");
    int b = putString(2000, "world\n");
    memory.writeInt(100, 1000);
    memory.writeInt(104, a);
    memory.writeInt(108, 2000);
    memory.writeInt(112, b);
    assertEquals(Errno.SUCCESS, call("fd_write", 1, 100, 2, 200));
    assertEquals(12, memory.readInt(200));
    assertEquals("hello world\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void argsAndEnvironmentAreNulTerminatedUtf8() {
    assertEquals(Errno.SUCCESS, call("args_sizes_get", 0, 4));
    assertEquals(2, memory.readInt(0));
    assertEquals(5 + 4, memory.readInt(4)); // "prog\0" + "ä1\0" (ä is two bytes)
    assertEquals(Errno.SUCCESS, call("args_get", 16, 64));
    assertEquals(64, memory.readInt(16));
    assertEquals(69, memory.readInt(20));
    assertEquals("ä1", memory.readCString(69));
    assertEquals(Errno.SUCCESS, call("environ_get", 16, 64));
    assertEquals("A=b", memory.readCString(64));
  }

  @Test
  void preopenIsDescribedAndFilesOpenWriteSeekRead() throws Exception {
    assertEquals(Errno.SUCCESS, call("fd_prestat_get", 3, 0));
    assertEquals(0, memory.readInt(0));
    assertEquals(8, memory.readInt(4));
    assertEquals(Errno.NAMETOOLONG, call("fd_prestat_dir_name", 3, 16, 7));
    assertEquals(Errno.SUCCESS, call("fd_prestat_dir_name", 3, 16, 8));
    assertEquals("/sandbox", memory.readString(16, 8));
    assertEquals(Errno.BADF, call("fd_prestat_get", 4, 0));

    int len = putString(500, "notes.txt");
    long rw = Rights.FD_READ | Rights.FD_WRITE | Rights.FD_SEEK | Rights.FD_TELL;
    assertEquals(Errno.SUCCESS, call("path_open", 3, 0, 500, len, FdFlags.O_CREAT, rw, 0L, 0, 0));
    int fd = memory.readInt(0);
    assertEquals(4, fd);
    int n = putString(1000, "abcdef");
    memory.writeInt(100, 1000);
    memory.writeInt(104, n);
    assertEquals(Errno.SUCCESS, call("fd_write", fd, 100, 1, 200));
    assertEquals(Errno.SUCCESS, call("fd_seek", fd, 2L, 0, 208));
    assertEquals(2L, memory.readLong(208));
    memory.writeInt(100, 3000);
    memory.writeInt(104, 3);
    assertEquals(Errno.SUCCESS, call("fd_read", fd, 100, 1, 200));
    assertEquals(3, memory.readInt(200));
    assertEquals("cde", memory.readString(3000, 3));
    assertEquals(Errno.SUCCESS, call("fd_tell", fd, 208));
    assertEquals(5L, memory.readLong(208));
    assertEquals("abcdef", Files.readString(root.resolve("notes.txt")));
    assertEquals(Errno.SUCCESS, call("fd_close", fd));
    assertEquals(Errno.BADF, call("fd_close", fd));
  }

  @Test
  void readdirServesCookiesAcrossSmallBuffers() throws Exception {
    for (int i = 0; i < 20; i++) {
      Files.writeString(root.resolve(String.format("f%02d", i)), "");
    }
    List<String> names = new ArrayList<>();
    long cookie = 0;
    while (true) {
      // 40 bytes: at most one whole entry (24-byte header + 3-byte name) per call.
      assertEquals(Errno.SUCCESS, call("fd_readdir", 3, 1000, 40, cookie, 0));
      int used = memory.readInt(0);
      if (used < DirEntries.DIRENT_SIZE) {
        break;
      }
      int nameLen = memory.readInt(1000 + 16);
      names.add(memory.readString(1000 + 24, nameLen));
      cookie = memory.readLong(1000);
      if (used < 40 && used == 24 + nameLen && cookie == 22) {
        break;
      }
    }
    assertEquals(22, names.size());
    assertEquals(".", names.get(0));
    assertEquals("..", names.get(1));
    assertEquals("f00", names.get(2));
    assertEquals("f19", names.get(21));
  }

  @Test
  void badPointersAreEfaultAndLeaveMemoryAlone() {
    int end = memory.byteSize();
    byte[] before = memory.readBytes(0, end);
    assertEquals(Errno.FAULT, call("fd_write", 1, end - 4, 1, 0));
    memory.writeInt(100, end - 2);
    memory.writeInt(104, 10);
    assertEquals(Errno.FAULT, call("fd_write", 1, 100, 1, 0));
    assertEquals(Errno.FAULT, call("args_sizes_get", -8, 0));
    assertEquals(Errno.FAULT, call("random_get", end - 10, 11));
    assertEquals(Errno.FAULT, call("path_open", 3, 0, end - 1, 5, 0, 0L, 0L, 0, 0));
    assertEquals(0, out.size());
    memory.writeInt(100, 0);
    memory.writeInt(104, 0);
    before[100] = 0;
    assertArrayEquals(before, memory.readBytes(0, end));
  }

  @Test
  void procExitUnwindsWithTheCode() {
    WasiExit e = assertThrows(WasiExit.class, () -> wasi.functions().get("proc_exit").call(42));
    assertEquals(42, e.code());
  }

  @Test
  void pollWaitsForTheClock() {
    // one clock subscription: monotonic, relative 30 ms
    memory.writeLong(0, 77L);
    memory.writeByte(8, (byte) 0);
    memory.writeInt(16, 1);
    memory.writeLong(24, 30_000_000L);
    memory.writeLong(32, 0L);
    memory.writeShort(40, (short) 0);
    long start = System.nanoTime();
    assertEquals(Errno.SUCCESS, call("poll_oneoff", 0, 100, 1, 200));
    assertTrue(System.nanoTime() - start >= 30_000_000L);
    assertEquals(1, memory.readInt(200));
    assertEquals(77L, memory.readLong(100));
    assertEquals(0, memory.readShort(108));
    assertEquals(Errno.INVAL, call("poll_oneoff", 0, 100, 0, 200));
  }

  @Test
  void socketsAndUnknownClocks() {
    assertEquals(Errno.NOTSOCK, call("sock_shutdown", 1, 0));
    assertEquals(Errno.BADF, call("sock_send", 40, 0, 0, 0, 0));
    assertEquals(Errno.INVAL, call("clock_time_get", 9, 1L, 0));
    assertEquals(Errno.SUCCESS, call("clock_res_get", 1, 0));
    assertEquals(1L, memory.readLong(0));
  }

  @Test
  void readGuestFileStaysInsideItsPreopen() throws Exception {
    Files.writeString(root.resolve("lib.so"), "x");
    assertArrayEquals(new byte[] {'x'}, wasi.readGuestFile("/sandbox/lib.so"));
    assertThrows(java.nio.file.NoSuchFileException.class, () -> wasi.readGuestFile("/etc/x"));
    assertThrows(java.io.IOException.class, () -> wasi.readGuestFile("/sandbox/../data/lib.so"));
  }

  @Test
  void operationsOnADirectoryFailAsOnPosix() {
    memory.writeInt(100, 1000);
    memory.writeInt(104, 4);
    assertEquals(Errno.ISDIR, call("fd_read", 3, 100, 1, 200));
    assertEquals(Errno.ISDIR, call("fd_pread", 3, 100, 1, 0L, 200));
    assertEquals(Errno.BADF, call("fd_write", 3, 100, 1, 200));
    assertEquals(Errno.BADF, call("fd_pwrite", 3, 100, 1, 0L, 200));
    assertEquals(Errno.BADF, call("fd_seek", 3, 0L, 1, 200));
    assertEquals(Errno.BADF, call("fd_tell", 3, 200));
    assertEquals(Errno.BADF, call("fd_allocate", 3, 0L, 0L));
    assertEquals(Errno.BADF, call("fd_filestat_set_size", 3, 0L));
    assertEquals(Errno.BADF, call("fd_advise", 3, 0L, 0L, 4));
    assertEquals(Errno.SPIPE, call("fd_seek", 1, 0L, 1, 200));
  }

  @Test
  void fdAdviseChecksDescriptorAndAdviceThenSucceeds() throws Exception {
    Files.writeString(root.resolve("f"), "data");
    int len = putString(500, "f");
    assertEquals(
        Errno.SUCCESS,
        call("path_open", 3, 0, 500, len, 0, Rights.FD_READ | Rights.FD_ADVISE, 0L, 0, 0));
    int fd = memory.readInt(0);
    for (int advice = 0; advice <= 5; advice++) { // normal ... noreuse
      assertEquals(Errno.SUCCESS, call("fd_advise", fd, 0L, 4L, advice), "advice " + advice);
    }
    assertEquals(Errno.INVAL, call("fd_advise", fd, 0L, 4L, 6));
    assertEquals(Errno.INVAL, call("fd_advise", fd, 0L, -1L, 0));
    assertEquals(Errno.BADF, call("fd_advise", 99, 0L, 4L, 0));
    assertEquals(Errno.SPIPE, call("fd_advise", 1, 0L, 4L, 0));
  }

  @Test
  void setFlagsOnARegularFileAreRecordedAndAppendIsHonoured() throws Exception {
    Files.writeString(root.resolve("f"), "ab");
    int len = putString(500, "f");
    long rights = Rights.FD_READ | Rights.FD_WRITE | Rights.FD_SEEK | Rights.FD_FDSTAT_SET_FLAGS;
    assertEquals(Errno.SUCCESS, call("path_open", 3, 0, 500, len, 0, rights, 0L, 0, 0));
    int fd = memory.readInt(0);
    int flags = FdFlags.APPEND | FdFlags.NONBLOCK | FdFlags.DSYNC;
    assertEquals(Errno.SUCCESS, call("fd_fdstat_set_flags", fd, flags));
    assertEquals(Errno.SUCCESS, call("fd_fdstat_get", fd, 0));
    assertEquals(flags, memory.readShort(2));
    // Appends wherever the offset is; NONBLOCK changes nothing for a regular file, as on Linux.
    int n = putString(1000, "cd");
    memory.writeInt(100, 1000);
    memory.writeInt(104, n);
    assertEquals(Errno.SUCCESS, call("fd_seek", fd, 0L, 0, 208));
    assertEquals(Errno.SUCCESS, call("fd_write", fd, 100, 1, 200));
    assertEquals("abcd", Files.readString(root.resolve("f")));
    assertEquals(Errno.SUCCESS, call("fd_seek", fd, 0L, 0, 208));
    memory.writeInt(100, 3000);
    memory.writeInt(104, 8);
    assertEquals(Errno.SUCCESS, call("fd_read", fd, 100, 1, 200));
    assertEquals(4, memory.readInt(200));
    assertEquals(Errno.INVAL, call("fd_fdstat_set_flags", fd, 0x20));
  }

  @Test
  void nonblockingStdinIsEagainUntilInputArrivesThenReadsItThenEnds() throws Exception {
    java.io.PipedOutputStream feed = new java.io.PipedOutputStream();
    java.io.PipedInputStream stdin = new java.io.PipedInputStream(feed);
    WasiPreview1 w = new WasiPreview1(WasiOptions.builder().stdin(stdin).build());
    w.setMemory(memory);
    java.util.function.IntSupplier read =
        () -> {
          memory.writeInt(100, 3000);
          memory.writeInt(104, 16);
          return (Integer) w.functions().get("fd_read").call(0, 100, 1, 200)[0];
        };
    try {
      assertEquals(
          Errno.SUCCESS,
          (Integer) w.functions().get("fd_fdstat_set_flags").call(0, FdFlags.NONBLOCK)[0]);
      assertEquals(Errno.AGAIN, read.getAsInt());
      feed.write("hi".getBytes(StandardCharsets.UTF_8));
      feed.flush();
      long deadline = System.nanoTime() + 10_000_000_000L;
      int result;
      while ((result = read.getAsInt()) == Errno.AGAIN && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(Errno.SUCCESS, result);
      assertEquals(2, memory.readInt(200));
      assertEquals("hi", memory.readString(3000, 2));
      feed.close();
      while ((result = read.getAsInt()) == Errno.AGAIN && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(Errno.SUCCESS, result, "end of input is a read of 0 bytes, not EAGAIN");
      assertEquals(0, memory.readInt(200));
    } finally {
      w.close();
    }
  }

  @Test
  void rightsCanBeDroppedButNotRegained() throws Exception {
    Files.writeString(root.resolve("f"), "data");
    assertEquals(Errno.SUCCESS, call("fd_fdstat_get", 3, 0));
    long base = memory.readLong(8);
    long inheriting = memory.readLong(16);
    assertEquals(3, memory.readByte(0)); // directory
    long without = base & ~Rights.PATH_FILESTAT_SET_SIZE;
    assertEquals(Errno.SUCCESS, call("fd_fdstat_set_rights", 3, without, inheriting));
    int len = putString(500, "f");
    assertEquals(
        Errno.NOTCAPABLE,
        call("path_open", 3, 0, 500, len, FdFlags.O_TRUNC, Rights.FD_WRITE, 0L, 0, 0));
    assertEquals(Errno.NOTCAPABLE, call("fd_fdstat_set_rights", 3, base, inheriting));
    assertEquals("data", Files.readString(root.resolve("f")));
    // A file opened read-only has no write rights, whatever was asked for paths.
    assertEquals(
        Errno.SUCCESS,
        call("path_open", 3, 0, 500, len, 0, Rights.FD_READ | Rights.PATH_OPEN, 0L, 0, 0));
    int fd = memory.readInt(0);
    assertEquals(Errno.SUCCESS, call("fd_fdstat_get", fd, 0));
    assertEquals(Rights.FD_READ, memory.readLong(8));
    memory.writeInt(100, 1000);
    memory.writeInt(104, 1);
    assertEquals(Errno.BADF, call("fd_write", fd, 100, 1, 200));
  }
}
