package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The shared function table seen as function pointers: one slot per function whose address is
 * taken, reused whoever asks, so that a function pointer is the same number in every module (C code
 * and Cython compare them).
 */
final class TableSlots {
  private final Table table;
  private final Map<WasmFunction, Integer> slots = new IdentityHashMap<>();

  TableSlots(Table table) {
    this.table = table;
  }

  Table table() {
    return table;
  }

  /**
   * Reserves {@code count} slots aligned to {@code 2^alignLog2}, all null, and returns the first.
   */
  int reserve(long count, long alignLog2, String library) {
    long align = 1L << Math.min(alignLog2, 30);
    long size = table.size();
    long start = (size + align - 1) & -align;
    long grow = start - size + count;
    if (grow > Integer.MAX_VALUE || table.grow((int) grow, null) < 0) {
      throw new DlException(
          library
              + ": cannot grow the function table by "
              + grow
              + " slots (size "
              + size
              + ", maximum "
              + table.maxSize()
              + ")");
    }
    return (int) start;
  }

  /** Remembers the functions already in slots {@code [start, start + count)} as their pointers. */
  void recordExisting(int start, int count) {
    Object[] elements = table.elements();
    for (int i = start; i < start + count && i < elements.length; i++) {
      if (elements[i] instanceof WasmFunction) {
        slots.putIfAbsent((WasmFunction) elements[i], i);
      }
    }
  }

  /** The pointer of {@code f}, or -1 when it has no slot yet. */
  int existing(WasmFunction f) {
    Integer slot = slots.get(f);
    return slot == null ? -1 : slot;
  }

  /**
   * The table index (function pointer) of {@code f}, adding a slot at the end when it has none;
   * {@code owner} (may be null) is told about a new slot so it can clear it when unloaded.
   */
  int pointer(WasmFunction f, LoadedLibrary owner) {
    Integer slot = slots.get(f);
    if (slot != null) {
      return slot;
    }
    int index = reserve(1, 0, owner == null ? "host" : owner.name);
    table.set(index, f);
    slots.put(f, index);
    if (owner != null) {
      owner.functionSlots.add(index);
    }
    return index;
  }

  /** Clears slots {@code [start, start + count)} and forgets the functions held there. */
  void clear(int start, int count) {
    Object[] elements = table.elements();
    for (int i = start; i < start + count && i < elements.length; i++) {
      forget(i, elements);
    }
  }

  void clearSlot(int index) {
    forget(index, table.elements());
  }

  private void forget(int index, Object[] elements) {
    Object f = elements[index];
    if (f instanceof WasmFunction) {
      slots.remove(f, index);
    }
    elements[index] = null;
  }
}
