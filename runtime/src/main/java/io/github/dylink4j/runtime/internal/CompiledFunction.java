package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

/**
 * A function called through a method handle of its exact JVM type ({@link JvmTypes#methodType}): a
 * compiled module's generated static method, or a Java host function given as such a handle ({@link
 * #ofHandle}), which compiled code then calls unboxed like another module's function.
 */
public final class CompiledFunction implements WasmFunction {
  private final FuncType type;
  private final MethodHandle handle;

  /** The handle for call(): built on first use, since most exports are never called that way. */
  private volatile MethodHandle generic;

  private final String description;

  /**
   * A host function whose body is {@code handle}.
   *
   * @throws IllegalArgumentException when the handle's type is not the function type's JVM type
   */
  public static CompiledFunction ofHandle(FuncType type, MethodHandle handle, String description) {
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
    return new CompiledFunction(canonical, handle, description);
  }

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

  /** The handle compiled code calls, of type {@code JvmTypes.methodType(type())}. */
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
