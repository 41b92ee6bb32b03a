package io.github.dylink4j.runtime.dylink;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of symbol flags as stored in the binary. Bits without a {@link SymbolFlag} are kept, so a
 * newer toolchain's flags stay visible instead of disappearing.
 *
 * @param bits the raw varuint32 value
 */
public record SymbolFlags(long bits) {

  public static final SymbolFlags NONE = new SymbolFlags(0);

  public boolean has(SymbolFlag flag) {
    return (bits & flag.bit()) != 0;
  }

  public boolean isWeak() {
    return has(SymbolFlag.WEAK);
  }

  public boolean isTls() {
    return has(SymbolFlag.TLS);
  }

  /** The bits that no known flag covers. */
  public long unknownBits() {
    long known = 0;
    for (SymbolFlag flag : SymbolFlag.values()) {
      known |= flag.bit();
    }
    return bits & ~known;
  }

  /**
   * The flags spelled out in bit order, then any unknown bits in hex, e.g. {@code [WEAK, UNDEFINED,
   * 0x8]}; empty for no flags.
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (SymbolFlag flag : SymbolFlag.values()) {
      if (has(flag)) {
        names.add(flag.name());
      }
    }
    long unknown = unknownBits();
    for (int bit = 0; bit < 64; bit++) {
      if ((unknown & (1L << bit)) != 0) {
        names.add("0x" + Long.toHexString(1L << bit));
      }
    }
    return names;
  }

  /** {@code WEAK|UNDEFINED}, or {@code 0} for no flags. */
  @Override
  public String toString() {
    return bits == 0 ? "0" : String.join("|", names());
  }
}
