package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** Finds the exact-typed method handle through which compiled code calls any WasmFunction. */
public final class Functions {
  private Functions() {}

  private static final Map<WasmFunction, HostFunctionImpl> FOREIGN =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** A handle of type {@code JvmTypes.methodType(f.type())}. */
  public static MethodHandle handle(WasmFunction f) {
    if (f instanceof CompiledFunction) {
      return ((CompiledFunction) f).handle();
    }
    if (f instanceof HostFunctionImpl) {
      return ((HostFunctionImpl) f).handle();
    }
    if (f instanceof RelinkableFunction) {
      return ((RelinkableFunction) f).handle();
    }
    // Some other implementation of the interface: adapt its call() once.
    return FOREIGN.computeIfAbsent(f, g -> new HostFunctionImpl(g.type(), g::call)).handle();
  }
}
