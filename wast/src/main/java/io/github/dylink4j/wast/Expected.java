package io.github.dylink4j.wast;

import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.List;
import java.util.stream.Collectors;

/** One expected result of an {@code assert_return}: matches a boxed value from the engine. */
public sealed interface Expected {
  boolean matches(Object actual);

  /** The value as the script writes it, for failure reports. */
  String describe();

  /** An exact value: integers by value, floats by bit pattern, references by identity. */
  record Exact(ValType type, Object value) implements Expected {
    @Override
    public boolean matches(Object actual) {
      if (!Values.hasType(actual, type)) {
        return false;
      }
      return switch (type) {
        case F32 ->
            Float.floatToRawIntBits((Float) actual) == Float.floatToRawIntBits((Float) value);
        case F64 ->
            Double.doubleToRawLongBits((Double) actual)
                == Double.doubleToRawLongBits((Double) value);
        default -> java.util.Objects.equals(actual, value);
      };
    }

    @Override
    public String describe() {
      return Values.describe(type, value);
    }
  }

  /**
   * {@code nan:canonical} (only the quiet bit set in the payload, either sign) or {@code
   * nan:arithmetic} (quiet bit set, any other payload bits).
   */
  record Nan(ValType type, boolean canonical) implements Expected {
    @Override
    public boolean matches(Object actual) {
      if (type == ValType.F32 && actual instanceof Float f) {
        int bits = Float.floatToRawIntBits(f);
        return canonical
            ? (bits & 0x7fff_ffff) == 0x7fc0_0000
            : (bits & 0x7fc0_0000) == 0x7fc0_0000;
      }
      if (type == ValType.F64 && actual instanceof Double d) {
        long bits = Double.doubleToRawLongBits(d);
        return canonical
            ? (bits & 0x7fff_ffff_ffff_ffffL) == 0x7ff8_0000_0000_0000L
            : (bits & 0x7ff8_0000_0000_0000L) == 0x7ff8_0000_0000_0000L;
      }
      return false;
    }

    @Override
    public String describe() {
      return Values.typeName(type) + ":nan:" + (canonical ? "canonical" : "arithmetic");
    }
  }

  /** {@code (ref.func)} without an index: any non-null function reference. */
  record AnyFunc() implements Expected {
    @Override
    public boolean matches(Object actual) {
      return actual instanceof WasmFunction;
    }

    @Override
    public String describe() {
      return "ref.func";
    }
  }

  /** {@code (either v1 v2 ...)}: any one of the alternatives. */
  record Either(List<Expected> alternatives) implements Expected {
    public Either {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public boolean matches(Object actual) {
      return alternatives.stream().anyMatch(e -> e.matches(actual));
    }

    @Override
    public String describe() {
      return alternatives.stream()
          .map(Expected::describe)
          .collect(Collectors.joining(" | ", "either(", ")"));
    }
  }
}
