package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Static destructors of side modules, run at {@code dlclose} as glibc does. A side module's
 * constructors register its destructors with {@code __cxa_atexit(f, arg, __dso_handle)}, whose
 * {@code __dso_handle} is the start of its data area. zig's libc (musl) ignores the handle and has
 * no working {@code __cxa_finalize}, so the linker provides {@code env.__cxa_atexit} to side
 * modules itself: it keeps each library's registrations, runs them when the library is unloaded,
 * and runs those of libraries still loaded at exit through one handler registered with the
 * program's own {@code __cxa_atexit} when the first destructor arrives.
 */
final class Destructors {
  static final FuncType CXA_ATEXIT =
      FuncType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32));
  private static final FuncType HANDLER = FuncType.of(List.of(ValType.I32), List.of());

  private record Registration(int function, int argument) {}

  private final Linker linker;
  private final Map<LoadedLibrary, List<Registration>> registrations = new HashMap<>();
  private boolean exitHandlerRegistered;

  Destructors(Linker linker) {
    this.linker = linker;
  }

  /** The {@code env.__cxa_atexit} side modules get. */
  WasmFunction cxaAtexit(Function<Integer, LoadedLibrary> libraryOfDsoHandle) {
    return WasmFunction.host(
        CXA_ATEXIT,
        args -> {
          int function = (Integer) args[0];
          int argument = (Integer) args[1];
          int dso = (Integer) args[2];
          LoadedLibrary lib = libraryOfDsoHandle.apply(dso);
          if (lib == null) {
            return new Object[] {linker.forwardToProgramAtexit(function, argument, dso)};
          }
          synchronized (linker) {
            registrations
                .computeIfAbsent(lib, l -> new ArrayList<>())
                .add(new Registration(function, argument));
            if (!exitHandlerRegistered) {
              exitHandlerRegistered = true;
              WasmFunction handler = WasmFunction.host(HANDLER, a -> runAll());
              linker.forwardToProgramAtexit(linker.functionPointer(handler), 0, 0);
            }
          }
          return new Object[] {0};
        });
  }

  /** Runs a library's destructors, last registered first; called before it is unloaded. */
  void run(LoadedLibrary lib) {
    List<Registration> list;
    synchronized (linker) {
      list = registrations.remove(lib);
    }
    if (list == null) {
      return;
    }
    Table table = linker.table();
    for (int i = list.size() - 1; i >= 0; i--) {
      Registration r = list.get(i);
      ((WasmFunction) table.get(r.function())).call(r.argument());
    }
  }

  /** Drops a library's registrations without running them (a load that failed). */
  void discard(LoadedLibrary lib) {
    synchronized (linker) {
      registrations.remove(lib);
    }
  }

  /** At exit: the destructors of every library still loaded, most recently loaded first. */
  private Object[] runAll() {
    List<LoadedLibrary> loaded = linker.libraries();
    for (int i = loaded.size() - 1; i >= 0; i--) {
      run(loaded.get(i));
    }
    return new Object[0];
  }
}
