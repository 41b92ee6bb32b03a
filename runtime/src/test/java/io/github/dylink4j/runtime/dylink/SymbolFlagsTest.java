package io.github.dylink4j.runtime.dylink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolFlagsTest {

  @Test
  void spellsOutEveryKnownFlagInBitOrder() {
    assertEquals(
        List.of(
            "WEAK",
            "LOCAL",
            "HIDDEN",
            "UNDEFINED",
            "EXPORTED",
            "EXPLICIT_NAME",
            "NO_STRIP",
            "TLS",
            "ABSOLUTE"),
        new SymbolFlags(0x3f7).names());
    assertEquals(0, new SymbolFlags(0x3f7).unknownBits());
  }

  @Test
  void weakUndefinedIsWhatWasmLdWritesForWeakImports() {
    SymbolFlags flags = new SymbolFlags(0x11);
    assertEquals("WEAK|UNDEFINED", flags.toString());
    assertTrue(flags.isWeak());
    assertFalse(flags.isTls());
  }

  @Test
  void keepsUnknownBitsVisible() {
    SymbolFlags flags = new SymbolFlags(0x1 | 0x8 | 0x400);
    assertEquals("WEAK|0x8|0x400", flags.toString());
    assertEquals(0x408, flags.unknownBits());
  }

  @Test
  void noFlagsIsZero() {
    assertEquals("0", SymbolFlags.NONE.toString());
    assertEquals(List.of(), SymbolFlags.NONE.names());
  }

  @Test
  void tlsIsBit0x100() {
    assertTrue(new SymbolFlags(0x100).isTls());
    assertEquals("TLS", new SymbolFlags(0x100).toString());
  }
}
