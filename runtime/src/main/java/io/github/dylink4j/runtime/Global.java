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

  /** The lowest value {@link #setInt} accepts: a C stack's bottom, see {@link #guardStack}. */
  private int stackFloor = Integer.MIN_VALUE;

  private String stackName;

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
    if (value < stackFloor) {
      throw stackExhausted(value);
    }
    i32 = value;
  }

  /**
   * Makes this i32 cell a guarded C stack pointer: a value below {@code lowest} (the stack's first
   * byte) traps with "call stack exhausted" instead of letting the guest's stack run into the data
   * below it. Stack addresses stay below 2 GiB (see {@link Memory}), so a pointer that wraps below
   * zero is negative and caught too.
   *
   * @param name the stack's name in the trap message
   */
  public void guardStack(int lowest, String name) {
    if (type != ValType.I32 || !mutable) {
      throw new IllegalStateException("only a mutable i32 global can be a stack pointer");
    }
    stackFloor = lowest;
    stackName = name;
  }

  private WasmTrap stackExhausted(int value) {
    return new WasmTrap(
        "call stack exhausted ("
            + stackName
            + ": the stack pointer would be 0x"
            + Integer.toHexString(value)
            + ", below its bottom 0x"
            + Integer.toHexString(stackFloor)
            + ")");
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
