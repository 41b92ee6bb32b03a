package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.List;

/**
 * The call site of one {@code call_indirect}: an inline cache. The site takes the wasm arguments
 * followed by the table index. Each of the first few functions it meets becomes a guarded direct
 * call (a test that the table slot still holds that very function, then a call of its constant
 * handle, which HotSpot can inline).
 *
 * <p>A site that meets more functions than that turns generic ({@link TableOps#dispatch}, then a
 * call through a non-constant handle, which the JIT cannot inline) but keeps a {@link
 * TargetProfile} of what it calls, and the functions it calls most become guarded arms again. The
 * functions a site meets while a program starts are often not the ones its steady state calls
 * (CPython's {@code tp_hash} and {@code tp_dealloc} slots see dozens of types at start-up, then
 * mostly {@code str} or a few containers). Each re-link deoptimises the compiled callers, so a site
 * profiles a few times only, with longer pauses each time.
 */
final class IndirectCallSite extends MutableCallSite {
  /** Functions cached as met, before the site first turns generic (each one re-links the site). */
  private static final int MAX_CACHED = 3;

  private static final MethodHandle RELINK;
  private static final MethodHandle PROFILED;
  private static final MethodHandle HOLDS;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodType resolver = MethodType.methodType(MethodHandle.class, int.class);
      RELINK = lookup.findVirtual(IndirectCallSite.class, "relink", resolver);
      PROFILED = lookup.findVirtual(IndirectCallSite.class, "profiled", resolver);
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
  private final MethodType targetType;

  /** The target in index-first form: (int index, args...)R. */
  private MethodHandle indexFirst;

  private int cached;

  private final TargetProfile profile = new TargetProfile();

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

  /** {@code function}'s guarded arm in front of {@code otherwise}. */
  private MethodHandle arm(Object function, MethodHandle otherwise) {
    MethodHandle test = MethodHandles.insertArguments(HOLDS, 1, table, function);
    MethodHandle hit =
        MethodHandles.dropArguments(Functions.handle((WasmFunction) function), 0, int.class);
    return MethodHandles.guardWithTest(test, hit, otherwise);
  }

  /** The slow path while warming up: checks the call, then caches its target or turns generic. */
  private synchronized MethodHandle relink(int index) {
    MethodHandle target = TableOps.dispatch(index, table, expected);
    Object function = table.elements()[index];
    if (cached < MAX_CACHED) {
      cached++;
      indexFirst = arm(function, indexFirst);
    } else {
      indexFirst = through(PROFILED.bindTo(this));
    }
    setTarget(fromIndexFirst(indexFirst));
    return target;
  }

  /** The generic path: checks the call; now and then records its target to re-link for. */
  private MethodHandle profiled(int index) {
    MethodHandle target = TableOps.dispatch(index, table, expected);
    if (profile.due()) {
      record(table.elements()[index]);
    }
    return target;
  }

  /** Records a generic call's target; re-links when the profile earned new arms. */
  private synchronized void record(Object function) {
    if (profile.record(function)) {
      List<Object> arms = profile.arms();
      MethodHandle h = through(PROFILED.bindTo(this));
      for (int k = arms.size() - 1; k >= 0; k--) {
        h = arm(arms.get(k), h);
      }
      indexFirst = h;
      setTarget(fromIndexFirst(h));
    }
  }

  /** Whether the table slot still holds exactly {@code function}. */
  private static boolean holds(int index, Table table, Object function) {
    Object[] elements = table.elements();
    return index >= 0 && index < elements.length && elements[index] == function;
  }
}
