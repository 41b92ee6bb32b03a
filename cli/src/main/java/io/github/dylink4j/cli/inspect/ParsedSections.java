package io.github.dylink4j.cli.inspect;

import com.dylibso.chicory.wasm.ParserListener;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.FunctionSection;
import com.dylibso.chicory.wasm.types.GlobalSection;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemorySection;
import com.dylibso.chicory.wasm.types.Section;
import com.dylibso.chicory.wasm.types.TableSection;
import com.dylibso.chicory.wasm.types.TypeSection;

/**
 * The sections that describe a module's interface, collected from Chicory's parser as they are
 * decoded. Going section by section (instead of building a {@code WasmModule}) lets inspect skip
 * function bodies entirely: they are the slow and fragile part of parsing, and inspect never needs
 * them. An absent section reads as empty.
 */
final class ParsedSections implements ParserListener {
  TypeSection types = TypeSection.builder().build();
  ImportSection imports = ImportSection.builder().build();
  FunctionSection functions = FunctionSection.builder().build();
  TableSection tables = TableSection.builder().build();
  MemorySection memories = MemorySection.builder().build();
  GlobalSection globals = GlobalSection.builder().build();
  ExportSection exports = ExportSection.builder().build();

  /** Section ids this class wants from the parser. */
  static final int[] IDS = {1, 2, 3, 4, 5, 6, 7};

  /** How many sections the parser has delivered; the next wanted one is where it failed. */
  int delivered;

  static boolean wants(int id) {
    return id >= 1 && id <= 7;
  }

  @Override
  public void onSection(Section section) {
    delivered++;
    if (section instanceof TypeSection s) {
      types = s;
    } else if (section instanceof ImportSection s) {
      imports = s;
    } else if (section instanceof FunctionSection s) {
      functions = s;
    } else if (section instanceof TableSection s) {
      tables = s;
    } else if (section instanceof MemorySection s) {
      memories = s;
    } else if (section instanceof GlobalSection s) {
      globals = s;
    } else if (section instanceof ExportSection s) {
      exports = s;
    }
  }
}
