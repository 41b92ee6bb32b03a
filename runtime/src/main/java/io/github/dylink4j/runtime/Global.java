package io.github.dylink4j.runtime;

/**
 * A wasm global shared between modules or with the host (imported or exported globals). Values are
 * held unboxed; {@link #get()} and {@link #set(Object)} box them as described on {@link
 * WasmFunction}. The typed accessors ({@link #getInt()} ...) are what compiled code uses.
 */
public final class Global {
  private final ValType type;
  private final boolean mutable;
  private int i32;
  private long i64;
  private float f32;
  private double f64;
  private Object ref;

  public Global(ValType type, boolean mutable, Object value) {
    this.type = type;
    this.mutable = mutable;
    store(value);
  }

  public ValType type() {
    return type;
  }

  public boolean mutable() {
    return mutable;
  }

  /** The value, boxed. */
  public Object get() {
    switch (type) {
      case I32:
        return i32;
      case I64:
        return i64;
      case F32:
        return f32;
      case F64:
        return f64;
      default:
        return ref;
    }
  }

  /** Sets a mutable global's value (boxed, of the global's type). */
  public void set(Object value) {
    if (!mutable) {
      throw new IllegalStateException("global is immutable");
    }
    store(value);
  }

  private void store(Object value) {
    try {
      switch (type) {
        case I32:
          i32 = (Integer) value;
          break;
        case I64:
          i64 = (Long) value;
          break;
        case F32:
          f32 = (Float) value;
          break;
        case F64:
          f64 = (Double) value;
          break;
        case FUNCREF:
          if (value != null && !(value instanceof WasmFunction)) {
            throw new ClassCastException(value.getClass().getName());
          }
          ref = value;
          break;
        default:
          ref = value;
      }
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException(
          "value "
              + value
              + " does not fit a global of type "
              + type.wasmName()
              + " (use Integer, Long, Float, Double or a reference)");
    }
  }

  // Typed accessors for compiled code; they do not check mutability (validation did).

  public int getInt() {
    return i32;
  }

  public void setInt(int value) {
    i32 = value;
  }

  public long getLong() {
    return i64;
  }

  public void setLong(long value) {
    i64 = value;
  }

  public float getFloat() {
    return f32;
  }

  public void setFloat(float value) {
    f32 = value;
  }

  public double getDouble() {
    return f64;
  }

  public void setDouble(double value) {
    f64 = value;
  }

  public Object getRef() {
    return ref;
  }

  public void setRef(Object value) {
    ref = value;
  }

  @Override
  public String toString() {
    return "Global[" + (mutable ? "mut " : "") + type.wasmName() + " = " + get() + "]";
  }
}
