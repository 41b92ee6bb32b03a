package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared function table seen as function pointers: one slot per function whose address is
 * taken, reused whoever asks, so that a function pointer is the same number in every module (C code
 * and Cython compare them).
 */
final class TableSlots {
  private final Table table;
  private final Map<WasmFunction, Integer> slots = new IdentityHashMap<>();

  /** Ranges {start, count} given back by unloaded libraries, reused before the table grows. */
  private final List<int[]> freeRanges = new ArrayList<>();

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
    if (count == 0) {
      return table.size();
    }
    for (int i = 0; i < freeRanges.size(); i++) {
      int[] range = freeRanges.get(i);
      long start = (range[0] + align - 1) & -align;
      long end = (long) range[0] + range[1];
      if (start + count <= end) {
        freeRanges.remove(i);
        if (start > range[0]) {
          freeRanges.add(new int[] {range[0], (int) (start - range[0])});
        }
        if (start + count < end) {
          freeRanges.add(new int[] {(int) (start + count), (int) (end - start - count)});
        }
        return (int) start;
      }
    }
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

  /**
   * Clears slots {@code [start, start + count)}, forgets the functions held there and makes the
   * slots available to later libraries (a stale pointer then traps or, once reused, calls another
   * function, as a stale native function pointer would).
   */
  void release(int start, int count) {
    Object[] elements = table.elements();
    for (int i = start; i < start + count && i < elements.length; i++) {
      forget(i, elements);
    }
    if (count > 0) {
      freeRanges.add(new int[] {start, count});
    }
  }

  private void forget(int index, Object[] elements) {
    Object f = elements[index];
    if (f instanceof WasmFunction) {
      slots.remove(f, index);
    }
    elements[index] = null;
  }
}
