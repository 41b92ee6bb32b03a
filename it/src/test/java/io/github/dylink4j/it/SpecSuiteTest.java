package io.github.dylink4j.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dylink4j.wast.ConversionCache;
import io.github.dylink4j.wast.FileResult;
import io.github.dylink4j.wast.WastRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the official WebAssembly spec suite (read from {@code ../shared/testsuite}, never copied
 * into the repository) through the compiler.
 *
 * <p>Every assertion must pass except in the files of {@code spec-known-failures.txt}, which are
 * reported as skipped with their reason; a listed file that now passes fails this test, so the list
 * only shrinks.
 */
class SpecSuiteTest {
  /** Assertions in the 90 non-SIMD files of the pinned suite, by command type. */
  private static final Map<String, Integer> NON_SIMD_ASSERTIONS =
      Map.of(
          "assert_return", 21_363,
          "assert_trap", 2_354,
          "assert_invalid", 1_475,
          "assert_malformed", 1_303,
          "assert_unlinkable", 83,
          "assert_uninstantiable", 34,
          "assert_exhaustion", 15);

  private static final int NON_SIMD_FILES = 90;
  private static final int SIMD_FILES = 57;

  /** Of the non-SIMD assert_malformed, those written in text form (not run: no text parser). */
  private static final int TEXT_MALFORMED = 567;

  /** Assertions in the 57 SIMD files (all skipped: no v128 support). */
  private static final int SIMD_ASSERTIONS = 25_506;

  @Test
  void specSuitePassesExceptKnownFailures() throws IOException {
    Path suite = suiteDir();
    Assumptions.assumeTrue(
        Files.isDirectory(suite),
        "spec suite not found at " + suite + " (expected ../shared/testsuite): skipping");

    Map<String, String> known = knownFailures();
    List<Path> files = WastRunner.expand(List.of(suite));
    assertEquals(NON_SIMD_FILES + SIMD_FILES, files.size(), "scripts in " + suite);

    WastRunner runner =
        new WastRunner(
            ConversionCache.withBundledConverter(ConversionCache.defaultRoot()),
            Duration.ofMinutes(5),
            false,
            new PrintWriter(System.out, true));
    List<FileResult> results = runner.runAll(files);

    List<String> unexpected = new ArrayList<>();
    List<String> nowPassing = new ArrayList<>();
    Map<String, Integer> nonSimdSeen = new TreeMap<>();
    int simdSeen = 0;
    int skippedOutsideKnown = 0;
    int simdSkipped = 0;
    int textMalformed = 0;
    int textModules = 0;
    for (FileResult r : results) {
      String reason = known.get(r.name());
      if (WastRunner.isSimd(Paths.get(r.name()))) {
        simdSeen += r.seen().values().stream().mapToInt(Integer::intValue).sum();
      } else {
        r.seen().forEach((type, n) -> nonSimdSeen.merge(type, n, Integer::sum));
      }
      simdSkipped += r.skipped(FileResult.Skip.SIMD);
      textMalformed += r.skipped(FileResult.Skip.TEXT_MALFORMED);
      textModules += r.skipped(FileResult.Skip.TEXT_MODULE);
      if (reason != null) {
        if (r.failed() == 0) {
          nowPassing.add(r.name());
        } else {
          System.out.println(
              "skip "
                  + r.name()
                  + "  (known failure: "
                  + reason
                  + "; "
                  + r.passed()
                  + " passed, "
                  + r.failed()
                  + " failed)");
        }
      } else {
        skippedOutsideKnown += r.skipped();
        if (r.failed() > 0) {
          unexpected.add(r.name() + " (" + r.failed() + " failed)");
        }
      }
    }

    assertTrue(unexpected.isEmpty(), "spec files failing (see the output above): " + unexpected);
    assertTrue(
        nowPassing.isEmpty(),
        "listed in spec-known-failures.txt but passing now, remove them: " + nowPassing);
    assertTrue(
        known.keySet().stream().allMatch(k -> files.stream().anyMatch(f -> nameOf(f).equals(k))),
        "spec-known-failures.txt names files that are not in the suite: " + known.keySet());

    // The suite's scale, counted from wast2json's output independently of this runner.
    assertEquals(new TreeMap<>(NON_SIMD_ASSERTIONS), nonSimdSeen, "non-SIMD assertions by type");
    assertEquals(SIMD_ASSERTIONS, simdSeen, "assertions in SIMD files");
    // Skips are exactly what the runner cannot run, nothing else.
    assertEquals(SIMD_ASSERTIONS, simdSkipped, "SIMD assertions skipped");
    assertEquals(0, textModules, "text modules (the pinned suite has none outside assertions)");
    int textMalformedOutsideKnown =
        results.stream()
            .filter(r -> !known.containsKey(r.name()))
            .mapToInt(r -> r.skipped(FileResult.Skip.TEXT_MALFORMED))
            .sum();
    assertEquals(TEXT_MALFORMED, textMalformed, "text-form assert_malformed skipped");
    assertEquals(
        simdSkippedOutsideKnown(results, known) + textMalformedOutsideKnown,
        skippedOutsideKnown,
        "skipped = SIMD + text-form malformed");
  }

  private static int simdSkippedOutsideKnown(List<FileResult> results, Map<String, String> known) {
    return results.stream()
        .filter(r -> !known.containsKey(r.name()))
        .mapToInt(r -> r.skipped(FileResult.Skip.SIMD))
        .sum();
  }

  private static String nameOf(Path p) {
    return p.getFileName().toString();
  }

  /** {@code -Ddylink4j.testsuite} from the it pom, else ../../shared/testsuite from here. */
  private static Path suiteDir() {
    String configured = System.getProperty("dylink4j.testsuite");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured).toAbsolutePath().normalize();
    }
    return Paths.get("..", "..", "shared", "testsuite").toAbsolutePath().normalize();
  }

  /** {@code file.wast # reason} per line; blank lines and lines starting with # are ignored. */
  static Map<String, String> knownFailures() throws IOException {
    Map<String, String> known = new TreeMap<>();
    try (InputStream in = SpecSuiteTest.class.getResourceAsStream("/spec-known-failures.txt")) {
      if (in == null) {
        return known;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int hash = t.indexOf('#');
        String file = (hash < 0 ? t : t.substring(0, hash)).strip();
        String reason = hash < 0 ? "no reason given" : t.substring(hash + 1).strip();
        known.put(file, reason);
      }
    }
    return known;
  }
}
