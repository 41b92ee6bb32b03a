package io.github.dylink4j.runtime.dylink;

import static io.github.dylink4j.runtime.dylink.Wasm.HEADER;
import static io.github.dylink4j.runtime.dylink.Wasm.bytes;
import static io.github.dylink4j.runtime.dylink.Wasm.cat;
import static io.github.dylink4j.runtime.dylink.Wasm.custom;
import static io.github.dylink4j.runtime.dylink.Wasm.module;
import static io.github.dylink4j.runtime.dylink.Wasm.section;
import static io.github.dylink4j.runtime.dylink.Wasm.u32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WasmSectionsTest {

  @Test
  void listsSectionsWithOffsetsAndCustomNames() {
    byte[] module = module(custom("dylink.0"), section(1, u32(0)), section(10, new byte[200]));

    assertEquals(
        List.of(
            new SectionHeader(0, "dylink.0", 8, 10, 9),
            new SectionHeader(1, null, 19, 21, 1),
            // 200 needs a two-byte LEB, so the payload starts 3 bytes after the id.
            new SectionHeader(10, null, 22, 25, 200)),
        WasmSections.scan(module));
  }

  @Test
  void headerOnlyModuleHasNoSections() {
    assertEquals(List.of(), WasmSections.scan(module()));
  }

  @Test
  void notWasmAtAll() {
    assertFails("hello, world".getBytes(StandardCharsets.US_ASCII), 0, "not a wasm module");
  }

  @Test
  void emptyFileIsTruncated() {
    assertFails(new byte[0], 0, "truncated input: a wasm module starts with an 8-byte header");
  }

  @Test
  void truncatedHeader() {
    assertFails(bytes(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00), 6, "the file has 6 bytes");
  }

  @Test
  void componentOrOtherVersionIsRejectedAtByte4() {
    assertFails(
        bytes(0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00),
        4,
        "unsupported wasm binary version 0x1000d");
  }

  @Test
  void sectionRunningPastTheEndOfTheFile() {
    assertFails(
        cat(HEADER, bytes(1, 5, 0)),
        8,
        "section \"type\" declares 5 bytes of payload from byte 10, which runs past the end of the"
            + " file at byte 11");
  }

  @Test
  void truncatedSectionSize() {
    assertFails(
        cat(HEADER, bytes(1, 0x80)),
        9,
        "truncated varuint32 (size of section \"type\"): the file ends at byte 10");
  }

  @Test
  void unknownSectionId() {
    assertFails(cat(module(section(1, u32(0))), bytes(0x42, 0)), 11, "unknown section id 66");
  }

  @Test
  void sectionsOutOfOrder() {
    // code (id 10) at 8-10, then type (id 1) at 11.
    assertFails(
        module(section(10, u32(0)), section(1, u32(0))),
        11,
        "section \"type\" is out of order: it must come before section \"code\" at byte 8");
  }

  @Test
  void duplicateSection() {
    assertFails(
        module(section(1, u32(0)), custom("x"), section(1, u32(0))),
        15,
        "duplicate section \"type\" (the first one is at byte 8)");
  }

  @Test
  void tagAndDatacountFollowTheSpecOrderNotIdOrder() {
    // memory (5), tag (13), global (6); element (9), datacount (12), code (10), data (11)
    byte[] module =
        module(
            section(5, u32(0)),
            section(13, u32(0)),
            section(6, u32(0)),
            section(9, u32(0)),
            section(12, u32(0)),
            section(10, u32(0)),
            section(11, u32(0)));

    assertEquals(7, WasmSections.scan(module).size());
  }

  @Test
  void customSectionNameRunningPastItsSection() {
    // section at 8, size 3 at 9, name length 10 at 10, the section ends at 13.
    assertFails(
        cat(HEADER, bytes(0, 3, 10, 'a', 'b')),
        10,
        "custom section name of 10 bytes starting at byte 11 runs past the custom section at byte"
            + " 8, which ends at byte 13");
  }

  @Test
  void customSectionWithInvalidUtf8Name() {
    assertFails(cat(HEADER, bytes(0, 3, 2, 'a', 0x80)), 12, "invalid UTF-8 in custom section name");
  }

  private static void assertFails(byte[] module, long offset, String reason) {
    DylinkFormatException e =
        assertThrows(DylinkFormatException.class, () -> WasmSections.scan(module));
    assertTrue(
        e.reason().contains(reason), () -> "expected \"" + reason + "\" in: " + e.getMessage());
    assertEquals(offset, e.offset(), () -> "offset of: " + e.getMessage());
  }
}
