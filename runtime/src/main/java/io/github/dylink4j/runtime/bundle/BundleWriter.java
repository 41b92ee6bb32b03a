package io.github.dylink4j.runtime.bundle;

import io.github.dylink4j.runtime.ModuleImage;
import java.io.IOException;
import java.util.Map;

/** Writes a compiled module as a class-path bundle (see {@link BundleLayout}). */
public final class BundleWriter {
  private BundleWriter() {}

  /**
   * Writes the classes first and the descriptor last: a reader that finds the descriptor finds a
   * complete bundle.
   *
   * @param libraryName the name the library is opened by (its file name is used)
   * @param wasm the bytes {@code image} was compiled from
   * @param generator which compiler made the image, recorded in the descriptor
   * @return the descriptor written
   */
  public static BundleDescriptor write(
      String libraryName, byte[] wasm, ModuleImage image, String generator, ResourceSink sink)
      throws IOException {
    BundleDescriptor descriptor = BundleDescriptor.of(libraryName, wasm, generator, image);
    for (Map.Entry<String, byte[]> c : image.spec().classes().entrySet()) {
      sink.put(
          BundleLayout.classPath(descriptor.libraryName(), descriptor.sha256(), c.getKey()),
          c.getValue());
    }
    sink.put(
        BundleLayout.descriptorPath(descriptor.libraryName(), descriptor.sha256()),
        descriptor.encode());
    return descriptor;
  }
}
