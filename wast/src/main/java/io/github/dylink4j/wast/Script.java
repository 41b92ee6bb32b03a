package io.github.dylink4j.wast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A converted script: its commands, and the folder holding the module files they name.
 *
 * @param name the .wast file name, used in every report line
 * @param dir the folder of the JSON and module files
 */
public record Script(String name, Path dir, List<Command> commands) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Script {
    commands = List.copyOf(commands);
  }

  /** Reads wast2json's output; a command that cannot be read names its line. */
  public static Script read(String name, Path json) {
    JsonNode root;
    try {
      root = JSON.readTree(json.toFile());
    } catch (IOException e) {
      throw new WastException(name + ": cannot read " + json + ": " + e.getMessage(), e);
    }
    List<Command> commands = new ArrayList<>();
    for (JsonNode c : root.path("commands")) {
      try {
        commands.add(command(c));
      } catch (WastException e) {
        throw new WastException(
            name + ":" + c.path("line").asInt() + ": " + e.getMessage(), e.getCause());
      }
    }
    return new Script(name, json.getParent(), commands);
  }

  /** The assertions by command type. */
  public Map<String, Integer> assertionCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Command c : commands) {
      if (c.isAssertion()) {
        counts.merge(c.type(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Counts the assertions by type without interpreting values (for scripts that are skipped, such
   * as SIMD ones whose v128 values this runner does not model).
   */
  public static Map<String, Integer> countAssertions(Path json) {
    Map<String, Integer> counts = new TreeMap<>();
    try {
      for (JsonNode c : JSON.readTree(json.toFile()).path("commands")) {
        String type = c.path("type").asText();
        if (type.startsWith("assert_")) {
          counts.merge(type, 1, Integer::sum);
        }
      }
    } catch (IOException e) {
      throw new WastException("cannot read " + json + ": " + e.getMessage(), e);
    }
    return counts;
  }

  static Command command(JsonNode c) {
    int line = c.path("line").asInt();
    String type = c.path("type").asText();
    return switch (type) {
      case "module" ->
          new Command.Module(line, text(c, "name"), required(c, "filename"), isText(c));
      case "register" -> new Command.Register(line, text(c, "name"), required(c, "as"));
      case "action" -> new Command.Run(line, action(c));
      case "assert_return" -> {
        List<Expected> expected = new ArrayList<>();
        for (JsonNode v : c.path("expected")) {
          expected.add(Values.parseExpected(v));
        }
        yield new Command.AssertReturn(line, action(c), expected);
      }
      case "assert_trap" -> new Command.AssertTrap(line, action(c), required(c, "text"), false);
      case "assert_exhaustion" ->
          new Command.AssertTrap(line, action(c), required(c, "text"), true);
      case "assert_invalid" -> moduleCheck(c, line, Command.ModuleCheck.INVALID);
      case "assert_malformed" -> moduleCheck(c, line, Command.ModuleCheck.MALFORMED);
      case "assert_unlinkable" -> moduleCheck(c, line, Command.ModuleCheck.UNLINKABLE);
      case "assert_uninstantiable" -> moduleCheck(c, line, Command.ModuleCheck.UNINSTANTIABLE);
      default -> throw new WastException("unknown command type '" + type + "'", null);
    };
  }

  private static Command moduleCheck(JsonNode c, int line, Command.ModuleCheck check) {
    return new Command.AssertModule(
        line, check, required(c, "filename"), isText(c), c.path("text").asText(""));
  }

  private static Command.Action action(JsonNode c) {
    JsonNode a = c.get("action");
    if (a == null) {
      throw new WastException(c.path("type").asText() + " without an action", null);
    }
    String kind = a.path("type").asText();
    if (!kind.equals("invoke") && !kind.equals("get")) {
      throw new WastException("unknown action type '" + kind + "'", null);
    }
    List<Object> args = new ArrayList<>();
    for (JsonNode v : a.path("args")) {
      args.add(Values.parseArgument(v));
    }
    return new Command.Action(kind.equals("invoke"), text(a, "module"), required(a, "field"), args);
  }

  private static boolean isText(JsonNode c) {
    return "text".equals(c.path("module_type").asText());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String required(JsonNode node, String field) {
    String v = text(node, field);
    if (v == null) {
      throw new WastException(node.path("type").asText() + " without '" + field + "'", null);
    }
    return v;
  }
}
