package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The state of one module instance that generated code reads once, in its classes' static
 * initialisers ({@link #of}), plus the segments and function values it needs at run time.
 */
public final class InstanceContext {
  private static final Object[] DROPPED_ELEM = new Object[0];
  private static final byte[] DROPPED_DATA = new byte[0];

  private final ModuleSpec spec;
  private final WasmFunction[] functions;
  private final Memory[] memories;
  private final Table[] tables;
  private final Global[] globals;
  private final byte[][] data;
  private final Object[][] elems;
  private volatile MethodHandles.Lookup lookup;
  private volatile ClassLoader loader;

  InstanceContext(
      ModuleSpec spec,
      WasmFunction[] functions,
      Memory[] memories,
      Table[] tables,
      Global[] globals) {
    this.spec = spec;
    this.functions = functions;
    this.memories = memories;
    this.tables = tables;
    this.globals = globals;
    this.data = spec.dataSegments().toArray(new byte[0][]);
    this.elems = new Object[spec.elemSegmentCount()][];
    for (int i = 0; i < elems.length; i++) {
      elems[i] = DROPPED_ELEM;
    }
  }

  /** The context of the instance whose generated class is {@code generated}. */
  public static InstanceContext of(Class<?> generated) {
    return ((InstanceClassLoader) generated.getClassLoader()).context();
  }

  String name() {
    return spec.name();
  }

  ModuleSpec spec() {
    return spec;
  }

  void setLoader(ClassLoader loader) {
    this.loader = loader;
  }

  /** Called by the main generated class's static initialiser: access to the generated methods. */
  public void setLookup(MethodHandles.Lookup lookup) {
    this.lookup = lookup;
  }

  MethodHandles.Lookup lookup() {
    return lookup;
  }

  public Memory memory(int index) {
    return memories[index];
  }

  public Table table(int index) {
    return tables[index];
  }

  /** The shared cell of an imported or exported global; null for a module-private global. */
  public Global global(int index) {
    return globals[index];
  }

  public FuncType type(int index) {
    return spec.types().get(index);
  }

  /** The function value of function {@code index} (for ref.func, tables and exports). */
  public WasmFunction function(int index) {
    WasmFunction f = functions[index];
    if (f == null) {
      synchronized (this) {
        f = functions[index];
        if (f == null) {
          f = createFunction(index);
          functions[index] = f;
        }
      }
    }
    return f;
  }

  private WasmFunction createFunction(int index) {
    FuncType type = spec.functionTypes().get(index);
    String owner = spec.functionOwners().get(index);
    try {
      Class<?> cls = Class.forName(owner, false, loader);
      MethodHandle handle = lookup.findStatic(cls, "f" + index, JvmTypes.methodType(type));
      return new CompiledFunction(type, handle, spec.name() + " function " + index);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "generated method of function " + index + " of " + spec.name() + " not found", e);
    }
  }

  /** A data segment's bytes (empty once dropped). */
  public byte[] data(int index) {
    return data[index];
  }

  public void dropData(int index) {
    data[index] = DROPPED_DATA;
  }

  /** An element segment's references (empty once dropped). */
  public Object[] elem(int index) {
    return elems[index];
  }

  /** Called by the generated {@code $init()} with the evaluated segment. */
  public void setElem(int index, Object[] values) {
    elems[index] = values;
  }

  /** Called by the generated {@code $init()} for segments listed in {@code elemFunctions}. */
  public void initElemFromFunctions(int index) {
    int[] functionIndices = spec.elemFunctions().get(index);
    Object[] values = new Object[functionIndices.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = functionIndices[i] < 0 ? null : function(functionIndices[i]);
    }
    elems[index] = values;
  }

  public void dropElem(int index) {
    elems[index] = DROPPED_ELEM;
  }
}
