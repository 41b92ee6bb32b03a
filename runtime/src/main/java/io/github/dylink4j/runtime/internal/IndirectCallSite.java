package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * The call site of one {@code call_indirect}: an inline cache. The site takes the wasm arguments
 * followed by the table index. Each of the first few functions it meets becomes a guarded direct
 * call (a test that the table slot still holds that very function, then a call of its constant
 * handle, which HotSpot can inline). A site that meets more functions than that gives up caching
 * and dispatches through {@link TableOps#dispatch} on every call.
 */
final class IndirectCallSite extends MutableCallSite {
  /** Functions cached per site before it turns generic (each one re-links the site). */
  private static final int MAX_CACHED = 3;

  private static final MethodHandle DISPATCH;
  private static final MethodHandle RELINK;
  private static final MethodHandle HOLDS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      DISPATCH =
          lookup.findStatic(
              TableOps.class,
              "dispatch",
              MethodType.methodType(MethodHandle.class, int.class, Table.class, FuncType.class));
      RELINK =
          lookup.findVirtual(
              IndirectCallSite.class,
              "relink",
              MethodType.methodType(MethodHandle.class, int.class));
      HOLDS =
          lookup.findStatic(
              IndirectCallSite.class,
              "holds",
              MethodType.methodType(boolean.class, int.class, Table.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Table table;
  private final FuncType expected;

  /** The target in index-first form: (int index, args...)R. */
  private MethodHandle indexFirst;

  private final MethodType targetType;
  private int cached;

  IndirectCallSite(MethodType siteType, Table table, FuncType expected) {
    super(siteType);
    this.table = table;
    this.expected = expected;
    int n = siteType.parameterCount() - 1;
    this.targetType = siteType.dropParameterTypes(n, n + 1);
    this.indexFirst = through(RELINK.bindTo(this));
    setTarget(fromIndexFirst(indexFirst));
  }

  /** (index, args...)R calling whatever {@code resolver(index)} returns. */
  private MethodHandle through(MethodHandle resolver) {
    return MethodHandles.filterArguments(MethodHandles.exactInvoker(targetType), 0, resolver);
  }

  private MethodHandle fromIndexFirst(MethodHandle h) {
    int n = targetType.parameterCount();
    int[] order = new int[n + 1];
    order[0] = n;
    for (int i = 0; i < n; i++) {
      order[i + 1] = i;
    }
    return MethodHandles.permuteArguments(h, type(), order);
  }

  /** The slow path: checks the call, then caches its target (or turns the site generic). */
  private synchronized MethodHandle relink(int index) {
    MethodHandle target = TableOps.dispatch(index, table, expected);
    WasmFunction function = (WasmFunction) table.elements()[index];
    if (cached < MAX_CACHED) {
      cached++;
      MethodHandle test = MethodHandles.insertArguments(HOLDS, 1, table, function);
      MethodHandle hit = MethodHandles.dropArguments(target, 0, int.class);
      indexFirst = MethodHandles.guardWithTest(test, hit, indexFirst);
    } else {
      indexFirst = through(MethodHandles.insertArguments(DISPATCH, 1, table, expected));
    }
    setTarget(fromIndexFirst(indexFirst));
    return target;
  }

  /** Whether the table slot still holds exactly {@code function}. */
  private static boolean holds(int index, Table table, Object function) {
    Object[] elements = table.elements();
    return index >= 0 && index < elements.length && elements[index] == function;
  }
}
