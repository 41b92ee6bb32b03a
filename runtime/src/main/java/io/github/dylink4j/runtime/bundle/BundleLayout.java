package io.github.dylink4j.runtime.bundle;

/**
 * Where a bundle's files live, on the class path or in a folder that becomes one ({@code
 * target/classes}, a jar):
 *
 * <pre>
 * META-INF/dylink4j/bundles/&lt;name&gt;-&lt;sha256&gt;.desc                 the descriptor
 * META-INF/dylink4j/bundles/&lt;name&gt;-&lt;sha256&gt;/&lt;binary/name&gt;.class  each generated class
 * </pre>
 *
 * {@code <name>} is the library's file name (the last path element, characters outside {@code
 * [A-Za-z0-9._+-]} replaced by {@code _}) and {@code <sha256>} the hex SHA-256 of its wasm bytes,
 * so a bundle is only ever found for the exact bytes it was compiled from. Classes sit in a folder
 * of their own per bundle so two versions of a library never overwrite each other's classes, and
 * the application's class loader never loads them (the runtime defines them in a loader per
 * instance).
 */
public final class BundleLayout {
  public static final String ROOT = "META-INF/dylink4j/bundles/";
  public static final String DESCRIPTOR_SUFFIX = ".desc";

  private BundleLayout() {}

  /** The file name of {@code path} ({@code /lib/libfoo.so} gives {@code libfoo.so}), made safe. */
  public static String libraryName(String path) {
    String name = path;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0) {
      name = name.substring(slash + 1);
    }
    StringBuilder safe = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          c >= 'a' && c <= 'z'
              || c >= 'A' && c <= 'Z'
              || c >= '0' && c <= '9'
              || c == '.'
              || c == '_'
              || c == '+'
              || c == '-';
      safe.append(ok ? c : '_');
    }
    return safe.isEmpty() ? "_" : safe.toString();
  }

  /** {@code <name>-<sha256>}: the key of one bundle. */
  public static String key(String libraryName, String sha256) {
    return libraryName(libraryName) + "-" + sha256;
  }

  public static String descriptorPath(String libraryName, String sha256) {
    return ROOT + key(libraryName, sha256) + DESCRIPTOR_SUFFIX;
  }

  public static String classPath(String libraryName, String sha256, String binaryName) {
    return ROOT + key(libraryName, sha256) + "/" + binaryName.replace('.', '/') + ".class";
  }
}
