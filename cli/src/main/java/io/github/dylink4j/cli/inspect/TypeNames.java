package io.github.dylink4j.cli.inspect;

import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.List;
import java.util.stream.Collectors;

/** Spells wasm types the way wasm-objdump does: {@code (i32, i32) -> i32}, {@code () -> nil}. */
final class TypeNames {
  private TypeNames() {}

  static String function(FunctionType type) {
    List<ValType> returns = type.returns();
    String results =
        switch (returns.size()) {
          case 0 -> "nil";
          case 1 -> value(returns.get(0));
          default -> list(returns);
        };
    return list(type.params()) + " -> " + results;
  }

  static String global(MutabilityType mutability, ValType type) {
    return (mutability == MutabilityType.Var ? "mutable " : "") + value(type);
  }

  static String memory(MemoryLimits limits) {
    int initial = limits.initialPages();
    StringBuilder s = new StringBuilder("initial " + initial + (initial == 1 ? " page" : " pages"));
    // Chicory reports "no maximum" as MAX_PAGES; a shared memory always declares one.
    if (limits.maximumPages() != MemoryLimits.MAX_PAGES || limits.shared()) {
      s.append(", max ").append(limits.maximumPages());
    }
    if (limits.shared()) {
      s.append(", shared");
    }
    return s.toString();
  }

  static String table(ValType element, TableLimits limits) {
    StringBuilder s = new StringBuilder(value(element) + ", initial " + limits.min());
    if (limits.max() != TableLimits.LIMIT_MAX) {
      s.append(", max ").append(limits.max());
    }
    return s.toString();
  }

  static String value(ValType type) {
    if (type.equals(ValType.FuncRef)) {
      return "funcref";
    }
    if (type.equals(ValType.ExternRef)) {
      return "externref";
    }
    return type.isReference() ? type.toString() : type.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String list(List<ValType> types) {
    return types.stream().map(TypeNames::value).collect(Collectors.joining(", ", "(", ")"));
  }
}
