package io.github.dylink4j.runtime.dylink;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the section headers of a wasm binary (id and size only, plus the names of custom sections)
 * without decoding any payload. It reports a bad header, a truncated file and a section that runs
 * past the end of the file with the exact offset, which a full parser usually does not.
 */
public final class WasmSections {
  /** {@code \0asm}, then version 1 (little-endian). */
  private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

  public static final int HEADER_SIZE = HEADER.length;

  /**
   * Position of each section id in the required order: type, import, function, table, memory, tag,
   * global, export, start, element, datacount, code, data (custom sections may go anywhere).
   */
  private static final int[] ORDER = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6};

  private WasmSections() {}

  /**
   * Checks the 8-byte header and returns every section header in file order.
   *
   * @throws DylinkFormatException if the bytes are not a wasm module or a section is malformed
   */
  public static List<SectionHeader> scan(byte[] module) {
    checkHeader(module);
    List<SectionHeader> sections = new ArrayList<>();
    ByteReader reader = new ByteReader(module, HEADER_SIZE, module.length, "the file");
    SectionHeader lastOrdered = null;
    while (!reader.atEnd()) {
      SectionHeader section = readSection(module, reader);
      if (!section.isCustom()) {
        checkOrder(lastOrdered, section);
        lastOrdered = section;
      }
      sections.add(section);
    }
    return List.copyOf(sections);
  }

  /**
   * Non-custom sections appear at most once, in a fixed order (which is not id order: tag and
   * datacount were added later).
   */
  private static void checkOrder(SectionHeader previous, SectionHeader section) {
    if (previous == null) {
      return;
    }
    int before = ORDER[previous.id()];
    int now = ORDER[section.id()];
    if (now == before) {
      throw new DylinkFormatException(
          section.offset(),
          "duplicate section \""
              + section.kindName()
              + "\" (the first one is at byte "
              + previous.offset()
              + ")");
    }
    if (now < before) {
      throw new DylinkFormatException(
          section.offset(),
          "section \""
              + section.kindName()
              + "\" is out of order: it must come before section \""
              + previous.kindName()
              + "\" at byte "
              + previous.offset());
    }
  }

  static void checkHeader(byte[] module) {
    int known = Math.min(module.length, 4);
    for (int i = 0; i < known; i++) {
      if (module[i] != HEADER[i]) {
        throw new DylinkFormatException(
            0, "not a wasm module: it does not start with the magic bytes 00 61 73 6d (\\0asm)");
      }
    }
    if (module.length < HEADER_SIZE) {
      throw new DylinkFormatException(
          module.length,
          "truncated input: a wasm module starts with an 8-byte header, the file has "
              + module.length
              + " bytes");
    }
    for (int i = 4; i < HEADER_SIZE; i++) {
      if (module[i] != HEADER[i]) {
        long version =
            (module[4] & 0xffL)
                | (module[5] & 0xffL) << 8
                | (module[6] & 0xffL) << 16
                | (module[7] & 0xffL) << 24;
        throw new DylinkFormatException(
            4,
            "unsupported wasm binary version 0x"
                + Long.toHexString(version)
                + " (only version 1 core modules are supported)");
      }
    }
  }

  private static SectionHeader readSection(byte[] module, ByteReader reader) {
    int offset = reader.position();
    int id = reader.u8("section id");
    if (!SectionHeader.isKnownId(id)) {
      throw new DylinkFormatException(offset, "unknown section id " + id);
    }
    int size = reader.varuint32AsInt("size of section \"" + SectionHeader.kindName(id) + "\"");
    int payload = reader.position();
    if (size > reader.remaining()) {
      throw new DylinkFormatException(
          offset,
          "section \""
              + SectionHeader.kindName(id)
              + "\" declares "
              + size
              + " bytes of payload from byte "
              + payload
              + ", which runs past the end of the file at byte "
              + module.length);
    }
    String name = null;
    if (id == SectionHeader.CUSTOM) {
      ByteReader nameReader =
          new ByteReader(module, payload, payload + size, "the custom section at byte " + offset);
      name = nameReader.name("custom section name");
    }
    reader.skip(size);
    return new SectionHeader(id, name, offset, payload, size);
  }
}
