package io.github.dylink4j.runtime;

/**
 * The body of a Java function that wasm code can import. Arguments and results are boxed as
 * described on {@link WasmFunction}; the result array's length is the function type's result count
 * (a {@code null} result stands for "no results").
 */
@FunctionalInterface
public interface HostFunction {
  Object[] apply(Object... args);
}
