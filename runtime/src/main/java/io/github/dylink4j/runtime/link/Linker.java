package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.Dlfcn;
import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.GuestFiles;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.dylink.DylinkFormatException;
import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.DylinkReader;
import io.github.dylink4j.runtime.dylink.Subsection.ImportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.Kind;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The dynamic linker: one memory, one table, one stack pointer shared by the main program and every
 * side module, the scopes symbols are looked up in, and the loading of side modules in the order of
 * the dylink ABI (NEEDED, reserve, resolve, instantiate, GOT, data relocations, constructors,
 * publish). All state changes happen under the linker's lock.
 */
public final class Linker {
  /** Names of the {@code env} globals every side module may import. */
  private static final String STACK_POINTER = "__stack_pointer";

  private static final String MEMORY_BASE = "__memory_base";
  private static final String TABLE_BASE = "__table_base";

  /** The stack given to side modules when the program does not export its own. */
  private static final int FALLBACK_STACK_SIZE = 1 << 20;

  /**
   * The side modules' stack under CoWasm's rules: larger than CoWasm's 1 MiB, for deep C recursion.
   * Every loader-made stack pointer is guarded ({@link Global#guardStack}): reaching the stack's
   * bottom traps instead of overwriting the data below.
   */
  private static final int COWASM_STACK_SIZE = 8 << 20;

  /** Where a PIC main module's data starts: after a null page, as emscripten's GLOBAL_BASE. */
  private static final long PIC_MAIN_DATA_START = 1024;

  /** A PIC main module's C stack: 8 MiB, zig's default for wasm executables being 16 MiB. */
  private static final long PIC_MAIN_STACK_SIZE = 8L << 20;

  private final LibrarySearch search;
  private final Imports hostImports;
  private final ImageCache images;
  private final Map<String, LoadedLibrary> byPath = new HashMap<>();
  private final Map<String, LoadedLibrary> byRequestedName = new HashMap<>();
  private final Map<Integer, LoadedLibrary> byHandle = new HashMap<>();

  /** The main program, then every RTLD_GLOBAL library in load order. */
  private final List<LoadedLibrary> globalScope = new ArrayList<>();

  /** Function imports each library got as a stub, checked under RTLD_NOW. */
  private final Map<LoadedLibrary, List<LazyFunction>> stubs = new HashMap<>();

  /** GOT cells each library imported, filled after its load group is instantiated. */
  private final Map<LoadedLibrary, List<GotEntry>> gotEntries = new HashMap<>();

  /** Symbols the static linker would define for a PIC main module (__heap_base ...). */
  private final Map<String, Integer> linkerData = new HashMap<>();

  /** The libraries of the dlopen in progress (empty otherwise). */
  private final Set<LoadedLibrary> loading = new HashSet<>();

  private final Map<String, WasmFunction> linkerFunctions = new LinkedHashMap<>();

  /** {@code env} functions made for each importing library, which they need to know (dlsym). */
  private final Map<String, Function<LoadedLibrary, WasmFunction>> perLibraryFunctions =
      new HashMap<>();

  private Memory memory;
  private TableSlots slots;
  private DataAllocator allocator;
  private Global stackPointer;
  private LoadedLibrary main;
  private int nextHandle = 1;
  private final Destructors destructors = new Destructors(this);

  /**
   * CoWasm's linking rules (see {@link #Linker(ModuleCompiler, GuestFiles, String, Imports,
   * boolean)}).
   */
  private final boolean cowasm;

  /** The main module's accessor values by symbol, -1 when it has none: each is called once. */
  private final Map<String, Integer> accessorValues = new HashMap<>();

  /** CoWasm mode: the one GOT of all libraries, by symbol (first definition wins). */
  private final Map<String, Integer> sharedGot = new HashMap<>();

  /** CoWasm mode: the entries each library added to {@link #sharedGot}, dropped if it goes. */
  private final Map<LoadedLibrary, List<String>> sharedGotAdded = new HashMap<>();

  /**
   * @param compiler compiles modules that have no precompiled bundle; null to find one with
   *     ServiceLoader when needed
   */
  public Linker(ModuleCompiler compiler, GuestFiles files, String ldLibraryPath, Imports host) {
    this(compiler, files, ldLibraryPath, host, false);
  }

  /**
   * @param cowasm link the way CoWasm does, for a main module like CoWasm's {@code kernel.wasm}: a
   *     command module whose exports are all command-export wrappers (each call reruns its
   *     constructors and destructors) and which offers libc through {@code __WASM_EXPORT__x()}
   *     accessors. Its direct exports are then never bound; a side module's {@code env} function
   *     resolves to a host function, else the accessor's table entry (each accessor called once),
   *     else an export of a library loaded before (every library is global); there is one GOT,
   *     first definition wins; library memory comes from the kernel's own {@code malloc}.
   */
  public Linker(
      ModuleCompiler compiler,
      GuestFiles files,
      String ldLibraryPath,
      Imports host,
      boolean cowasm) {
    this.search = new LibrarySearch(files, ldLibraryPath);
    this.hostImports = host == null ? new Imports() : host;
    this.images = new ImageCache(compiler);
    this.cowasm = cowasm;
    if (!cowasm) {
      // The kernel's libc keeps its own atexit list; a wrapper export must not be called.
      linkerFunctions.put("__cxa_atexit", destructors.cxaAtexit(this::libraryOfDsoHandle));
    }
  }

  /** A GOT import of one library: {@code GOT.mem.name} or {@code GOT.func.name}. */
  private record GotEntry(String name, boolean function, boolean weak, Global cell) {}

  /** Offers {@code env.name} to every module, before any other definition (dlopen etc.). */
  public synchronized void addLinkerFunction(String name, WasmFunction f) {
    linkerFunctions.put(name, f);
  }

  /**
   * Offers {@code env.name} to every side module as a function made for it, e.g. {@code dlsym},
   * whose RTLD_NEXT and RTLD_DEFAULT depend on the caller; the main program gets the one given to
   * {@link #addLinkerFunction}.
   */
  public synchronized void addPerLibraryFunction(
      String name, Function<LoadedLibrary, WasmFunction> factory) {
    perLibraryFunctions.put(name, factory);
  }

  public synchronized Memory memory() {
    return memory;
  }

  public synchronized Table table() {
    return slots == null ? null : slots.table();
  }

  public synchronized LoadedLibrary main() {
    return main;
  }

  public synchronized Global stackPointer() {
    return stackPointer;
  }

  /** Whether side modules' data comes from the program's own {@code malloc}. */
  public synchronized boolean usesProgramHeap() {
    return allocator != null && allocator.usesProgramAllocator();
  }

  // ---- the main program ----

  /**
   * Instantiates the main program (without running it): creates the shared memory and table from
   * its imports (or takes its exported ones), and starts the global scope with its exports.
   */
  public synchronized LoadedLibrary loadMain(byte[] wasm, String name) {
    if (main != null) {
      throw new IllegalStateException("the main module is already loaded: " + main.name);
    }
    Optional<DylinkInfo> dylink = readDylink(wasm, name);
    ModuleImage image = images.compile(wasm, name);
    LoadedLibrary loaded =
        dylink.isPresent() ? loadPicMain(image, name, dylink.get()) : loadPlainMain(image, name);
    if (!cowasm) {
      try {
        destructors.registerExitRunner();
      } catch (DlException e) {
        // A table that cannot grow by one slot: library destructors then run at dlclose only.
      }
    }
    return loaded;
  }

  /** A non-PIC main module: absolute addresses, its own stack pointer, its own data layout. */
  private LoadedLibrary loadPlainMain(ModuleImage image, String name) {
    Imports imports = new Imports();
    Memory importedMemory = null;
    Table importedTable = null;
    for (ImportSpec imp : image.spec().imports()) {
      Object offered = hostImports.get(imp.module(), imp.name());
      if (imp.kind() == Kind.MEMORY && importedMemory == null) {
        importedMemory =
            offered instanceof Memory
                ? (Memory) offered
                : new Memory((int) imp.limits().min(), (int) imp.limits().max());
        imports.add(imp.module(), imp.name(), importedMemory);
      } else if (imp.kind() == Kind.TABLE && importedTable == null) {
        importedTable =
            offered instanceof Table
                ? (Table) offered
                : new Table(ValType.FUNCREF, (int) imp.limits().min(), (int) imp.limits().max());
        imports.add(imp.module(), imp.name(), importedTable);
      } else if (offered != null) {
        imports.add(imp.module(), imp.name(), offered);
      } else if ("env".equals(imp.module()) && linkerFunctions.containsKey(imp.name())) {
        imports.add(imp.module(), imp.name(), linkerFunctions.get(imp.name()));
      }
    }
    ModuleInstance instance;
    try {
      instance = image.instantiate(imports);
    } catch (LinkException e) {
      throw new DlException(name + ": " + e.getMessage(), e);
    }
    memory = importedMemory != null ? importedMemory : instance.memory("memory");
    Table table =
        importedTable != null ? importedTable : instance.table("__indirect_function_table");
    if (memory == null || table == null) {
      throw new DlException(
          name
              + ": the main module must import (or export) its memory and function table; link it"
              + " with -Xlinker --import-memory -Xlinker --import-table");
    }
    slots = new TableSlots(table);
    allocator = new DataAllocator(memory);
    main = new LoadedLibrary(nextHandle++, name, true, 0, 0, -1, 0, 0);
    main.instance = instance;
    stackPointer = instance.global(STACK_POINTER);
    if (stackPointer == null || !stackPointer.mutable() || stackPointer.type() != ValType.I32) {
      // Calls nest, so side modules can use a stack of their own when the program keeps its
      // stack pointer private (it then needs no -Wl,--export=__stack_pointer).
      stackPointer = null;
    }
    publishMain(instance);
    return main;
  }

  /**
   * A PIC main module (linked with {@code -shared}): it carries dylink.0 and is loaded like a side
   * module placed first. The loader lays out the memory: a null page, the module's data at {@code
   * __memory_base}, then its C stack, then the heap ({@code __heap_base}); slot 0 of the table
   * stays empty so a null function pointer traps.
   */
  private LoadedLibrary loadPicMain(ModuleImage image, String name, DylinkInfo info) {
    MemInfo mem = info.memInfo();
    long align = 1L << Math.min(mem.memoryAlignment(), 16);
    long memoryBase = (PIC_MAIN_DATA_START + align - 1) & -align;
    long stackLow = (memoryBase + mem.memorySize() + 15) & -16L;
    long heapBase = stackLow + PIC_MAIN_STACK_SIZE;
    long pages = (heapBase + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE;
    ImportSpec memoryImport = null;
    ImportSpec tableImport = null;
    for (ImportSpec imp : image.spec().imports()) {
      if (imp.kind() == Kind.MEMORY) {
        memoryImport = imp;
      } else if (imp.kind() == Kind.TABLE) {
        tableImport = imp;
      }
    }
    if (memoryImport == null || tableImport == null) {
      throw new DlException(name + ": a PIC main module must import its memory and table");
    }
    pages = Math.max(pages, memoryImport.limits().min());
    if (pages > Memory.MAX_PAGES
        || (memoryImport.limits().max() >= 0 && pages > memoryImport.limits().max())) {
      throw new DlException(name + ": its data and stack do not fit in its memory");
    }
    memory = new Memory((int) pages, (int) memoryImport.limits().max());
    long tableAlign = 1L << Math.min(mem.tableAlignment(), 16);
    long tableBase = (1 + tableAlign - 1) & -tableAlign;
    long tableSize = Math.max(tableBase + mem.tableSize(), tableImport.limits().min());
    slots =
        new TableSlots(
            new Table(ValType.FUNCREF, (int) tableSize, (int) tableImport.limits().max()));
    allocator = new DataAllocator(memory);
    stackPointer = new Global(ValType.I32, true, (int) heapBase);
    stackPointer.guardStack((int) stackLow, name + "'s C stack");
    linkerData.put("__heap_base", (int) heapBase);
    linkerData.put("__heap_end", memory.byteSize());
    linkerData.put("__stack_low", (int) stackLow);
    linkerData.put("__stack_high", (int) heapBase);

    main =
        new LoadedLibrary(
            nextHandle++,
            name,
            true,
            (int) memoryBase,
            (int) mem.memorySize(),
            -1,
            (int) tableBase,
            (int) mem.tableSize());
    loading.add(main);
    LoadGroup group = new LoadGroup();
    try {
      // NEEDED libraries first (ABI section 4). Their references to the program's symbols are
      // bound once it exists: functions through stubs, GOT cells below.
      group.inProgress.add(name);
      main.needed.addAll(loadNeeded(info, name, group));
      for (LoadedLibrary lib : group.loaded) {
        lib.scopeRoot = main;
      }
      Imports imports = resolveImports(main, image, weakImports(info));
      main.instance = image.instantiate(imports);
      publishMain(main.instance);
      publishGlobal(main); // the program's NEEDED libraries are global, as in glibc
      fillGot(main);
      for (LoadedLibrary lib : group.loaded) {
        fillGot(lib);
      }
    } catch (RuntimeException e) {
      main = null;
      if (!info.needed().isEmpty()) { // glibc's words when a program's library fails to load
        throw new DlException(
            name + ": error while loading shared libraries: " + e.getMessage(), e);
      }
      if (e instanceof LinkException && !(e instanceof DlException)) {
        throw new DlException(name + ": " + e.getMessage(), e);
      }
      throw e;
    } finally {
      loading.clear();
    }
    // The program's constructors run from _start (__wasm_call_ctors); its libraries' run now,
    // before them, as the dynamic loader runs them before the program's.
    call(main, "__wasm_apply_data_relocs");
    for (LoadedLibrary lib : group.loaded) {
      call(lib, "__wasm_apply_data_relocs");
    }
    for (LoadedLibrary lib : group.loaded) {
      call(lib, "__wasm_call_ctors");
    }
    return main;
  }

  private void publishMain(ModuleInstance instance) {
    slots.recordExisting(0, slots.table().size());
    if (cowasm) {
      main.exportsHidden = true;
      WasmFunction malloc = functionFromAccessor("malloc", MALLOC_TYPE);
      WasmFunction free = functionFromAccessor("free", FREE_TYPE);
      if (malloc == null || free == null) {
        throw new DlException(
            main.name
                + ": a CoWasm kernel must offer malloc and free through __WASM_EXPORT__malloc and"
                + " __WASM_EXPORT__free");
      }
      allocator.useProgramAllocator(malloc, free);
    } else {
      // Exported (-Wl,--export=malloc), else offered by libdylink's accessors.
      allocator.useProgramAllocator(
          programFunction("malloc", MALLOC_TYPE), programFunction("free", FREE_TYPE));
    }
    main.references = 1;
    main.noDelete = true;
    main.global = true;
    byHandle.put(main.handle, main);
    globalScope.add(main);
  }

  /** A libc function of the main program: its export, else the one its accessor points to. */
  private WasmFunction programFunction(String name, FuncType type) {
    WasmFunction exported = main.instance.function(name);
    if (exported != null && exported.type().equals(type)) {
      return exported;
    }
    return functionFromAccessor(name, type);
  }

  private Global stackPointerForSideModules() {
    if (stackPointer == null) {
      int size = cowasm ? COWASM_STACK_SIZE : FALLBACK_STACK_SIZE;
      DataAllocator.Block block = allocator.allocate(size, 4, "the side-module stack");
      stackPointer = new Global(ValType.I32, true, block.address() + size);
      stackPointer.guardStack(block.address(), "the side modules' C stack");
    }
    return stackPointer;
  }

  // ---- dlopen ----

  /**
   * Loads (or finds) a library.
   *
   * @param file a guest path or library name; null for the main program
   * @return the library, or null under RTLD_NOLOAD when it is not loaded
   * @throws DlException with a glibc-like message; nothing of a failed load remains
   */
  public synchronized LoadedLibrary dlopen(String file, int flags) {
    requireMain();
    if (file == null) {
      return main;
    }
    if (cowasm) {
      flags |= Dlfcn.RTLD_GLOBAL; // CoWasm binds to every library loaded before
    }
    LoadedLibrary existing = findLoaded(file);
    if (existing == null && (flags & Dlfcn.RTLD_NOLOAD) == 0) {
      LibrarySearch.Found found = search.find(file, List.of(), ".");
      existing = byPath.get(found.path());
      if (existing == null) {
        LoadedLibrary lib = loadGroup(found, file, flags);
        lib.references++;
        return lib;
      }
      byRequestedName.put(file, existing);
    }
    if (existing == null) {
      return null;
    }
    existing.references++;
    if ((flags & Dlfcn.RTLD_GLOBAL) != 0) {
      publishGlobal(existing);
    }
    if ((flags & Dlfcn.RTLD_NODELETE) != 0) {
      existing.noDelete = true;
    }
    return existing;
  }

  private LoadedLibrary findLoaded(String file) {
    LoadedLibrary lib = byRequestedName.get(file);
    return lib != null ? lib : byPath.get(file);
  }

  /** One dlopen's worth of new libraries, undone together when any step fails. */
  private final class LoadGroup {
    final List<LoadedLibrary> loaded = new ArrayList<>();
    final List<LoadedLibrary> referenced = new ArrayList<>();
    final Set<String> inProgress = new HashSet<>();
    final Map<LoadedLibrary, DylinkInfo> info = new HashMap<>();
  }

  private LoadedLibrary loadGroup(LibrarySearch.Found found, String requestedName, int flags) {
    LoadGroup group = new LoadGroup();
    // A constructor may dlopen in turn: that inner load must not end this one's group.
    Set<LoadedLibrary> outer = new HashSet<>(loading);
    try {
      LoadedLibrary root = load(found, requestedName, group);
      for (LoadedLibrary lib : group.loaded) {
        lib.scopeRoot = root;
      }
      for (LoadedLibrary lib : group.loaded) {
        fillGot(lib);
      }
      for (LoadedLibrary lib : group.loaded) {
        for (LazyFunction stub : stubs.getOrDefault(lib, List.of())) {
          if (!stub.weak() && (flags & Dlfcn.RTLD_NOW) != 0 && stub.resolve() == null) {
            throw new DlException(lib.name + ": undefined symbol: " + stub.symbol());
          }
        }
      }
      for (LoadedLibrary lib : group.loaded) {
        call(lib, "__wasm_apply_data_relocs");
      }
      for (LoadedLibrary lib : group.loaded) {
        call(lib, "__wasm_call_ctors");
      }
      if ((flags & Dlfcn.RTLD_GLOBAL) != 0) {
        publishGlobal(root);
      }
      if ((flags & Dlfcn.RTLD_NODELETE) != 0) {
        root.noDelete = true;
      }
      return root;
    } catch (RuntimeException e) {
      rollBack(group);
      if (e instanceof DlException) {
        throw e;
      }
      String who = group.loaded.isEmpty() ? found.path() : group.loaded.get(0).name;
      throw new DlException(who + ": " + describe(e), e);
    } finally {
      loading.clear();
      loading.addAll(outer);
    }
  }

  /**
   * Records that {@code lib} bound to {@code symbol}: a library loaded before this dlopen that is
   * not among its dependencies then stays loaded as long as {@code lib} does (glibc adds such
   * libraries to the binder's dependencies). Libraries of the same dlopen are not recorded, so no
   * cycle of references can form.
   */
  private void recordBinding(LoadedLibrary lib, Symbol symbol) {
    LoadedLibrary owner = symbol.owner();
    if (owner == lib
        || owner.main
        || loading.contains(owner)
        || lib.boundTo.contains(owner)
        || localScope(lib).contains(owner)) {
      return;
    }
    lib.boundTo.add(owner);
    owner.references++;
  }

  private static String describe(RuntimeException e) {
    if (e instanceof WasmTrap) {
      return "trap while loading: " + e.getMessage();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Loads one library after its NEEDED ones and instantiates it (GOT still unfilled). */
  private LoadedLibrary load(LibrarySearch.Found found, String requestedName, LoadGroup group) {
    String path = found.path();
    DylinkInfo info =
        readDylink(found.bytes(), path)
            .orElseThrow(
                () ->
                    new DlException(
                        path
                            + ": not a WebAssembly side module (its first section is not a"
                            + " dylink.0 custom section)"));
    ModuleImage image = images.compile(found.bytes(), path);
    group.inProgress.add(path);
    List<LoadedLibrary> deps = loadNeeded(info, path, group);

    MemInfo mem = info.memInfo();
    DataAllocator.Block data = allocator.allocate(mem.memorySize(), mem.memoryAlignment(), path);
    int tableBase;
    try {
      tableBase = slots.reserve(mem.tableSize(), mem.tableAlignment(), path);
    } catch (RuntimeException e) {
      allocator.release(data.allocation());
      throw e;
    }
    LoadedLibrary lib =
        new LoadedLibrary(
            nextHandle++,
            path,
            false,
            data.address(),
            (int) mem.memorySize(),
            data.allocation(),
            tableBase,
            (int) mem.tableSize());
    lib.needed.addAll(deps);
    group.loaded.add(lib);
    loading.add(lib);
    group.info.put(lib, info);
    byPath.put(path, lib);
    byRequestedName.put(requestedName, lib);
    byHandle.put(lib.handle, lib);

    Imports imports = resolveImports(lib, image, weakImports(info));
    if (image.spec().startFunction() >= 0) {
      prefillGot(lib, ExportedDataOffsets.read(found.bytes()));
    }
    try {
      lib.instance = image.instantiate(imports);
    } catch (LinkException e) {
      throw new DlException(path + ": " + e.getMessage(), e);
    }
    slots.recordExisting(tableBase, lib.tableSize);
    return lib;
  }

  /**
   * Loads (or finds) the NEEDED libraries of the library at {@code path}, each holding one more
   * reference; searched in LD_LIBRARY_PATH, then its RUNTIME_PATH ({@code $ORIGIN} = its folder).
   */
  private List<LoadedLibrary> loadNeeded(DylinkInfo info, String path, LoadGroup group) {
    List<LoadedLibrary> deps = new ArrayList<>();
    for (String neededName : info.needed()) {
      LoadedLibrary dep = findLoaded(neededName);
      if (dep == null) {
        LibrarySearch.Found depFound =
            search.find(neededName, info.runtimePath(), directoryOf(path));
        if (group.inProgress.contains(depFound.path())) {
          continue; // a NEEDED cycle: the library is being loaded further up
        }
        dep = byPath.get(depFound.path());
        if (dep == null) {
          dep = load(depFound, neededName, group);
        }
      }
      if (!deps.contains(dep)) {
        deps.add(dep);
        dep.references++;
        group.referenced.add(dep);
      }
    }
    return deps;
  }

  private static Set<String> weakImports(DylinkInfo info) {
    Set<String> weak = new HashSet<>();
    for (ImportedSymbol s : info.importInfo()) {
      if (s.flags().isWeak()) {
        weak.add(s.field());
      }
    }
    return weak;
  }

  /** What each import of a side module is bound to (ABI section 2). */
  private Imports resolveImports(LoadedLibrary lib, ModuleImage image, Set<String> weak) {
    Imports imports = new Imports();
    List<GotEntry> got = new ArrayList<>();
    List<LazyFunction> lazy = new ArrayList<>();
    List<LoadedLibrary> scopeSoFar = lookupScope(lib);
    for (ImportSpec imp : image.spec().imports()) {
      String module = imp.module();
      String name = imp.name();
      Object value = null;
      switch (imp.kind()) {
        case MEMORY:
          value = memory;
          break;
        case TABLE:
          value = slots.table();
          break;
        case GLOBAL:
          if ("GOT.mem".equals(module) || "GOT.func".equals(module)) {
            Global cell = new Global(ValType.I32, true, 0);
            got.add(new GotEntry(name, "GOT.func".equals(module), weak.contains(name), cell));
            value = cell;
          } else if ("env".equals(module) && STACK_POINTER.equals(name)) {
            value = stackPointerForSideModules();
          } else if ("env".equals(module) && MEMORY_BASE.equals(name)) {
            value = new Global(ValType.I32, false, lib.memoryBase);
          } else if ("env".equals(module) && TABLE_BASE.equals(name)) {
            value = new Global(ValType.I32, false, lib.tableBase);
          } else {
            value = hostImports.get(module, name);
          }
          break;
        case FUNCTION:
          value = resolveFunction(lib, imp, weak.contains(name), scopeSoFar, lazy);
          break;
      }
      if (value == null) {
        throw new DlException(lib.name + ": unknown import " + imp.qualifiedName());
      }
      imports.add(module, name, value);
    }
    gotEntries.put(lib, got);
    stubs.put(lib, lazy);
    return imports;
  }

  private WasmFunction resolveFunction(
      LoadedLibrary lib,
      ImportSpec imp,
      boolean weak,
      List<LoadedLibrary> scope,
      List<LazyFunction> lazy) {
    String name = imp.name();
    Object host = hostImports.get(imp.module(), name);
    if (host instanceof WasmFunction) {
      return (WasmFunction) host;
    }
    if (!"env".equals(imp.module())) {
      return null;
    }
    Function<LoadedLibrary, WasmFunction> perLibrary = perLibraryFunctions.get(name);
    if (perLibrary != null && !lib.main && !cowasm) { // CoWasm: one dlsym, kernel first
      return perLibrary.apply(lib);
    }
    WasmFunction linker = linkerFunctions.get(name);
    if (linker != null) {
      return linker;
    }
    if (!cowasm && "atexit".equals(name) && imp.funcType().equals(Destructors.ATEXIT)) {
      return destructors.atexit(lib); // run at this library's dlclose if before exit
    }
    if (cowasm && accessor(name) != null) {
      WasmFunction accessed = functionFromAccessor(name, imp.funcType());
      if (accessed == null) {
        throw new DlException(
            lib.name
                + ": symbol "
                + name
                + " is imported with type "
                + imp.funcType()
                + " but "
                + main.name
                + "'s __WASM_EXPORT__"
                + name
                + " gives no function of that type");
      }
      return accessed;
    }
    Symbol symbol = lookup(name, scope);
    if (symbol != null && symbol.isFunction()) {
      checkType(lib, name, imp.funcType(), symbol);
      recordBinding(lib, symbol);
      return symbol.function();
    }
    WasmFunction accessed = functionFromAccessor(name, imp.funcType());
    if (accessed != null) {
      return accessed;
    }
    LazyFunction stub = new LazyFunction(imp.funcType(), name, lib, weak, this::resolveLazily);
    lazy.add(stub);
    return stub;
  }

  private Symbol resolveLazily(LazyFunction stub) {
    synchronized (this) {
      LoadedLibrary lib = stub.neededBy();
      if (lib.isUnloaded()) {
        return null;
      }
      Symbol symbol = lookup(stub.symbol(), lookupScope(lib.scopeRoot));
      if (symbol == null || !symbol.isFunction()) {
        return null;
      }
      checkType(lib, stub.symbol(), stub.importType(), symbol);
      return symbol;
    }
  }

  /** CoWasm's convention: the main module's accessor for a libc symbol it does not export. */
  private static final String ACCESSOR_PREFIX = "__WASM_EXPORT__";

  private static final FuncType ACCESSOR_TYPE = FuncType.of(List.of(), List.of(ValType.I32));

  private static final FuncType MALLOC_TYPE =
      FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
  private static final FuncType FREE_TYPE = FuncType.of(List.of(ValType.I32), List.of());

  /**
   * What the main module's {@code __WASM_EXPORT__name()} returns ({@code &name}: an address, or a
   * table index for a function), or null when it has no such accessor.
   */
  private Integer accessor(String name) {
    if (main == null || main.instance == null) {
      return null;
    }
    // Cached: an accessor of a command module reruns its constructors and destructors per call.
    Integer value = accessorValues.get(name);
    if (value == null) {
      WasmFunction f = main.instance.function(ACCESSOR_PREFIX + name);
      value = f == null || !f.type().equals(ACCESSOR_TYPE) ? -1 : (Integer) f.call()[0];
      accessorValues.put(name, value);
    }
    return value == -1 ? null : value;
  }

  /** The main program's symbol that its accessor {@code __WASM_EXPORT__name()} gives, or null. */
  private Symbol accessorSymbol(String name) {
    Integer value = accessor(name);
    return value == null ? null : new Symbol(name, main, null, value);
  }

  /** The function a CoWasm accessor points to, when it has the imported type. */
  private WasmFunction functionFromAccessor(String name, FuncType type) {
    Integer index = accessor(name);
    Table table = slots.table();
    if (index == null || index <= 0 || index >= table.size()) {
      return null;
    }
    Object f = table.get(index);
    return f instanceof WasmFunction && ((WasmFunction) f).type().equals(type)
        ? (WasmFunction) f
        : null;
  }

  private static void checkType(LoadedLibrary lib, String name, FuncType wanted, Symbol symbol) {
    if (!symbol.function().type().equals(wanted)) {
      throw new DlException(
          lib.name
              + ": symbol "
              + name
              + " is imported with type "
              + wanted
              + " but "
              + symbol.owner().name
              + " defines it with type "
              + symbol.function().type());
    }
  }

  /**
   * Gives GOT cells the values known before instantiation, for a start function that reads them
   * (LLVM 14 / emscripten side modules apply data relocations there): symbols of the global scope
   * and of loaded dependencies, then the module's own data exports at their relocated address.
   * {@link #fillGot} sets the final values afterwards.
   */
  private void prefillGot(LoadedLibrary lib, Map<String, Integer> ownDataOffsets) {
    List<LoadedLibrary> scope = lookupScope(lib);
    for (GotEntry entry : gotEntries.getOrDefault(lib, List.of())) {
      Symbol symbol = lookup(entry.name(), scope);
      if (symbol != null && symbol.isFunction()) {
        entry.cell().setInt(slots.pointer(symbol.function(), symbol.owner()));
      } else if (symbol != null && !entry.function()) {
        entry.cell().setInt(symbol.address());
      } else if (!entry.function() && ownDataOffsets.containsKey(entry.name())) {
        entry.cell().setInt(lib.memoryBase + ownDataOffsets.get(entry.name()));
      }
    }
  }

  /** Fills a library's GOT cells from its scope: first definition wins, weak missing is 0. */
  private void fillGot(LoadedLibrary lib) {
    if (cowasm) {
      fillSharedGot(lib);
      return;
    }
    List<LoadedLibrary> scope = lookupScope(lib.scopeRoot);
    for (GotEntry entry : gotEntries.getOrDefault(lib, List.of())) {
      Symbol symbol = lookup(entry.name(), scope);
      if (symbol == null && linkerData.containsKey(entry.name()) && !entry.function()) {
        symbol = new Symbol(entry.name(), main, null, linkerData.get(entry.name()));
      }
      if (symbol != null) {
        recordBinding(lib, symbol);
      }
      int value;
      Integer accessed = symbol == null ? accessor(entry.name()) : null;
      if (accessed != null) {
        value = accessed;
      } else if (symbol == null) {
        if (!entry.weak()) {
          throw new DlException(lib.name + ": undefined symbol: " + entry.name());
        }
        value = 0;
      } else if (symbol.isFunction()) {
        value = slots.pointer(symbol.function(), symbol.owner());
      } else if (entry.function()) {
        throw new DlException(
            lib.name
                + ": symbol "
                + entry.name()
                + " is used as a function but "
                + symbol.owner().name
                + " defines it as data");
      } else {
        value = symbol.address();
      }
      entry.cell().setInt(value);
    }
  }

  /**
   * CoWasm's GOT: one entry per symbol for all libraries, the first value given wins. A new {@code
   * GOT.func} entry is the kernel accessor's table index, else the library's own function, else an
   * earlier library's; a new {@code GOT.mem} entry is the library's own data, else the accessor's
   * address, else an earlier library's.
   */
  private void fillSharedGot(LoadedLibrary lib) {
    List<LoadedLibrary> scope = lookupScope(lib.scopeRoot);
    List<String> added = sharedGotAdded.computeIfAbsent(lib, l -> new ArrayList<>());
    for (GotEntry entry : gotEntries.getOrDefault(lib, List.of())) {
      Integer value = sharedGot.get(entry.name());
      if (value == null) {
        Symbol own = lib.symbol(entry.name());
        Integer accessed = accessor(entry.name());
        Symbol symbol = own != null ? own : lookup(entry.name(), scope);
        if (entry.function() && accessed != null) {
          value = accessed;
        } else if (own != null && (entry.function() == own.isFunction())) {
          value = own.isFunction() ? slots.pointer(own.function(), lib) : own.address();
        } else if (accessed != null) {
          value = accessed;
        } else if (symbol != null) {
          if (entry.function() && !symbol.isFunction()) {
            throw new DlException(
                lib.name
                    + ": symbol "
                    + entry.name()
                    + " is used as a function but "
                    + symbol.owner().name
                    + " defines it as data");
          }
          value =
              symbol.isFunction()
                  ? slots.pointer(symbol.function(), symbol.owner())
                  : symbol.address();
        } else if (entry.weak()) {
          value = 0;
        } else {
          throw new DlException(lib.name + ": undefined symbol: " + entry.name());
        }
        sharedGot.put(entry.name(), value);
        added.add(entry.name());
      }
      entry.cell().setInt(value);
    }
  }

  private static void call(LoadedLibrary lib, String export) {
    WasmFunction f = lib.instance.function(export);
    if (f != null) {
      f.call();
    }
  }

  private void publishGlobal(LoadedLibrary root) {
    for (LoadedLibrary lib : localScope(root)) {
      if (!lib.global) {
        lib.global = true;
        globalScope.add(lib);
      }
    }
  }

  private void rollBack(LoadGroup group) {
    for (LoadedLibrary dep : group.referenced) {
      dep.references--;
    }
    for (LoadedLibrary lib : group.loaded) {
      for (LoadedLibrary bound : lib.boundTo) {
        bound.references--;
      }
      forget(lib);
    }
  }

  // ---- lookup ----

  /** The libraries a symbol reference from {@code lib} is looked up in: global, then local. */
  private List<LoadedLibrary> lookupScope(LoadedLibrary lib) {
    LinkedHashSet<LoadedLibrary> scope = new LinkedHashSet<>(globalScope);
    scope.addAll(localScope(lib));
    return new ArrayList<>(scope);
  }

  /** {@code lib} and its NEEDED libraries, breadth first (glibc's local scope). */
  private static List<LoadedLibrary> localScope(LoadedLibrary lib) {
    LinkedHashSet<LoadedLibrary> seen = new LinkedHashSet<>();
    ArrayDeque<LoadedLibrary> queue = new ArrayDeque<>();
    queue.add(lib);
    while (!queue.isEmpty()) {
      LoadedLibrary next = queue.poll();
      if (seen.add(next)) {
        queue.addAll(next.needed);
      }
    }
    return new ArrayList<>(seen);
  }

  private static Symbol lookup(String name, List<LoadedLibrary> scope) {
    for (LoadedLibrary lib : scope) {
      if (lib.instance == null) {
        continue; // still being loaded
      }
      Symbol s = lib.symbol(name);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  // ---- dlsym, dlclose, handles ----

  /** The library with this guest handle, or null. */
  public synchronized LoadedLibrary byHandle(int handle) {
    return byHandle.get(handle);
  }

  /**
   * Looks a symbol up like {@code dlsym}: in the global scope for RTLD_DEFAULT (null) and the main
   * program, in the library and its dependencies otherwise.
   *
   * @throws DlException "LIBRARY: undefined symbol: NAME" when absent
   */
  public synchronized Symbol dlsym(LoadedLibrary lib, String name) {
    requireMain();
    List<LoadedLibrary> scope =
        lib == null || lib.main ? new ArrayList<>(globalScope) : localScope(requireOpen(lib));
    Symbol first = cowasm && (lib == null || lib.main) ? accessorSymbol(name) : null;
    if (first != null) {
      return first; // CoWasm: the kernel first, then libraries
    }
    Symbol symbol = lookup(name, scope);
    if (symbol == null && (lib == null || lib.main)) {
      Symbol accessed = accessorSymbol(name);
      if (accessed != null) {
        return accessed;
      }
    }
    if (symbol == null) {
      throw new DlException((lib == null ? "" : lib.name + ": ") + "undefined symbol: " + name);
    }
    if (lib == null) {
      // glibc makes the caller depend on what RTLD_DEFAULT found; the caller cannot be told
      // apart here, so it is taken to be the main program, which keeps the library for good.
      recordBinding(main, symbol);
    }
    return symbol;
  }

  /**
   * {@code dlsym(RTLD_DEFAULT, name)} called from {@code caller}: the global scope, then (for a
   * side module) the local scope it was loaded in, as glibc searches the caller's scope.
   *
   * @param caller the calling library, null for the main program
   * @throws DlException "CALLER: undefined symbol: NAME" when absent
   */
  public synchronized Symbol dlsymDefault(LoadedLibrary caller, String name) {
    requireMain();
    if (caller == null || caller.main) {
      try {
        return dlsym(null, name);
      } catch (DlException e) {
        throw new DlException(main.name + ": " + e.getMessage(), e);
      }
    }
    Symbol symbol = lookup(name, lookupScope(requireOpen(caller).scopeRoot));
    if (symbol == null) {
      Symbol accessed = accessorSymbol(name);
      if (accessed != null) {
        return accessed;
      }
      throw new DlException(caller.name + ": undefined symbol: " + name);
    }
    recordBinding(caller, symbol); // glibc makes the caller depend on what it found
    return symbol;
  }

  /**
   * {@code dlsym(RTLD_NEXT, name)} called from {@code caller}: the next definition after the caller
   * in the scope it was loaded in (the local scope of the library its dlopen was for; the global
   * scope for the main program and the libraries it needs), as glibc does.
   *
   * @param caller the calling library, null for the main program
   * @throws DlException "CALLER: undefined symbol: NAME" when there is none
   */
  public synchronized Symbol dlsymNext(LoadedLibrary caller, String name) {
    requireMain();
    LoadedLibrary from = caller == null ? main : requireOpen(caller);
    List<LoadedLibrary> scope =
        from.main || from.scopeRoot.main
            ? new ArrayList<>(globalScope)
            : localScope(from.scopeRoot);
    int at = scope.indexOf(from);
    Symbol symbol = at < 0 ? null : lookup(name, scope.subList(at + 1, scope.size()));
    if (symbol == null) {
      throw new DlException(from.name + ": undefined symbol: " + name);
    }
    return symbol;
  }

  /** The value {@code dlsym} returns for a symbol: its address, or its function pointer. */
  public synchronized int address(Symbol symbol) {
    return symbol.isFunction()
        ? slots.pointer(symbol.function(), symbol.owner().main ? null : symbol.owner())
        : symbol.address();
  }

  /** The function pointer of any function, e.g. a Java host function, adding a table slot. */
  public synchronized int functionPointer(WasmFunction f) {
    requireMain();
    return slots.pointer(f, null);
  }

  /**
   * Drops one reference; at zero (and without RTLD_NODELETE) the library is unloaded with every
   * library it kept loaded.
   */
  public synchronized void dlclose(LoadedLibrary lib) {
    requireOpen(lib);
    if (lib.main) {
      return;
    }
    lib.references--;
    if (lib.references <= 0 && !lib.noDelete) {
      unload(lib);
    }
  }

  private void unload(LoadedLibrary lib) {
    destructors.run(lib);
    forget(lib);
    globalScope.remove(lib);
    List<LoadedLibrary> held = new ArrayList<>(lib.needed);
    held.addAll(lib.boundTo);
    for (LoadedLibrary dep : held) {
      dep.references--;
      if (dep.references <= 0 && !dep.noDelete && !dep.unloaded) {
        unload(dep);
      }
    }
  }

  /** The side module whose {@code __dso_handle} (the start of its data area) this is, or null. */
  private synchronized LoadedLibrary libraryOfDsoHandle(int dso) {
    for (LoadedLibrary lib : byHandle.values()) {
      if (!lib.main && lib.memoryBase == dso && (lib.memorySize > 0 || lib.allocation != -1)) {
        return lib;
      }
    }
    return null;
  }

  /**
   * Registers {@code function(argument)} as an exit handler with the program's own {@code
   * __cxa_atexit}, else its {@code atexit}; returns 0, or -1 when the program offers neither.
   */
  synchronized int forwardToProgramAtexit(int function, int argument, int dso) {
    WasmFunction cxa = main.instance.function("__cxa_atexit");
    if (cxa != null && cxa.type().equals(Destructors.CXA_ATEXIT)) {
      return (Integer) cxa.call(function, argument, dso)[0];
    }
    return registerAtProgramExit(() -> ((WasmFunction) slots.table().get(function)).call(argument));
  }

  private static final FuncType HANDLER_WITH_ARGUMENT =
      FuncType.of(List.of(ValType.I32), List.of());
  private static final FuncType HANDLER = FuncType.of(List.of(), List.of());

  /**
   * Adds {@code action} to the program's exit handlers (its {@code __cxa_atexit} when exported,
   * else its {@code atexit}, exported or offered by libdylink); returns 0, or -1 when it has
   * neither.
   */
  synchronized int registerAtProgramExit(Runnable action) {
    WasmFunction cxa = main.instance.function("__cxa_atexit");
    if (cxa != null && cxa.type().equals(Destructors.CXA_ATEXIT)) {
      WasmFunction handler =
          WasmFunction.host(
              HANDLER_WITH_ARGUMENT,
              a -> {
                action.run();
                return new Object[0];
              });
      return (Integer) cxa.call(slots.pointer(handler, null), 0, 0)[0];
    }
    WasmFunction atexit = programFunction("atexit", Destructors.ATEXIT);
    if (atexit == null) {
      return -1;
    }
    WasmFunction handler =
        WasmFunction.host(
            HANDLER,
            a -> {
              action.run();
              return new Object[0];
            });
    return (Integer) atexit.call(slots.pointer(handler, null))[0];
  }

  /** Removes every trace of a library: names, handle, table slots, data area, instance. */
  private void forget(LoadedLibrary lib) {
    for (String name : sharedGotAdded.getOrDefault(lib, List.of())) {
      sharedGot.remove(name);
    }
    sharedGotAdded.remove(lib);
    destructors.discard(lib);
    byPath.remove(lib.name, lib);
    byRequestedName.values().removeIf(l -> l == lib);
    byHandle.remove(lib.handle, lib);
    stubs.remove(lib);
    gotEntries.remove(lib);
    slots.release(lib.tableBase, lib.tableSize);
    for (int slot : lib.functionSlots) {
      slots.release(slot, 1);
    }
    lib.functionSlots.clear();
    allocator.release(lib.allocation);
    lib.discard();
  }

  private LoadedLibrary requireOpen(LoadedLibrary lib) {
    if (lib.unloaded) {
      throw new DlException("shared object not open");
    }
    return lib;
  }

  private void requireMain() {
    if (main == null) {
      throw new IllegalStateException("load the main module first");
    }
  }

  /** What {@code dladdr} reports for an address: the library, and the symbol at or below it. */
  public record AddressInfo(LoadedLibrary library, Symbol symbol) {}

  /**
   * The library an address belongs to: a function pointer (table index) of one of its functions, or
   * an address inside a side module's data area; null when none. Function pointers are tried first:
   * they are small numbers, below any data address of a side module.
   */
  public synchronized AddressInfo dladdr(int address) {
    Table table = slots.table();
    if (address > 0 && address < table.size() && table.get(address) instanceof WasmFunction) {
      WasmFunction f = (WasmFunction) table.get(address);
      for (LoadedLibrary lib : libraries()) {
        for (Symbol s : lib.symbols().values()) {
          if (s.function() == f) {
            return new AddressInfo(lib, s);
          }
        }
        if (address >= lib.tableBase && address < lib.tableBase + lib.tableSize) {
          return new AddressInfo(lib, null);
        }
      }
    }
    for (LoadedLibrary lib : libraries()) {
      if (Integer.compareUnsigned(address, lib.memoryBase) >= 0
          && Integer.compareUnsigned(address, lib.memoryBase + lib.memorySize) < 0) {
        Symbol best = null;
        for (Symbol s : lib.symbols().values()) {
          if (!s.isFunction()
              && Integer.compareUnsigned(s.address(), address) <= 0
              && (best == null || Integer.compareUnsigned(s.address(), best.address()) > 0)) {
            best = s;
          }
        }
        return new AddressInfo(lib, best);
      }
    }
    return null;
  }

  /** Every library loaded now, main first, in load order of handles. */
  public synchronized List<LoadedLibrary> libraries() {
    List<LoadedLibrary> all = new ArrayList<>(byHandle.values());
    all.sort((a, b) -> Integer.compare(a.handle, b.handle));
    return all;
  }

  /** Copies a NUL-terminated string into the program's heap (for strings given to the guest). */
  synchronized DataAllocator.Block allocateString(byte[] utf8) {
    DataAllocator.Block block = allocator.allocate(utf8.length + 1, 0, "a dlerror message");
    memory.writeBytes(block.address(), utf8);
    return block;
  }

  synchronized void release(DataAllocator.Block block) {
    allocator.release(block.allocation());
  }

  private static Optional<DylinkInfo> readDylink(byte[] wasm, String name) {
    try {
      return DylinkReader.read(wasm);
    } catch (DylinkFormatException e) {
      throw new DlException(name + ": " + e.getMessage(), e);
    }
  }

  private static String directoryOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
  }
}
