package io.github.dylink4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One benchmark program: {@code NAME.wasm} exporting {@code run(n)}, with the work size of a normal
 * and of a quick run and the checksum {@code run} must return for each (from the native gcc build,
 * see {@code bench/wasm/workloads.properties}).
 *
 * @param dynamic true when the module dlopens a side module, so only an engine with a dynamic
 *     loader can run it
 */
public record Workload(
    String name, int n, long checksum, int quickN, long quickChecksum, boolean dynamic) {
  static final String RESOURCES = "/io/github/dylink4j/bench/wasm/";

  /** Every workload, in the order of the table. */
  public static List<Workload> all() {
    Properties p = new Properties();
    try (InputStream in = resource("workloads.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Workload> list = new ArrayList<>();
    for (String name : p.getProperty("workloads").trim().split("\\s+")) {
      list.add(
          new Workload(
              name,
              Integer.parseInt(required(p, name + ".n")),
              Long.parseLong(required(p, name + ".checksum")),
              Integer.parseInt(required(p, name + ".quick.n")),
              Long.parseLong(required(p, name + ".quick.checksum")),
              Boolean.parseBoolean(p.getProperty(name + ".dynamic", "false"))));
    }
    return list;
  }

  public static Workload named(String name) {
    return all().stream()
        .filter(w -> w.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no workload called " + name));
  }

  /** The work size and expected checksum of a normal or a quick run. */
  public int size(boolean quick) {
    return quick ? quickN : n;
  }

  public long expected(boolean quick) {
    return quick ? quickChecksum : checksum;
  }

  /** The main module's bytes. */
  public byte[] wasm() {
    return bytes(name + ".wasm");
  }

  /** A file shipped beside the workloads (a side module), or an error naming it. */
  public static byte[] bytes(String file) {
    try (InputStream in = resource(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading benchmark file " + file, e);
    }
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = Workload.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new java.nio.file.NoSuchFileException(file, null, "not in the benchmark resources");
    }
    return in;
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("workloads.properties has no " + key);
    }
    return v.trim();
  }
}
