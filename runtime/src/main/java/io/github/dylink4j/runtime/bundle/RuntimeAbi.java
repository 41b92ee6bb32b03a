package io.github.dylink4j.runtime.bundle;

import java.util.List;

/**
 * The version of the contract between generated classes and this runtime: the runtime members that
 * generated code calls (the classes in {@link #CALLED_BY_GENERATED_CODE}), and the conventions the
 * instantiator relies on (method names {@code f<index>}, {@code $init}, the static fields of the
 * main class, the {@code ModuleSpec} fields). Classes compiled against another version may fail
 * with a {@code LinkageError} deep inside a guest call, so every bundle and cache entry records the
 * version it was compiled for, and one of another version is never loaded (bundle lookup reports it
 * and compiles instead when it can).
 *
 * <p>Bump {@link #VERSION} with any change to those members or conventions. {@code RuntimeAbiTest}
 * fingerprints the members' signatures and fails, saying what to do, when they change without a
 * bump; a change of meaning behind an unchanged signature needs a bump by hand.
 */
public final class RuntimeAbi {
  /** The contract's version; 1 was the first release of bundles, which recorded none. */
  public static final int VERSION = 5;

  /** Binary names of the runtime classes whose members generated code uses. */
  public static final List<String> CALLED_BY_GENERATED_CODE =
      List.of(
          "io.github.dylink4j.runtime.Memory",
          "io.github.dylink4j.runtime.Table",
          "io.github.dylink4j.runtime.Global",
          "io.github.dylink4j.runtime.internal.InstanceContext",
          "io.github.dylink4j.runtime.internal.AtomicOps",
          "io.github.dylink4j.runtime.internal.Bootstraps",
          "io.github.dylink4j.runtime.internal.IndirectCallSite",
          "io.github.dylink4j.runtime.internal.FrameOps",
          "io.github.dylink4j.runtime.internal.MemoryOps",
          "io.github.dylink4j.runtime.internal.NumericOps",
          "io.github.dylink4j.runtime.internal.StoreSequenceOps",
          "io.github.dylink4j.runtime.internal.TableOps",
          "io.github.dylink4j.runtime.internal.Traps");

  private RuntimeAbi() {}

  /** The error for a bundle or cache entry compiled for another version. */
  static BundleFormatException mismatch(String where, int found, String generator) {
    return new BundleFormatException(
        where
            + ": compiled for runtime ABI "
            + found
            + " (by "
            + generator
            + "), but this dylink4j-runtime"
            + version()
            + " has ABI "
            + VERSION
            + ", so its classes would not link; recompile it with the dylink4j version of this"
            + " runtime (the dylink4j Maven plugin or 'dylink4j compile')");
  }

  private static String version() {
    Package p = RuntimeAbi.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "" : " " + v;
  }
}
