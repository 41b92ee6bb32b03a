package io.github.dylink4j.cli.inspect;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.github.dylink4j.cli.CliError;
import io.github.dylink4j.runtime.dylink.DylinkFormatException;
import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.DylinkReader;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.WasmSections;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a module file and gathers what {@code inspect} shows. Our own section walk and dylink
 * decoder run first, so truncation and misplaced sections are reported with a byte offset; Chicory
 * then decodes types, imports and exports.
 */
public final class ModuleInspector {
  // What imports and exports need: type, import, function, table, memory, global, export, tag,
  // plus code, because Chicory checks that function and code sections agree. Data is skipped.
  private static final int[] SECTIONS_FOR_IMPORTS_AND_EXPORTS = {1, 2, 3, 4, 5, 6, 7, 10, 13};

  private ModuleInspector() {}

  public static Inspection inspect(Path file) {
    byte[] bytes = read(file);
    List<SectionHeader> sections;
    Optional<DylinkInfo> dylink;
    try {
      sections = WasmSections.scan(bytes);
      dylink = DylinkReader.read(bytes, sections);
    } catch (DylinkFormatException e) {
      throw new CliError(file, e.reason(), e.offset(), e);
    }
    ImportExportGroups groups = new ImportExportGroups(parse(file, bytes));
    return new Inspection(
        file.toString(), bytes.length, sections, dylink, groups.imports(), groups.exports());
  }

  private static byte[] read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new CliError(file, "is a directory, not a wasm file", null);
      }
      if (Files.size(file) > Integer.MAX_VALUE - 8) {
        throw new CliError(file, "file too large (" + Files.size(file) + " bytes)", null);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliError(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CliError(file, "permission denied", e);
    } catch (IOException e) {
      throw new CliError(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private static WasmModule parse(Path file, byte[] bytes) {
    Parser.Builder builder = Parser.builder().withValidation(false);
    for (int id : SECTIONS_FOR_IMPORTS_AND_EXPORTS) {
      builder.includeSectionId(id);
    }
    try {
      return builder.build().parse(() -> new ByteArrayInputStream(bytes));
    } catch (ChicoryException e) {
      throw new CliError(file, "malformed module: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Chicory can fail on bad input with a plain runtime exception; still the input's fault.
      throw new CliError(file, "malformed module: the Chicory parser failed with " + e, e);
    }
  }
}
