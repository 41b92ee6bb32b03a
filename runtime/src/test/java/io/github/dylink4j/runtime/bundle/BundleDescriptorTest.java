package io.github.dylink4j.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.dylink.Dylink0Section;
import io.github.dylink4j.runtime.internal.ModuleSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BundleDescriptorTest {
  private static final String WHERE = "bundle META-INF/dylink4j/bundles/libx.so-1234.desc";

  @Test
  void roundTripKeepsEveryFieldOfTheSpec() {
    byte[] wasm = Specs.sideModule(16);
    ModuleSpec spec = Specs.spec("/lib/libx.so");
    BundleDescriptor d = BundleDescriptor.of("/lib/libx.so", wasm, "gen 1", Specs.image("x"));
    BundleDescriptor back = BundleDescriptor.decode(d.encode(), WHERE);

    assertEquals(RuntimeAbi.VERSION, back.runtimeAbi());
    assertEquals("libx.so", back.libraryName());
    assertEquals(ContentHash.sha256(wasm), back.sha256());
    assertEquals("gen 1", back.generator());
    assertEquals(d.classes(), back.classes());
    assertEquals(2, back.classes().size());
    assertTrue(back.spec().classes().isEmpty(), "the descriptor holds no class files");
    ModuleSpec full = back.toSpec(spec.classes(), WHERE);
    Specs.assertSameSpec(Specs.spec("x"), full, true);
  }

  @Test
  void keepsTheDylinkSection() {
    byte[] wasm = Specs.sideModule(48);
    BundleDescriptor d =
        BundleDescriptor.decode(
            BundleDescriptor.of("libx.so", wasm, "g", Specs.image("x")).encode(), WHERE);
    // The section as in the file: everything after the 8-byte header.
    assertArrayEquals(Arrays.copyOfRange(wasm, 8, wasm.length), d.dylinkSection());
    Dylink0Section info = (Dylink0Section) d.dylinkInfo().orElseThrow();
    assertEquals(48L, info.memInfo().memorySize());
  }

  @Test
  void aModuleWithoutDylinkHasNone() {
    byte[] plain = {0, 'a', 's', 'm', 1, 0, 0, 0};
    BundleDescriptor d =
        BundleDescriptor.decode(
            BundleDescriptor.of("app.wasm", plain, "g", Specs.image("app")).encode(), WHERE);
    assertNull(d.dylinkSection());
    assertTrue(d.dylinkInfo().isEmpty());
  }

  @Test
  void everyFlippedByteIsDetected() {
    byte[] good =
        BundleDescriptor.of("libx.so", Specs.sideModule(16), "g", Specs.image("x")).encode();
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x40;
      BundleFormatException e =
          assertThrows(
              BundleFormatException.class,
              () -> BundleDescriptor.decode(bad, WHERE),
              "flipped byte " + i);
      assertTrue(e.getMessage().startsWith(WHERE + ": "), e.getMessage());
    }
  }

  @Test
  void everyTruncationIsDetected() {
    byte[] good =
        BundleDescriptor.of("libx.so", Specs.sideModule(16), "g", Specs.image("x")).encode();
    for (int n = 0; n < good.length; n++) {
      byte[] cut = Arrays.copyOf(good, n);
      BundleFormatException e =
          assertThrows(
              BundleFormatException.class,
              () -> BundleDescriptor.decode(cut, WHERE),
              "length " + n);
      assertTrue(e.getMessage().startsWith(WHERE + ": "), e.getMessage());
    }
  }

  @Test
  void anotherVersionIsRejectedWithAClearMessage() {
    byte[] bytes =
        BundleDescriptor.of("libx.so", Specs.sideModule(16), "g", Specs.image("x")).encode();
    bytes[9] = 99;
    BundleFormatException e =
        assertThrows(BundleFormatException.class, () -> BundleDescriptor.decode(bytes, WHERE));
    assertEquals(
        WHERE
            + ": descriptor format version 99, this runtime reads version 2; recompile the bundle",
        e.getMessage());
  }

  @Test
  void aDescriptorForAnotherRuntimeAbiIsRejectedNamingBothAbisAndTheCompiler() {
    BundleDescriptor d =
        BundleDescriptor.of("libx.so", Specs.sideModule(16), "dylink4j 0.0.9", Specs.image("x"));
    for (int other : new int[] {1, RuntimeAbi.VERSION + 1}) {
      byte[] bytes =
          new BundleDescriptor(
                  other,
                  d.libraryName(),
                  d.sha256(),
                  d.generator(),
                  d.dylinkSection(),
                  d.spec(),
                  d.classes())
              .encode();
      BundleFormatException e =
          assertThrows(BundleFormatException.class, () -> BundleDescriptor.decode(bytes, WHERE));
      assertTrue(
          e.getMessage()
              .startsWith(
                  WHERE
                      + ": compiled for runtime ABI "
                      + other
                      + " (by dylink4j 0.0.9), but this dylink4j-runtime has ABI "
                      + RuntimeAbi.VERSION
                      + ", so its classes would not link; recompile it"),
          e.getMessage());
    }
  }

  @Test
  void classFilesAreCheckedAgainstTheDescriptor() {
    BundleDescriptor d =
        BundleDescriptor.of("libx.so", Specs.sideModule(16), "g", Specs.image("x"));
    var classes = new java.util.HashMap<>(Specs.spec("x").classes());
    classes.put("wasm.m.Part1", "part 0ne".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    BundleFormatException e =
        assertThrows(BundleFormatException.class, () -> d.toSpec(classes, WHERE));
    assertTrue(
        e.getMessage().startsWith(WHERE + ": class wasm.m.Part1 does not match"), e.getMessage());
    classes.remove("wasm.m.Part1");
    e = assertThrows(BundleFormatException.class, () -> d.toSpec(classes, WHERE));
    assertEquals(WHERE + ": class wasm.m.Part1 is missing", e.getMessage());
  }

  @Test
  void layoutNamesBundlesByFileNameAndHash() {
    String sha = "ab".repeat(32);
    assertEquals(
        "META-INF/dylink4j/bundles/libfoo.so-" + sha + ".desc",
        BundleLayout.descriptorPath("/usr/lib/libfoo.so", sha));
    assertEquals(
        "META-INF/dylink4j/bundles/libfoo.so-" + sha + "/wasm/libfoo/Main.class",
        BundleLayout.classPath("./libfoo.so", sha, "wasm.libfoo.Main"));
    assertEquals("lib_x_.so", BundleLayout.libraryName("lib x?.so"));
  }
}
