package io.github.dylink4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class CdsBundleClassesTest {
  private static final String B1 = "META-INF/dylink4j/bundles/a.wasm-11/";
  private static final String B2 = "META-INF/dylink4j/bundles/b.wasm-22/";
  private static final String B3 = "META-INF/dylink4j/bundles/b.wasm-33/";

  @TempDir Path dir;

  @Test
  void listsDefinedBundleClassesWithObjectSuperAndCopiesThemToTheirOwnPath() throws IOException {
    byte[] f0 = classBytes("dylink4j/gen/a_wasm/F0", "java/lang/Object");
    byte[] module = classBytes("dylink4j/gen/a_wasm/Module", "java/lang/Object");
    Path jar = dir.resolve("app.jar");
    writeJar(
        jar,
        B1 + "dylink4j/gen/a_wasm/F0.class",
        f0,
        B1 + "dylink4j/gen/a_wasm/Module.class",
        module,
        // loaded from an archive already, so not in the log as defined: not listed
        B1 + "dylink4j/gen/a_wasm/F1.class",
        classBytes("dylink4j/gen/a_wasm/F1", "java/lang/Object"),
        // a super class other than Object: CDS cannot archive it as an unregistered class
        B2 + "dylink4j/gen/b_wasm/Sub.class",
        classBytes("dylink4j/gen/b_wasm/Sub", "java/util/ArrayList"),
        // in two bundles: which one ran is unknown
        B2 + "dylink4j/gen/b_wasm/F0.class",
        classBytes("dylink4j/gen/b_wasm/F0", "java/lang/Object"),
        B3 + "dylink4j/gen/b_wasm/F0.class",
        classBytes("dylink4j/gen/b_wasm/F0", "java/lang/Object"));
    Path log = dir.resolve("load.log");
    Files.write(
        log,
        List.of(
            "[0.010s][info][class,load] java.lang.Object source: shared objects file",
            "[2.390s][info][class,load] dylink4j.gen.a_wasm.Module source: __JVM_DefineClass__",
            "[2.391s][info][class,load] dylink4j.gen.a_wasm.F0 source: __JVM_DefineClass__",
            "[2.392s][info][class,load] dylink4j.gen.a_wasm.F1 source: shared objects file",
            "[2.393s][info][class,load] dylink4j.gen.b_wasm.Sub source: __JVM_DefineClass__",
            "[2.394s][info][class,load] dylink4j.gen.b_wasm.F0 source: __JVM_DefineClass__",
            "[2.395s][info][class,load] other.Gen source: __JVM_DefineClass__"));
    Path classList = dir.resolve("classes.list");
    Files.write(classList, List.of("# NOTE", "java/lang/String", "some/Custom id: 41 super: 7"));
    Path out = dir.resolve("bundles.jar");

    assertEquals(2, CdsBundleClasses.append(jar, log, classList, out));

    String source = " source: " + out.toAbsolutePath();
    assertEquals(
        List.of(
            "# NOTE",
            "java/lang/String",
            "some/Custom id: 41 super: 7",
            "java/lang/Object id: 42",
            "dylink4j/gen/a_wasm/F0 id: 43 super: 42" + source,
            "dylink4j/gen/a_wasm/Module id: 44 super: 42" + source),
        Files.readAllLines(classList));
    try (JarFile written = new JarFile(out.toFile())) {
      assertEquals(2, written.size());
      assertArrayEquals(
          f0,
          written.getInputStream(written.getEntry("dylink4j/gen/a_wasm/F0.class")).readAllBytes());
      assertArrayEquals(
          module,
          written
              .getInputStream(written.getEntry("dylink4j/gen/a_wasm/Module.class"))
              .readAllBytes());
    }
  }

  @Test
  void aRunWithoutBundleClassesLeavesTheClassListAsItWas() throws IOException {
    Path jar = dir.resolve("app.jar");
    writeJar(jar, "io/github/Other.class", classBytes("io/github/Other", "java/lang/Object"));
    Path log = dir.resolve("load.log");
    Files.write(log, List.of("[0.1s][info][class,load] io.github.Other source: file:/x.jar"));
    Path classList = dir.resolve("classes.list");
    Files.write(classList, List.of("java/lang/String"));

    assertEquals(0, CdsBundleClasses.append(jar, log, classList, dir.resolve("bundles.jar")));
    assertEquals(List.of("java/lang/String"), Files.readAllLines(classList));
  }

  private static byte[] classBytes(String name, String superName) {
    ClassWriter w = new ClassWriter(0);
    w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, name, null, superName, null);
    w.visitEnd();
    return w.toByteArray();
  }

  private static void writeJar(Path jar, Object... pathsAndBytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out)) {
      for (int i = 0; i < pathsAndBytes.length; i += 2) {
        j.putNextEntry(new JarEntry((String) pathsAndBytes[i]));
        j.write((byte[]) pathsAndBytes[i + 1]);
        j.closeEntry();
      }
    }
  }
}
