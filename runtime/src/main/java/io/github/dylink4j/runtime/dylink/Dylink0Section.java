package io.github.dylink4j.runtime.dylink;

import io.github.dylink4j.runtime.dylink.Subsection.ExportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ExportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.ImportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ImportedSymbol;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.dylink.Subsection.Needed;
import io.github.dylink4j.runtime.dylink.Subsection.RuntimePath;
import java.util.List;
import java.util.stream.Stream;

/**
 * A decoded {@code dylink.0} custom section.
 *
 * @param offset absolute offset of the section id byte
 * @param subsections every subsection in file order, unknown types included
 */
public record Dylink0Section(int offset, List<Subsection> subsections) implements DylinkInfo {

  public static final String NAME = "dylink.0";

  public Dylink0Section {
    subsections = List.copyOf(subsections);
  }

  @Override
  public String sectionName() {
    return NAME;
  }

  @Override
  public MemInfo memInfo() {
    // The reader rejects a second MEM_INFO, so there is at most one.
    return of(MemInfo.class).findFirst().orElse(MemInfo.NONE);
  }

  @Override
  public List<String> needed() {
    return of(Needed.class).flatMap(n -> n.libraries().stream()).toList();
  }

  @Override
  public List<String> runtimePath() {
    return of(RuntimePath.class).flatMap(r -> r.paths().stream()).toList();
  }

  @Override
  public List<ExportedSymbol> exportInfo() {
    return of(ExportInfo.class).flatMap(e -> e.symbols().stream()).toList();
  }

  @Override
  public List<ImportedSymbol> importInfo() {
    return of(ImportInfo.class).flatMap(i -> i.symbols().stream()).toList();
  }

  private <T extends Subsection> Stream<T> of(Class<T> type) {
    return subsections.stream().filter(type::isInstance).map(type::cast);
  }
}
