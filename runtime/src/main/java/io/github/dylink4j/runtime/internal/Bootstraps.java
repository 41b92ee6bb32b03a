package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** {@code invokedynamic} bootstrap methods used by generated code. */
public final class Bootstraps {
  private Bootstraps() {}

  private static final MethodHandle DISPATCH;

  static {
    try {
      DISPATCH =
          MethodHandles.lookup()
              .findStatic(
                  TableOps.class,
                  "dispatch",
                  MethodType.methodType(
                      MethodHandle.class, int.class, Table.class, FuncType.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * A call to imported function {@code index}: bound once to the resolved target (another module's
   * static method or a host adapter), so HotSpot can inline across modules.
   */
  public static CallSite importedFunction(
      MethodHandles.Lookup lookup, String name, MethodType type, int index) {
    InstanceContext context = InstanceContext.of(lookup.lookupClass());
    MethodHandle target = Functions.handle(context.function(index));
    return new ConstantCallSite(target.asType(type));
  }

  /**
   * {@code call_indirect} through table {@code tableIndex} with type {@code typeIndex}: the call
   * site takes the wasm arguments followed by the table index.
   */
  public static CallSite callIndirect(
      MethodHandles.Lookup lookup, String name, MethodType type, int tableIndex, int typeIndex) {
    InstanceContext context = InstanceContext.of(lookup.lookupClass());
    Table table = context.table(tableIndex);
    FuncType expected = context.type(typeIndex);
    int n = type.parameterCount() - 1;
    MethodType targetType = type.dropParameterTypes(n, n + 1);
    // (MethodHandle, args...)R, whose handle comes from dispatch(index): (index, args...)R
    MethodHandle invoker = MethodHandles.exactInvoker(targetType);
    MethodHandle resolve = MethodHandles.insertArguments(DISPATCH, 1, table, expected);
    MethodHandle indexFirst = MethodHandles.filterArguments(invoker, 0, resolve);
    int[] order = new int[n + 1];
    order[0] = n;
    for (int i = 0; i < n; i++) {
      order[i + 1] = i;
    }
    return new ConstantCallSite(MethodHandles.permuteArguments(indexFirst, type, order));
  }
}
