package io.github.dylink4j.cli.inspect;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
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
    ImportExportGroups groups = new ImportExportGroups(parse(file, bytes, sections));
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

  private static ParsedSections parse(Path file, byte[] bytes, List<SectionHeader> headers) {
    Parser.Builder builder = Parser.builder().withValidation(false);
    for (int id : ParsedSections.IDS) {
      builder.includeSectionId(id);
    }
    ParsedSections parsed = new ParsedSections();
    try {
      builder.build().parse(new ByteArrayInputStream(bytes), parsed);
      return parsed;
    } catch (ChicoryException e) {
      throw chicoryError(file, headers, parsed, e.getMessage(), e);
    } catch (RuntimeException | AssertionError e) {
      // Chicory can fail on bad input with a plain runtime exception (or, with -ea, an assert):
      // still the input's fault.
      throw chicoryError(file, headers, parsed, "the Chicory parser failed with " + e, e);
    }
  }

  /**
   * Chicory's messages carry no position, but it delivers sections in file order, so the section it
   * failed in is the first wanted one it has not delivered (our scan already checked the order).
   */
  private static CliError chicoryError(
      Path file, List<SectionHeader> headers, ParsedSections parsed, String message, Throwable e) {
    List<SectionHeader> wanted =
        headers.stream().filter(h -> ParsedSections.wants(h.id())).toList();
    if (parsed.delivered < wanted.size()) {
      SectionHeader failed = wanted.get(parsed.delivered);
      return new CliError(
          file, "malformed " + failed.kindName() + " section: " + message, failed.offset(), e);
    }
    return new CliError(file, "malformed module: " + message, e);
  }
}
