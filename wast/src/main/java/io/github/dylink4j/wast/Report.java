package io.github.dylink4j.wast;

import java.io.PrintWriter;
import java.util.List;

/** Prints results: one line per file, its failures, then the totals. */
final class Report {
  /** Failures printed per file unless verbose (the count is always exact). */
  static final int FAILURES_SHOWN = 25;

  private final PrintWriter out;
  private final boolean verbose;

  Report(PrintWriter out, boolean verbose) {
    this.out = out;
    this.verbose = verbose;
  }

  synchronized void printed(String file, String text) {
    out.println("  [" + file + "] " + text);
  }

  synchronized void file(FileResult r) {
    out.println(fileLine(r));
    List<FileResult.Failure> failures = r.failures();
    int shown = verbose ? failures.size() : Math.min(failures.size(), FAILURES_SHOWN);
    for (int i = 0; i < shown; i++) {
      FileResult.Failure f = failures.get(i);
      out.println("  " + r.name() + ":" + f.line() + ": " + f.command());
      out.println("      expected: " + f.expected());
      out.println("      actual:   " + f.actual());
    }
    if (shown < failures.size()) {
      out.println("  ... and " + (failures.size() - shown) + " more failures (use --verbose)");
    }
    if (verbose) {
      r.notes().forEach(n -> out.println("  note: " + n));
    }
    out.flush();
  }

  static String fileLine(FileResult r) {
    if (r.fileSkipped() != null) {
      return "skip " + r.name() + "  (" + r.skipped() + " skipped: " + r.fileSkipped().label + ")";
    }
    StringBuilder counts = new StringBuilder();
    counts.append(r.passed()).append(" passed");
    if (r.failed() > 0) {
      counts.append(", ").append(r.failed()).append(" failed");
    }
    if (r.skipped() > 0) {
      counts.append(", ").append(r.skipped()).append(" skipped");
      StringBuilder why = new StringBuilder();
      for (FileResult.Skip s : FileResult.Skip.values()) {
        if (r.skipped(s) > 0) {
          why.append(why.length() == 0 ? "" : ", ").append(s.label);
        }
      }
      counts.append(": ").append(why);
    }
    String status = r.failed() > 0 ? "FAIL" : "ok  ";
    return status + " " + r.name() + "  (" + counts + ")";
  }

  synchronized void totals(List<FileResult> results) {
    out.println(skippedLine(results));
    out.println(totalsLine(results));
    out.flush();
  }

  static String skippedLine(List<FileResult> results) {
    StringBuilder b = new StringBuilder("skipped:");
    for (FileResult.Skip s : FileResult.Skip.values()) {
      int n = results.stream().mapToInt(r -> r.skipped(s)).sum();
      b.append(s == FileResult.Skip.SIMD ? " " : ", ").append(n).append(' ').append(s.label);
    }
    return b.toString();
  }

  static String totalsLine(List<FileResult> results) {
    int passed = results.stream().mapToInt(FileResult::passed).sum();
    int failed = results.stream().mapToInt(FileResult::failed).sum();
    int skipped = results.stream().mapToInt(FileResult::skipped).sum();
    return passed + " passed, " + failed + " failed, " + skipped + " skipped";
  }
}
