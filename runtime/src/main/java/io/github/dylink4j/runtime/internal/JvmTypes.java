package io.github.dylink4j.runtime.internal;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ValType;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The calling convention of compiled wasm functions, shared by the compiler and the runtime: each
 * wasm parameter is one JVM parameter (i32 {@code int}, i64 {@code long}, f32 {@code float}, f64
 * {@code double}, references {@code Object}); no result is {@code void}, one result is returned
 * directly, several results are returned boxed in an {@code Object[]}.
 *
 * <p>A JVM method has at most 255 parameter slots (long and double take two). A function whose
 * parameters need more than {@link #MAX_DIRECT_PARAMETER_SLOTS} (one slot is kept for the table
 * index that {@code call_indirect} call sites add) takes them instead boxed in one {@code
 * Object[]}.
 */
public final class JvmTypes {
  private JvmTypes() {}

  /** The JVM parameter slots one method may use. */
  public static final int MAX_PARAMETER_SLOTS = 255;

  /** Beyond this many parameter slots a function takes its arguments as one boxed Object[]. */
  public static final int MAX_DIRECT_PARAMETER_SLOTS = 254;

  /** Whether {@code type}'s arguments are passed boxed in one {@code Object[]}. */
  public static boolean argumentsInArray(FuncType type) {
    return parameterSlots(type.params()) > MAX_DIRECT_PARAMETER_SLOTS;
  }

  public static Class<?> jvmClass(ValType type) {
    switch (type) {
      case I32:
        return int.class;
      case I64:
        return long.class;
      case F32:
        return float.class;
      case F64:
        return double.class;
      default:
        return Object.class;
    }
  }

  public static String descriptor(ValType type) {
    switch (type) {
      case I32:
        return "I";
      case I64:
        return "J";
      case F32:
        return "F";
      case F64:
        return "D";
      default:
        return "Ljava/lang/Object;";
    }
  }

  /** JVM local/parameter slots a value of this type takes. */
  public static int slots(ValType type) {
    return type == ValType.I64 || type == ValType.F64 ? 2 : 1;
  }

  public static int parameterSlots(List<ValType> params) {
    int n = 0;
    for (ValType t : params) {
      n += slots(t);
    }
    return n;
  }

  public static Class<?> returnClass(List<ValType> results) {
    switch (results.size()) {
      case 0:
        return void.class;
      case 1:
        return jvmClass(results.get(0));
      default:
        return Object[].class;
    }
  }

  public static String returnDescriptor(List<ValType> results) {
    switch (results.size()) {
      case 0:
        return "V";
      case 1:
        return descriptor(results.get(0));
      default:
        return "[Ljava/lang/Object;";
    }
  }

  public static MethodType methodType(FuncType type) {
    if (argumentsInArray(type)) {
      return MethodType.methodType(returnClass(type.results()), Object[].class);
    }
    Class<?>[] params = new Class<?>[type.params().size()];
    for (int i = 0; i < params.length; i++) {
      params[i] = jvmClass(type.params().get(i));
    }
    return MethodType.methodType(returnClass(type.results()), params);
  }

  public static String methodDescriptor(FuncType type) {
    if (argumentsInArray(type)) {
      return "([Ljava/lang/Object;)" + returnDescriptor(type.results());
    }
    StringBuilder sb = new StringBuilder("(");
    for (ValType t : type.params()) {
      sb.append(descriptor(t));
    }
    return sb.append(')').append(returnDescriptor(type.results())).toString();
  }
}
