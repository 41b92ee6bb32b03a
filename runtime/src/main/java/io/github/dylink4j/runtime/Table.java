package io.github.dylink4j.runtime;

import java.util.Arrays;

/**
 * A wasm table of references: {@code null}, {@link WasmFunction}s (funcref) or arbitrary objects
 * (externref).
 *
 * <p>A table is at most {@link #MAX_SIZE} elements on the JVM; growing beyond fails like an
 * ordinary failed {@code table.grow} (result -1).
 */
public final class Table {
  /** The most elements a table can hold here (a Java array limit, with margin). */
  public static final int MAX_SIZE = 10_000_000;

  private final ValType elementType;
  private final int maxSize;
  private Object[] elements;

  /**
   * @param maxSize the declared maximum, or -1 when none
   */
  public Table(ValType elementType, int initialSize, int maxSize) {
    if (!elementType.isReference()) {
      throw new IllegalArgumentException("table elements must be a reference type: " + elementType);
    }
    if (initialSize < 0 || initialSize > MAX_SIZE) {
      throw new IllegalArgumentException(
          "table of "
              + Integer.toUnsignedString(initialSize)
              + " elements exceeds the limit of "
              + MAX_SIZE);
    }
    this.elementType = elementType;
    this.maxSize = maxSize;
    this.elements = new Object[initialSize];
  }

  public ValType elementType() {
    return elementType;
  }

  public int size() {
    return elements.length;
  }

  /** The declared maximum, or -1 when none. */
  public int maxSize() {
    return maxSize;
  }

  public Object get(int index) {
    if (index < 0 || index >= elements.length) {
      throw new WasmTrap("out of bounds table access");
    }
    return elements[index];
  }

  public void set(int index, Object value) {
    if (index < 0 || index >= elements.length) {
      throw new WasmTrap("out of bounds table access");
    }
    checkElement(value);
    elements[index] = value;
  }

  /**
   * Grows by {@code delta} (unsigned) elements set to {@code init}. Returns the old size, or -1
   * when the result would exceed the maximum.
   */
  public int grow(int delta, Object init) {
    int old = elements.length;
    long limit = maxSize == -1 ? MAX_SIZE : Math.min(MAX_SIZE, Integer.toUnsignedLong(maxSize));
    long wanted = old + Integer.toUnsignedLong(delta);
    if (wanted > limit) {
      return -1;
    }
    if (delta != 0) {
      checkElement(init);
      Object[] grown = Arrays.copyOf(elements, (int) wanted);
      Arrays.fill(grown, old, (int) wanted, init);
      elements = grown;
    }
    return old;
  }

  /**
   * The current backing array, for compiled code and the runtime. Replaced by {@link #grow}.
   *
   * @hidden
   */
  public Object[] elements() {
    return elements;
  }

  private void checkElement(Object value) {
    if (elementType == ValType.FUNCREF && value != null && !(value instanceof WasmFunction)) {
      throw new IllegalArgumentException(
          "a funcref table holds WasmFunction values, not " + value.getClass().getName());
    }
  }
}
