package io.github.dylink4j.runtime.bundle;

import java.nio.file.Path;

/**
 * A separate JVM filling a compile cache, for {@link CompileCacheTest}: looks up modules 1..N
 * through the cache (compiling the missing ones with a test compiler) and prints how many came from
 * where.
 */
public final class CacheFiller {
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int modules = Integer.parseInt(args[1]);
    int compiled = 0;
    for (int round = 0; round < 3; round++) {
      for (int i = 1; i <= modules; i++) {
        ImageLookup lookup =
            new ImageLookup(
                new ClassPathBundles(CacheFiller.class.getClassLoader()),
                new CompileCache(dir),
                new ImageLookupTest.CountingCompiler(),
                CompileCacheTest.GEN);
        ImageLookup.Found found = lookup.find(Specs.sideModule(i), "libx.so");
        Specs.assertSameSpec(Specs.spec("libx.so"), found.image().spec(), true);
        if (found.source() == ImageLookup.Source.COMPILED) {
          compiled++;
        }
      }
    }
    System.out.println("ok, compiled " + compiled);
  }
}
