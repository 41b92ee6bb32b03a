package io.github.dylink4j.runtime;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A WebAssembly function type. {@link #of} interns instances, so that signature checks (for example
 * in {@code call_indirect}) are usually a reference comparison; {@link #equals} remains the
 * authority.
 */
public record FuncType(List<ValType> params, List<ValType> results) {
  private static final ConcurrentHashMap<FuncType, FuncType> INTERNED = new ConcurrentHashMap<>();

  public FuncType {
    params = List.copyOf(params);
    results = List.copyOf(results);
  }

  /** The canonical (interned) instance for these params and results. */
  public static FuncType of(List<ValType> params, List<ValType> results) {
    FuncType type = new FuncType(params, results);
    FuncType existing = INTERNED.putIfAbsent(type, type);
    return existing == null ? type : existing;
  }

  @Override
  public String toString() {
    return "("
        + params.stream().map(ValType::wasmName).collect(Collectors.joining(" "))
        + ") -> ("
        + results.stream().map(ValType::wasmName).collect(Collectors.joining(" "))
        + ")";
  }
}
