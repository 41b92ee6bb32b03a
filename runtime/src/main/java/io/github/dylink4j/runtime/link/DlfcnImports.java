package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guest's dlfcn API as host functions {@code env.dlopen}, {@code env.dlsym}, {@code
 * env.dlerror}, {@code env.dlclose} and {@code env.dladdr}, with musl's constants and glibc's
 * behaviour: errors are reported through {@code dlerror()} once, per thread.
 */
public final class DlfcnImports {
  private static final FuncType I32_I32_TO_I32 =
      FuncType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32));
  private static final FuncType I32_TO_I32 =
      FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
  private static final FuncType TO_I32 = FuncType.of(List.of(), List.of(ValType.I32));

  /** musl's special handles (glibc's are the same): the caller's next definition, and global. */
  private static final int RTLD_NEXT = -1;

  private static final int RTLD_DEFAULT = 0;

  private final Linker linker;
  private final ThreadLocal<String> pendingError = new ThreadLocal<>();

  /** The string dlerror last returned, freed at the next call (that is how long it stays valid). */
  private final ThreadLocal<DataAllocator.Block> lastMessage = new ThreadLocal<>();

  /** Strings handed out by dladdr, which must stay valid: one copy of each. */
  private final Map<String, Integer> strings = new HashMap<>();

  public DlfcnImports(Linker linker) {
    this.linker = linker;
  }

  /** Registers the functions with the linker, so that every module importing them gets them. */
  public void install() {
    linker.addLinkerFunction("dlopen", WasmFunction.host(I32_I32_TO_I32, a -> dlopen(a)));
    linker.addLinkerFunction("dlsym", WasmFunction.host(I32_I32_TO_I32, a -> dlsym(a, null)));
    linker.addPerLibraryFunction(
        "dlsym", lib -> WasmFunction.host(I32_I32_TO_I32, a -> dlsym(a, lib)));
    linker.addLinkerFunction("dlerror", WasmFunction.host(TO_I32, a -> dlerror()));
    linker.addLinkerFunction("dlclose", WasmFunction.host(I32_TO_I32, a -> dlclose(a)));
    linker.addLinkerFunction("dladdr", WasmFunction.host(I32_I32_TO_I32, a -> dladdr(a)));
  }

  private Object[] dlopen(Object[] args) {
    int pathAddress = (Integer) args[0];
    int flags = (Integer) args[1];
    try {
      String path = pathAddress == 0 ? null : memory().readCString(pathAddress);
      LoadedLibrary lib = linker.dlopen(path, flags);
      return result(lib == null ? 0 : lib.handle);
    } catch (DlException e) {
      return fail(e.getMessage());
    }
  }

  /**
   * @param caller the side module calling, null for the main program
   */
  private Object[] dlsym(Object[] args, LoadedLibrary caller) {
    int handle = (Integer) args[0];
    int nameAddress = (Integer) args[1];
    try {
      String name = memory().readCString(nameAddress);
      if (handle == RTLD_NEXT) {
        return result(linker.address(linker.dlsymNext(caller, name)));
      } else if (handle == RTLD_DEFAULT) {
        return result(linker.address(linker.dlsymDefault(caller, name)));
      }
      LoadedLibrary lib = linker.byHandle(handle);
      if (lib == null) {
        return fail("invalid handle " + Integer.toUnsignedString(handle));
      }
      return result(linker.address(linker.dlsym(lib, name)));
    } catch (DlException e) {
      return fail(e.getMessage());
    }
  }

  private Object[] dlclose(Object[] args) {
    LoadedLibrary lib = linker.byHandle((Integer) args[0]);
    if (lib == null) {
      failQuietly("shared object not open");
      return result(-1);
    }
    try {
      linker.dlclose(lib);
      return result(0);
    } catch (DlException e) {
      failQuietly(e.getMessage());
      return result(-1);
    }
  }

  private Object[] dlerror() {
    DataAllocator.Block previous = lastMessage.get();
    if (previous != null) {
      lastMessage.remove();
      linker.release(previous);
    }
    String message = pendingError.get();
    if (message == null) {
      return result(0);
    }
    pendingError.remove();
    DataAllocator.Block block = linker.allocateString(message.getBytes(StandardCharsets.UTF_8));
    lastMessage.set(block);
    return result(block.address());
  }

  /**
   * {@code int dladdr(const void *addr, Dl_info *info)}: fills the four 32-bit fields {@code
   * dli_fname, dli_fbase, dli_sname, dli_saddr} and returns 1, or returns 0 when no loaded library
   * holds the address. The strings stay valid for the program's lifetime.
   */
  private Object[] dladdr(Object[] args) {
    int address = (Integer) args[0];
    int info = (Integer) args[1];
    Linker.AddressInfo found = linker.dladdr(address);
    if (found == null) {
      return result(0);
    }
    Memory m = memory();
    Symbol symbol = found.symbol();
    m.writeInt(info, interned(found.library().name()));
    m.writeInt(info + 4, found.library().memoryBase());
    m.writeInt(info + 8, symbol == null ? 0 : interned(symbol.name()));
    m.writeInt(info + 12, symbol == null ? 0 : linker.address(symbol));
    return result(1);
  }

  private int interned(String s) {
    synchronized (strings) {
      Integer address = strings.get(s);
      if (address == null) {
        address = linker.allocateString(s.getBytes(StandardCharsets.UTF_8)).address();
        strings.put(s, address);
      }
      return address;
    }
  }

  private Memory memory() {
    return linker.memory();
  }

  private Object[] fail(String message) {
    failQuietly(message);
    return result(0);
  }

  private void failQuietly(String message) {
    pendingError.set(message);
  }

  private static Object[] result(int value) {
    return new Object[] {value};
  }
}
