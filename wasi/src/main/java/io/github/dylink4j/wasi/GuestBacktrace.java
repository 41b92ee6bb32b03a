package io.github.dylink4j.wasi;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.WasmSections;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JVM stack of a trap into a guest backtrace: each generated method {@code f<index>} of a
 * known module becomes the function's name from the module's name section (or {@code
 * module!$f<index>} when it has none). Traps carry a stack only when {@link
 * io.github.dylink4j.runtime.WasmTrap#captureStackTraces} was on.
 */
public final class GuestBacktrace {
  private static final Pattern METHOD = Pattern.compile("f(\\d+)");

  private record Module(String name, Map<Integer, String> functionNames) {}

  private final Map<String, Module> byClass = new HashMap<>();

  /** Registers a compiled module and its binary (read for the name section). */
  public void add(ModuleImage image, byte[] wasm) {
    Module m = new Module(image.name(), functionNames(wasm));
    for (String owner : image.spec().functionOwners()) {
      if (owner != null) {
        byClass.put(owner, m);
      }
    }
  }

  /** Guest frames, innermost first, e.g. {@code "crash (app.wasm)"}. */
  public List<String> frames(Throwable trap) {
    List<String> out = new ArrayList<>();
    for (Throwable t = trap; t != null; t = t.getCause()) {
      StackTraceElement[] stack = t.getStackTrace();
      if (stack.length == 0) {
        continue;
      }
      for (StackTraceElement e : stack) {
        Module m = byClass.get(e.getClassName());
        Matcher matcher = METHOD.matcher(e.getMethodName());
        if (m == null || !matcher.matches()) {
          continue;
        }
        int index = Integer.parseInt(matcher.group(1));
        String name = m.functionNames().get(index);
        out.add((name != null ? name : "$f" + index) + " (" + m.name() + ")");
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  /**
   * Whether the JVM recorded only part of the stack (it keeps the innermost {@code
   * -XX:MaxJavaStackTraceDepth} frames, 1024 by default), so the outermost guest frames are
   * missing.
   */
  public static boolean truncated(Throwable trap) {
    for (Throwable t = trap; t != null; t = t.getCause()) {
      if (t.getStackTrace().length >= 1024) {
        return true;
      }
    }
    return false;
  }

  /** The function names of the name section (subsection 1), or none. Malformed data is ignored. */
  static Map<Integer, String> functionNames(byte[] wasm) {
    Map<Integer, String> names = new HashMap<>();
    List<SectionHeader> sections;
    try {
      sections = WasmSections.scan(wasm);
    } catch (RuntimeException e) {
      return names;
    }
    for (SectionHeader s : sections) {
      if (!s.isCustom() || !"name".equals(s.customName())) {
        continue;
      }
      try {
        int[] pos = {s.payloadOffset()};
        int nameLen = (int) leb(wasm, pos);
        pos[0] += nameLen; // the section's own name, "name"
        while (pos[0] < s.end()) {
          int id = wasm[pos[0]++] & 0xff;
          int size = (int) leb(wasm, pos);
          int next = pos[0] + size;
          if (id == 1) {
            long count = leb(wasm, pos);
            for (long k = 0; k < count; k++) {
              int index = (int) leb(wasm, pos);
              int len = (int) leb(wasm, pos);
              names.put(index, new String(wasm, pos[0], len, StandardCharsets.UTF_8));
              pos[0] += len;
            }
          }
          pos[0] = next;
        }
      } catch (RuntimeException e) {
        // a broken name section only costs us names
      }
    }
    return names;
  }

  private static long leb(byte[] b, int[] pos) {
    long result = 0;
    int shift = 0;
    while (true) {
      int x = b[pos[0]++] & 0xff;
      result |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return result;
      }
      shift += 7;
      if (shift > 35) {
        throw new IllegalArgumentException("LEB128 too long");
      }
    }
  }
}
