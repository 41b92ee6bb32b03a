package io.github.dylink4j.cli.inspect;

import io.github.dylink4j.runtime.dylink.Dylink0Section;
import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.LegacyDylinkSection;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.Subsection;
import io.github.dylink4j.runtime.dylink.Subsection.ExportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ImportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.dylink.Subsection.Needed;
import io.github.dylink4j.runtime.dylink.Subsection.RuntimePath;
import io.github.dylink4j.runtime.dylink.Subsection.Unknown;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Renders an {@link Inspection} for people: a summary line first, then aligned columns. */
final class TextReport {
  private static final int MAX_NAME_COLUMN = 40;
  private static final int LABEL_COLUMN = 16;

  private final Inspection in;
  private final StringBuilder out = new StringBuilder();

  private TextReport(Inspection in) {
    this.in = in;
  }

  static String render(Inspection inspection, boolean verbose) {
    TextReport report = new TextReport(inspection);
    report.summary();
    if (verbose) {
      report.sections();
    }
    inspection.dylink().ifPresent(report::dylink);
    report.groups("Imports", inspection.importCount(), inspection.imports());
    report.groups("Exports", inspection.exportCount(), inspection.exports());
    return report.out.toString();
  }

  private void summary() {
    List<String> parts = new ArrayList<>();
    parts.add(
        in.kind().description()
            + in.dylink().map(d -> " (" + d.sectionName() + ")").orElse(" (no dylink.0 section)"));
    parts.add(plural(in.size(), "byte", "bytes"));
    parts.add(plural(in.sections().size(), "section", "sections"));
    parts.add(plural(in.importCount(), "import", "imports"));
    parts.add(plural(in.exportCount(), "export", "exports"));
    in.dylink()
        .filter(d -> !d.needed().isEmpty())
        .ifPresent(d -> parts.add("needs " + String.join(", ", d.needed())));
    line(in.file() + ": " + String.join(", ", parts));
  }

  private void sections() {
    line("");
    line("Sections: " + in.sections().size());
    line(String.format("  %10s  %10s  %s", "offset", "size", "section"));
    for (SectionHeader s : in.sections()) {
      String name = s.isCustom() ? "custom \"" + s.customName() + "\"" : s.kindName();
      line(String.format("  %10d  %10d  %s", s.offset(), s.payloadSize(), name));
    }
  }

  private void dylink(DylinkInfo info) {
    int size =
        in.sections().stream()
            .filter(s -> s.offset() == info.offset())
            .mapToInt(SectionHeader::payloadSize)
            .findFirst()
            .orElse(0);
    line("");
    if (info instanceof Dylink0Section d) {
      line(
          "dylink.0 section at byte "
              + d.offset()
              + " ("
              + plural(size, "byte", "bytes")
              + "), "
              + plural(d.subsections().size(), "subsection", "subsections"));
      for (Subsection sub : d.subsections()) {
        subsection(sub);
      }
    } else if (info instanceof LegacyDylinkSection legacy) {
      line(
          "dylink section (legacy, LLVM < 14) at byte "
              + legacy.offset()
              + " ("
              + plural(size, "byte", "bytes")
              + ")");
      labelled("memory info", memInfo(legacy.memInfo()));
      strings("needed", legacy.needed(), "library", "libraries");
    }
  }

  private void subsection(Subsection sub) {
    String label = sub.typeName();
    if (sub instanceof MemInfo m) {
      labelled(label, memInfo(m));
    } else if (sub instanceof Needed n) {
      strings(label, n.libraries(), "library", "libraries");
    } else if (sub instanceof RuntimePath r) {
      strings(label, r.paths(), "path", "paths");
    } else if (sub instanceof ExportInfo e) {
      labelled(label, plural(e.symbols().size(), "symbol", "symbols"));
      List<String[]> rows = new ArrayList<>();
      e.symbols().forEach(s -> rows.add(new String[] {s.name(), s.flags().toString()}));
      table(" ".repeat(LABEL_COLUMN + 4), rows);
    } else if (sub instanceof ImportInfo i) {
      labelled(label, plural(i.symbols().size(), "symbol", "symbols"));
      List<String[]> rows = new ArrayList<>();
      i.symbols()
          .forEach(
              s -> rows.add(new String[] {s.module() + "." + s.field(), s.flags().toString()}));
      table(" ".repeat(LABEL_COLUMN + 4), rows);
    } else if (sub instanceof Unknown u) {
      byte[] payload = u.payload();
      labelled(
          label,
          plural(payload.length, "byte", "bytes")
              + (payload.length == 0 ? "" : ": " + HexFormat.ofDelimiter(" ").formatHex(payload)));
    }
  }

  private static String memInfo(MemInfo m) {
    return "memory "
        + plural(m.memorySize(), "byte", "bytes")
        + ", alignment "
        + powerOfTwo(m.memoryAlignment())
        + "; table "
        + plural(m.tableSize(), "slot", "slots")
        + ", alignment "
        + powerOfTwo(m.tableAlignment());
  }

  private static String powerOfTwo(long log2) {
    return log2 < 32 ? "2^" + log2 + " = " + (1L << log2) : "2^" + log2;
  }

  private void strings(String label, List<String> values, String one, String many) {
    labelled(label, plural(values.size(), one, many));
    for (String value : values) {
      line(" ".repeat(LABEL_COLUMN + 4) + value);
    }
  }

  private void labelled(String label, String text) {
    line("  " + pad(label, LABEL_COLUMN) + text);
  }

  private void groups(String title, int total, List<EntryGroup> groups) {
    line("");
    line(title + ": " + total);
    for (EntryGroup group : groups) {
      line("  " + group.title() + ": " + group.count());
      List<String[]> rows = new ArrayList<>();
      for (Entry e : group.entries()) {
        String name =
            "other".equals(group.key()) && e.module() != null
                ? e.module() + "." + e.name()
                : e.name();
        // Groups that mix kinds say which kind each entry is.
        boolean mixed = group.key().equals("env-other") || group.key().equals("other");
        String type = mixed ? e.kind() + " " + e.type() : e.type();
        rows.add(new String[] {name, e.value() == null ? type : type + " = " + e.value()});
      }
      table("    ", rows);
    }
  }

  /** Two columns, the first padded to its widest entry (up to a limit). */
  private void table(String indent, List<String[]> rows) {
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, Math.min(row[0].length(), MAX_NAME_COLUMN));
    }
    for (String[] row : rows) {
      line(indent + pad(row[0], width + 2) + row[1]);
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private void line(String s) {
    out.append(s.stripTrailing()).append('\n');
  }
}
