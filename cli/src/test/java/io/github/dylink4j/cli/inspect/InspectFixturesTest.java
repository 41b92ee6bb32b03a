package io.github.dylink4j.cli.inspect;

import static io.github.dylink4j.cli.inspect.InspectCommandTest.group;
import static io.github.dylink4j.cli.inspect.InspectCommandTest.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dylink4j.cli.CliRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inspects the zig-built modules in {@code fixtures/inspect} and {@code examples/dlopen-basic}.
 * Expected values come from {@code fixtures/inspect/README.md} and {@code wasm-objdump -x}.
 */
class InspectFixturesTest {
  private static final String FIXTURES = "../fixtures/inspect/";
  private static final String EXAMPLE = "../examples/dlopen-basic/";

  @Test
  void libdepHasOnlyMemInfo() throws IOException {
    JsonNode root = inspect(FIXTURES + "libdep.so");

    assertEquals("side-module", root.get("kind").asText());
    assertEquals(241, root.get("size").asInt());
    assertEquals(
        List.of("custom", "type", "import", "function", "global", "export", "code", "data"),
        sectionKinds(root));
    JsonNode subsections = root.get("dylink").get("subsections");
    assertEquals(1, subsections.size());
    assertMemInfo(subsections.get(0), 4, 2, 0, 0);
    assertEquals(4, root.get("imports").get("count").asInt());
    assertEquals(
        List.of("memory", "__memory_base", "__table_base"), names(root, "imports", "env-other"));
    assertEquals(List.of("dep_value"), names(root, "imports", "got-mem"));
    assertEquals(
        List.of("__wasm_call_ctors", "__wasm_apply_data_relocs", "dep_add"),
        names(root, "exports", "functions"));
    JsonNode depValue = group(root.get("exports"), "data-globals").get("entries").get(0);
    assertEquals("dep_value", depValue.get("name").asText());
    assertEquals("i32", depValue.get("type").asText());
    assertEquals(0, depValue.get("value").asInt());
  }

  @Test
  void libneedsHasNeededAndWeakImports() throws IOException {
    JsonNode root = inspect(FIXTURES + "libneeds.so");

    JsonNode subsections = root.get("dylink").get("subsections");
    assertEquals(3, subsections.size());
    assertMemInfo(subsections.get(0), 4, 2, 1, 0);
    assertEquals("NEEDED", subsections.get(1).get("name").asText());
    assertEquals(List.of("libdep.so"), texts(subsections.get(1).get("libraries")));
    JsonNode weak = subsections.get(2).get("symbols");
    assertEquals("IMPORT_INFO", subsections.get(2).get("name").asText());
    assertEquals(2, weak.size());
    assertEquals("optional_hook", weak.get(0).get("field").asText());
    assertEquals("optional_data", weak.get(1).get("field").asText());
    for (JsonNode symbol : weak) {
      assertEquals("env", symbol.get("module").asText());
      assertEquals(0x11, symbol.get("flags").asInt());
    }
    assertEquals(10, root.get("imports").get("count").asInt());
    assertEquals(List.of("dep_add", "optional_hook"), names(root, "imports", "env-functions"));
    assertEquals(
        List.of("memory", "__indirect_function_table", "__memory_base", "__table_base"),
        names(root, "imports", "env-other"));
    assertEquals(
        List.of("needs_dep_value_ptr", "optional_data", "dep_value"),
        names(root, "imports", "got-mem"));
    assertEquals(List.of("optional_hook"), names(root, "imports", "got-func"));
    assertEquals(
        List.of(
            "__wasm_call_ctors", "__wasm_apply_data_relocs", "needs_get_callback", "needs_call"),
        names(root, "exports", "functions"));
    assertEquals(List.of("needs_dep_value_ptr"), names(root, "exports", "data-globals"));
    assertEquals(
        List.of(
            "custom", "type", "import", "function", "global", "export", "element", "code", "data"),
        sectionKinds(root));
  }

  @Test
  void libneedsAsText() {
    CliRun run = CliRun.of("inspect", FIXTURES + "libneeds.so");

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertEquals(
        FIXTURES
            + "libneeds.so: side module (dylink.0), 596 bytes, 9 sections, 10 imports, 5 exports,"
            + " needs libdep.so",
        lines.get(0));
    assertEquals(
        List.of(
            "dylink.0 section at byte 8 (69 bytes), 3 subsections",
            "  MEM_INFO        memory 4 bytes, alignment 2^2 = 4; table 1 slot, alignment 2^0 = 1",
            "  NEEDED          1 library",
            "                    libdep.so",
            "  IMPORT_INFO     2 symbols",
            "                    env.optional_hook  WEAK|UNDEFINED",
            "                    env.optional_data  WEAK|UNDEFINED"),
        lines.subList(2, 9));
  }

  @Test
  void libtlsHasATlsExport() throws IOException {
    JsonNode root = inspect(FIXTURES + "libtls.so");

    JsonNode subsections = root.get("dylink").get("subsections");
    assertMemInfo(subsections.get(0), 8, 2, 0, 0);
    JsonNode tls = subsections.get(1);
    assertEquals("EXPORT_INFO", tls.get("name").asText());
    assertEquals("tls_counter", tls.get("symbols").get(0).get("name").asText());
    assertEquals(0x100, tls.get("symbols").get(0).get("flags").asInt());
    assertEquals(List.of("TLS"), texts(tls.get("symbols").get(0).get("flagNames")));
    JsonNode memory = group(root.get("imports"), "env-other").get("entries").get(0);
    assertEquals("memory", memory.get("name").asText());
    assertEquals("initial 1 page, max 65536, shared", memory.get("type").asText());
    assertEquals(3, root.get("imports").get("count").asInt());
    assertEquals(
        List.of("__wasm_call_ctors", "__wasm_apply_data_relocs", "tls_bump"),
        names(root, "exports", "functions"));
    assertEquals(List.of("tls_counter"), names(root, "exports", "data-globals"));
    assertEquals(
        List.of(
            "custom",
            "type",
            "import",
            "function",
            "global",
            "export",
            "start",
            "datacount",
            "code",
            "data"),
        sectionKinds(root));
  }

  @Test
  void plainMainModule() throws IOException {
    JsonNode root = inspect(FIXTURES + "main.wasm");

    assertEquals("main-module", root.get("kind").asText());
    assertTrue(root.get("dylink").isNull());
    assertEquals(8, root.get("imports").get("count").asInt());
    JsonNode envOther = group(root.get("imports"), "env-other").get("entries");
    assertEquals("initial 257 pages", envOther.get(0).get("type").asText());
    assertEquals("funcref, initial 5", envOther.get(1).get("type").asText());
    assertEquals(
        List.of("fd_close", "fd_fdstat_get", "fd_seek", "fd_write", "proc_exit", "random_get"),
        names(root, "imports", "wasi"));
    assertEquals(List.of("_start", "main", "__original_main"), names(root, "exports", "functions"));
    assertEquals(
        List.of("type", "import", "function", "global", "export", "element", "code", "data"),
        sectionKinds(root));
  }

  @Test
  void picMainModuleCarriesDylink() throws IOException {
    JsonNode root = inspect(FIXTURES + "pic-main.wasm");

    assertEquals("pic-main-module", root.get("kind").asText());
    JsonNode subsections = root.get("dylink").get("subsections");
    assertMemInfo(subsections.get(0), 2256, 4, 4, 0);
    JsonNode heapEnd = subsections.get(1).get("symbols").get(0);
    assertEquals("__heap_end", heapEnd.get("field").asText());
    assertEquals(0x11, heapEnd.get("flags").asInt());
    assertEquals(12, root.get("imports").get("count").asInt());
    assertEquals(
        List.of(
            "memory",
            "__indirect_function_table",
            "__stack_pointer",
            "__memory_base",
            "__table_base"),
        names(root, "imports", "env-other"));
    assertEquals(List.of("__heap_end", "__heap_base"), names(root, "imports", "got-mem"));
    assertEquals(5, group(root.get("imports"), "wasi").get("count").asInt());
    assertEquals(
        List.of("__wasm_apply_data_relocs", "_start", "main", "__original_main"),
        names(root, "exports", "functions"));
  }

  @Test
  void dlopenExampleLibrary() throws IOException {
    JsonNode root = inspect(EXAMPLE + "libgreet.so");

    assertEquals("side-module", root.get("kind").asText());
    assertMemInfo(root.get("dylink").get("subsections").get(0), 80, 2, 0, 0);
    assertEquals(List.of("strlen", "printf"), names(root, "imports", "env-functions"));
    assertEquals(List.of("greet_calls", "greet_default_name"), names(root, "imports", "got-mem"));
    JsonNode greet = group(root.get("exports"), "functions").get("entries").get(2);
    assertEquals("greet", greet.get("name").asText());
    assertEquals("(i32, i32, i32) -> i32", greet.get("type").asText());
    JsonNode globals = group(root.get("exports"), "data-globals").get("entries");
    assertEquals(76, globals.get(0).get("value").asInt());
    assertEquals(60, globals.get(1).get("value").asInt());
  }

  @Test
  void dlopenExampleProgram() throws IOException {
    JsonNode root = inspect(EXAMPLE + "main.wasm");

    assertEquals("main-module", root.get("kind").asText());
    assertEquals(12, root.get("imports").get("count").asInt());
    assertEquals(
        List.of("dlopen", "dlerror", "dlsym", "dlclose"), names(root, "imports", "env-functions"));
    List<String> functions = names(root, "exports", "functions");
    assertTrue(
        functions.containsAll(List.of("malloc", "free", "printf", "strlen")), functions::toString);
    JsonNode sp = group(root.get("exports"), "data-globals").get("entries").get(0);
    assertEquals("__stack_pointer", sp.get("name").asText());
    assertEquals("mutable i32", sp.get("type").asText());
  }

  private static JsonNode inspect(String path) throws IOException {
    CliRun run = CliRun.of("inspect", "--json", path);
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  private static void assertMemInfo(
      JsonNode memInfo, long memorySize, long memoryAlign, long tableSize, long tableAlign) {
    assertEquals("MEM_INFO", memInfo.get("name").asText());
    assertEquals(
        List.of(memorySize, memoryAlign, tableSize, tableAlign),
        List.of(
            memInfo.get("memorySize").asLong(),
            memInfo.get("memoryAlignment").asLong(),
            memInfo.get("tableSize").asLong(),
            memInfo.get("tableAlignment").asLong()));
  }

  private static List<String> names(JsonNode root, String section, String key) {
    List<String> names = new ArrayList<>();
    group(root.get(section), key).get("entries").forEach(e -> names.add(e.get("name").asText()));
    return names;
  }

  private static List<String> sectionKinds(JsonNode root) {
    List<String> kinds = new ArrayList<>();
    root.get("sections").forEach(s -> kinds.add(s.get("kind").asText()));
    return kinds;
  }
}
