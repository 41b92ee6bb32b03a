package io.github.dylink4j.python;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.HostFunction;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's {@code env} functions, written in the notation of the host contract's Appendix A: a
 * signature {@code "ii:i"} is {@code (i32, i32) -> i32} ({@code I} is i64, nothing after the colon
 * is no result), and the common behaviours (return a value, fail with errno, trap) are one line
 * each.
 */
final class EnvImports {
  private final Map<String, WasmFunction> functions = new LinkedHashMap<>();
  private final GuestLibc libc;

  EnvImports(GuestLibc libc) {
    this.libc = libc;
  }

  GuestLibc libc() {
    return libc;
  }

  /** Every function defined, by name. */
  Map<String, WasmFunction> functions() {
    return functions;
  }

  /** Offers every function as {@code env.<name>}. */
  Imports addTo(Imports imports) {
    functions.forEach((name, f) -> imports.add("env", name, f));
    return imports;
  }

  /** A function with a boxed Java body (not for hot paths). */
  void define(String name, String signature, HostFunction body) {
    put(name, WasmFunction.host(type(signature), body));
  }

  /** A function whose body is a method handle of its exact JVM type (no boxing per call). */
  void define(String name, String signature, MethodHandle body) {
    put(name, WasmFunction.host(type(signature), body));
  }

  /** Always returns {@code value} (or nothing, for a void signature): harmless success. */
  void returns(String name, String signature, int value) {
    FuncType t = type(signature);
    Object[] result = t.results().isEmpty() ? new Object[0] : new Object[] {value};
    put(name, WasmFunction.host(t, a -> result));
  }

  /** Sets errno to {@code errno} and returns {@code result} (-1, or 0 for pointer results). */
  void fails(String name, String signature, int result, int errno) {
    put(name, WasmFunction.host(type(signature), a -> new Object[] {libc.fail(result, errno)}));
  }

  /** Never called by the guest; traps with a message naming the function if it ever is. */
  void traps(String name, String signature, String why) {
    put(
        name,
        WasmFunction.host(
            type(signature),
            a -> {
              throw new WasmTrap(name + " is not supported on dylink4j's CoWasm host: " + why);
            }));
  }

  private void put(String name, WasmFunction f) {
    if (functions.putIfAbsent(name, f) != null) {
      throw new IllegalStateException("env." + name + " defined twice");
    }
  }

  static FuncType type(String signature) {
    int colon = signature.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("signature without ':': " + signature);
    }
    return FuncType.of(types(signature.substring(0, colon)), types(signature.substring(colon + 1)));
  }

  private static List<ValType> types(String letters) {
    List<ValType> types = new ArrayList<>();
    for (char c : letters.toCharArray()) {
      switch (c) {
        case 'i':
          types.add(ValType.I32);
          break;
        case 'I':
          types.add(ValType.I64);
          break;
        default:
          throw new IllegalArgumentException("unknown type letter '" + c + "'");
      }
    }
    return types;
  }
}
