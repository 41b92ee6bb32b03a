package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.Arrays;

/**
 * Reserves the zeroed, aligned data areas of side modules (and dlerror strings) in the shared
 * memory. It asks the program's own {@code malloc}/{@code free} when the main module exports them,
 * so the area lives inside the program's heap and is given back on {@code dlclose}; growing the
 * memory instead would put pages behind the back of the program's {@code sbrk}, which it only
 * tolerates, and could never be reused.
 */
final class DataAllocator {
  private final Memory memory;
  private WasmFunction malloc;
  private WasmFunction free;

  DataAllocator(Memory memory) {
    this.memory = memory;
  }

  /** Uses the program's allocator from now on (either may be null). */
  void useProgramAllocator(WasmFunction malloc, WasmFunction free) {
    this.malloc = malloc;
    this.free = free;
  }

  boolean usesProgramAllocator() {
    return malloc != null && free != null;
  }

  /** A reservation: the aligned address, and what to give to {@link #release} (-1: nothing). */
  record Block(int address, int allocation) {}

  /**
   * {@code size} zeroed bytes aligned to {@code 2^alignLog2}.
   *
   * @param owner named in the error when memory runs out
   */
  Block allocate(long size, long alignLog2, String owner) {
    long align = 1L << Math.min(alignLog2, 16);
    if (size == 0 && malloc == null) {
      return new Block(0, -1);
    }
    // Even an empty data area gets a distinct address: it is the library's __dso_handle.
    size = Math.max(size, 1);
    long padded = size + align - 1;
    if (padded > Integer.MAX_VALUE) {
      throw outOfMemory(size, owner);
    }
    int raw;
    int allocation;
    if (malloc != null) {
      raw = (Integer) malloc.call((int) padded)[0];
      if (raw == 0) {
        throw outOfMemory(size, owner);
      }
      allocation = raw;
    } else {
      int pages = (int) ((padded + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE);
      int old = memory.grow(pages);
      if (old < 0) {
        throw outOfMemory(size, owner);
      }
      raw = old * Memory.PAGE_SIZE;
      allocation = -1;
    }
    int address = (int) ((raw + align - 1) & -align);
    byte[] bytes = memory.array();
    Arrays.fill(bytes, address, address + (int) size, (byte) 0);
    return new Block(address, allocation);
  }

  /** Gives a block back to the program's allocator (grown pages cannot be returned). */
  void release(int allocation) {
    if (allocation > 0 && free != null) {
      free.call(allocation);
    }
  }

  private static DlException outOfMemory(long size, String owner) {
    return new DlException(owner + ": cannot allocate " + size + " bytes of memory for its data");
  }
}
