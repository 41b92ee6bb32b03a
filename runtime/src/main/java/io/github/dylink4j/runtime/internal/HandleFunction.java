package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * A Java function importable by wasm whose body is a method handle of the function's exact JVM type
 * ({@link JvmTypes#methodType}): compiled code calls it with unboxed arguments, as it calls another
 * module's function, so a host function on a hot path costs no allocation.
 */
public final class HandleFunction implements WasmFunction {
  private final FuncType type;
  private final MethodHandle handle;
  private final String description;
  private volatile MethodHandle generic;

  public HandleFunction(FuncType type, MethodHandle handle, String description) {
    FuncType canonical = FuncType.of(type.params(), type.results());
    MethodType expected = JvmTypes.methodType(canonical);
    if (!handle.type().equals(expected)) {
      throw new IllegalArgumentException(
          "a host function of type "
              + canonical
              + " needs a method handle of type "
              + expected
              + ", not "
              + handle.type());
    }
    this.type = canonical;
    this.handle = handle;
    this.description = description;
  }

  @Override
  public FuncType type() {
    return type;
  }

  /** The handle compiled code calls, of type {@code JvmTypes.methodType(type())}. */
  public MethodHandle handle() {
    return handle;
  }

  @Override
  public Object[] call(Object... args) {
    Values.checkArguments(type, args);
    MethodHandle g = generic;
    if (g == null) {
      MethodHandle spread =
          JvmTypes.argumentsInArray(type)
              ? handle
              : handle.asSpreader(Object[].class, type.params().size());
      g = spread.asType(MethodType.methodType(Object.class, Object[].class));
      generic = g;
    }
    Object result;
    try {
      result = (Object) g.invokeExact(args);
    } catch (Throwable t) {
      throw Traps.boundary(t);
    }
    switch (type.results().size()) {
      case 0:
        return new Object[0];
      case 1:
        return new Object[] {result};
      default:
        return (Object[]) result;
    }
  }

  @Override
  public String toString() {
    return description + " " + type;
  }
}
