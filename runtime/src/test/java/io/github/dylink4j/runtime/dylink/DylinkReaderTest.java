package io.github.dylink4j.runtime.dylink;

import static io.github.dylink4j.runtime.dylink.Wasm.bytes;
import static io.github.dylink4j.runtime.dylink.Wasm.cat;
import static io.github.dylink4j.runtime.dylink.Wasm.custom;
import static io.github.dylink4j.runtime.dylink.Wasm.module;
import static io.github.dylink4j.runtime.dylink.Wasm.section;
import static io.github.dylink4j.runtime.dylink.Wasm.str;
import static io.github.dylink4j.runtime.dylink.Wasm.sub;
import static io.github.dylink4j.runtime.dylink.Wasm.u32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.runtime.dylink.Subsection.ExportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ExportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.ImportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ImportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.dylink.Subsection.Needed;
import io.github.dylink4j.runtime.dylink.Subsection.RuntimePath;
import io.github.dylink4j.runtime.dylink.Subsection.Unknown;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Offsets in these tests: the header is bytes 0-7, a first custom section starts at 8 (id), its
 * size is at 9, the name length at 10 and "dylink.0" at 11-18, so the first subsection's type byte
 * is at 19, its length at 20 and its payload starts at 21.
 */
class DylinkReaderTest {

  private static final byte[] EMPTY_TYPE_SECTION = section(1, u32(0));

  @Test
  void decodesEverySubsectionTypeInFileOrder() {
    byte[] module =
        module(
            custom(
                "dylink.0",
                sub(1, u32(1024), u32(4), u32(2), u32(0)),
                sub(2, u32(2), str("libc.so"), str("libm.so")),
                sub(3, u32(1), str("tls_counter"), u32(0x100)),
                sub(4, u32(1), str("env"), str("maybe"), u32(0x11)),
                sub(5, u32(1), str("$ORIGIN/lib")),
                sub(9, bytes(1, 2, 3))),
            EMPTY_TYPE_SECTION);

    DylinkInfo info = DylinkReader.read(module).orElseThrow();

    Dylink0Section dylink0 = assertInstanceOf(Dylink0Section.class, info);
    assertEquals(8, dylink0.offset());
    assertEquals(
        List.of(
            new MemInfo(1024, 4, 2, 0),
            new Needed(List.of("libc.so", "libm.so")),
            new ExportInfo(List.of(new ExportedSymbol("tls_counter", new SymbolFlags(0x100)))),
            new ImportInfo(List.of(new ImportedSymbol("env", "maybe", new SymbolFlags(0x11)))),
            new RuntimePath(List.of("$ORIGIN/lib")),
            new Unknown(9, bytes(1, 2, 3))),
        dylink0.subsections());
    assertEquals(new MemInfo(1024, 4, 2, 0), info.memInfo());
    assertEquals(List.of("libc.so", "libm.so"), info.needed());
    assertEquals(List.of("$ORIGIN/lib"), info.runtimePath());
    assertTrue(info.exportInfo().get(0).flags().isTls());
    assertEquals("WEAK|UNDEFINED", info.importInfo().get(0).flags().toString());
  }

  @Test
  void unknownSubsectionIsKeptVerbatimAndNamed() {
    byte[] module = module(custom("dylink.0", sub(0x42, bytes(0xde, 0xad))));

    Dylink0Section info = (Dylink0Section) DylinkReader.read(module).orElseThrow();

    Unknown unknown = assertInstanceOf(Unknown.class, info.subsections().get(0));
    assertEquals(0x42, unknown.type());
    assertArrayEquals(bytes(0xde, 0xad), unknown.payload());
    assertEquals("unknown type 66", unknown.typeName());
    assertEquals(MemInfo.NONE, info.memInfo());
  }

  @Test
  void emptyDylink0MeansSideModuleThatNeedsNothing() {
    DylinkInfo info = DylinkReader.read(module(custom("dylink.0"))).orElseThrow();

    assertEquals(MemInfo.NONE, info.memInfo());
    assertEquals(List.of(), info.needed());
  }

  @Test
  void multiByteLebsAndUtf8NamesDecode() {
    byte[] module =
        module(
            custom(
                "dylink.0",
                sub(1, u32(0xffff_ffffL), u32(3), u32(300), u32(1)),
                sub(2, u32(1), str("libé€.so"))));

    DylinkInfo info = DylinkReader.read(module).orElseThrow();

    assertEquals(new MemInfo(4294967295L, 3, 300, 1), info.memInfo());
    assertEquals(List.of("libé€.so"), info.needed());
  }

  @Test
  void decodesTheLegacyDylinkSection() {
    byte[] module =
        module(
            custom("dylink", u32(64), u32(3), u32(1), u32(0), u32(2), str("libz.so"), str("a.so")),
            EMPTY_TYPE_SECTION);

    DylinkInfo info = DylinkReader.read(module).orElseThrow();

    LegacyDylinkSection legacy = assertInstanceOf(LegacyDylinkSection.class, info);
    assertEquals("dylink", legacy.sectionName());
    assertEquals(new MemInfo(64, 3, 1, 0), legacy.memInfo());
    assertEquals(List.of("libz.so", "a.so"), legacy.needed());
    assertEquals(List.of(), legacy.runtimePath());
  }

  @Test
  void aModuleWithoutDylinkIsNotASideModule() {
    assertEquals(Optional.empty(), DylinkReader.read(module(EMPTY_TYPE_SECTION)));
    assertEquals(Optional.empty(), DylinkReader.read(module()));
    assertEquals(
        Optional.empty(), DylinkReader.read(module(custom("name", bytes(0)), EMPTY_TYPE_SECTION)));
  }

  @Test
  void dylink0AfterAnotherSectionIsRejectedWithWhereItWasFound() {
    // type section: 8 (id), 9 (size 1), 10 (count 0); the custom section starts at 11.
    byte[] module = module(EMPTY_TYPE_SECTION, custom("dylink.0", sub(2, u32(0))));

    DylinkFormatException e = assertFails(module, 11, "must be the first section");
    assertTrue(e.reason().contains("\"dylink.0\""), e.getMessage());
    assertTrue(e.reason().contains("section number 2"), e.getMessage());
    assertTrue(e.reason().contains("section \"type\" at byte 8"), e.getMessage());
  }

  @Test
  void legacyDylinkAfterAnotherCustomSectionIsRejected() {
    // custom "x": 8 (id), 9 (size 2), 10 (name length), 11 ('x'); "dylink" starts at 12.
    byte[] module = module(custom("x"), custom("dylink", u32(0), u32(0), u32(0), u32(0), u32(0)));

    DylinkFormatException e = assertFails(module, 12, "must be the first section");
    assertTrue(e.reason().contains("custom section \"x\" at byte 8"), e.getMessage());
  }

  @Test
  void subsectionRunningPastTheSectionEnd() {
    // NEEDED at 19 claims 10 bytes from 21, the section ends at 23.
    assertFails(
        module(custom("dylink.0", bytes(2, 10, 0, 0))),
        19,
        "NEEDED subsection declares 10 bytes from byte 21, which runs past the end of the"
            + " \"dylink.0\" section at byte 23");
  }

  @Test
  void truncatedSubsectionLength() {
    assertFails(
        module(custom("dylink.0", bytes(1, 0x80))),
        20,
        "truncated varuint32 (length of the MEM_INFO subsection): the \"dylink.0\" section ends at"
            + " byte 21");
  }

  @Test
  void truncatedLebInsideMemInfo() {
    assertFails(
        module(custom("dylink.0", sub(1, bytes(0x80, 0x80)))),
        21,
        "truncated varuint32 (memorysize): the MEM_INFO subsection ends at byte 23");
  }

  @Test
  void memInfoMissingItsLastFields() {
    // memorysize at 21, memoryalignment at 22, tablesize would be at 23 = the end.
    assertFails(
        module(custom("dylink.0", sub(1, u32(16), u32(2)))), 23, "truncated varuint32 (tablesize)");
  }

  @Test
  void lebLongerThanFiveBytes() {
    assertFails(
        module(custom("dylink.0", sub(2, bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x00)))),
        21,
        "varuint32 (NEEDED count) is longer than 5 bytes");
  }

  @Test
  void lebThatDoesNotFitIn32Bits() {
    assertFails(
        module(custom("dylink.0", sub(1, bytes(0xff, 0xff, 0xff, 0xff, 0x1f), u32(0), u32(0)))),
        21,
        "varuint32 (memorysize) does not fit in 32 bits");
  }

  @Test
  void stringRunningPastTheSubsectionEnd() {
    // count at 21, string length (10) at 22, only "ab" at 23-24.
    assertFails(
        module(custom("dylink.0", sub(2, u32(1), u32(10), bytes('a', 'b')))),
        22,
        "NEEDED entry 0 of 10 bytes starting at byte 23 runs past the NEEDED subsection, which"
            + " ends at byte 25");
  }

  @Test
  void truncatedImportInfoEntry() {
    // count at 21, module "env" at 22-25, the field name is missing: the subsection ends at 26.
    assertFails(
        module(custom("dylink.0", sub(4, u32(1), str("env")))),
        26,
        "truncated varuint32 (length of IMPORT_INFO entry 0 field)");
  }

  @Test
  void invalidUtf8PointsAtTheBadByte() {
    // count at 21, length at 22, 'a' at 23, 0xff at 24.
    assertFails(
        module(custom("dylink.0", sub(2, u32(1), u32(3), bytes('a', 0xff, 'b')))),
        24,
        "invalid UTF-8 in NEEDED entry 0");
  }

  @Test
  void overlongUtf8IsInvalidToo() {
    // RUNTIME_PATH: count at 21, length at 22, "ab" at 23-24, C0 80 (overlong NUL) at 25.
    assertFails(
        module(custom("dylink.0", sub(5, u32(1), u32(4), bytes('a', 'b', 0xc0, 0x80)))),
        25,
        "invalid UTF-8 in RUNTIME_PATH entry 0");
  }

  @Test
  void unusedBytesAtTheEndOfASubsection() {
    // four one-byte fields at 21-24, then a stray byte at 25.
    assertFails(
        module(custom("dylink.0", sub(1, u32(0), u32(0), u32(0), u32(0), bytes(7)))),
        25,
        "MEM_INFO subsection has 1 unused bytes before its end at byte 26");
  }

  @Test
  void secondMemInfoIsAnError() {
    // the first MEM_INFO spans 19-24, the second starts at 25.
    byte[] memInfo = sub(1, u32(0), u32(0), u32(0), u32(0));
    assertFails(module(custom("dylink.0", memInfo, memInfo)), 25, "duplicate MEM_INFO subsection");
  }

  @Test
  void legacySectionWithTrailingBytes() {
    // "dylink" at 11-16, five fields at 17-21, stray byte at 22.
    assertFails(
        module(custom("dylink", u32(0), u32(0), u32(0), u32(0), u32(0), bytes(9))),
        22,
        "\"dylink\" section has 1 unused bytes");
  }

  @Test
  void truncatedLegacySection() {
    // "dylink" at 11-16, memorysize at 17, then the section ends at 18.
    assertFails(
        module(custom("dylink", u32(0))),
        18,
        "truncated varuint32 (memoryalignment): the \"dylink\" section ends at byte 18");
  }

  @Test
  void errorsInSectionsAfterDylinkAreStillReported() {
    byte[] module = cat(module(custom("dylink.0")), bytes(1, 5, 0));
    // dylink.0 is 8-18; the type section at 19 claims 5 bytes from 21, the file ends at 22.
    assertFails(module, 19, "runs past the end of the file at byte 22");
  }

  static DylinkFormatException assertFails(byte[] module, long offset, String reason) {
    DylinkFormatException e =
        assertThrows(DylinkFormatException.class, () -> DylinkReader.read(module));
    assertTrue(
        e.reason().contains(reason), () -> "expected \"" + reason + "\" in: " + e.getMessage());
    assertEquals(offset, e.offset(), () -> "offset of: " + e.getMessage());
    assertTrue(e.getMessage().endsWith("(at byte offset " + offset + ")"), e.getMessage());
    return e;
  }
}
