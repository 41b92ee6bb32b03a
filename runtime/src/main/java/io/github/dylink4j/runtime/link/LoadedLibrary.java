package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.SwitchPoint;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One module in a {@link Linker}: the main program or a side module, with where its data and table
 * slots live, who depends on it and how many references keep it loaded.
 */
public final class LoadedLibrary {
  /** Exports that are loader machinery, not symbols a program can look up. */
  private static final Set<String> INTERNAL =
      Set.of(
          "__wasm_apply_data_relocs",
          "__wasm_call_ctors",
          "__wasm_call_dtors",
          "__wasm_apply_global_relocs",
          "__wasm_apply_tls_relocs",
          "__wasm_init_memory");

  final int handle;
  final String name;
  final String directory;
  final boolean main;
  final int memoryBase;
  final int memorySize;
  final int tableBase;
  final int tableSize;

  /** What the loader allocated for the data area: an address to free, or -1 (nothing to free). */
  final int allocation;

  /** NEEDED libraries, in order. */
  final List<LoadedLibrary> needed = new ArrayList<>();

  /**
   * Libraries loaded before this one whose symbols it bound to without having them as NEEDED
   * libraries: each holds one reference for this library, as glibc's "reldeps" keep them loaded.
   */
  final Set<LoadedLibrary> boundTo = new LinkedHashSet<>();

  /** Table slots given to this library's functions for their address; cleared on unload. */
  final List<Integer> functionSlots = new ArrayList<>();

  /**
   * Whose local scope this library's symbol references are looked up in (after the global scope):
   * the library a dlopen loaded it for, so that NEEDED libraries see that library and each other
   * under RTLD_LOCAL, as in glibc.
   */
  LoadedLibrary scopeRoot = this;

  ModuleInstance instance;
  int references;
  boolean global;
  boolean noDelete;
  boolean unloaded;

  /**
   * Whether this library's exports are hidden from symbol lookup: a CoWasm kernel's exports are
   * command-export wrappers (each call reruns its constructors and destructors), so symbols come
   * from its {@code __WASM_EXPORT__} accessors instead.
   */
  boolean exportsHidden;

  private Map<String, Symbol> symbols;

  /**
   * Invalidated on unload. Calls bound straight to this library's code from outside the linker's
   * bookkeeping (Library.bind, resolved lazy imports) are guarded by it: the guard costs nothing
   * until it fires.
   */
  private final SwitchPoint loadedSwitch = new SwitchPoint();

  /**
   * Lazy imports of other libraries bound to one of this library's functions: unlinked on unload,
   * so that they do not keep its classes reachable. Weak: a caller unloaded first needs no unlink.
   */
  private final List<WeakReference<LazyFunction>> lazyCallers = new ArrayList<>();

  LoadedLibrary(
      int handle,
      String name,
      boolean main,
      int memoryBase,
      int memorySize,
      int allocation,
      int tableBase,
      int tableSize) {
    this.handle = handle;
    this.name = name;
    int slash = name.lastIndexOf('/');
    this.directory = slash < 0 ? "." : slash == 0 ? "/" : name.substring(0, slash);
    this.main = main;
    this.memoryBase = memoryBase;
    this.memorySize = memorySize;
    this.allocation = allocation;
    this.tableBase = tableBase;
    this.tableSize = tableSize;
  }

  public String name() {
    return name;
  }

  public int handle() {
    return handle;
  }

  public boolean isMain() {
    return main;
  }

  public int memoryBase() {
    return memoryBase;
  }

  public int tableBase() {
    return tableBase;
  }

  public ModuleInstance instance() {
    return instance;
  }

  public int references() {
    return references;
  }

  public boolean isUnloaded() {
    return unloaded;
  }

  synchronized void addLazyCaller(LazyFunction caller) {
    lazyCallers.removeIf(r -> r.get() == null || r.get() == caller);
    lazyCallers.add(new WeakReference<>(caller));
  }

  /** Valid while the library is loaded; see {@link #discard}. */
  public SwitchPoint loadedSwitch() {
    return loadedSwitch;
  }

  /** Drops the instance and everything reached through it, so its classes can be collected. */
  void discard() {
    unloaded = true;
    instance = null;
    symbols = Map.of();
    SwitchPoint.invalidateAll(new SwitchPoint[] {loadedSwitch});
    List<WeakReference<LazyFunction>> callers;
    synchronized (this) {
      callers = new ArrayList<>(lazyCallers);
      lazyCallers.clear();
    }
    for (WeakReference<LazyFunction> r : callers) {
      LazyFunction caller = r.get();
      if (caller != null) {
        caller.unlink(this);
      }
    }
  }

  /** The symbol this library itself defines under {@code name}, or null. */
  public Symbol symbol(String name) {
    return symbols().get(name);
  }

  /** Every symbol the library defines, in export order. */
  Map<String, Symbol> symbols() {
    if (exportsHidden) {
      return Map.of();
    }
    if (symbols == null) {
      symbols = Collections.unmodifiableMap(collectSymbols());
    }
    return symbols;
  }

  /**
   * Functions are exported directly; data symbols as immutable i32 globals holding an address
   * relative to {@code __memory_base} (absolute in the main module, whose base is 0). Mutable
   * globals such as {@code __stack_pointer} are not symbols.
   */
  private Map<String, Symbol> collectSymbols() {
    Map<String, Symbol> result = new LinkedHashMap<>();
    for (String export : instance.exportNames()) {
      if (INTERNAL.contains(export)) {
        continue;
      }
      Object value = instance.export(export);
      if (value instanceof WasmFunction) {
        result.put(export, new Symbol(export, this, (WasmFunction) value, 0));
      } else if (value instanceof Global) {
        Global g = (Global) value;
        if (g.type() == ValType.I32 && !g.mutable()) {
          result.put(export, new Symbol(export, this, null, memoryBase + g.getInt()));
        }
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return name;
  }
}
