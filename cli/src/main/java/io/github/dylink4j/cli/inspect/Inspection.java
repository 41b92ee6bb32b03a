package io.github.dylink4j.cli.inspect;

import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code inspect} reports about one module; rendered as text or JSON.
 *
 * @param file the path as the user gave it
 * @param size file size in bytes
 * @param sections every section header, in file order
 * @param dylink the dylink.0 or legacy dylink section; empty for a main module
 * @param imports import groups, in a fixed order, empty groups included
 * @param exports export groups, in a fixed order, empty groups included
 */
public record Inspection(
    String file,
    long size,
    List<SectionHeader> sections,
    Optional<DylinkInfo> dylink,
    List<EntryGroup> imports,
    List<EntryGroup> exports) {

  /** What kind of module this is, as far as a dynamic loader is concerned. */
  public enum Kind {
    MAIN_MODULE("main module"),
    SIDE_MODULE("side module"),
    /** Built with -shared like a library, but a program: the loader places it first. */
    PIC_MAIN_MODULE("PIC main module");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** Has a dylink.0 (or legacy dylink) section. */
  public boolean isSideModule() {
    return dylink.isPresent();
  }

  public Kind kind() {
    if (dylink.isEmpty()) {
      return Kind.MAIN_MODULE;
    }
    boolean exportsStart =
        exports.stream()
            .filter(g -> g.key().equals("functions"))
            .flatMap(g -> g.entries().stream())
            .anyMatch(e -> e.name().equals("_start"));
    return exportsStart ? Kind.PIC_MAIN_MODULE : Kind.SIDE_MODULE;
  }

  public int importCount() {
    return imports.stream().mapToInt(EntryGroup::count).sum();
  }

  public int exportCount() {
    return exports.stream().mapToInt(EntryGroup::count).sum();
  }
}
