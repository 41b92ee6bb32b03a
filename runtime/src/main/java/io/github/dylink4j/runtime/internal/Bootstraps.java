package io.github.dylink4j.runtime.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** {@code invokedynamic} bootstrap methods used by generated code. */
public final class Bootstraps {
  private Bootstraps() {}

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
   * A constant {@code int[]} (for {@code ldc} of a dynamic constant) decoded from a string of
   * chars, one element per char (stored plus one, so no char is zero); used for the index map of
   * very large {@code br_table}s.
   */
  public static int[] intArray(
      MethodHandles.Lookup lookup, String name, Class<?> type, String encoded) {
    int[] values = new int[encoded.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = encoded.charAt(i) - 1;
    }
    return values;
  }

  /**
   * The case of a large {@code br_table} for {@code index}: {@code map[index]}, or -1 (the default)
   * when the index is out of range.
   */
  public static int brTableCase(int index, int[] map) {
    return index >= 0 && index < map.length ? map[index] : -1;
  }

  /**
   * The function value of function {@code index} of the instance, as a call site of type {@code
   * ()Object} bound to that constant: what the guarded arms of a {@code call_indirect} compare a
   * table slot with. An invokedynamic rather than a dynamic constant ({@code ldc}): HotSpot 17
   * refuses to compile a method holding an unresolved dynamic constant ("could not resolve a
   * constant"), and an arm's constant stays unresolved until the arm first runs.
   */
  public static CallSite function(
      MethodHandles.Lookup lookup, String name, MethodType type, int index) {
    Object f = InstanceContext.of(lookup.lookupClass()).function(index);
    return new ConstantCallSite(MethodHandles.constant(Object.class, f).asType(type));
  }

  /**
   * {@code call_indirect} through table {@code tableIndex} with type {@code typeIndex}: the call
   * site takes the wasm arguments followed by the table index (an inline cache, see {@link
   * IndirectCallSite}).
   */
  public static CallSite callIndirect(
      MethodHandles.Lookup lookup, String name, MethodType type, int tableIndex, int typeIndex) {
    InstanceContext context = InstanceContext.of(lookup.lookupClass());
    return new IndirectCallSite(type, context.table(tableIndex), context.type(typeIndex));
  }
}
