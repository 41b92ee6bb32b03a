package io.github.dylink4j.python;

import io.github.dylink4j.runtime.Linkage;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.link.Linker;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What host functions need of the guest's C world: its memory, {@code errno}, the working
 * directory, and the kernel's {@code malloc}/{@code free}/{@code fflush}/{@code chdir}. Their
 * addresses come from the kernel's accessors, looked up once in {@link #bind} (every accessor call
 * reruns the kernel's constructors and destructors).
 */
final class GuestLibc {
  /** WASI's errno numbers (the kernel's libc uses them). */
  static final int ECHILD = 12;

  static final int EINTR = 27;
  static final int EINVAL = 28;
  static final int ENAMETOOLONG = 37;
  static final int ENOENT = 44;
  static final int ENOSYS = 52;
  static final int ENOTTY = 59;
  static final int EPERM = 63;

  private Linkage linkage;
  private int errnoAddress;
  private WasmFunction malloc;
  private WasmFunction free;
  private WasmFunction fflush;
  private WasmFunction chdir;

  /** Where wasi-libc keeps the working directory it emulates ({@code char *__wasilibc_cwd}). */
  private int cwdPointer;

  /** Strings handed out as {@code static} C data: allocated once, never freed. */
  private final Map<String, Integer> staticStrings = new HashMap<>();

  /** Looks up errno, malloc, free and fflush; called once the kernel is instantiated. */
  void bind(Linkage linkage) {
    this.linkage = linkage;
    Linker linker = linkage.linker();
    this.errnoAddress = linker.address(linker.dlsym(null, "errno"));
    this.malloc = function("malloc");
    this.free = function("free");
    this.fflush = function("fflush");
    this.chdir = function("chdir");
    this.cwdPointer = linker.address(linker.dlsym(null, "__wasilibc_cwd"));
  }

  private WasmFunction function(String name) {
    Linker linker = linkage.linker();
    int index = linker.address(linker.dlsym(null, name));
    Object f = linkage.table().get(index);
    if (!(f instanceof WasmFunction)) {
      throw new IllegalStateException("kernel.wasm: __WASM_EXPORT__" + name + " is no function");
    }
    return (WasmFunction) f;
  }

  Memory memory() {
    return linkage.memory();
  }

  /** Sets the guest's errno and returns {@code result}, for a failing C call. */
  int fail(int result, int errno) {
    memory().writeInt(errnoAddress, errno);
    return result;
  }

  int malloc(int size) {
    int p = (Integer) malloc.call(size)[0];
    if (p == 0) {
      throw new WasmTrap("kernel.wasm: malloc(" + size + ") failed: out of guest memory");
    }
    return p;
  }

  void free(int pointer) {
    free.call(pointer);
  }

  /** fflush(NULL): writes out the kernel's stdio buffers (C extensions print through them). */
  void flushAll() {
    fflush.call(0);
  }

  /** The guest's working directory, as wasi-libc resolves relative paths against it. */
  String cwd() {
    return readString(memory().readInt(cwdPointer));
  }

  /**
   * Changes the guest's working directory ({@code chdir}).
   *
   * @return 0, or the errno of the failure
   */
  int chdir(String path) {
    int p = newString(path);
    try {
      int rc = (Integer) chdir.call(p)[0];
      return rc == 0 ? 0 : memory().readInt(errnoAddress);
    } finally {
      free(p);
    }
  }

  String readString(int address) {
    return memory().readCString(address);
  }

  /** A malloc'd NUL-terminated UTF-8 copy of {@code s}. */
  int newString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int p = malloc(utf8.length + 1);
    memory().writeBytes(p, utf8);
    memory().writeByte(p + utf8.length, (byte) 0);
    return p;
  }

  /** A NUL-terminated copy of {@code s} that lives as long as the guest (one per text). */
  synchronized int staticString(String s) {
    Integer p = staticStrings.get(s);
    if (p == null) {
      p = newString(s);
      staticStrings.put(s, p);
    }
    return p;
  }

  /** The address of a zeroed static {@code int}, one per name. */
  synchronized int staticInt(String name) {
    Integer p = staticStrings.get("\0int " + name);
    if (p == null) {
      p = malloc(4);
      memory().writeInt(p, 0);
      staticStrings.put("\0int " + name, p);
    }
    return p;
  }
}
