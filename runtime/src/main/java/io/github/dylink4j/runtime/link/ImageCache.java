package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.spi.ModuleCompiler;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Compiled modules by content hash, so that opening a library again (after dlclose, or under
 * another path) does not compile it again. An image holds class bytes, not classes: every instance
 * still gets its own class loader, which unloading relies on.
 */
final class ImageCache {
  private final ModuleCompiler compiler;
  private final Map<String, ModuleImage> images = new HashMap<>();

  ImageCache(ModuleCompiler compiler) {
    this.compiler = compiler;
  }

  synchronized ModuleImage compile(byte[] wasm, String name) {
    String key = sha256(wasm);
    ModuleImage image = images.get(key);
    if (image == null) {
      try {
        image = compiler.compile(wasm, name);
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

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
