package io.github.dylink4j.runtime.dylink;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** One subsection of a {@code dylink.0} section: {@code type: u8, len: varuint32, payload}. */
public sealed interface Subsection {
  int MEM_INFO = 1;
  int NEEDED = 2;
  int EXPORT_INFO = 3;
  int IMPORT_INFO = 4;
  int RUNTIME_PATH = 5;

  /** The subsection type byte. */
  int type();

  /** MEM_INFO, NEEDED, ... or {@code unknown type N}. */
  default String typeName() {
    return typeName(type());
  }

  static String typeName(int type) {
    return switch (type) {
      case MEM_INFO -> "MEM_INFO";
      case NEEDED -> "NEEDED";
      case EXPORT_INFO -> "EXPORT_INFO";
      case IMPORT_INFO -> "IMPORT_INFO";
      case RUNTIME_PATH -> "RUNTIME_PATH";
      default -> "unknown type " + type;
    };
  }

  /**
   * Memory and table space the module needs reserved before instantiation.
   *
   * @param memorySize bytes of linear memory ({@code __memory_base} points at them)
   * @param memoryAlignment log2 of the required alignment of that memory, in bytes
   * @param tableSize table slots ({@code __table_base} is the first)
   * @param tableAlignment log2 of the required alignment of those slots
   */
  record MemInfo(long memorySize, long memoryAlignment, long tableSize, long tableAlignment)
      implements Subsection {
    /** What a module without MEM_INFO needs: nothing. */
    public static final MemInfo NONE = new MemInfo(0, 0, 0, 0);

    @Override
    public int type() {
      return MEM_INFO;
    }
  }

  /** Libraries to load before this one, like ELF {@code DT_NEEDED}. */
  record Needed(List<String> libraries) implements Subsection {
    public Needed {
      libraries = List.copyOf(libraries);
    }

    @Override
    public int type() {
      return NEEDED;
    }
  }

  /** Extra facts about exports (in practice: which exported data globals are TLS offsets). */
  record ExportInfo(List<ExportedSymbol> symbols) implements Subsection {
    public ExportInfo {
      symbols = List.copyOf(symbols);
    }

    @Override
    public int type() {
      return EXPORT_INFO;
    }
  }

  /** Extra facts about imports (in practice: which ones are weak and may stay undefined). */
  record ImportInfo(List<ImportedSymbol> symbols) implements Subsection {
    public ImportInfo {
      symbols = List.copyOf(symbols);
    }

    @Override
    public int type() {
      return IMPORT_INFO;
    }
  }

  /** Library search directories, like ELF {@code DT_RUNPATH}; may contain {@code $ORIGIN}. */
  record RuntimePath(List<String> paths) implements Subsection {
    public RuntimePath {
      paths = List.copyOf(paths);
    }

    @Override
    public int type() {
      return RUNTIME_PATH;
    }
  }

  /** A subsection type this decoder does not know, kept verbatim. */
  record Unknown(int type, byte[] payload) implements Subsection {
    public Unknown {
      payload = payload.clone();
    }

    @Override
    public byte[] payload() {
      return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Unknown that
          && type == that.type
          && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
      return 31 * type + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
      return "Unknown[type=" + type + ", payload=" + HexFormat.of().formatHex(payload) + "]";
    }
  }

  /** An EXPORT_INFO entry. */
  record ExportedSymbol(String name, SymbolFlags flags) {}

  /** An IMPORT_INFO entry. */
  record ImportedSymbol(String module, String field, SymbolFlags flags) {}
}
