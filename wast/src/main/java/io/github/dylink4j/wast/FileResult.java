package io.github.dylink4j.wast;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What running one script produced. {@code passed}, {@code failed} and {@code skipped} count
 * assertions, except that a failing module definition, register or bare action is also counted as a
 * failure (it is an error of the engine even though it asserts nothing itself).
 *
 * <p>Thread-safe: the script runs on its own thread while the caller may give up on it after a
 * timeout and read what it has so far; once {@linkplain #close() closed}, late updates are dropped.
 */
public final class FileResult {
  /** Why assertions were not run. */
  public enum Skip {
    SIMD("SIMD"),
    TEXT_MALFORMED("text-form malformed"),
    TEXT_MODULE("text modules");

    public final String label;

    Skip(String label) {
      this.label = label;
    }
  }

  /** A failed command: where, what, and expected versus actual. */
  public record Failure(int line, String command, String expected, String actual) {}

  private final String name;
  private int passed;
  private int failed;
  private final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);
  private final Map<String, Integer> seen = new TreeMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean closed;
  private Skip fileSkipped;

  public FileResult(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  synchronized void seenAll(Map<String, Integer> counts) {
    counts.forEach((type, n) -> seen.merge(type, n, Integer::sum));
  }

  synchronized void pass() {
    if (!closed) {
      passed++;
    }
  }

  synchronized void fail(int line, String command, String expected, String actual) {
    if (!closed) {
      failed++;
      failures.add(new Failure(line, command, expected, actual));
    }
  }

  synchronized void skip(Skip why, int count) {
    if (!closed) {
      skipped.merge(why, count, Integer::sum);
    }
  }

  /** Something worth knowing in verbose mode that is not a failure. */
  synchronized void note(String text) {
    if (!closed) {
      notes.add(text);
    }
  }

  /** Records a failure even after closing: used for the timeout itself. */
  synchronized void failAndClose(int line, String command, String expected, String actual) {
    failed++;
    failures.add(new Failure(line, command, expected, actual));
    closed = true;
  }

  /** The whole file was not run (its assertions are counted as skipped for {@code why}). */
  synchronized void skipFile(Skip why, int assertions) {
    fileSkipped = why;
    skip(why, assertions);
  }

  /** Why the whole file was not run, or null when it ran. */
  public synchronized Skip fileSkipped() {
    return fileSkipped;
  }

  synchronized void close() {
    closed = true;
  }

  public synchronized int passed() {
    return passed;
  }

  public synchronized int failed() {
    return failed;
  }

  public synchronized int skipped() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  public synchronized int skipped(Skip why) {
    return skipped.getOrDefault(why, 0);
  }

  /** Assertions seen, by command type (including skipped ones). */
  public synchronized Map<String, Integer> seen() {
    return new TreeMap<>(seen);
  }

  public synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }

  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }
}
