package io.github.dylink4j.python;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import io.github.dylink4j.runtime.internal.Functions;
import io.github.dylink4j.runtime.internal.JvmTypes;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * CPython's call trampolines with JavaScript call semantics: C calls function pointers through
 * mismatched types ({@code METH_VARARGS} functions {@code (self, args)} through the three-argument
 * keywords trampoline), which a fixed-type {@code call_indirect} would trap on. The callee keeps
 * its own type: extra arguments are dropped, missing ones are 0, a void result is 0.
 *
 * <p>They run on every builtin call, so each is a method handle of its exact JVM type (no boxing)
 * and the adapter for a callee is built once per table slot: a call is a bounds check, one compare
 * of the slot's function with the cached one, and an {@code invokeExact}.
 */
final class Trampolines {
  private static final MethodHandle CALL0;
  private static final MethodHandle CALL2;
  private static final MethodHandle CALL3;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      CALL0 =
          lookup.findVirtual(
              Trampolines.class, "call0", MethodType.methodType(int.class, int.class));
      CALL2 =
          lookup.findVirtual(
              Trampolines.class,
              "call2",
              MethodType.methodType(int.class, int.class, int.class, int.class));
      CALL3 =
          lookup.findVirtual(
              Trampolines.class,
              "call3",
              MethodType.methodType(int.class, int.class, int.class, int.class, int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A table slot's function and its adapter to one call shape. */
  private record Adapted(Object function, MethodHandle handle) {}

  private final Supplier<Table> tableSource;

  /** The table, taken once from {@link #tableSource} (the object stays, its array changes). */
  private Table table;

  private Adapted[] cache0 = new Adapted[0];
  private Adapted[] cache2 = new Adapted[0];
  private Adapted[] cache3 = new Adapted[0];

  /**
   * @param table the shared function table (known once the kernel is loaded)
   */
  Trampolines(Supplier<Table> table) {
    this.tableSource = table;
  }

  private Table table() {
    Table t = table;
    if (t == null) {
      t = tableSource.get();
      table = t;
    }
    return t;
  }

  static void install(EnvImports env, Trampolines t) {
    env.define("_PyImport_InitFunc_TrampolineCall", "i:i", CALL0.bindTo(t));
    env.define("descr_get_trampoline_call", "iii:i", CALL2.bindTo(t));
    env.define("descr_set_trampoline_call", "iiii:i", CALL3.bindTo(t));
    env.define("_PyCFunctionWithKeywords_TrampolineCall", "iiii:i", CALL3.bindTo(t));
  }

  /** {@code table[fp]()}. */
  int call0(int fp) throws Throwable {
    return (int) adapter(fp, 0).invokeExact();
  }

  /** {@code table[fp](a, b)}. */
  int call2(int fp, int a, int b) throws Throwable {
    return (int) adapter(fp, 2).invokeExact(a, b);
  }

  /** {@code table[fp](a, b, c)}. */
  int call3(int fp, int a, int b, int c) throws Throwable {
    return (int) adapter(fp, 3).invokeExact(a, b, c);
  }

  private MethodHandle adapter(int fp, int arity) {
    Object[] elements = table().elements();
    if (fp < 0 || fp >= elements.length) {
      throw new WasmTrap("undefined element");
    }
    Object f = elements[fp];
    Adapted[] cache = arity == 0 ? cache0 : arity == 2 ? cache2 : cache3;
    if (fp < cache.length) {
      Adapted a = cache[fp];
      if (a != null && a.function == f) {
        return a.handle;
      }
    }
    return adapt(fp, f, arity);
  }

  /** The slow path: adapts the slot's function to the call shape and caches it. */
  private synchronized MethodHandle adapt(int fp, Object f, int arity) {
    if (f == null) {
      throw new WasmTrap("uninitialized element");
    }
    MethodHandle handle = adapt((WasmFunction) f, arity);
    Adapted[] cache = arity == 0 ? cache0 : arity == 2 ? cache2 : cache3;
    if (fp >= cache.length) {
      cache = Arrays.copyOf(cache, Math.max(fp + 1, table().size()));
    }
    cache[fp] = new Adapted(f, handle);
    if (arity == 0) {
      cache0 = cache;
    } else if (arity == 2) {
      cache2 = cache;
    } else {
      cache3 = cache;
    }
    return handle;
  }

  /** {@code f} as an {@code (int x arity) -> int} handle with JavaScript's call rules. */
  static MethodHandle adapt(WasmFunction f, int arity) {
    FuncType type = f.type();
    List<ValType> params = type.params();
    if (JvmTypes.argumentsInArray(type) || type.results().size() > 1) {
      throw new WasmTrap("a Python trampoline cannot call a function of type " + type);
    }
    for (ValType p : params) {
      zero(p, type); // only numbers can stand for JavaScript numbers
    }
    MethodHandle h = Functions.handle(f);
    // Missing arguments are 0 (of the parameter's type).
    if (params.size() > arity) {
      Object[] zeros = new Object[params.size() - arity];
      for (int i = 0; i < zeros.length; i++) {
        zeros[i] = zero(params.get(arity + i), type);
      }
      h = MethodHandles.insertArguments(h, arity, zeros);
    }
    // Extra arguments are dropped.
    int kept = Math.min(arity, params.size());
    Class<?>[] extra = new Class<?>[arity - kept];
    Arrays.fill(extra, int.class);
    h = MethodHandles.dropArguments(h, kept, extra);
    Class<?>[] ints = new Class<?>[arity];
    Arrays.fill(ints, int.class);
    Class<?> result = h.type().returnType();
    // int arguments widen to the callee's i64/f32/f64 parameters (JS numbers).
    h = MethodHandles.explicitCastArguments(h, MethodType.methodType(result, ints));
    if (result == void.class) {
      MethodHandle zero =
          MethodHandles.dropArguments(MethodHandles.constant(int.class, 0), 0, ints);
      return MethodHandles.foldArguments(zero, h);
    }
    return MethodHandles.explicitCastArguments(h, MethodType.methodType(int.class, ints));
  }

  private static Object zero(ValType t, FuncType type) {
    switch (t) {
      case I32:
        return 0;
      case I64:
        return 0L;
      case F32:
        return 0f;
      case F64:
        return 0d;
      default:
        throw new WasmTrap("a Python trampoline cannot call a function of type " + type);
    }
  }
}
