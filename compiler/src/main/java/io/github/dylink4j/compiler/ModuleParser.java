package io.github.dylink4j.compiler;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CodeSection;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.DataCountSection;
import com.dylibso.chicory.wasm.types.DataSection;
import com.dylibso.chicory.wasm.types.ElementSection;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionSection;
import com.dylibso.chicory.wasm.types.GlobalSection;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemorySection;
import com.dylibso.chicory.wasm.types.Section;
import com.dylibso.chicory.wasm.types.StartSection;
import com.dylibso.chicory.wasm.types.TableSection;
import com.dylibso.chicory.wasm.types.TagSection;
import com.dylibso.chicory.wasm.types.TypeSection;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Decodes a wasm binary with Chicory's parser, the function bodies of a large code section several
 * at a time.
 *
 * <p>Chicory decodes a module on one thread, and for a multi-megabyte program that was a third of
 * the compile time while the translation after it used every core. A large module is decoded in
 * pieces instead: its sections except the code section once, and its function bodies in chunks,
 * each chunk as a small module of its own that holds the original type section and exactly those
 * bodies <em>at their original byte offsets</em> (a padding custom section in front), so every
 * decoded instruction carries the same {@code address()} as in a whole-module decode. The result is
 * the module Chicory would have produced. Anything unexpected on this path, including every kind of
 * malformed input, falls back to the plain one-thread decode, so errors are Chicory's own.
 */
final class ModuleParser {
  /** Below this many bytes of code, one thread decodes faster than the set-up of several. */
  static final int PARALLEL_THRESHOLD = 1 << 20;

  /**
   * Chunks per core. Each chunk module is as long as the original up to its last body (offsets are
   * kept), and Chicory copies and hashes all of it, so few chunks: enough to balance the cores.
   */
  private static final int CHUNKS_PER_CORE = 2;

  private static final int CODE_SECTION = 10;
  private static final int LAST_SECTION_ID = 13;

  private ModuleParser() {}

  static WasmModule parse(byte[] wasm) {
    int chunks = CHUNKS_PER_CORE * Runtime.getRuntime().availableProcessors();
    return parse(wasm, PARALLEL_THRESHOLD, Math.max(PARALLEL_THRESHOLD / 4, wasm.length / chunks));
  }

  /** With the limits as parameters so that tests can decode small modules in many chunks. */
  static WasmModule parse(byte[] wasm, int threshold, int chunkBytes) {
    Layout layout = Layout.scan(wasm);
    if (layout != null && layout.codeEnd - layout.codeStart >= threshold) {
      try {
        return parseInChunks(wasm, layout, chunkBytes);
      } catch (RuntimeException e) {
        // Malformed somewhere, or a layout this path does not handle: the plain decode reports it.
      }
    }
    return parseWhole(wasm);
  }

  /** The chunked decode alone, without the fallback: it throws where {@link #parse} would not. */
  static WasmModule parseInChunks(byte[] wasm, int chunkBytes) {
    Layout layout = Layout.scan(wasm);
    if (layout == null) {
      throw new IllegalArgumentException("sections cannot be scanned");
    }
    return parseInChunks(wasm, layout, chunkBytes);
  }

  static WasmModule parseWhole(byte[] wasm) {
    return Parser.builder()
        .withValidation(false)
        .build()
        .parse(() -> new ByteArrayInputStream(wasm));
  }

  private static WasmModule parseInChunks(byte[] wasm, Layout layout, int chunkBytes) {
    List<int[]> chunks = layout.chunks(chunkBytes);
    List<FunctionBody[]> bodies = new ArrayList<>();
    boolean[] requiresDataCount = new boolean[chunks.size()];
    for (int i = 0; i < chunks.size(); i++) {
      bodies.add(null);
    }
    IntStream.range(0, chunks.size())
        .parallel()
        .forEach(
            k -> {
              int[] chunk = chunks.get(k);
              CodeSection code = parseCode(layout.chunkModule(wasm, chunk[0], chunk[1]));
              if (code == null || code.functionBodyCount() != chunk[1] - chunk[0]) {
                throw new IllegalStateException("chunk decoded to a different number of bodies");
              }
              bodies.set(k, code.functionBodies());
              requiresDataCount[k] = code.isRequiresDataCount();
            });
    CodeSection.Builder code = CodeSection.builder();
    boolean needsDataCount = false;
    for (int k = 0; k < chunks.size(); k++) {
      for (FunctionBody body : bodies.get(k)) {
        code.addFunctionBody(body);
      }
      needsDataCount |= requiresDataCount[k];
    }
    code.setRequiresDataCount(needsDataCount);

    WasmModule.Builder module = WasmModule.builder().withValidation(false);
    Parser.Builder others = Parser.builder().withValidation(false);
    for (int id = 0; id <= LAST_SECTION_ID; id++) {
      if (id != CODE_SECTION) {
        others.includeSectionId(id);
      }
    }
    others.build().parse(new ByteArrayInputStream(wasm), section -> add(module, section));
    return module.setCodeSection(code.build()).build();
  }

  /**
   * The code section of a chunk module. Through the listener, so that Chicory neither hashes the
   * module (its {@code WasmModule} digest) nor copies the padding: only types and code are decoded.
   */
  private static CodeSection parseCode(byte[] chunkModule) {
    CodeSection[] code = new CodeSection[1];
    Parser.builder()
        .withValidation(false)
        .includeSectionId(1)
        .includeSectionId(CODE_SECTION)
        .build()
        .parse(
            new ByteArrayInputStream(chunkModule),
            section -> {
              if (section instanceof CodeSection) {
                code[0] = (CodeSection) section;
              }
            });
    return code[0];
  }

  /** What Chicory's own parse does with each section it decodes. */
  private static void add(WasmModule.Builder module, Section section) {
    if (section instanceof CustomSection) {
      module.addCustomSection(((CustomSection) section).name(), (CustomSection) section);
    } else if (section instanceof TypeSection) {
      module.setTypeSection((TypeSection) section);
    } else if (section instanceof ImportSection) {
      module.setImportSection((ImportSection) section);
    } else if (section instanceof FunctionSection) {
      module.setFunctionSection((FunctionSection) section);
    } else if (section instanceof TableSection) {
      module.setTableSection((TableSection) section);
    } else if (section instanceof MemorySection) {
      module.setMemorySection((MemorySection) section);
    } else if (section instanceof GlobalSection) {
      module.setGlobalSection((GlobalSection) section);
    } else if (section instanceof ExportSection) {
      module.setExportSection((ExportSection) section);
    } else if (section instanceof StartSection) {
      module.setStartSection((StartSection) section);
    } else if (section instanceof ElementSection) {
      module.setElementSection((ElementSection) section);
    } else if (section instanceof DataSection) {
      module.setDataSection((DataSection) section);
    } else if (section instanceof DataCountSection) {
      module.setDataCountSection((DataCountSection) section);
    } else if (section instanceof TagSection) {
      module.setTagSection((TagSection) section);
    } else {
      throw new IllegalStateException("unexpected section " + section.sectionId());
    }
  }

  /** Where the type section and each function body are; null when the binary looks unusual. */
  private static final class Layout {
    int typeStart = -1; // the type section's id byte
    int typeEnd;
    int codeStart = -1; // the code section's first body
    int codeEnd;
    final List<Integer> bodyStarts = new ArrayList<>(); // each body's size field; then codeEnd

    static Layout scan(byte[] wasm) {
      try {
        return scanOrThrow(wasm);
      } catch (IndexOutOfBoundsException e) {
        return null;
      }
    }

    private static Layout scanOrThrow(byte[] wasm) {
      if (wasm.length < 8 || wasm[0] != 0 || wasm[1] != 'a' || wasm[2] != 's' || wasm[3] != 'm') {
        return null;
      }
      Layout layout = new Layout();
      int[] at = {8};
      while (at[0] < wasm.length) {
        int start = at[0];
        int id = wasm[at[0]++] & 0xFF;
        long size = readU32(wasm, at);
        long end = at[0] + size;
        if (size < 0 || end > wasm.length) {
          return null;
        }
        if (id == 1) {
          layout.typeStart = start;
          layout.typeEnd = (int) end;
        } else if (id == CODE_SECTION) {
          long count = readU32(wasm, at);
          if (count < 0) {
            return null;
          }
          layout.codeStart = at[0];
          for (long i = 0; i < count; i++) {
            layout.bodyStarts.add(at[0]);
            long bodySize = readU32(wasm, at);
            if (bodySize < 0 || at[0] + bodySize > end) {
              return null;
            }
            at[0] += (int) bodySize;
          }
          if (at[0] != end) {
            return null;
          }
          layout.codeEnd = (int) end;
          layout.bodyStarts.add((int) end);
        }
        at[0] = (int) end;
      }
      return layout.typeStart >= 0 && layout.codeStart >= 0 ? layout : null;
    }

    /** Unsigned LEB128 of at most 5 bytes, or -1 when longer or over 32 bits. */
    private static long readU32(byte[] wasm, int[] at) {
      long value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = wasm[at[0]++] & 0xFF;
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value <= 0xFFFF_FFFFL ? value : -1;
        }
      }
      return -1;
    }

    /** Ranges [first, end) of body indices, each about chunkBytes long. */
    List<int[]> chunks(int chunkBytes) {
      List<int[]> result = new ArrayList<>();
      int bodies = bodyStarts.size() - 1;
      int first = 0;
      for (int i = 1; i <= bodies; i++) {
        if (i == bodies || bodyStarts.get(i) - bodyStarts.get(first) >= chunkBytes) {
          result.add(new int[] {first, i});
          first = i;
        }
      }
      return result;
    }

    /**
     * A module of the original type section, a function section of the right length and bodies
     * [first, end) at their original offsets: header, types, functions, padding, code.
     */
    byte[] chunkModule(byte[] wasm, int first, int end) {
      int count = end - first;
      int bodiesAt = bodyStarts.get(first);
      int bodiesEnd = bodyStarts.get(end);
      int functions = 1 + 5 + 5 + count; // id, padded size, padded count, type index 0 each
      int codeHeader = 1 + 5 + 5; // id, padded size, padded count
      int typeSection = typeEnd - typeStart;
      int padding = bodiesAt - 8 - typeSection - functions - codeHeader; // a whole custom section
      int paddingHeader = 1 + 5 + 1; // id, padded size, empty name
      if (padding < paddingHeader) {
        throw new IllegalStateException("no room in front of the bodies");
      }
      byte[] out = new byte[bodiesEnd];
      System.arraycopy(wasm, 0, out, 0, 8);
      int at = 8;
      System.arraycopy(wasm, typeStart, out, at, typeSection);
      at += typeSection;
      out[at++] = 3;
      at = paddedU32(out, at, 5 + count);
      at = paddedU32(out, at, count);
      at += count; // type index 0: the bytes are already zero
      out[at++] = 0;
      at = paddedU32(out, at, padding - 6);
      out[at++] = 0; // the name's length: an empty name; the rest is zeros
      at += padding - paddingHeader;
      out[at++] = CODE_SECTION;
      at = paddedU32(out, at, 5 + bodiesEnd - bodiesAt);
      at = paddedU32(out, at, count);
      if (at != bodiesAt) {
        throw new IllegalStateException("chunk layout is off by " + (bodiesAt - at));
      }
      System.arraycopy(wasm, bodiesAt, out, at, bodiesEnd - bodiesAt);
      return out;
    }

    private static int paddedU32(byte[] out, int at, long value) {
      for (int i = 0; i < 4; i++) {
        out[at++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out[at++] = (byte) (value & 0x7F);
      return at;
    }
  }
}
