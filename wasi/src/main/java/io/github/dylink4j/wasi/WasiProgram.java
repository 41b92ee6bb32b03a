package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.internal.ModuleSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a compiled WASI command module: links its imports (WASI, a memory and table when it imports
 * them, anything else through {@link ImportResolver}s), instantiates it and calls {@code _start} on
 * a thread with a large stack, so that deep guest recursion works.
 */
public final class WasiProgram {
  /**
   * Stack of the guest thread: generated code uses more JVM stack per call than a native one. 32
   * MiB hold 100,000-200,000 nested wasm calls (node's V8 stops at 10,000-20,000; CPython at its
   * recursion limit of 700 needs less than 8 MiB), and a runaway recursion reaches "call stack
   * exhausted" in about a second: the JVM's time to overflow and unwind grows with the stack (36 s
   * at 512 MiB). Measured in docs/wasi.md.
   */
  public static final long DEFAULT_STACK_BYTES = 32L << 20;

  /** What resolvers can see of the program being linked. */
  public static final class Context {
    private final ModuleImage image;
    private final WasiPreview1 wasi;
    private Memory memory;
    private Table table;

    Context(ModuleImage image, WasiPreview1 wasi) {
      this.image = image;
      this.wasi = wasi;
    }

    public ModuleImage image() {
      return image;
    }

    public WasiPreview1 wasi() {
      return wasi;
    }

    /** The program's memory, once known (an imported memory is known before instantiation). */
    public Memory memory() {
      return memory;
    }

    /** The program's imported function table, or null. */
    public Table table() {
      return table;
    }
  }

  private final ModuleImage image;
  private final List<ImportResolver> resolvers = new ArrayList<>();
  private long stackBytes = DEFAULT_STACK_BYTES;

  public WasiProgram(ModuleImage image) {
    this.image = image;
  }

  public WasiProgram resolver(ImportResolver resolver) {
    resolvers.add(resolver);
    return this;
  }

  public WasiProgram stackBytes(long bytes) {
    this.stackBytes = bytes;
    return this;
  }

  /**
   * Runs the program to completion and returns its exit status: the {@code proc_exit} code, or 0
   * when {@code _start} returns. The WASI environment is closed afterwards (output flushed).
   *
   * @throws WasmTrap when the guest traps (including "call stack exhausted")
   * @throws LinkException when an import cannot be satisfied, naming it and the module
   */
  public int run(WasiPreview1 wasi) {
    return GuestThread.run(() -> runHere(wasi), stackBytes, wasi);
  }

  private int runHere(WasiPreview1 wasi) {
    Context context = new Context(image, wasi);
    Imports imports = link(wasi, context);
    for (ImportResolver r : resolvers) {
      r.beforeInstantiate(imports, context);
    }
    try {
      ModuleInstance instance = image.instantiate(imports);
      if (context.memory == null) {
        context.memory = instance.memory("memory");
        if (context.memory != null) {
          wasi.setMemory(context.memory);
        }
      }
      for (ImportResolver r : resolvers) {
        r.instantiated(instance, context);
      }
      WasmFunction start = instance.function("_start");
      if (start == null) {
        throw new LinkException(
            "module " + image.name() + " exports no _start function: it is not a WASI command");
      }
      start.call();
      return 0;
    } catch (WasiExit exit) {
      return exit.code();
    }
  }

  private Imports link(WasiPreview1 wasi, Context context) {
    Imports imports = wasi.addTo(new Imports());
    List<String> missing = new ArrayList<>();
    for (ImportSpec imp : image.spec().imports()) {
      if (imp.module().equals(WasiPreview1.MODULE)) {
        if (wasi.functions().get(imp.name()) == null) {
          missing.add(describe(imp));
        }
        continue;
      }
      Object value = null;
      for (ImportResolver r : resolvers) {
        value = r.resolve(imp, context);
        if (value != null) {
          break;
        }
      }
      if (value == null) {
        value = defaultValue(imp);
      }
      if (value == null) {
        missing.add(describe(imp));
        continue;
      }
      if (value instanceof Memory && context.memory == null) {
        context.memory = (Memory) value;
        wasi.setMemory(context.memory);
      }
      if (value instanceof Table && context.table == null) {
        context.table = (Table) value;
      }
      imports.add(imp.module(), imp.name(), value);
    }
    if (!missing.isEmpty()) {
      throw new LinkException(
          "module "
              + image.name()
              + " needs imports that are not provided: "
              + String.join(", ", missing));
    }
    return imports;
  }

  /** A fresh memory or table sized by the import's limits; nothing for other imports. */
  private static Object defaultValue(ImportSpec imp) {
    if (imp.kind() == ModuleSpec.Kind.MEMORY) {
      return new Memory(
          clamp(imp.limits().min(), Integer.MAX_VALUE),
          imp.limits().max() < 0 ? -1 : clamp(imp.limits().max(), Integer.MAX_VALUE));
    }
    if (imp.kind() == ModuleSpec.Kind.TABLE) {
      ValType type = imp.valType() == null ? ValType.FUNCREF : imp.valType();
      return new Table(
          type,
          clamp(imp.limits().min(), Integer.MAX_VALUE),
          imp.limits().max() < 0 ? -1 : clamp(imp.limits().max(), Integer.MAX_VALUE));
    }
    return null;
  }

  private static int clamp(long value, int limit) {
    return (int) Math.min(value, limit);
  }

  private static String describe(ImportSpec imp) {
    String kind = imp.kind().name().toLowerCase(java.util.Locale.ROOT);
    return imp.qualifiedName()
        + " ("
        + kind
        + (imp.funcType() != null ? " " + imp.funcType() : "")
        + ")";
  }
}
