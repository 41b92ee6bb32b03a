package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One WASI environment: the host side of every {@code wasi_snapshot_preview1} function for one
 * program. Offer it with {@link #addTo}, then tell it the program's memory with {@link #setMemory}
 * (an imported memory before instantiation, an exported one right after).
 */
public final class WasiPreview1 implements Closeable {
  /** The import module name. */
  public static final String MODULE = "wasi_snapshot_preview1";

  private final WasiOptions options;
  private final GuestMemory mem = new GuestMemory();
  private final FdTable fds = new FdTable();
  private final Clocks clocks;
  private final FdCalls fd;
  private final PathCalls path;
  private final Poll poll;
  private final byte[][] args;
  private final byte[][] env;
  private final Map<String, WasmFunction> functions = new LinkedHashMap<>();

  public WasiPreview1(WasiOptions options) {
    this(options, false);
  }

  /**
   * @param stdioIsTerminal report stdin/stdout/stderr as character devices, so the guest's libc
   *     treats them as a terminal (line-buffered output)
   */
  public WasiPreview1(WasiOptions options, boolean stdioIsTerminal) {
    this.options = options;
    this.clocks = new Clocks(options.wallClock());
    this.fd = new FdCalls(fds, mem, options.wallClock());
    this.path = new PathCalls(fds, mem, options.wallClock());
    this.poll = new Poll(fds, mem, clocks);
    this.args = options.args().stream().map(WasiPreview1::cString).toArray(byte[][]::new);
    this.env =
        options.envEntries().stream()
            .map(e -> cString(e.getKey() + "=" + e.getValue()))
            .toArray(byte[][]::new);
    try {
      fds.add(new StreamFd(options.stdin(), null, stdioIsTerminal));
      fds.add(new StreamFd(null, options.stdout(), stdioIsTerminal));
      fds.add(new StreamFd(null, options.stderr(), stdioIsTerminal));
      for (WasiOptions.Preopen p : options.preopens()) {
        fds.add(
            new DirFd(p.hostDir(), p.guestName(), Rights.DIRECTORY, Rights.DIRECTORY_INHERITING));
      }
    } catch (WasiException e) {
      throw new IllegalStateException("too many preopened directories", e);
    }
    defineAll();
  }

  /** Tells WASI where the program's memory is; calls before this trap. */
  public void setMemory(Memory memory) {
    mem.set(() -> memory);
  }

  /**
   * Tells WASI where to find the program's memory at each call, for hosts that create it while
   * loading the program (a dynamic linkage); calls while it returns null trap.
   */
  public void setMemory(java.util.function.Supplier<Memory> memory) {
    mem.set(memory);
  }

  /** Offers every wasi_snapshot_preview1 function to a module's imports. */
  public Imports addTo(Imports imports) {
    functions.forEach((name, fn) -> imports.add(MODULE, name, fn));
    return imports;
  }

  /** The host functions by name. */
  public Map<String, WasmFunction> functions() {
    return Collections.unmodifiableMap(functions);
  }

  /**
   * Reads a file the guest can see, by the path the guest would use: absolute (under a preopen such
   * as "/" or "/lib") or relative (under the preopen "."). The path is resolved inside the preopen
   * as the guest's own lookups are, so it cannot leave it. For the dynamic loader, which finds
   * {@code dlopen} paths and NEEDED libraries this way.
   *
   * @throws NoSuchFileException when no preopen holds the path or it does not exist
   * @throws IOException when it exists but cannot be read, or the lookup is refused
   */
  public byte[] readGuestFile(String guestPath) throws IOException {
    WasiOptions.Preopen best = null;
    String bestRest = null;
    String path = guestPath;
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    for (WasiOptions.Preopen p : options.preopens()) {
      String name = p.guestName();
      while (name.length() > 1 && name.endsWith("/")) {
        name = name.substring(0, name.length() - 1);
      }
      String rest = null;
      if (name.equals("/") && path.startsWith("/")) {
        rest = path.substring(1);
      } else if (name.equals(".") && !path.startsWith("/")) {
        rest = path;
      } else if (path.equals(name)) {
        rest = ".";
      } else if (path.startsWith(name + "/")) {
        rest = path.substring(name.length() + 1);
      }
      if (rest != null && (best == null || name.length() > best.guestName().length())) {
        best = p;
        bestRest = rest.isEmpty() ? "." : rest;
      }
    }
    if (best == null) {
      throw new NoSuchFileException(guestPath, null, "not under any preopened directory");
    }
    try {
      return Files.readAllBytes(Sandbox.resolve(best.hostDir(), bestRest, true).host());
    } catch (WasiException e) {
      if (e.errno == Errno.NOENT) {
        throw new NoSuchFileException(guestPath);
      }
      throw new IOException(guestPath + ": lookup refused (WASI errno " + e.errno + ")");
    }
  }

  /** Closes every descriptor the program left open, and flushes its output streams. */
  @Override
  public void close() {
    fds.closeAll();
  }

  private static byte[] cString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return java.util.Arrays.copyOf(b, b.length + 1);
  }

  @FunctionalInterface
  private interface Body {
    int call(Object[] a) throws WasiException;
  }

  private static int i(Object[] a, int n) {
    return (Integer) a[n];
  }

  private static long l(Object[] a, int n) {
    return (Long) a[n];
  }

  /** Defines {@code name} with parameter types from {@code sig} ('i' = i32, 'I' = i64). */
  private void def(String name, String sig, Body body) {
    List<ValType> params = new ArrayList<>();
    for (char c : sig.toCharArray()) {
      params.add(c == 'I' ? ValType.I64 : ValType.I32);
    }
    FuncType type = FuncType.of(params, List.of(ValType.I32));
    functions.put(
        name,
        WasmFunction.host(
            type,
            a -> {
              int errno;
              try {
                errno = body.call(a);
              } catch (WasiException e) {
                errno = e.errno;
              } catch (WasmTrap t) {
                if (!"out of bounds memory access".equals(t.getMessage())) {
                  throw t;
                }
                errno = Errno.FAULT; // a guest pointer outside memory that a check missed
              }
              return new Object[] {errno};
            }));
  }

  private void defineAll() {
    def("args_get", "ii", a -> strings(args, i(a, 0), i(a, 1)));
    def("args_sizes_get", "ii", a -> sizes(args, i(a, 0), i(a, 1)));
    def("environ_get", "ii", a -> strings(env, i(a, 0), i(a, 1)));
    def("environ_sizes_get", "ii", a -> sizes(env, i(a, 0), i(a, 1)));
    def(
        "clock_res_get",
        "ii",
        a -> {
          long res = clocks.resolution(i(a, 0));
          mem.putI64(i(a, 1), res);
          return Errno.SUCCESS;
        });
    def(
        "clock_time_get",
        "iIi",
        a -> {
          long t = clocks.time(i(a, 0));
          mem.putI64(i(a, 2), t);
          return Errno.SUCCESS;
        });
    def("fd_advise", "iIIi", a -> fd.advise(i(a, 0), l(a, 1), l(a, 2), i(a, 3)));
    def("fd_allocate", "iII", a -> fd.allocate(i(a, 0), l(a, 1), l(a, 2)));
    def("fd_close", "i", a -> fd.close(i(a, 0)));
    def("fd_datasync", "i", a -> fd.sync(i(a, 0), false));
    def("fd_fdstat_get", "ii", a -> fd.fdstatGet(i(a, 0), i(a, 1)));
    def("fd_fdstat_set_flags", "ii", a -> fd.fdstatSetFlags(i(a, 0), i(a, 1)));
    def("fd_fdstat_set_rights", "iII", a -> fd.fdstatSetRights(i(a, 0), l(a, 1), l(a, 2)));
    def("fd_filestat_get", "ii", a -> fd.filestatGet(i(a, 0), i(a, 1)));
    def("fd_filestat_set_size", "iI", a -> fd.filestatSetSize(i(a, 0), l(a, 1)));
    def(
        "fd_filestat_set_times",
        "iIIi",
        a -> fd.filestatSetTimes(i(a, 0), l(a, 1), l(a, 2), i(a, 3)));
    def("fd_pread", "iiiIi", a -> fd.pread(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4)));
    def("fd_prestat_get", "ii", a -> fd.prestatGet(i(a, 0), i(a, 1)));
    def("fd_prestat_dir_name", "iii", a -> fd.prestatDirName(i(a, 0), i(a, 1), i(a, 2)));
    def("fd_pwrite", "iiiIi", a -> fd.pwrite(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4)));
    def("fd_read", "iiii", a -> fd.read(i(a, 0), i(a, 1), i(a, 2), i(a, 3)));
    def("fd_readdir", "iiiIi", a -> fd.readdir(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4)));
    def("fd_renumber", "ii", a -> fd.renumber(i(a, 0), i(a, 1)));
    def("fd_seek", "iIii", a -> fd.seek(i(a, 0), l(a, 1), i(a, 2), i(a, 3)));
    def("fd_sync", "i", a -> fd.sync(i(a, 0), true));
    def("fd_tell", "ii", a -> fd.tell(i(a, 0), i(a, 1)));
    def("fd_write", "iiii", a -> fd.write(i(a, 0), i(a, 1), i(a, 2), i(a, 3)));
    def("path_create_directory", "iii", a -> path.createDirectory(i(a, 0), i(a, 1), i(a, 2)));
    def(
        "path_filestat_get",
        "iiiii",
        a -> path.filestatGet(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4)));
    def(
        "path_filestat_set_times",
        "iiiiIIi",
        a -> path.filestatSetTimes(i(a, 0), i(a, 1), i(a, 2), i(a, 3), l(a, 4), l(a, 5), i(a, 6)));
    def(
        "path_link",
        "iiiiiii",
        a -> path.link(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5), i(a, 6)));
    def(
        "path_open",
        "iiiiiIIii",
        a ->
            path.open(
                i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), l(a, 5), l(a, 6), i(a, 7), i(a, 8)));
    def(
        "path_readlink",
        "iiiiii",
        a -> path.readlink(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5)));
    def("path_remove_directory", "iii", a -> path.removeDirectory(i(a, 0), i(a, 1), i(a, 2)));
    def(
        "path_rename",
        "iiiiii",
        a -> path.rename(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5)));
    def("path_symlink", "iiiii", a -> path.symlink(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4)));
    def("path_unlink_file", "iii", a -> path.unlinkFile(i(a, 0), i(a, 1), i(a, 2)));
    def("poll_oneoff", "iiii", a -> poll.pollOneoff(i(a, 0), i(a, 1), i(a, 2), i(a, 3)));
    functions.put(
        "proc_exit",
        WasmFunction.host(
            FuncType.of(List.of(ValType.I32), List.of()),
            a -> {
              throw new WasiExit((Integer) a[0]);
            }));
    def("proc_raise", "i", a -> raise(i(a, 0)));
    def(
        "random_get",
        "ii",
        a -> {
          int buf = i(a, 0);
          int len = i(a, 1);
          mem.check(buf, len);
          byte[] bytes = new byte[len];
          options.random().nextBytes(bytes);
          mem.putBytes(buf, bytes, len);
          return Errno.SUCCESS;
        });
    def(
        "sched_yield",
        "",
        a -> {
          Thread.yield();
          return Errno.SUCCESS;
        });
    // No sockets are ever handed to the guest, so every descriptor is "not a socket".
    def("sock_accept", "iii", a -> notSocket(i(a, 0)));
    def("sock_recv", "iiiiii", a -> notSocket(i(a, 0)));
    def("sock_send", "iiiii", a -> notSocket(i(a, 0)));
    def("sock_shutdown", "ii", a -> notSocket(i(a, 0)));
  }

  private int notSocket(int fdNumber) throws WasiException {
    fds.get(fdNumber);
    return Errno.NOTSOCK;
  }

  /**
   * proc_raise: signals whose default action is to be ignored do nothing; the others end the
   * program as that signal would, with status 128 + signal like a shell reports it.
   */
  private int raise(int signal) throws WasiException {
    if (signal < 0 || signal > 30) {
      throw new WasiException(Errno.INVAL);
    }
    switch (signal) {
      case 0: // none
      case 16: // SIGCHLD
      case 17: // SIGCONT
      case 22: // SIGURG
      case 27: // SIGWINCH
        return Errno.SUCCESS;
      default:
        throw new WasiExit(128 + signal);
    }
  }

  private int strings(byte[][] values, int ptrs, int buf) throws WasiException {
    int total = 0;
    for (byte[] v : values) {
      total += v.length;
    }
    mem.check(ptrs, values.length * 4);
    mem.check(buf, total);
    int at = buf;
    for (int k = 0; k < values.length; k++) {
      mem.putI32(ptrs + k * 4, at);
      mem.putBytes(at, values[k], values[k].length);
      at += values[k].length;
    }
    return Errno.SUCCESS;
  }

  private int sizes(byte[][] values, int countPtr, int sizePtr) throws WasiException {
    int total = 0;
    for (byte[] v : values) {
      total += v.length;
    }
    mem.check(countPtr, 4);
    mem.check(sizePtr, 4);
    mem.putI32(countPtr, values.length);
    mem.putI32(sizePtr, total);
    return Errno.SUCCESS;
  }
}
