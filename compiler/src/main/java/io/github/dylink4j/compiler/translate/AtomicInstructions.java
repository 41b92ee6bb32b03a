package io.github.dylink4j.compiler.translate;

import com.dylibso.chicory.wasm.types.OpCode;
import io.github.dylink4j.runtime.ValType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The atomic memory instructions (threads proposal), decoded from their names: toolchains emit them
 * for thread-local storage and once-guards even in single-threaded programs. They run as ordinary
 * accesses that must be naturally aligned ({@code AtomicOps}).
 */
final class AtomicInstructions {
  private AtomicInstructions() {}

  enum Kind {
    LOAD,
    STORE,
    RMW,
    CMPXCHG,
    NOTIFY,
    WAIT,
    FENCE
  }

  /**
   * @param type the value type (i32 or i64)
   * @param bytes the access width
   * @param rmwOp for RMW: the AtomicOps operation number
   */
  record Atomic(Kind kind, ValType type, int bytes, int rmwOp) {
    int alignLog2() {
      return Integer.numberOfTrailingZeros(bytes);
    }
  }

  private static final Map<OpCode, Atomic> ATOMICS = new EnumMap<>(OpCode.class);

  static {
    for (OpCode op : OpCode.values()) {
      Atomic a = decode(op.name());
      if (a != null) {
        ATOMICS.put(op, a);
      }
    }
  }

  /** The atomic instruction {@code op}, or null. */
  static Atomic of(OpCode op) {
    return ATOMICS.get(op);
  }

  private static Atomic decode(String name) {
    switch (name) {
      case "MEM_ATOMIC_NOTIFY":
        return new Atomic(Kind.NOTIFY, ValType.I32, 4, 0);
      case "MEM_ATOMIC_WAIT32":
        return new Atomic(Kind.WAIT, ValType.I32, 4, 0);
      case "MEM_ATOMIC_WAIT64":
        return new Atomic(Kind.WAIT, ValType.I64, 8, 0);
      case "ATOMIC_FENCE":
        return new Atomic(Kind.FENCE, ValType.I32, 0, 0);
      default:
        break;
    }
    ValType type;
    if (name.startsWith("I32_ATOMIC_")) {
      type = ValType.I32;
    } else if (name.startsWith("I64_ATOMIC_")) {
      type = ValType.I64;
    } else {
      return null;
    }
    String[] words = name.substring("I32_ATOMIC_".length()).split("_");
    String head = words[0].replaceAll("\\d", "");
    String digits = words[0].replaceAll("\\D", "");
    int bytes = digits.isEmpty() ? (type == ValType.I32 ? 4 : 8) : Integer.parseInt(digits) / 8;
    switch (head) {
      case "LOAD":
        return new Atomic(Kind.LOAD, type, bytes, 0);
      case "STORE":
        return new Atomic(Kind.STORE, type, bytes, 0);
      case "RMW":
        String op = words[1];
        if (op.equals("CMPXCHG")) {
          return new Atomic(Kind.CMPXCHG, type, bytes, 0);
        }
        int code = java.util.List.of("ADD", "SUB", "AND", "OR", "XOR", "XCHG").indexOf(op);
        return code < 0 ? null : new Atomic(Kind.RMW, type, bytes, code);
      default:
        return null;
    }
  }
}
