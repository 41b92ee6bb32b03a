package io.github.dylink4j.wast;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.Table;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.WasmFunction;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The {@code spectest} module every script may import, as the reference interpreter defines it.
 * Each script gets fresh instances, since scripts may grow its table and memory.
 */
final class SpecTestHost {
  private SpecTestHost() {}

  /** The exports by name; {@code out} receives what the print functions print. */
  static Map<String, Object> create(Consumer<String> out) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("print", print("print", out));
    m.put("print_i32", print("print_i32", out, ValType.I32));
    m.put("print_i64", print("print_i64", out, ValType.I64));
    m.put("print_f32", print("print_f32", out, ValType.F32));
    m.put("print_f64", print("print_f64", out, ValType.F64));
    m.put("print_i32_f32", print("print_i32_f32", out, ValType.I32, ValType.F32));
    m.put("print_f64_f64", print("print_f64_f64", out, ValType.F64, ValType.F64));
    m.put("global_i32", new Global(ValType.I32, false, 666));
    m.put("global_i64", new Global(ValType.I64, false, 666L));
    m.put("global_f32", new Global(ValType.F32, false, 666.6f));
    m.put("global_f64", new Global(ValType.F64, false, 666.6));
    m.put("table", new Table(ValType.FUNCREF, 10, 20));
    m.put("memory", new Memory(1, 2));
    return m;
  }

  private static WasmFunction print(String name, Consumer<String> out, ValType... params) {
    return WasmFunction.host(
        FuncType.of(List.of(params), List.of()),
        args -> {
          out.accept(
              name
                  + Arrays.stream(args)
                      .map(Values::describe)
                      .collect(Collectors.joining(", ", "(", ")")));
          return new Object[0];
        });
  }
}
