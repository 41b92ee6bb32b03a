package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.HostFunction;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * A Java function importable by wasm. Compiled code calls it through {@link #handle()}, an adapter
 * of the exact JVM type of the function ({@link JvmTypes}) that boxes arguments and unboxes
 * results.
 */
public final class HostFunctionImpl implements WasmFunction {
  private static final MethodHandle INVOKE;
  private static final MethodHandle FIRST;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      INVOKE =
          lookup.findVirtual(
              HostFunctionImpl.class,
              "invoke",
              MethodType.methodType(Object[].class, Object[].class));
      FIRST =
          lookup.findStatic(
              HostFunctionImpl.class, "first", MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final FuncType type;
  private final HostFunction body;
  private volatile MethodHandle handle;

  public HostFunctionImpl(FuncType type, HostFunction body) {
    this.type = FuncType.of(type.params(), type.results());
    this.body = body;
  }

  @Override
  public FuncType type() {
    return type;
  }

  @Override
  public Object[] call(Object... args) {
    Values.checkArguments(type, args);
    return invoke(args);
  }

  /** The adapter compiled code calls; its type is {@code JvmTypes.methodType(type())}. */
  public MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      h = buildHandle();
      handle = h;
    }
    return h;
  }

  private MethodHandle buildHandle() {
    int n = type.params().size();
    MethodHandle h = INVOKE.bindTo(this);
    if (!JvmTypes.argumentsInArray(type)) {
      h = h.asCollector(Object[].class, n);
    }
    List<ValType> results = type.results();
    if (results.size() == 1) {
      h = MethodHandles.filterReturnValue(h, FIRST);
    }
    return h.asType(JvmTypes.methodType(type));
  }

  private Object[] invoke(Object[] args) {
    Object[] results = body.apply(args);
    if (results == null) {
      results = new Object[0];
    }
    if (results.length != type.results().size()) {
      throw new IllegalStateException(
          "host function of type "
              + type
              + " returned "
              + results.length
              + " results instead of "
              + type.results().size());
    }
    for (int i = 0; i < results.length; i++) {
      if (!Values.fits(type.results().get(i), results[i])) {
        throw new IllegalStateException(
            "host function of type " + type + " returned " + results[i] + " as result " + i);
      }
    }
    return results;
  }

  private static Object first(Object[] results) {
    return results[0];
  }

  @Override
  public String toString() {
    return "host function " + type;
  }
}
