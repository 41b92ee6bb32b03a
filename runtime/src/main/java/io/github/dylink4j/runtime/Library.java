package io.github.dylink4j.runtime;

import io.github.dylink4j.runtime.link.LoadedLibrary;
import io.github.dylink4j.runtime.link.Symbol;

/** A module loaded into a {@link Linkage}: the main program or a side module. */
public final class Library {
  private final Linkage linkage;
  private final LoadedLibrary lib;

  Library(Linkage linkage, LoadedLibrary lib) {
    this.linkage = linkage;
    this.lib = lib;
  }

  /** The guest path it was loaded from (the main module: the name it was given). */
  public String name() {
    return lib.name();
  }

  /** The handle {@code dlopen} gives the guest for it. */
  public int handle() {
    return lib.handle();
  }

  public boolean isMain() {
    return lib.isMain();
  }

  /** Start of its data area in the shared memory ({@code __memory_base}; 0 for the main module). */
  public int memoryBase() {
    return lib.memoryBase();
  }

  /** Its first reserved table slot ({@code __table_base}). */
  public int tableBase() {
    return lib.tableBase();
  }

  /** How many dlopen calls and dependent libraries keep it loaded. */
  public int references() {
    return lib.references();
  }

  public boolean isUnloaded() {
    return lib.isUnloaded();
  }

  /** Its instance, for its raw exports; null once unloaded. */
  public ModuleInstance instance() {
    return lib.instance();
  }

  /**
   * The function {@code name} as {@code dlsym} on this library finds it (in it or its
   * dependencies).
   *
   * @throws LinkException naming the symbol when absent or not a function
   */
  public WasmFunction function(String name) {
    Symbol s = linkage.linker().dlsym(lib, name);
    if (!s.isFunction()) {
      throw new LinkException(lib.name() + ": symbol " + name + " is data, not a function");
    }
    return s.function();
  }

  /**
   * What {@code dlsym(handle, name)} returns to the guest: a data symbol's address or a function's
   * table index (function pointer).
   *
   * @throws LinkException naming the symbol when absent
   */
  public int address(String name) {
    Linkage l = linkage;
    return l.linker().address(l.linker().dlsym(lib, name));
  }

  /**
   * A Java view of the library's exported functions: each abstract method of {@code api} calls the
   * function of the same name (found as {@link #function} finds it). Parameter and return types
   * must be {@code int}, {@code long}, {@code float} or {@code double} (return also {@code void}),
   * matching the wasm signature; this is checked here, once.
   *
   * @throws LinkException naming the method when no export matches its name or signature
   */
  public <T> T bind(Class<T> api) {
    return InterfaceBinding.bind(this, api);
  }

  LoadedLibrary loaded() {
    return lib;
  }

  @Override
  public String toString() {
    return lib.name();
  }
}
