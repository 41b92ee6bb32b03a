package io.github.dylink4j.runtime;

import io.github.dylink4j.runtime.link.DlfcnImports;
import io.github.dylink4j.runtime.link.Linker;
import io.github.dylink4j.runtime.link.LoadedLibrary;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * A dynamically linked program: one shared memory, function table and stack pointer for the main
 * module and every side module it loads, with {@code dlopen}, {@code dlsym}, {@code dlerror} and
 * {@code dlclose} offered to the guest as {@code env.*} imports.
 *
 * <pre>{@code
 * Linkage linkage = Linkage.builder().files(guestFiles).hostImports(wasi).build();
 * Library main = linkage.loadMain(mainWasm, "main.wasm");
 * main.instance().function("_start").call();
 * }</pre>
 */
public final class Linkage {
  private final Linker linker;
  private final Map<LoadedLibrary, Library> views = new HashMap<>();

  private Linkage(Builder b) {
    // [bundle hook, issue 6] no eager discovery: with precompiled bundles no compiler is needed;
    // ImageLookup (runtime/bundle) finds one with ServiceLoader when a module has no bundle.
    ModuleCompiler compiler = b.compiler;
    this.linker =
        new Linker(compiler, b.files, b.environment.get("LD_LIBRARY_PATH"), b.imports, b.cowasm);
    new DlfcnImports(linker).install();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Compiles and instantiates the main module (without running it). Its imports come from the host
   * imports, except memory and table (created here, shared with side modules) and the dlfcn
   * functions.
   *
   * @throws LinkException naming the module and the problem
   */
  public Library loadMain(byte[] wasm, String name) {
    return view(linker.loadMain(wasm, name));
  }

  /**
   * {@code dlopen(path, flags)} from Java: loads the library (and its NEEDED libraries) or finds it
   * loaded, adding a reference.
   *
   * @param path a guest path or library name; null for the main program
   * @param flags {@link Dlfcn} constants
   * @return the library, or null under {@link Dlfcn#RTLD_NOLOAD} when it is not loaded
   * @throws LinkException with the text {@code dlerror()} would give
   */
  public Library dlopen(String path, int flags) {
    LoadedLibrary lib = linker.dlopen(path, flags);
    return lib == null ? null : view(lib);
  }

  /** {@code dlclose}: drops a reference; at zero the library is unloaded. */
  public void dlclose(Library library) {
    linker.dlclose(library.loaded());
  }

  /** The shared linear memory (replaced array after growth: read it through this object). */
  public Memory memory() {
    return linker.memory();
  }

  /** The shared function table. */
  public Table table() {
    return linker.table();
  }

  /**
   * The function pointer (table index) of {@code f}, e.g. a Java function made with {@link
   * WasmFunction#host}, so wasm code can call it through a pointer; the same function always gets
   * the same index.
   */
  public int functionPointer(WasmFunction f) {
    return linker.functionPointer(f);
  }

  /**
   * @hidden the internal linker, for the runtime's own classes and tests.
   */
  public Linker linker() {
    return linker;
  }

  private synchronized Library view(LoadedLibrary lib) {
    views.keySet().removeIf(LoadedLibrary::isUnloaded);
    return views.computeIfAbsent(lib, l -> new Library(this, l));
  }

  /** Configuration of a {@link Linkage}. */
  public static final class Builder {
    private ModuleCompiler compiler;
    private GuestFiles files =
        path -> {
          throw new NoSuchFileException(path);
        };
    private Imports imports = new Imports();
    private Map<String, String> environment = Map.of();
    private boolean cowasm;

    private Builder() {}

    /**
     * Links the way CoWasm does, for a main module like CoWasm's {@code kernel.wasm} (a command
     * module offering libc through {@code __WASM_EXPORT__x()} accessors, whose own exports are
     * command-export wrappers): side modules bind to host functions, then the accessors (each
     * called once), then every library loaded before; the main module's direct exports are never
     * bound; one GOT, first definition wins; library memory from the kernel's {@code malloc}.
     */
    public Builder cowasm(boolean on) {
      this.cowasm = on;
      return this;
    }

    /** The compiler for modules; found with {@link ServiceLoader} when not given. */
    public Builder compiler(ModuleCompiler compiler) {
      this.compiler = compiler;
      return this;
    }

    /** The guest's files, where dlopen and NEEDED look for libraries (default: none). */
    public Builder files(GuestFiles files) {
      this.files = files;
      return this;
    }

    /** Host functions and values for the main module's imports (WASI) and side modules' too. */
    public Builder hostImports(Imports imports) {
      this.imports = imports;
      return this;
    }

    /** The guest's environment; its LD_LIBRARY_PATH is searched first, as in glibc. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    public Linkage build() {
      return new Linkage(this);
    }
  }
}
