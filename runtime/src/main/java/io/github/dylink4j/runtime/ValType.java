package io.github.dylink4j.runtime;

/**
 * A WebAssembly value type. On the JVM: i32 is {@code int}, i64 {@code long}, f32 {@code float},
 * f64 {@code double}, and both reference types are {@code Object}.
 */
public enum ValType {
  I32,
  I64,
  F32,
  F64,
  FUNCREF,
  EXTERNREF;

  /** True for the two reference types. */
  public boolean isReference() {
    return this == FUNCREF || this == EXTERNREF;
  }

  /** True for the four number types. */
  public boolean isNumeric() {
    return !isReference();
  }

  /** The wasm text name, e.g. {@code i32} or {@code funcref}. */
  public String wasmName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
