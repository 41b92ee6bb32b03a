package io.github.dylink4j.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.Memory;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.WasmFunction;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Functions too large for one JVM method are split into chunk methods (issue 3 item 3). */
class FunctionSplitterTest {

  @Test
  void straightLineRelocationFunctionOf640KbWritesEveryWord() {
    byte[] wasm = LargeFunctions.relocs();
    assertTrue(wasm.length > 640 * 1024, "module has a 640 KB body");
    ModuleImage image = Compiler.compile(wasm, "relocs");
    assertTrue(chunkMethods(image, "apply").size() > 50, "the function was split");
    ModuleInstance m = image.instantiate(new Imports());
    m.function("apply").call();
    Memory mem = m.memory("memory");
    int words = LargeFunctions.relocWords;
    assertTrue(words > 35_000, "words: " + words);
    for (int k = 0; k < words; k++) {
      int addr = LargeFunctions.BASE + 4 * k;
      int actual =
          (mem.readByte(addr) & 0xFF)
              | (mem.readByte(addr + 1) & 0xFF) << 8
              | (mem.readByte(addr + 2) & 0xFF) << 16
              | (mem.readByte(addr + 3) & 0xFF) << 24;
      assertEquals(LargeFunctions.BASE + LargeFunctions.relocValue(k), actual, "word " + k);
    }
  }

  @Test
  void deeplyNestedFunctionOf200kInstructionsBranchesThroughBrTable() {
    byte[] wasm = LargeFunctions.nested();
    assertTrue(
        LargeFunctions.nestedInstructions >= 200_000, "" + LargeFunctions.nestedInstructions);
    ModuleImage image = Compiler.compile(wasm, "nested");
    assertTrue(chunkMethods(image, "run").size() > 20, "the function was split");
    WasmFunction run = image.instantiate(new Imports()).function("run");
    int[] inputs = {0, 1, 2, 5, 6, 7, 13, 64, 500, 997, 998, 999, 1000, 5000, -1};
    for (int x : inputs) {
      assertArrayEquals(new Object[] {LargeFunctions.nestedModel(x)}, run.call(x), "input " + x);
    }
    for (int x = 0; x < LargeFunctions.DEPTH + 2; x += 37) {
      assertArrayEquals(new Object[] {LargeFunctions.nestedModel(x)}, run.call(x), "input " + x);
    }
    // The model is not trivially constant: different exits give different results.
    assertFalse(LargeFunctions.nestedModel(0) == LargeFunctions.nestedModel(1));
  }

  /**
   * Runs both functions in a child JVM with -XX:+PrintCompilation and checks that the function's
   * own method and every chunk method got JIT-compiled (tier 3 or 4) and none was skipped.
   */
  @Test
  void chunksGetJitCompiled() throws Exception {
    Set<String> expected = new TreeSet<>();
    expected.addAll(chunkMethods(Compiler.compile(LargeFunctions.relocs(), "relocs"), "apply"));
    expected.addAll(chunkMethods(Compiler.compile(LargeFunctions.nested(), "nested"), "run"));
    Path log = Files.createTempFile("split-jit", ".log");
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                java,
                "-XX:+PrintCompilation",
                // Compile synchronously: with ~2,400 methods queued at once, HotSpot would
                // otherwise raise its thresholds while the queue of a 2-core machine drains.
                "-Xbatch",
                "-cp",
                System.getProperty("java.class.path"),
                SplitJitMain.class.getName(),
                "1000")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child JVM finished");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
    assertTrue(out.contains("DONE"), "child ran");
    // "  1234  567 %   3       dylink4j.gen.relocs.F0C1::f0$12 (4321 bytes)"
    Pattern line =
        Pattern.compile(
            "^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*([0-4])\\s+(\\S+)::(\\S+) \\((\\d+) bytes\\)");
    Set<String> compiled = new TreeSet<>();
    int maxBytes = 0;
    for (String l : out.split("\n")) {
      assertFalse(l.contains("COMPILE SKIPPED") && l.contains("dylink4j.gen"), l);
      Matcher m = line.matcher(l);
      if (m.find() && m.group(2).startsWith("dylink4j.gen.")) {
        int tier = Integer.parseInt(m.group(1));
        String method = m.group(2).replace('.', '/') + "." + m.group(3);
        if (expected.contains(method)) {
          maxBytes = Math.max(maxBytes, Integer.parseInt(m.group(4)));
          if (tier >= 3) {
            compiled.add(method);
          }
        }
      }
    }
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(compiled);
    assertTrue(missing.isEmpty(), () -> missing.size() + " not JIT-compiled: " + missing);
    assertTrue(maxBytes < 8000, "largest method " + maxBytes + " bytes");
    System.out.println(
        "split functions: "
            + expected.size()
            + " methods JIT-compiled, largest "
            + maxBytes
            + " bytes");
    Files.deleteIfExists(log);
  }

  /**
   * The methods of an exported function: its own "fN" and its chunks "fN$k", as "owner.name" (owner
   * in internal form), read from the generated class files.
   */
  private static List<String> chunkMethods(ModuleImage image, String export) {
    Map<String, byte[]> classes = image.spec().classes();
    int index =
        image.spec().exports().stream()
            .filter(e -> e.name().equals(export))
            .findFirst()
            .orElseThrow()
            .index();
    List<String> methods = new ArrayList<>();
    for (byte[] bytes : classes.values()) {
      ClassReader reader = new ClassReader(bytes);
      String owner = reader.getClassName();
      reader.accept(
          new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(
                int access, String name, String desc, String sig, String[] exceptions) {
              if (name.equals("f" + index) || name.startsWith("f" + index + "$")) {
                methods.add(owner + "." + name);
              }
              return null;
            }
          },
          ClassReader.SKIP_CODE);
    }
    return methods;
  }
}
