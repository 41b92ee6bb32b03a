package io.github.dylink4j.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.runtime.FuncType;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ValType;
import io.github.dylink4j.runtime.internal.ModuleSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ExportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.GlobalSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.ImportSpec;
import io.github.dylink4j.runtime.internal.ModuleSpec.Kind;
import io.github.dylink4j.runtime.internal.ModuleSpec.Limits;
import io.github.dylink4j.runtime.internal.ModuleSpec.TableSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made specs and wasm bytes for the bundle tests, and a deep comparison of specs. */
final class Specs {
  private Specs() {}

  /** A side module: only a header and a dylink.0 section (MEM_INFO: 16 bytes, align 4). */
  static byte[] sideModule(int variant) {
    byte[] name = "dylink.0".getBytes(StandardCharsets.US_ASCII);
    // subsection MEM_INFO(1): memsize, memalign, tablesize, tablealign (LEB128, one byte each)
    byte[] memInfo = {1, 4, (byte) variant, 2, 0, 0};
    int payload = 1 + name.length + memInfo.length;
    byte[] module = new byte[8 + 2 + payload];
    System.arraycopy(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, 0, module, 0, 8);
    module[8] = 0;
    module[9] = (byte) payload;
    module[10] = (byte) name.length;
    System.arraycopy(name, 0, module, 11, name.length);
    System.arraycopy(memInfo, 0, module, 11 + name.length, memInfo.length);
    return module;
  }

  /** A spec using every field, nulls included. Its class bytes are not real class files. */
  static ModuleSpec spec(String name) {
    FuncType ii = FuncType.of(List.of(ValType.I32), List.of(ValType.I32));
    FuncType none = FuncType.of(List.of(), List.of());
    FuncType mixed =
        FuncType.of(List.of(ValType.I64, ValType.F32, ValType.F64), List.of(ValType.EXTERNREF));
    Map<String, byte[]> classes = new LinkedHashMap<>();
    classes.put("wasm.m.Main", new byte[] {(byte) 0xca, (byte) 0xfe, 1, 2, 3});
    classes.put("wasm.m.Part1", "part one".getBytes(StandardCharsets.UTF_8));
    return new ModuleSpec(
        name,
        List.of(
            new ImportSpec("env", "f", Kind.FUNCTION, ii, null, false, null),
            new ImportSpec("env", "memory", Kind.MEMORY, null, null, false, new Limits(1, -1)),
            new ImportSpec(
                "env",
                "__indirect_function_table",
                Kind.TABLE,
                null,
                ValType.FUNCREF,
                false,
                new Limits(0, 4294967295L)),
            new ImportSpec("env", "__stack_pointer", Kind.GLOBAL, null, ValType.I32, true, null)),
        List.of(ii, none, mixed),
        List.of(ii, none, mixed, ii, ii),
        Arrays.asList(null, "wasm.m.Main", "wasm.m.Part1", "wasm.m.Main", "wasm.m.Part1"),
        List.of(new Limits(2, 65536)),
        List.of(new TableSpec(ValType.EXTERNREF, new Limits(3, -1))),
        List.of(
            new GlobalSpec(ValType.I32, true, true, true),
            new GlobalSpec(ValType.F64, false, false, false)),
        List.of(
            new ExportSpec("f2", Kind.FUNCTION, 2),
            new ExportSpec("mem", Kind.MEMORY, 0),
            new ExportSpec("ünïcödé", Kind.GLOBAL, 1)),
        List.of(new byte[] {1, 2, 3}, new byte[0]),
        3,
        Arrays.asList(new int[] {1, -1, 4}, null, new int[0]),
        -1,
        classes,
        "wasm.m.Main");
  }

  static ModuleImage image(String name) {
    return new ModuleImage(spec(name));
  }

  /** Field by field, arrays by content; the class map too when {@code withClasses}. */
  static void assertSameSpec(ModuleSpec expected, ModuleSpec actual, boolean withClasses) {
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.imports(), actual.imports());
    assertEquals(expected.types(), actual.types());
    assertEquals(expected.functionTypes(), actual.functionTypes());
    assertEquals(expected.functionOwners(), actual.functionOwners());
    assertEquals(expected.memories(), actual.memories());
    assertEquals(expected.tables(), actual.tables());
    assertEquals(expected.globals(), actual.globals());
    assertEquals(expected.exports(), actual.exports());
    assertEquals(expected.dataSegments().size(), actual.dataSegments().size());
    for (int i = 0; i < expected.dataSegments().size(); i++) {
      assertArrayEquals(expected.dataSegments().get(i), actual.dataSegments().get(i));
    }
    assertEquals(expected.elemSegmentCount(), actual.elemSegmentCount());
    assertEquals(expected.elemFunctions().size(), actual.elemFunctions().size());
    for (int i = 0; i < expected.elemFunctions().size(); i++) {
      assertArrayEquals(expected.elemFunctions().get(i), actual.elemFunctions().get(i));
    }
    assertEquals(expected.startFunction(), actual.startFunction());
    assertEquals(expected.mainClass(), actual.mainClass());
    if (withClasses) {
      assertEquals(
          new ArrayList<>(expected.classes().keySet()), new ArrayList<>(actual.classes().keySet()));
      for (String c : expected.classes().keySet()) {
        assertArrayEquals(expected.classes().get(c), actual.classes().get(c), c);
      }
    }
  }
}
