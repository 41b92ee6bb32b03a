package io.github.dylink4j.runtime.dylink;

/** The symbol flags of tool-conventions Linking.md, as used by EXPORT_INFO and IMPORT_INFO. */
public enum SymbolFlag {
  WEAK(0x1),
  LOCAL(0x2),
  HIDDEN(0x4),
  UNDEFINED(0x10),
  EXPORTED(0x20),
  EXPLICIT_NAME(0x40),
  NO_STRIP(0x80),
  TLS(0x100),
  ABSOLUTE(0x200);

  private final int bit;

  SymbolFlag(int bit) {
    this.bit = bit;
  }

  public int bit() {
    return bit;
  }
}
