package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;

/** Checks of boxed values against wasm types, for clear errors at the embedding API. */
final class Values {
  private Values() {}

  static boolean fits(ValType type, Object value) {
    switch (type) {
      case I32:
        return value instanceof Integer;
      case I64:
        return value instanceof Long;
      case F32:
        return value instanceof Float;
      case F64:
        return value instanceof Double;
      case FUNCREF:
        return value == null || value instanceof WasmFunction;
      default:
        return true;
    }
  }

  static void checkArguments(FuncType type, Object[] args) {
    int n = type.params().size();
    if (args == null || args.length != n) {
      throw new IllegalArgumentException(
          "function of type "
              + type
              + " takes "
              + n
              + " arguments, got "
              + (args == null ? 0 : args.length));
    }
    for (int i = 0; i < n; i++) {
      if (!fits(type.params().get(i), args[i])) {
        throw new IllegalArgumentException(
            "argument "
                + i
                + " of a function of type "
                + type
                + " must be a "
                + type.params().get(i).wasmName()
                + ", got "
                + (args[i] == null ? "null" : args[i].getClass().getSimpleName()));
      }
    }
  }
}
