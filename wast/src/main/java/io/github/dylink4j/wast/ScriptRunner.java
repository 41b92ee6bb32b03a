package io.github.dylink4j.wast;

import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.runtime.Global;
import io.github.dylink4j.runtime.Imports;
import io.github.dylink4j.runtime.LinkException;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.ModuleInstance;
import io.github.dylink4j.runtime.WasmFunction;
import io.github.dylink4j.runtime.WasmTrap;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the commands of one script in order, as the spec interpreter does: modules are compiled and
 * instantiated against the registered modules, actions run against the current or a named module.
 *
 * <p>Every command is isolated: whatever the engine throws (a trap, an unexpected exception, a JVM
 * Error such as VerifyError) becomes a failure of that command and the script goes on.
 */
final class ScriptRunner {
  /** Compiles module bytes; a seam so the runner's bookkeeping can be tested without a compiler. */
  @FunctionalInterface
  interface ModuleLoader {
    ModuleImage compile(byte[] wasm, String name);
  }

  private final Script script;
  private final FileResult result;
  private final ModuleLoader loader;
  private final Consumer<String> verboseOut;

  private final Map<String, Map<String, Object>> registered = new LinkedHashMap<>();
  private final Map<String, ModuleInstance> named = new HashMap<>();
  private ModuleInstance current;
  private String currentUnavailable = "no module defined yet";
  private volatile Command running;

  ScriptRunner(Script script, FileResult result, ModuleLoader loader, Consumer<String> verboseOut) {
    this.script = script;
    this.result = result;
    this.loader = loader;
    this.verboseOut = verboseOut;
    registered.put("spectest", SpecTestHost.create(verboseOut));
  }

  static ScriptRunner withCompiler(Script script, FileResult result, Consumer<String> verboseOut) {
    return new ScriptRunner(script, result, Compiler::compile, verboseOut);
  }

  /** The command being run now, for timeout reports; null when idle. */
  Command running() {
    return running;
  }

  void run() {
    for (Command c : script.commands()) {
      running = c;
      try {
        execute(c);
      } catch (Failed f) {
        result.fail(c.line(), describe(c), f.expected, f.actual);
      } catch (Throwable t) {
        // Includes VerifyError, ClassFormatError, StackOverflowError that escaped the engine.
        result.fail(c.line(), describe(c), "no engine error", thrown(t));
      }
    }
    running = null;
  }

  private void execute(Command c) {
    if (c instanceof Command.Module m) {
      defineModule(m);
    } else if (c instanceof Command.Register r) {
      ModuleInstance instance = r.name() == null ? requireCurrent() : requireNamed(r.name());
      Map<String, Object> exports = new LinkedHashMap<>();
      for (String name : instance.exportNames()) {
        exports.put(name, instance.export(name));
      }
      registered.put(r.as(), exports);
    } else if (c instanceof Command.Run run) {
      perform(run.action());
    } else if (c instanceof Command.AssertReturn a) {
      assertReturn(a);
    } else if (c instanceof Command.AssertTrap a) {
      assertTrap(a);
    } else if (c instanceof Command.AssertModule a) {
      assertModule(a);
    } else {
      throw new IllegalStateException("unhandled command " + c);
    }
  }

  private void defineModule(Command.Module m) {
    current = null;
    if (m.name() != null) {
      named.remove(m.name());
    }
    if (m.text()) {
      result.skip(FileResult.Skip.TEXT_MODULE, 1);
      currentUnavailable = "the module at line " + m.line() + " is in text form (not run)";
      return;
    }
    currentUnavailable = "the module at line " + m.line() + " failed";
    ModuleImage image = compile(m.filename());
    ModuleInstance instance;
    try {
      instance = image.instantiate(imports());
    } catch (LinkException | WasmTrap e) {
      throw new Failed("module instantiates", thrown(e));
    }
    current = instance;
    if (m.name() != null) {
      named.put(m.name(), instance);
    }
  }

  private void assertReturn(Command.AssertReturn a) {
    Object[] actual;
    try {
      actual = perform(a.action());
    } catch (WasmTrap t) {
      throw new Failed(describeExpected(a.expected()), "trap \"" + t.getMessage() + "\"");
    }
    boolean ok = actual != null && actual.length == a.expected().size();
    for (int i = 0; ok && i < actual.length; i++) {
      ok = a.expected().get(i).matches(actual[i]);
    }
    if (!ok) {
      throw new Failed(describeExpected(a.expected()), describeActual(actual));
    }
    result.pass();
  }

  private void assertTrap(Command.AssertTrap a) {
    Object[] actual;
    try {
      actual = perform(a.action());
    } catch (WasmTrap t) {
      checkTrapMessage(a.text(), t);
      result.pass();
      return;
    }
    throw new Failed("trap \"" + a.text() + "\"", "returned " + describeActual(actual));
  }

  private void assertModule(Command.AssertModule a) {
    if (a.text()) {
      result.skip(
          a.check() == Command.ModuleCheck.MALFORMED
              ? FileResult.Skip.TEXT_MALFORMED
              : FileResult.Skip.TEXT_MODULE,
          1);
      return;
    }
    switch (a.check()) {
      case INVALID, MALFORMED -> assertRejected(a);
      case UNLINKABLE -> {
        ModuleImage image = compile(a.filename());
        try {
          image.instantiate(imports());
        } catch (LinkException e) {
          if (!contains(e.getMessage(), a.message())) {
            note(a, "link error \"" + e.getMessage() + "\", script says \"" + a.message() + "\"");
          }
          result.pass();
          return;
        }
        throw new Failed("LinkException \"" + a.message() + "\"", "instantiated");
      }
      case UNINSTANTIABLE -> {
        ModuleImage image = compile(a.filename());
        try {
          image.instantiate(imports());
        } catch (WasmTrap t) {
          checkTrapMessage(a.message(), t);
          result.pass();
          return;
        }
        throw new Failed("trap \"" + a.message() + "\"", "instantiated");
      }
      default -> throw new IllegalStateException(a.check().toString());
    }
  }

  private void assertRejected(Command.AssertModule a) {
    byte[] bytes = read(a.filename());
    String expectedKind = a.check() == Command.ModuleCheck.MALFORMED ? "MALFORMED" : "INVALID";
    try {
      loader.compile(bytes, moduleName(a.filename()));
    } catch (CompileException e) {
      if (!e.kind().name().equals(expectedKind)) {
        note(
            a,
            e.kind()
                + " \""
                + e.getMessage()
                + "\", script says "
                + expectedKind
                + " \""
                + a.message()
                + "\"");
      }
      result.pass();
      return;
    }
    throw new Failed(
        "CompileException " + expectedKind + " \"" + a.message() + "\"", "compiled successfully");
  }

  private void checkTrapMessage(String expected, WasmTrap t) {
    if (!trapMatches(t.getMessage(), expected)) {
      throw new Failed("trap \"" + expected + "\"", "trap \"" + t.getMessage() + "\"");
    }
  }

  private Object[] perform(Command.Action action) {
    ModuleInstance instance =
        action.module() == null ? requireCurrent() : requireNamed(action.module());
    if (action.invoke()) {
      WasmFunction f = instance.function(action.field());
      if (f == null) {
        throw new Failed("exported function \"" + action.field() + "\"", "no such function export");
      }
      return f.call(action.args().toArray());
    }
    Object export = instance.export(action.field());
    if (!(export instanceof Global g)) {
      throw new Failed("exported global \"" + action.field() + "\"", "no such global export");
    }
    return new Object[] {g.get()};
  }

  private ModuleImage compile(String filename) {
    byte[] bytes = read(filename);
    try {
      return loader.compile(bytes, moduleName(filename));
    } catch (CompileException e) {
      throw new Failed("module compiles", thrown(e));
    }
  }

  private byte[] read(String filename) {
    try {
      return Files.readAllBytes(script.dir().resolve(filename));
    } catch (IOException e) {
      throw new WastException("cannot read module file " + filename + ": " + e, e);
    }
  }

  /** "address.wast" + "script.3.wasm" -> "address.3": readable in class names and errors. */
  private String moduleName(String filename) {
    String base = script.name().replaceFirst("\\.wast$", "");
    String stem = filename.replaceFirst("\\.wasm$", "");
    int dot = stem.indexOf('.');
    return dot < 0 ? base : base + stem.substring(dot);
  }

  private Imports imports() {
    Imports imports = new Imports();
    registered.forEach((module, fields) -> fields.forEach((n, v) -> imports.add(module, n, v)));
    return imports;
  }

  private ModuleInstance requireCurrent() {
    if (current == null) {
      throw new Failed("a current module", currentUnavailable);
    }
    return current;
  }

  private ModuleInstance requireNamed(String name) {
    ModuleInstance instance = named.get(name);
    if (instance == null) {
      throw new Failed("module " + name, "no module " + name + " (never defined or it failed)");
    }
    return instance;
  }

  private void note(Command c, String text) {
    result.note(script.name() + ":" + c.line() + ": " + c.type() + ": " + text);
  }

  String describe(Command c) {
    if (c instanceof Command.Module m) {
      return "module" + (m.name() == null ? "" : " " + m.name()) + " (" + m.filename() + ")";
    }
    if (c instanceof Command.Register r) {
      return "register " + (r.name() == null ? "" : r.name() + " ") + "as \"" + r.as() + "\"";
    }
    if (c instanceof Command.Run r) {
      return "action " + r.action();
    }
    if (c instanceof Command.AssertReturn a) {
      return "assert_return " + a.action();
    }
    if (c instanceof Command.AssertTrap a) {
      return a.type() + " " + a.action();
    }
    if (c instanceof Command.AssertModule a) {
      return a.type() + " (" + a.filename() + ")";
    }
    return c.type();
  }

  private static String describeExpected(List<Expected> expected) {
    return expected.stream().map(Expected::describe).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String describeActual(Object[] actual) {
    if (actual == null) {
      return "null result array";
    }
    List<String> parts = new ArrayList<>();
    Arrays.stream(actual).forEach(v -> parts.add(Values.describe(v)));
    return parts.stream().collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Like {@code wasmtime wast}: the engine's message must contain the script's text, or be the
   * script's text without a trailing index ("uninitialized element" for the script's "uninitialized
   * element 2": the spec interpreter adds the index, the API contract does not).
   */
  static boolean trapMatches(String actual, String expected) {
    if (actual == null || actual.isEmpty()) {
      return false;
    }
    return actual.contains(expected)
        || (expected.startsWith(actual) && expected.substring(actual.length()).matches(" [0-9]+"));
  }

  private static boolean contains(String actual, String expected) {
    return actual != null && actual.contains(expected);
  }

  static String thrown(Throwable t) {
    StringBuilder b = new StringBuilder(t.getClass().getName()).append(": ").append(t.getMessage());
    StackTraceElement[] trace = t.getStackTrace();
    boolean messageIsEnough =
        t instanceof WasmTrap || t instanceof CompileException || t instanceof WastException;
    if (!messageIsEnough && trace.length > 0) {
      b.append(" at ").append(trace[0]);
    }
    return b.toString();
  }

  /** A command's failure, carrying the two sides of the comparison. */
  private static final class Failed extends RuntimeException {
    final String expected;
    final String actual;

    Failed(String expected, String actual) {
      super(null, null, false, false);
      this.expected = expected;
      this.actual = actual;
    }
  }
}
