package io.github.dylink4j.runtime.dylink;

import io.github.dylink4j.runtime.dylink.Subsection.ExportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.ImportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import java.util.List;

/**
 * The dynamic-linking metadata of a side module: either the current {@code dylink.0} section or the
 * legacy {@code dylink} section (LLVM before 14). The accessors give a loader one view of both.
 */
public sealed interface DylinkInfo permits Dylink0Section, LegacyDylinkSection {

  /** The custom section name: {@code dylink.0} or {@code dylink}. */
  String sectionName();

  /** Where the section starts in the file (its id byte); always 8, since it must come first. */
  int offset();

  /** Memory and table reservation; all zero when the section has no MEM_INFO. */
  MemInfo memInfo();

  /** NEEDED library names, in order. */
  List<String> needed();

  /** RUNTIME_PATH entries, in order (never present in the legacy section). */
  List<String> runtimePath();

  /** EXPORT_INFO entries (never present in the legacy section). */
  List<ExportedSymbol> exportInfo();

  /** IMPORT_INFO entries (never present in the legacy section). */
  List<ImportedSymbol> importInfo();
}
