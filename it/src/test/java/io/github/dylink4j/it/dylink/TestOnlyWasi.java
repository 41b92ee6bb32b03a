package io.github.dylink4j.it.dylink;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * TEST-ONLY stand-in for WASI, until the project's WASI module lands: just enough of {@code
 * wasi_snapshot_preview1} for zig's libc to print (stdout and stderr go to one buffer) and exit.
 * Not a WASI implementation: no files, no arguments, no environment.
 */
final class TestOnlyWasi {
  private static final String WASI = "wasi_snapshot_preview1";
  private static final int ERRNO_BADF = 8;

  /** Thrown by {@code proc_exit}; passes unchanged through compiled code. */
  static final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Exit(int code) {
      super("proc_exit(" + code + ")", null, false, false);
      this.code = code;
    }
  }

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private Supplier<Linkage> linkage;

  String output() {
    return output.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The imports, reading memory through the linkage (made later, hence the supplier). */
  Imports imports(Supplier<Linkage> linkage) {
    this.linkage = linkage;
    Imports imports = new Imports();
    add(imports, "fd_write", 4, this::fdWrite);
    add(imports, "fd_close", 1, a -> ERRNO_BADF);
    imports.add(
        WASI,
        "fd_seek",
        WasmFunction.host(
            FuncType.of(
                List.of(ValType.I32, ValType.I64, ValType.I32, ValType.I32), List.of(ValType.I32)),
            a -> new Object[] {ERRNO_BADF}));
    add(imports, "fd_fdstat_get", 2, this::fdstat);
    add(imports, "random_get", 2, a -> 0);
    add(imports, "environ_sizes_get", 2, this::zeroSizes);
    add(imports, "args_sizes_get", 2, this::zeroSizes);
    add(imports, "environ_get", 2, a -> 0);
    add(imports, "args_get", 2, a -> 0);
    imports.add(
        WASI,
        "proc_exit",
        WasmFunction.host(
            FuncType.of(List.of(ValType.I32), List.of()),
            a -> {
              throw new Exit((Integer) a[0]);
            }));
    return imports;
  }

  private interface Body {
    int apply(int[] args);
  }

  private static void add(Imports imports, String name, int params, Body body) {
    ValType[] types = new ValType[params];
    Arrays.fill(types, ValType.I32);
    imports.add(
        WASI,
        name,
        WasmFunction.host(
            FuncType.of(List.of(types), List.of(ValType.I32)),
            a -> {
              int[] ints = new int[a.length];
              for (int i = 0; i < a.length; i++) {
                ints[i] = (Integer) a[i];
              }
              return new Object[] {body.apply(ints)};
            }));
  }

  private Memory memory() {
    return linkage.get().memory();
  }

  private int fdWrite(int[] a) {
    int fd = a[0];
    if (fd != 1 && fd != 2) {
      return ERRNO_BADF;
    }
    Memory m = memory();
    int total = 0;
    for (int i = 0; i < a[2]; i++) {
      int buf = m.readInt(a[1] + 8 * i);
      int len = m.readInt(a[1] + 8 * i + 4);
      output.writeBytes(m.readBytes(buf, len));
      total += len;
    }
    m.writeInt(a[3], total);
    return 0;
  }

  private int fdstat(int[] a) {
    if (a[0] > 2) {
      return ERRNO_BADF;
    }
    Memory m = memory();
    m.writeBytes(a[1], new byte[24]);
    m.writeByte(a[1], (byte) 2); // character device: line-buffered like a terminal
    return 0;
  }

  private int zeroSizes(int[] a) {
    memory().writeInt(a[0], 0);
    memory().writeInt(a[1], 0);
    return 0;
  }
}
