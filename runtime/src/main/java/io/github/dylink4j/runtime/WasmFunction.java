package io.github.dylink4j.runtime;

import io.github.dylink4j.runtime.internal.CompiledFunction;
import io.github.dylink4j.runtime.internal.HostFunctionImpl;
import java.lang.invoke.MethodHandle;

/**
 * A wasm function value: an export of a module instance, a host function, or a {@code funcref} held
 * in a table.
 *
 * <p>Values are boxed: {@link Integer} (i32), {@link Long} (i64), {@link Float} (f32), {@link
 * Double} (f64); references are {@code null}, a {@link WasmFunction} (funcref) or any object
 * (externref). Float and double values keep their exact bits, NaN payloads included.
 */
public interface WasmFunction {
  FuncType type();

  /**
   * Calls the function. Returns the results boxed ({@code type().results().size()} elements). A
   * trap inside, including a JVM stack overflow, arrives as {@link WasmTrap} with the spec's
   * message.
   */
  Object[] call(Object... args);

  /** A Java function that wasm modules can import with the given type. */
  static WasmFunction host(FuncType type, HostFunction body) {
    return new HostFunctionImpl(type, body);
  }

  /**
   * A Java function that wasm modules can import, given as a method handle of the function's JVM
   * type: each i32 parameter an {@code int}, i64 {@code long}, f32 {@code float}, f64 {@code
   * double}, references {@code Object}; no result {@code void}, one result returned directly
   * (several: an {@code Object[]}). Compiled code calls it without boxing, which matters for host
   * functions on hot paths; exceptions it throws pass through the guest unchanged.
   *
   * @throws IllegalArgumentException when the handle's type does not match
   */
  static WasmFunction host(FuncType type, MethodHandle handle) {
    return CompiledFunction.ofHandle(type, handle, "host function");
  }
}
