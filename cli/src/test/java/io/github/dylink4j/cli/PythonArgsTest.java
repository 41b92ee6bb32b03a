package io.github.dylink4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonArgsTest {
  @Test
  void theScriptIsTheFirstArgumentThatIsNotAnOption() {
    assertEquals(0, PythonArgs.scriptIndex(List.of("a.py", "-c", "x")));
    assertEquals(2, PythonArgs.scriptIndex(List.of("-u", "-S", "a.py", "b.py")));
    assertEquals(2, PythonArgs.scriptIndex(List.of("-W", "ignore", "a.py")));
    assertEquals(1, PythonArgs.scriptIndex(List.of("-Wignore", "a.py")));
    assertEquals(2, PythonArgs.scriptIndex(List.of("-uX", "dev", "a.py")));
    assertEquals(2, PythonArgs.scriptIndex(List.of("--check-hash-based-pycs", "never", "a.py")));
    assertEquals(1, PythonArgs.scriptIndex(List.of("--", "-weird.py")));
  }

  @Test
  void noScriptWithCodeModuleOrStdin() {
    assertEquals(-1, PythonArgs.scriptIndex(List.of("-c", "print(1)", "a.py")));
    assertEquals(-1, PythonArgs.scriptIndex(List.of("-uc", "print(1)")));
    assertEquals(-1, PythonArgs.scriptIndex(List.of("-m", "json.tool", "a.json")));
    assertEquals(-1, PythonArgs.scriptIndex(List.of("-", "a.py")));
    assertEquals(-1, PythonArgs.scriptIndex(List.of()));
    assertEquals(-1, PythonArgs.scriptIndex(List.of("-u")));
  }

  @Test
  void flagsAreFoundInClustersBeforeTheProgram() {
    assertTrue(PythonArgs.hasFlag(List.of("-S", "-c", "1"), 'S'));
    assertTrue(PythonArgs.hasFlag(List.of("-uS", "a.py"), 'S'));
    assertFalse(PythonArgs.hasFlag(List.of("-c", "1", "-S"), 'S'));
    assertFalse(PythonArgs.hasFlag(List.of("a.py", "-S"), 'S'));
    assertFalse(PythonArgs.hasFlag(List.of("-W", "S", "a.py"), 'S'));
    assertFalse(PythonArgs.hasFlag(List.of("-WS", "a.py"), 'S'));
    assertFalse(PythonArgs.hasFlag(List.of("-cS"), 'S'));
  }
}
