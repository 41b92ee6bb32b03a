package io.github.dylink4j.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.bundle.ImageLookup.Source;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundle on the class path, then the compiler; stale and damaged bundles are not used. */
class ImageLookupTest {
  @TempDir Path classes;

  /** Counts compilations; its images carry the name they were compiled under. */
  static final class CountingCompiler implements ModuleCompiler {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ModuleImage compile(byte[] wasm, String name) {
      calls.incrementAndGet();
      return Specs.image(name);
    }
  }

  private ClassPathBundles bundlesIn(Path dir) throws IOException {
    return new ClassPathBundles(
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()));
  }

  private void writeBundle(String name, byte[] wasm) throws IOException {
    BundleWriter.write(
        name, wasm, Specs.image("build-time"), "gen", ResourceSink.directory(classes));
  }

  @Test
  void aMatchingBundleIsUsedWithoutACompiler() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    writeBundle("libx.so", wasm);
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, new CountingCompiler());
    ImageLookup.Found found = lookup.find(wasm, "/lib/libx.so");
    assertEquals(Source.BUNDLE, found.source());
    // Named by the path it was opened by, otherwise the spec as compiled.
    Specs.assertSameSpec(Specs.spec("/lib/libx.so"), found.image().spec(), true);
    assertEquals(0, ((CountingCompiler) lookup.compiler()).calls.get());
  }

  @Test
  void aStaleBundleIsNeverUsedForOtherBytes() throws IOException {
    writeBundle("libx.so", Specs.sideModule(16));
    CountingCompiler compiler = new CountingCompiler();
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, compiler);
    ImageLookup.Found found = lookup.find(Specs.sideModule(32), "libx.so");
    assertEquals(Source.COMPILED, found.source());
    assertEquals(1, compiler.calls.get());
  }

  @Test
  void aBundleOfAnotherLibraryIsNotUsed() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    writeBundle("liby.so", wasm);
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, new CountingCompiler());
    assertEquals(Source.COMPILED, lookup.find(wasm, "libx.so").source());
  }

  @Test
  void withoutBundleOrCompilerTheErrorNamesTheModuleAndTheWayOut() throws IOException {
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, null);
    // No ModuleCompiler provider is registered in the runtime's own tests.
    assertEquals(null, lookup.compiler());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> lookup.find(Specs.sideModule(16), "./libx.so"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "./libx.so: no precompiled bundle on the class path (META-INF/dylink4j/bundles/libx.so-"),
        e.getMessage());
    assertTrue(e.getMessage().contains("dylink4j-compiler"), e.getMessage());
  }

  @Test
  void aDamagedClassFileIsReportedNamingTheBundleWhenNothingCanCompile() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    writeBundle("libx.so", wasm);
    String sha = ContentHash.sha256(wasm);
    Path part = classes.resolve(BundleLayout.classPath("libx.so", sha, "wasm.m.Part1"));
    Files.write(part, "part 0ne".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, null);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> lookup.find(wasm, "libx.so"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "libx.so: bundle "
                    + BundleLayout.descriptorPath("libx.so", sha)
                    + ": class wasm.m.Part1 does not match the descriptor"),
        e.getMessage());
  }

  @Test
  void aDamagedDescriptorFallsBackToTheCompiler() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    writeBundle("libx.so", wasm);
    Path desc = classes.resolve(BundleLayout.descriptorPath("libx.so", ContentHash.sha256(wasm)));
    byte[] bytes = Files.readAllBytes(desc);
    bytes[bytes.length / 2] ^= 1;
    Files.write(desc, bytes);
    CountingCompiler compiler = new CountingCompiler();
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, compiler);
    assertEquals(Source.COMPILED, lookup.find(wasm, "libx.so").source());
    assertEquals(1, compiler.calls.get());
  }

  /** Rewrites the bundle's descriptor as if compiled for another runtime ABI. */
  private void stampOtherAbi(byte[] wasm) throws IOException {
    Path desc = classes.resolve(BundleLayout.descriptorPath("libx.so", ContentHash.sha256(wasm)));
    BundleDescriptor d = BundleDescriptor.of("libx.so", wasm, "old", Specs.image("build-time"));
    Files.write(
        desc,
        new BundleDescriptor(
                RuntimeAbi.VERSION + 1,
                d.libraryName(),
                d.sha256(),
                d.generator(),
                d.dylinkSection(),
                d.spec(),
                d.classes())
            .encode());
  }

  @Test
  void aBundleForAnotherRuntimeAbiIsCompiledAgainNeverLoaded() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    writeBundle("libx.so", wasm);
    stampOtherAbi(wasm);
    CountingCompiler compiler = new CountingCompiler();
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, compiler);
    ImageLookup.Found found = lookup.find(wasm, "libx.so");
    assertEquals(Source.COMPILED, found.source());
    assertEquals(1, compiler.calls.get());
  }

  @Test
  void aBundleForAnotherRuntimeAbiWithoutACompilerIsAClearError() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    writeBundle("libx.so", wasm);
    stampOtherAbi(wasm);
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, null);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> lookup.find(wasm, "./libx.so"));
    assertTrue(
        e.getMessage()
            .startsWith(
                "./libx.so: bundle "
                    + BundleLayout.descriptorPath("libx.so", ContentHash.sha256(wasm))
                    + ": compiled for runtime ABI "
                    + (RuntimeAbi.VERSION + 1)
                    + " (by old), but this dylink4j-runtime has ABI "
                    + RuntimeAbi.VERSION),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(the dylink4j Maven plugin or 'dylink4j compile')"));
  }

  @Test
  void aBundleFileRenamedToAnotherHashIsRejected() throws IOException {
    byte[] wasm = Specs.sideModule(16);
    byte[] other = Specs.sideModule(17);
    writeBundle("libx.so", wasm);
    String sha = ContentHash.sha256(wasm);
    String otherSha = ContentHash.sha256(other);
    Path target = classes.resolve(BundleLayout.descriptorPath("libx.so", otherSha));
    Files.copy(classes.resolve(BundleLayout.descriptorPath("libx.so", sha)), target);
    ImageLookup lookup = new ImageLookup(bundlesIn(classes), null, null);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> lookup.find(other, "libx.so"));
    assertTrue(e.getMessage().contains("describes libx.so with SHA-256 " + sha), e.getMessage());
    assertFalse(e.getMessage().contains("no precompiled bundle"));
  }
}
