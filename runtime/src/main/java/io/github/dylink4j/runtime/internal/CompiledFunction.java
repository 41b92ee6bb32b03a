package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/** A function defined by a compiled module: a handle to its generated static method. */
public final class CompiledFunction implements WasmFunction {
  private final FuncType type;
  private final MethodHandle handle;

  /** The handle for call(): built on first use, since most exports are never called that way. */
  private volatile MethodHandle generic;

  private final String description;

  CompiledFunction(FuncType type, MethodHandle handle, String description) {
    this.type = type;
    this.handle = handle;
    this.description = description;
  }

  private MethodHandle generic() {
    MethodHandle g = generic;
    if (g == null) {
      MethodHandle spread =
          JvmTypes.argumentsInArray(type)
              ? handle
              : handle.asSpreader(Object[].class, type.params().size());
      g = spread.asType(MethodType.methodType(Object.class, Object[].class));
      generic = g;
    }
    return g;
  }

  @Override
  public FuncType type() {
    return type;
  }

  /** The generated static method, of type {@code JvmTypes.methodType(type())}. */
  public MethodHandle handle() {
    return handle;
  }

  @Override
  public Object[] call(Object... args) {
    Values.checkArguments(type, args);
    Object result;
    try {
      result = (Object) generic().invokeExact(args);
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
