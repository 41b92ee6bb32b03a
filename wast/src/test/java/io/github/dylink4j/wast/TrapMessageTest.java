package io.github.dylink4j.wast;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrapMessageTest {
  @Test
  void engineMessageMayAddDetail() {
    assertTrue(ScriptRunner.trapMatches("integer overflow", "integer overflow"));
    assertTrue(
        ScriptRunner.trapMatches(
            "out of bounds memory access at 65536 in f", "out of bounds memory access"));
  }

  @Test
  void scriptMayAddAnIndexTheEngineDoesNotGive() {
    assertTrue(ScriptRunner.trapMatches("uninitialized element", "uninitialized element 2"));
  }

  @Test
  void otherMessagesDoNotMatch() {
    assertFalse(ScriptRunner.trapMatches("integer divide by zero", "integer overflow"));
    assertFalse(ScriptRunner.trapMatches("uninitialized", "uninitialized element 2"), "word cut");
    assertFalse(ScriptRunner.trapMatches("", "unreachable"), "empty message");
    assertFalse(ScriptRunner.trapMatches(null, "unreachable"));
  }
}
