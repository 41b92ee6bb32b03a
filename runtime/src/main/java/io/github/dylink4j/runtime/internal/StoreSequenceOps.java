package io.github.dylink4j.runtime.internal;

/**
 * Runs a function the compiler recognised as a long straight-line sequence of {@code i32.store}s
 * whose address and value are each {@code global.get g}, {@code i32.const c} or their sum: the
 * shape of wasm-ld's {@code __wasm_apply_data_relocs} (CoWasm's python.wasm: 38,600 stores, 640 KB
 * of code, run once). Translated normally, it is megabytes of bytecode that the JVM loads, verifies
 * and interprets once; as a table it is a constant string and this loop.
 *
 * <p>The table is a sequence of unsigned LEB128 numbers, one per char (each char holds one byte),
 * five per store: the slot of the address's global, the zigzag delta of the address's constant from
 * the previous store's, the slot of the value's global, the zigzag value constant, and the store's
 * offset. Slot 0 of {@code globals} is 0 (no global); the others hold the globals' values, read by
 * the generated code before the first store (the function reads no global it writes: it writes
 * none, and memory stores cannot change a global). The stores run in order through {@link
 * MemoryOps#i32Store}, so an out-of-bounds store fails exactly where the compiled code would, after
 * the stores before it.
 */
public final class StoreSequenceOps {
  private StoreSequenceOps() {}

  /**
   * @param table the encoded stores, in parts (each a constant string of the generated class)
   * @param globals slot 0 is 0, the others the values of the globals the stores read
   * @param memory memory 0's array (the stores cannot grow it)
   */
  public static void run(String[] table, int[] globals, byte[] memory) {
    String t = table.length == 1 ? table[0] : String.join("", table);
    int[] pos = {0};
    int addrConst = 0;
    int n = t.length();
    while (pos[0] < n) {
      int addrSlot = next(t, pos);
      addrConst += unzigzag(next(t, pos));
      int valueSlot = next(t, pos);
      int valueConst = unzigzag(next(t, pos));
      int offset = next(t, pos);
      MemoryOps.i32Store(
          globals[addrSlot] + addrConst, globals[valueSlot] + valueConst, memory, offset);
    }
  }

  private static int next(String t, int[] pos) {
    int p = pos[0];
    int result = 0;
    int shift = 0;
    int b;
    do {
      b = t.charAt(p++);
      result |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    pos[0] = p;
    return result;
  }

  private static int unzigzag(int v) {
    return (v >>> 1) ^ -(v & 1);
  }
}
