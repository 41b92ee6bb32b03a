package io.github.dylink4j.runtime.dylink;

/**
 * Where one section of a wasm binary lies in the file.
 *
 * @param id the section id (0 = custom, 1 = type, ... 13 = tag)
 * @param customName the name of a custom section, {@code null} for the other sections
 * @param offset absolute offset of the section id byte
 * @param payloadOffset absolute offset of the first payload byte (for a custom section, the name)
 * @param payloadSize payload size in bytes, as declared by the section header
 */
public record SectionHeader(
    int id, String customName, int offset, int payloadOffset, int payloadSize) {

  public static final int CUSTOM = 0;

  private static final String[] NAMES = {
    "custom",
    "type",
    "import",
    "function",
    "table",
    "memory",
    "global",
    "export",
    "start",
    "element",
    "code",
    "data",
    "datacount",
    "tag"
  };

  /** Offset just past the payload. */
  public int end() {
    return payloadOffset + payloadSize;
  }

  public boolean isCustom() {
    return id == CUSTOM;
  }

  /** "type", "import", ... or "custom" for every custom section. */
  public String kindName() {
    return kindName(id);
  }

  /**
   * A readable label: the kind, or the quoted name for a custom section, e.g. {@code "dylink.0"}.
   */
  public String label() {
    return isCustom() ? "custom section \"" + customName + "\"" : "section \"" + kindName() + "\"";
  }

  static boolean isKnownId(int id) {
    return id >= 0 && id < NAMES.length;
  }

  static String kindName(int id) {
    return isKnownId(id) ? NAMES[id] : "unknown id " + id;
  }
}
