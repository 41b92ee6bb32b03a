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
 * Destructors and {@code atexit} handlers of side modules, run when glibc runs them. zig's libc
 * (musl) ignores {@code __cxa_atexit}'s DSO handle and has no working {@code __cxa_finalize}, so
 * the linker gives side modules their own {@code env.__cxa_atexit} and {@code env.atexit}:
 *
 * <ul>
 *   <li>A side module's {@code __cxa_atexit(f, arg, __dso_handle)} comes from its destructors
 *       (clang lowers {@code __attribute__((destructor))} to it; {@code __dso_handle} is the start
 *       of its data area). They are kept per library and run at {@code dlclose}, or at exit after
 *       every {@code atexit} handler (glibc's {@code _dl_fini}), most recently loaded library
 *       first.
 *   <li>A side module's {@code atexit(f)} goes into the program's own {@code atexit} list, so it
 *       runs at exit in LIFO order among the program's handlers, unless the library is closed
 *       first: then it runs at {@code dlclose}, after the library's destructors (glibc's {@code
 *       __cxa_finalize} comes last in a library's {@code .fini_array}), and not again at exit.
 * </ul>
 *
 * The exit-time runner is registered with the program's {@code atexit} (or {@code __cxa_atexit})
 * before the program starts, so that it is the last handler to run.
 */
final class Destructors {
  static final FuncType CXA_ATEXIT =
      FuncType.of(List.of(ValType.I32, ValType.I32, ValType.I32), List.of(ValType.I32));
  static final FuncType ATEXIT = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));

  /** A handler: a function pointer, and its argument (null: the handler takes none). */
  private static final class Registration {
    final int function;
    final Integer argument;
    boolean done;

    Registration(int function, Integer argument) {
      this.function = function;
      this.argument = argument;
    }
  }

  private final Linker linker;
  private final Map<LoadedLibrary, List<Registration>> destructors = new HashMap<>();
  private final Map<LoadedLibrary, List<Registration>> exitHandlers = new HashMap<>();

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
            destructors
                .computeIfAbsent(lib, l -> new ArrayList<>())
                .add(new Registration(function, argument));
          }
          return new Object[] {0};
        });
  }

  /** The {@code env.atexit} of one side module. */
  WasmFunction atexit(LoadedLibrary lib) {
    return WasmFunction.host(
        ATEXIT,
        args -> {
          Registration r = new Registration((Integer) args[0], null);
          synchronized (linker) {
            exitHandlers.computeIfAbsent(lib, l -> new ArrayList<>()).add(r);
          }
          // In the program's list too, so that it runs in order among the program's handlers.
          linker.registerAtProgramExit(() -> runOnce(r));
          return new Object[] {0};
        });
  }

  /** Registers the exit-time runner with the program; call it before the program starts. */
  void registerExitRunner() {
    linker.registerAtProgramExit(this::runAll);
  }

  /** At {@code dlclose}: the library's destructors, then its atexit handlers, each last first. */
  void run(LoadedLibrary lib) {
    List<Registration> dtors;
    List<Registration> handlers;
    synchronized (linker) {
      dtors = destructors.remove(lib);
      handlers = exitHandlers.remove(lib);
    }
    runReversed(dtors);
    runReversed(handlers);
  }

  /** Drops a library's registrations without running them (a load that failed). */
  void discard(LoadedLibrary lib) {
    synchronized (linker) {
      for (Registration r : exitHandlers.getOrDefault(lib, List.of())) {
        r.done = true;
      }
      destructors.remove(lib);
      exitHandlers.remove(lib);
    }
  }

  private void runReversed(List<Registration> list) {
    if (list != null) {
      for (int i = list.size() - 1; i >= 0; i--) {
        runOnce(list.get(i));
      }
    }
  }

  private void runOnce(Registration r) {
    synchronized (linker) {
      if (r.done) {
        return;
      }
      r.done = true;
    }
    Table table = linker.table();
    WasmFunction f = (WasmFunction) table.get(r.function);
    if (r.argument == null) {
      f.call();
    } else {
      f.call(r.argument);
    }
  }

  /** At exit: the destructors of every library still loaded, most recently loaded first. */
  private void runAll() {
    List<LoadedLibrary> loaded = linker.libraries();
    for (int i = loaded.size() - 1; i >= 0; i--) {
      List<Registration> dtors;
      synchronized (linker) {
        dtors = destructors.remove(loaded.get(i));
      }
      runReversed(dtors);
    }
  }
}
