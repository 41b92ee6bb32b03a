package io.github.dylink4j.runtime.dylink;

import io.github.dylink4j.runtime.dylink.Subsection.ExportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.ImportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import java.util.List;

/**
 * A decoded legacy {@code dylink} custom section (LLVM before 14): one flat record, no subsections.
 *
 * @param offset absolute offset of the section id byte
 * @param memInfo memory size and alignment, table size and alignment
 * @param needed the needed libraries
 */
public record LegacyDylinkSection(int offset, MemInfo memInfo, List<String> needed)
    implements DylinkInfo {

  public static final String NAME = "dylink";

  public LegacyDylinkSection {
    needed = List.copyOf(needed);
  }

  @Override
  public String sectionName() {
    return NAME;
  }

  @Override
  public List<String> runtimePath() {
    return List.of();
  }

  @Override
  public List<ExportedSymbol> exportInfo() {
    return List.of();
  }

  @Override
  public List<ImportedSymbol> importInfo() {
    return List.of();
  }
}
