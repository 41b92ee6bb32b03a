package io.github.dylink4j.runtime;

/** The {@code dlopen} flags, with musl's values (what zig's wasm32-wasi libc uses). */
public final class Dlfcn {
  private Dlfcn() {}

  public static final int RTLD_LAZY = 1;
  public static final int RTLD_NOW = 2;
  public static final int RTLD_NOLOAD = 4;
  public static final int RTLD_NODELETE = 4096;
  public static final int RTLD_GLOBAL = 256;
  public static final int RTLD_LOCAL = 0;

  /** The pseudo-handle of {@code dlsym} that searches the global scope. */
  public static final int RTLD_DEFAULT = 0;
}
