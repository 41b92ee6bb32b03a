package io.github.dylink4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.of("--version");

    assertEquals(0, run.exitCode());
    String first = run.outLines().get(0);
    assertTrue(first.matches("dylink4j \\d+\\.\\d+\\.\\d+(-\\w+)?"), first);
  }

  @Test
  void helpListsInspect() {
    CliRun run = CliRun.of("--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: dylink4j"), run.out());
    assertTrue(run.outLines().stream().anyMatch(l -> l.trim().startsWith("inspect ")), run.out());
  }

  @Test
  void inspectHelpShowsItsOptions() {
    CliRun run = CliRun.of("inspect", "--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("Usage: dylink4j inspect [-hv] [--json] FILE"), run.out());
    assertTrue(run.out().contains("--json"), run.out());
  }

  @Test
  void noSubcommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertEquals(2, run.exitCode());
    assertEquals("Missing required subcommand", run.errLines().get(0));
    assertEquals("", run.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("inspect", "--frobnicate", "x.wasm");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("Unknown option: '--frobnicate'"), run.err());
  }

  @Test
  void inspectWithoutFileIsAUsageError() {
    CliRun run = CliRun.of("inspect");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required parameter: 'FILE'"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
