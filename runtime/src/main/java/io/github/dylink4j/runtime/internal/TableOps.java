package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * Table instructions and {@code call_indirect} dispatch for compiled code. The table comes last so
 * compiled code can push it after the wasm operands.
 */
public final class TableOps {
  private TableOps() {}

  public static Object get(int index, Table table) {
    return table.get(index);
  }

  public static void set(int index, Object value, Table table) {
    Object[] elements = table.elements();
    if (index < 0 || index >= elements.length) {
      throw Traps.outOfBoundsTable();
    }
    elements[index] = value;
  }

  public static int grow(Object init, int delta, Table table) {
    return table.grow(delta, init);
  }

  public static void fill(int index, Object value, int n, Table table) {
    Object[] elements = table.elements();
    checkRange(index, n, elements.length);
    Arrays.fill(elements, index, index + n, value);
  }

  public static void copy(int dst, int src, int n, Table to, Table from) {
    Object[] d = to.elements();
    Object[] s = from.elements();
    checkRange(dst, n, d.length);
    checkRange(src, n, s.length);
    System.arraycopy(s, src, d, dst, n);
  }

  /** table.init from element segment {@code segment} (empty once dropped). */
  public static void init(
      int dst, int src, int n, Table table, InstanceContext context, int segment) {
    Object[] d = table.elements();
    Object[] s = context.elem(segment);
    checkRange(src, n, s.length);
    checkRange(dst, n, d.length);
    System.arraycopy(s, src, d, dst, n);
  }

  /** Applies an active element segment at instantiation, then drops it. */
  public static void initActive(int dst, Table table, InstanceContext context, int segment) {
    init(dst, 0, context.elem(segment).length, table, context, segment);
    context.dropElem(segment);
  }

  /**
   * The target of {@code call_indirect}: the function at {@code index}, checked against the
   * expected type; its handle has exactly the JVM type of {@code expected}.
   */
  public static MethodHandle dispatch(int index, Table table, FuncType expected) {
    Object[] elements = table.elements();
    if (index < 0 || index >= elements.length) {
      throw new WasmTrap("undefined element");
    }
    Object element = elements[index];
    if (element == null) {
      throw new WasmTrap("uninitialized element");
    }
    WasmFunction f = (WasmFunction) element;
    FuncType actual = f.type();
    if (actual != expected && !actual.equals(expected)) {
      throw new WasmTrap("indirect call type mismatch");
    }
    return Functions.handle(f);
  }

  private static void checkRange(int start, int n, int length) {
    if (Integer.toUnsignedLong(start) + Integer.toUnsignedLong(n) > length) {
      throw Traps.outOfBoundsTable();
    }
  }
}
