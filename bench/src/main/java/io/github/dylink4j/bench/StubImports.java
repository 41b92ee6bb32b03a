package io.github.dylink4j.bench;

/** Names shared by the engines' import stubs. */
final class StubImports {
  static final String WASI = "wasi_snapshot_preview1";

  private StubImports() {}
}
