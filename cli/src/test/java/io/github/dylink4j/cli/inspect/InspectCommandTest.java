package io.github.dylink4j.cli.inspect;

import static io.github.dylink4j.cli.inspect.Bin.CONST;
import static io.github.dylink4j.cli.inspect.Bin.I32;
import static io.github.dylink4j.cli.inspect.Bin.MUT;
import static io.github.dylink4j.cli.inspect.Bin.body;
import static io.github.dylink4j.cli.inspect.Bin.bytes;
import static io.github.dylink4j.cli.inspect.Bin.cat;
import static io.github.dylink4j.cli.inspect.Bin.custom;
import static io.github.dylink4j.cli.inspect.Bin.export;
import static io.github.dylink4j.cli.inspect.Bin.funcType;
import static io.github.dylink4j.cli.inspect.Bin.globalI32;
import static io.github.dylink4j.cli.inspect.Bin.importFunc;
import static io.github.dylink4j.cli.inspect.Bin.importGlobal;
import static io.github.dylink4j.cli.inspect.Bin.importMemory;
import static io.github.dylink4j.cli.inspect.Bin.importTable;
import static io.github.dylink4j.cli.inspect.Bin.module;
import static io.github.dylink4j.cli.inspect.Bin.section;
import static io.github.dylink4j.cli.inspect.Bin.str;
import static io.github.dylink4j.cli.inspect.Bin.sub;
import static io.github.dylink4j.cli.inspect.Bin.u32;
import static io.github.dylink4j.cli.inspect.Bin.vec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dylink4j.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  private static final int FUNC = 0;
  private static final int MEMORY = 2;
  private static final int GLOBAL = 3;

  @TempDir Path dir;

  /**
   * A side module with every dylink.0 subsection type and one import or export in every group.
   * Imported functions are 0-2 (add2, proc_exit, log), so local functions are 3 and 4; imported
   * globals are 0-3 (__memory_base, __stack_pointer, errno, callback), the local one is 4.
   */
  static byte[] sideModule() {
    return module(
        custom(
            "dylink.0",
            sub(1, u32(16), u32(2), u32(1), u32(0)),
            sub(2, u32(1), str("libdep.so")),
            sub(3, u32(1), str("counter"), u32(0x100)),
            sub(4, u32(1), str("env"), str("add2"), u32(0x11)),
            sub(5, u32(1), str("$ORIGIN")),
            sub(7, bytes(0xaa, 0xbb))),
        section(
            1,
            vec(
                funcType(new int[] {I32, I32}, new int[] {I32}),
                funcType(new int[] {}, new int[] {}),
                funcType(new int[] {I32}, new int[] {}))),
        section(
            2,
            vec(
                importMemory("env", "memory", 1),
                importTable("env", "__indirect_function_table", 2),
                importGlobal("env", "__memory_base", I32, CONST),
                importGlobal("env", "__stack_pointer", I32, MUT),
                importFunc("env", "add2", 0),
                importGlobal("GOT.mem", "errno", I32, MUT),
                importGlobal("GOT.func", "callback", I32, MUT),
                importFunc("wasi_snapshot_preview1", "proc_exit", 2),
                importFunc("host", "log", 1))),
        section(3, vec(u32(0), u32(1))),
        section(6, vec(globalI32(CONST, 40))),
        section(
            7,
            vec(
                export("add", FUNC, 3),
                export("init", FUNC, 4),
                export("counter", GLOBAL, 4),
                export("sp", GLOBAL, 1),
                export("mem", MEMORY, 0))),
        section(10, vec(body(0x20, 0, 0x20, 1, 0x6a, 0x0b), body(0x0b))));
  }

  @Test
  void textReportStartsWithASummaryAndShowsEverySubsection() throws IOException {
    Path file = write("lib.so", sideModule());

    CliRun run = CliRun.of("inspect", file.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    List<String> lines = run.outLines();
    assertEquals(
        file
            + ": side module (dylink.0), "
            + Files.size(file)
            + " bytes, 7 sections, 9 imports, 5 exports, needs libdep.so",
        lines.get(0));
    assertTrue(lines.get(2).startsWith("dylink.0 section at byte 8 ("), lines.get(2));
    assertTrue(lines.get(2).endsWith(" bytes), 6 subsections"), lines.get(2));
    assertEquals(
        List.of(
            "  MEM_INFO        memory 16 bytes, alignment 2^2 = 4; table 1 slot, alignment 2^0 = 1",
            "  NEEDED          1 library",
            "                    libdep.so",
            "  EXPORT_INFO     1 symbol",
            "                    counter  TLS",
            "  IMPORT_INFO     1 symbol",
            "                    env.add2  WEAK|UNDEFINED",
            "  RUNTIME_PATH    1 path",
            "                    $ORIGIN",
            "  unknown type 7  2 bytes: aa bb"),
        lines.subList(3, 13));
  }

  @Test
  void textReportGroupsImportsAndExportsWithAlignedColumns() throws IOException {
    Path file = write("lib.so", sideModule());

    List<String> lines = CliRun.of("inspect", file.toString()).outLines();

    assertEquals(
        List.of(
            "Imports: 9",
            "  env functions: 1",
            "    add2  (i32, i32) -> i32",
            "  env memory, table, globals: 4",
            "    memory                     memory initial 1 page",
            "    __indirect_function_table  table funcref, initial 2",
            "    __memory_base              global i32",
            "    __stack_pointer            global mutable i32",
            "  GOT.mem (data addresses): 1",
            "    errno  mutable i32",
            "  GOT.func (function pointers): 1",
            "    callback  mutable i32",
            "  wasi_snapshot_preview1: 1",
            "    proc_exit  (i32) -> nil",
            "  other: 1",
            "    host.log  function () -> nil",
            "",
            "Exports: 5",
            "  functions: 2",
            "    add   (i32, i32) -> i32",
            "    init  () -> nil",
            "  data globals: 2",
            "    counter  i32 = 40",
            "    sp       mutable i32",
            "  other: 1",
            "    mem  memory initial 1 page"),
        lines.subList(lines.indexOf("Imports: 9"), lines.size()));
  }

  @Test
  void verboseListsEverySection() throws IOException {
    Path file = write("lib.so", sideModule());

    List<String> lines = CliRun.of("inspect", "--verbose", file.toString()).outLines();

    int header = lines.indexOf("Sections: 7");
    assertTrue(header > 0, String.join("\n", lines));
    assertEquals("      offset        size  section", lines.get(header + 1));
    assertTrue(
        lines.get(header + 2).matches(" +8 +\\d+  custom \"dylink.0\""), lines.get(header + 2));
    List<String> kinds = new ArrayList<>();
    for (String line : lines.subList(header + 2, header + 9)) {
      kinds.add(line.trim().split(" +", 3)[2]);
    }
    assertEquals(
        List.of("custom \"dylink.0\"", "type", "import", "function", "global", "export", "code"),
        kinds);
  }

  @Test
  void jsonCarriesTheSameInformation() throws IOException {
    Path file = write("lib.so", sideModule());

    CliRun run = CliRun.of("inspect", "--json", file.toString());

    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(file.toString(), root.get("file").asText());
    assertEquals(Files.size(file), root.get("size").asLong());
    assertEquals("side-module", root.get("kind").asText());
    assertTrue(root.get("sideModule").asBoolean());
    assertEquals(7, root.get("sections").size());
    assertEquals("dylink.0", root.get("sections").get(0).get("name").asText());
    assertEquals(8, root.get("sections").get(0).get("offset").asInt());

    JsonNode subsections = root.get("dylink").get("subsections");
    assertEquals(6, subsections.size());
    JsonNode memInfo = subsections.get(0);
    assertEquals("MEM_INFO", memInfo.get("name").asText());
    assertEquals(16, memInfo.get("memorySize").asLong());
    assertEquals(2, memInfo.get("memoryAlignment").asLong());
    assertEquals(1, memInfo.get("tableSize").asLong());
    assertEquals(0, memInfo.get("tableAlignment").asLong());
    assertEquals("libdep.so", subsections.get(1).get("libraries").get(0).asText());
    JsonNode tls = subsections.get(2).get("symbols").get(0);
    assertEquals("counter", tls.get("name").asText());
    assertEquals(256, tls.get("flags").asInt());
    assertEquals("TLS", tls.get("flagNames").get(0).asText());
    JsonNode weak = subsections.get(3).get("symbols").get(0);
    assertEquals("env", weak.get("module").asText());
    assertEquals("add2", weak.get("field").asText());
    assertEquals(List.of("WEAK", "UNDEFINED"), texts(weak.get("flagNames")));
    assertEquals("$ORIGIN", subsections.get(4).get("paths").get(0).asText());
    assertEquals(7, subsections.get(5).get("type").asInt());
    assertEquals("unknown type 7", subsections.get(5).get("name").asText());
    assertEquals("aabb", subsections.get(5).get("bytes").asText());

    assertEquals(9, root.get("imports").get("count").asInt());
    JsonNode gotFunc = group(root.get("imports"), "got-func");
    assertEquals(1, gotFunc.get("count").asInt());
    assertEquals("GOT.func", gotFunc.get("entries").get(0).get("module").asText());
    assertEquals("callback", gotFunc.get("entries").get(0).get("name").asText());
    assertEquals("mutable i32", gotFunc.get("entries").get(0).get("type").asText());
    JsonNode other = group(root.get("imports"), "other").get("entries").get(0);
    assertEquals("host", other.get("module").asText());
    assertEquals("function", other.get("kind").asText());
    assertEquals("() -> nil", other.get("type").asText());

    assertEquals(5, root.get("exports").get("count").asInt());
    JsonNode counter = group(root.get("exports"), "data-globals").get("entries").get(0);
    assertEquals("counter", counter.get("name").asText());
    assertEquals(40, counter.get("value").asLong());
    assertEquals(
        "(i32, i32) -> i32",
        group(root.get("exports"), "functions").get("entries").get(0).get("type").asText());
  }

  @Test
  void legacyDylinkSection() throws IOException {
    Path file =
        write(
            "old.so",
            module(
                custom("dylink", u32(64), u32(3), u32(1), u32(0), u32(1), str("libz.so")),
                section(1, vec())));

    CliRun run = CliRun.of("inspect", file.toString());

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.outLines();
    assertTrue(lines.get(0).startsWith(file + ": side module (dylink), "), lines.get(0));
    assertTrue(lines.get(0).endsWith(", needs libz.so"), lines.get(0));
    assertTrue(lines.get(2).startsWith("dylink section (legacy, LLVM < 14) at byte 8"));
    assertEquals(
        List.of(
            "  memory info     memory 64 bytes, alignment 2^3 = 8; table 1 slot, alignment 2^0 = 1",
            "  needed          1 library",
            "                    libz.so"),
        lines.subList(3, 6));

    JsonNode dylink =
        new ObjectMapper()
            .readTree(CliRun.of("inspect", "--json", file.toString()).out())
            .get("dylink");
    assertEquals("dylink", dylink.get("section").asText());
    assertEquals(64, dylink.get("memorySize").asLong());
    assertEquals(List.of("libz.so"), texts(dylink.get("needed")));
  }

  @Test
  void mainModuleWithoutDylink() throws IOException {
    Path file = write("main.wasm", module(section(1, vec())));

    CliRun run = CliRun.of("inspect", "--json", file.toString());

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals("main-module", root.get("kind").asText());
    assertTrue(root.get("dylink").isNull());
    assertTrue(
        CliRun.of("inspect", file.toString())
            .outLines()
            .get(0)
            .startsWith(file + ": main module (no dylink.0 section), 11 bytes, 1 section"));
  }

  // ---- bad input: one line on stderr, exit status 1, nothing on stdout ----

  @Test
  void missingFile() {
    Path file = dir.resolve("nope.wasm");

    assertOneLineError(CliRun.of("inspect", file.toString()), file + ": no such file");
  }

  @Test
  void directory() {
    assertOneLineError(
        CliRun.of("inspect", dir.toString()), dir + ": is a directory, not a wasm file");
  }

  @Test
  void notWasm() throws IOException {
    Path file =
        write("notes.txt", "hello, world".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertOneLineError(
        CliRun.of("inspect", file.toString()),
        file
            + ": not a wasm module: it does not start with the magic bytes 00 61 73 6d (\\0asm)"
            + " (at byte offset 0)");
  }

  @Test
  void sectionRunningPastTheEndOfTheFile() throws IOException {
    Path file = write("cut.wasm", cat(module(), bytes(1, 5, 0)));

    assertOneLineError(
        CliRun.of("inspect", "--json", file.toString()),
        file
            + ": section \"type\" declares 5 bytes of payload from byte 10, which runs past the end"
            + " of the file at byte 11 (at byte offset 8)");
  }

  @Test
  void truncatedRealModule() throws IOException {
    byte[] whole = sideModule();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);
    Path file = write("cut.so", cut);

    CliRun run = CliRun.of("inspect", file.toString());

    // The code section is last; its size now runs 3 bytes past the end.
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("section \"code\" declares"), run.err());
    assertTrue(
        run.err().contains("runs past the end of the file at byte " + cut.length), run.err());
  }

  @Test
  void dylinkNotFirst() throws IOException {
    Path file = write("late.so", module(section(1, vec()), custom("dylink.0")));

    assertOneLineError(
        CliRun.of("inspect", file.toString()),
        file
            + ": custom section \"dylink.0\" must be the first section, but it is section number 2;"
            + " the first is the section \"type\" at byte 8 (at byte offset 11)");
  }

  @Test
  void invalidUtf8InNeeded() throws IOException {
    // NEEDED type at 19, length at 20, count at 21, string length at 22, 0xfe at 23.
    Path file = write("bad.so", module(custom("dylink.0", sub(2, u32(1), u32(1), bytes(0xfe)))));

    assertOneLineError(
        CliRun.of("inspect", file.toString()),
        file + ": invalid UTF-8 in NEEDED entry 0 (at byte offset 23)");
  }

  @Test
  void chicoryParseErrorsNameTheSectionAndItsOffset() throws IOException {
    // Section headers are fine, but import kind 9 does not exist. type is at 8-10, import at 11.
    Path file =
        write(
            "kind.wasm",
            module(section(1, vec()), section(2, vec(cat(str("env"), str("x"), bytes(9, 0))))));

    assertOneLineError(
        CliRun.of("inspect", file.toString()),
        file + ": malformed import section: malformed import kind (at byte offset 11)");
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path file = write("late.so", module(section(1, vec()), custom("dylink.0")));

    CliRun run = CliRun.of("inspect", "--verbose", file.toString());

    assertEquals(1, run.exitCode());
    assertTrue(run.errLines().get(0).startsWith("dylink4j: error: " + file + ": "), run.err());
    assertTrue(run.err().contains("DylinkFormatException"), run.err());
    assertTrue(run.errLines().size() > 3, run.err());
  }

  private static void assertOneLineError(CliRun run, String expected) {
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(List.of("dylink4j: error: " + expected), run.errLines());
    assertEquals("", run.out());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static JsonNode group(JsonNode section, String key) {
    for (JsonNode group : section.get("groups")) {
      if (group.get("key").asText().equals(key)) {
        return group;
      }
    }
    throw new AssertionError("no group " + key + " in " + section);
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
