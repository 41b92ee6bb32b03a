package io.github.dylink4j.wast;

import java.util.List;

/** One command of a converted script, in source order; {@link #line()} is the .wast line. */
public sealed interface Command {
  int line();

  /** wast2json's name for the command, e.g. {@code assert_return}. */
  String type();

  /**
   * Assertions are what the pass/fail/skip totals count; modules, registers and actions are not.
   */
  default boolean isAssertion() {
    return type().startsWith("assert_");
  }

  /** {@code invoke} of an exported function or {@code get} of an exported global. */
  record Action(boolean invoke, String module, String field, List<Object> args) {
    public Action {
      args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(invoke ? "invoke " : "get ");
      if (module != null) {
        b.append(module).append(' ');
      }
      b.append('"').append(field).append('"');
      if (invoke) {
        b.append(" (");
        for (int i = 0; i < args.size(); i++) {
          b.append(i == 0 ? "" : ", ").append(Values.describe(args.get(i)));
        }
        b.append(')');
      }
      return b.toString();
    }
  }

  /** Defines a module (optionally named {@code $name}); it becomes the current module. */
  record Module(int line, String name, String filename, boolean text) implements Command {
    @Override
    public String type() {
      return "module";
    }
  }

  /** Makes a module's exports importable under {@code as}; {@code name} null means current. */
  record Register(int line, String name, String as) implements Command {
    @Override
    public String type() {
      return "register";
    }
  }

  /** A bare action: it must not trap; its results are ignored. */
  record Run(int line, Action action) implements Command {
    @Override
    public String type() {
      return "action";
    }
  }

  record AssertReturn(int line, Action action, List<Expected> expected) implements Command {
    public AssertReturn {
      expected = List.copyOf(expected);
    }

    @Override
    public String type() {
      return "assert_return";
    }
  }

  /** {@code assert_trap} or {@code assert_exhaustion}: the action must trap with {@code text}. */
  record AssertTrap(int line, Action action, String text, boolean exhaustion) implements Command {
    @Override
    public String type() {
      return exhaustion ? "assert_exhaustion" : "assert_trap";
    }
  }

  /** The module checks: must be rejected, or must fail to link or to instantiate. */
  enum ModuleCheck {
    INVALID("assert_invalid"),
    MALFORMED("assert_malformed"),
    UNLINKABLE("assert_unlinkable"),
    UNINSTANTIABLE("assert_uninstantiable");

    final String type;

    ModuleCheck(String type) {
      this.type = type;
    }
  }

  record AssertModule(int line, ModuleCheck check, String filename, boolean text, String message)
      implements Command {
    @Override
    public String type() {
      return check.type;
    }
  }
}
