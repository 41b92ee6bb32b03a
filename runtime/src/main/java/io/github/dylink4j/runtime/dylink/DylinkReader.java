package io.github.dylink4j.runtime.dylink;

import io.github.dylink4j.runtime.dylink.Subsection.ExportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ExportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.ImportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ImportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.dylink.Subsection.Needed;
import io.github.dylink4j.runtime.dylink.Subsection.RuntimePath;
import io.github.dylink4j.runtime.dylink.Subsection.Unknown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes the {@code dylink.0} (or legacy {@code dylink}) section from the raw bytes of a wasm
 * module. Works on raw bytes because the section must be the FIRST one, which parsers that keep
 * custom sections in a map cannot tell. It is as strict as LLVM's object reader: a subsection must
 * be consumed exactly, and a second MEM_INFO is an error rather than a silent override.
 */
public final class DylinkReader {

  private DylinkReader() {}

  /**
   * Returns the module's dynamic-linking metadata, or empty for a module that is not a side module
   * (a plain main module).
   *
   * @throws DylinkFormatException if the module is malformed, or has a dylink section that is not
   *     the first section
   */
  public static Optional<DylinkInfo> read(byte[] module) {
    return read(module, WasmSections.scan(module));
  }

  /** As {@link #read(byte[])}, with the section headers already from {@link WasmSections#scan}. */
  public static Optional<DylinkInfo> read(byte[] module, List<SectionHeader> sections) {
    for (int i = 0; i < sections.size(); i++) {
      SectionHeader section = sections.get(i);
      if (!isDylinkSection(section)) {
        continue;
      }
      if (i != 0) {
        SectionHeader first = sections.get(0);
        throw new DylinkFormatException(
            section.offset(),
            "custom section \""
                + section.customName()
                + "\" must be the first section, but it is section number "
                + (i + 1)
                + "; the first is the "
                + first.label()
                + " at byte "
                + first.offset());
      }
      return Optional.of(decode(module, section));
    }
    return Optional.empty();
  }

  /** Decodes one {@code dylink.0} or {@code dylink} section, wherever it is. */
  public static DylinkInfo decode(byte[] module, SectionHeader section) {
    if (!isDylinkSection(section)) {
      throw new IllegalArgumentException("not a dylink section: " + section.label());
    }
    // The payload starts with the section name; what follows is the section's content.
    ByteReader reader =
        new ByteReader(
            module,
            section.payloadOffset(),
            section.end(),
            "the \"" + section.customName() + "\" section");
    reader.name("custom section name");
    return Dylink0Section.NAME.equals(section.customName())
        ? decodeDylink0(module, section, reader)
        : decodeLegacy(section, reader);
  }

  private static boolean isDylinkSection(SectionHeader section) {
    return section.isCustom()
        && (Dylink0Section.NAME.equals(section.customName())
            || LegacyDylinkSection.NAME.equals(section.customName()));
  }

  private static Dylink0Section decodeDylink0(
      byte[] module, SectionHeader section, ByteReader reader) {
    List<Subsection> subsections = new ArrayList<>();
    boolean seenMemInfo = false;
    while (!reader.atEnd()) {
      int start = reader.position();
      int type = reader.u8("subsection type");
      String name = Subsection.typeName(type);
      int length = reader.varuint32AsInt("length of the " + name + " subsection");
      int payload = reader.position();
      if (length > reader.remaining()) {
        throw new DylinkFormatException(
            start,
            name
                + " subsection declares "
                + length
                + " bytes from byte "
                + payload
                + ", which runs past the end of the \"dylink.0\" section at byte "
                + section.end());
      }
      ByteReader sub =
          new ByteReader(module, payload, payload + length, "the " + name + " subsection");
      if (type == Subsection.MEM_INFO) {
        if (seenMemInfo) {
          throw new DylinkFormatException(start, "duplicate MEM_INFO subsection");
        }
        seenMemInfo = true;
      }
      subsections.add(decodeSubsection(type, sub, length));
      if (!sub.atEnd()) {
        throw new DylinkFormatException(
            sub.position(),
            name
                + " subsection has "
                + sub.remaining()
                + " unused bytes before its end at byte "
                + sub.limit());
      }
      reader.skip(length);
    }
    return new Dylink0Section(section.offset(), subsections);
  }

  private static Subsection decodeSubsection(int type, ByteReader sub, int length) {
    return switch (type) {
      case Subsection.MEM_INFO -> readMemInfo(sub);
      case Subsection.NEEDED -> new Needed(readStrings(sub, "NEEDED"));
      case Subsection.EXPORT_INFO -> readExportInfo(sub);
      case Subsection.IMPORT_INFO -> readImportInfo(sub);
      case Subsection.RUNTIME_PATH -> new RuntimePath(readStrings(sub, "RUNTIME_PATH"));
      default -> new Unknown(type, sub.bytes(length));
    };
  }

  private static MemInfo readMemInfo(ByteReader r) {
    return new MemInfo(
        r.varuint32("memorysize"),
        r.varuint32("memoryalignment"),
        r.varuint32("tablesize"),
        r.varuint32("tablealignment"));
  }

  private static List<String> readStrings(ByteReader r, String what) {
    int count = r.varuint32AsInt(what + " count");
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      strings.add(r.name(what + " entry " + i));
    }
    return strings;
  }

  private static ExportInfo readExportInfo(ByteReader r) {
    int count = r.varuint32AsInt("EXPORT_INFO count");
    List<ExportedSymbol> symbols = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = r.name("EXPORT_INFO entry " + i + " name");
      SymbolFlags flags = new SymbolFlags(r.varuint32("EXPORT_INFO entry " + i + " flags"));
      symbols.add(new ExportedSymbol(name, flags));
    }
    return new ExportInfo(symbols);
  }

  private static ImportInfo readImportInfo(ByteReader r) {
    int count = r.varuint32AsInt("IMPORT_INFO count");
    List<ImportedSymbol> symbols = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String module = r.name("IMPORT_INFO entry " + i + " module");
      String field = r.name("IMPORT_INFO entry " + i + " field");
      SymbolFlags flags = new SymbolFlags(r.varuint32("IMPORT_INFO entry " + i + " flags"));
      symbols.add(new ImportedSymbol(module, field, flags));
    }
    return new ImportInfo(symbols);
  }

  private static LegacyDylinkSection decodeLegacy(SectionHeader section, ByteReader r) {
    MemInfo memInfo = readMemInfo(r);
    List<String> needed = readStrings(r, "needed");
    if (!r.atEnd()) {
      throw new DylinkFormatException(
          r.position(),
          "\"dylink\" section has "
              + r.remaining()
              + " unused bytes before its end at byte "
              + r.limit());
    }
    return new LegacyDylinkSection(section.offset(), memInfo, needed);
  }
}
