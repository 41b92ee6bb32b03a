package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.ModuleImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Plugs extra import resolvers (dynamic linking: {@code dlopen} and friends) into {@code dylink4j
 * run} without the command knowing them: implementations are found with {@link
 * java.util.ServiceLoader} ({@code
 * META-INF/services/io.github.dylink4j.wasi.ImportResolverProvider}).
 */
public interface ImportResolverProvider {
  /**
   * Resolvers for running {@code image}, compiled from {@code wasm} read at {@code modulePath}.
   * Side modules compiled later can be added to {@code backtrace} so their frames get names.
   */
  List<ImportResolver> resolversFor(
      Path modulePath, byte[] wasm, ModuleImage image, GuestBacktrace backtrace);
}
