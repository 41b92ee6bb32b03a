package io.github.dylink4j.wast;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the values of wast2json's JSON and prints engine values.
 *
 * <p>wast2json writes i32/i64 as unsigned decimal strings and f32/f64 as the unsigned decimal of
 * their bit pattern, so NaN payloads and signed zeros survive exactly. Values are boxed as the
 * embedding API boxes them: Integer, Long, Float, Double, null for ref.null, {@link HostRef} for
 * {@code ref.extern N}.
 */
public final class Values {
  private Values() {}

  /** An argument of an action. */
  public static Object parseArgument(JsonNode node) {
    ValType type = type(node);
    String value = text(node, "value");
    if (value == null) {
      throw new WastException("argument without a value: " + node, null);
    }
    return parse(type, value, node);
  }

  /** An expected result of {@code assert_return}. */
  public static Expected parseExpected(JsonNode node) {
    String kind = text(node, "type");
    if ("either".equals(kind)) {
      List<Expected> alternatives = new ArrayList<>();
      for (JsonNode v : node.path("values")) {
        alternatives.add(parseExpected(v));
      }
      if (alternatives.isEmpty()) {
        throw new WastException("either without values: " + node, null);
      }
      return new Expected.Either(alternatives);
    }
    ValType type = type(node);
    String value = text(node, "value");
    if (value == null) {
      if (type == ValType.FUNCREF) {
        return new Expected.AnyFunc();
      }
      throw new WastException("expected " + kind + " without a value: " + node, null);
    }
    if ((type == ValType.F32 || type == ValType.F64) && value.startsWith("nan:")) {
      return switch (value) {
        case "nan:canonical" -> new Expected.Nan(type, true);
        case "nan:arithmetic" -> new Expected.Nan(type, false);
        default -> throw new WastException("unknown NaN pattern " + value, null);
      };
    }
    return new Expected.Exact(type, parse(type, value, node));
  }

  private static Object parse(ValType type, String value, JsonNode node) {
    try {
      return switch (type) {
        case I32 -> (int) parseU32(value);
        case I64 -> Long.parseUnsignedLong(value);
        case F32 -> Float.intBitsToFloat((int) parseU32(value));
        case F64 -> Double.longBitsToDouble(Long.parseUnsignedLong(value));
        case EXTERNREF -> "null".equals(value) ? null : new HostRef(Long.parseLong(value));
        case FUNCREF -> {
          if (!"null".equals(value)) {
            // The suite names functions only by index inside a module; there is no such value.
            throw new WastException("unsupported funcref value " + value + " in " + node, null);
          }
          yield null;
        }
      };
    } catch (NumberFormatException e) {
      throw new WastException("bad " + typeName(type) + " value '" + value + "' in " + node, e);
    }
  }

  private static long parseU32(String value) {
    long v = Long.parseLong(value);
    if (v < 0 || v > 0xffff_ffffL) {
      throw new NumberFormatException("not a 32-bit unsigned value: " + value);
    }
    return v;
  }

  private static ValType type(JsonNode node) {
    String kind = text(node, "type");
    if (kind == null) {
      throw new WastException("value without a type: " + node, null);
    }
    return switch (kind) {
      case "i32" -> ValType.I32;
      case "i64" -> ValType.I64;
      case "f32" -> ValType.F32;
      case "f64" -> ValType.F64;
      case "funcref" -> ValType.FUNCREF;
      case "externref" -> ValType.EXTERNREF;
      default -> throw new WastException("unsupported value type " + kind + " in " + node, null);
    };
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Whether a boxed engine value has the Java shape of {@code type}. */
  static boolean hasType(Object value, ValType type) {
    return switch (type) {
      case I32 -> value instanceof Integer;
      case I64 -> value instanceof Long;
      case F32 -> value instanceof Float;
      case F64 -> value instanceof Double;
      case FUNCREF -> value == null || value instanceof WasmFunction;
      case EXTERNREF -> !(value instanceof Number || value instanceof WasmFunction);
    };
  }

  static String typeName(ValType type) {
    return switch (type) {
      case I32 -> "i32";
      case I64 -> "i64";
      case F32 -> "f32";
      case F64 -> "f64";
      case FUNCREF -> "funcref";
      case EXTERNREF -> "externref";
    };
  }

  static String describe(ValType type, Object value) {
    return switch (type) {
      case FUNCREF, EXTERNREF -> value == null ? "ref.null " + typeName(type) : value.toString();
      default -> describe(value);
    };
  }

  /** An engine value with its type and, for numbers, the bits: {@code i32:-1 (0xffffffff)}. */
  public static String describe(Object value) {
    if (value instanceof Integer i) {
      return "i32:" + i + " (0x" + Integer.toHexString(i) + ")";
    }
    if (value instanceof Long l) {
      return "i64:" + l + " (0x" + Long.toHexString(l) + ")";
    }
    if (value instanceof Float f) {
      return "f32:" + f + " (0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
    }
    if (value instanceof Double d) {
      return "f64:" + d + " (0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
    }
    if (value == null) {
      return "ref.null";
    }
    if (value instanceof WasmFunction f) {
      return "funcref " + f.type();
    }
    if (value instanceof HostRef) {
      return value.toString();
    }
    return value.getClass().getName() + ":" + value;
  }
}
