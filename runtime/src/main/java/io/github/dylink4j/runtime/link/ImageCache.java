package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.bundle.ContentHash;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiled modules by content hash, so that opening a library again (after dlclose, or under
 * another path) does not compile it again. An image holds class bytes, not classes: every instance
 * still gets its own class loader, which unloading relies on.
 */
final class ImageCache {
  // [bundle hook, issue 6] images come from a class-path bundle, the disk cache or the compiler
  // (null: found with ServiceLoader only when a module has no bundle); see runtime/bundle.
  private final ImageLookup lookup;
  private final Map<String, ModuleImage> images = new HashMap<>();

  ImageCache(ModuleCompiler compiler) {
    this.lookup = ImageLookup.standard(compiler);
  }

  synchronized ModuleImage compile(byte[] wasm, String name) {
    // Hashed once here; the lookup reuses the digest as its bundle and cache key.
    String key = ContentHash.sha256(wasm);
    ModuleImage image = images.get(key);
    if (image == null) {
      try {
        image = lookup.find(wasm, key, name).image(); // [bundle hook, issue 6]
      } catch (DlException e) {
        throw e;
      } catch (RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        throw new DlException(
            (message.startsWith(name) ? "" : name + ": ") + "cannot compile: " + message, e);
      }
      images.put(key, image);
    }
    return image;
  }
}
