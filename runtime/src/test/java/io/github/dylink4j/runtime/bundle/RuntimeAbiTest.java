package io.github.dylink4j.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards {@link RuntimeAbi#VERSION}: a fingerprint of every non-private member signature of the
 * classes generated code calls, recorded per version. A change of those signatures without a new
 * version would let old bundles load and fail with a LinkageError; this test fails first.
 */
class RuntimeAbiTest {
  /** ABI version to the fingerprint of its signatures. Add a line when you bump the version. */
  private static final Map<Integer, String> RECORDED =
      Map.of(
          2,
          "21cac8338944b747",
          3,
          "d81b0fe2ff4e10f6",
          4,
          "4b9cf35e6e91e615",
          5,
          "d6847d20898aae65");

  @Test
  void signaturesMatchTheFingerprintRecordedForThisVersion() throws ClassNotFoundException {
    String now = fingerprint();
    assertEquals(
        RECORDED.get(RuntimeAbi.VERSION),
        now,
        "The signatures of the runtime members that generated code calls changed (classes in"
            + " RuntimeAbi.CALLED_BY_GENERATED_CODE). Bundles compiled before the change may not"
            + " link with this runtime: bump RuntimeAbi.VERSION to "
            + (RuntimeAbi.VERSION + 1)
            + " and record \""
            + now
            + "\" for it in RuntimeAbiTest.RECORDED (keep the old lines). Signatures now:\n"
            + String.join("\n", signatures()));
  }

  static String fingerprint() throws ClassNotFoundException {
    String all = String.join("\n", signatures());
    return ContentHash.sha256(all.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  static List<String> signatures() {
    List<String> out = new ArrayList<>();
    for (String name : RuntimeAbi.CALLED_BY_GENERATED_CODE) {
      Class<?> c;
      try {
        c = Class.forName(name, false, RuntimeAbiTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(name + " is listed in RuntimeAbi but does not exist", e);
      }
      List<String> members = new ArrayList<>();
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m)) {
          members.add(
              prefix(m)
                  + m.getName()
                  + MethodType.methodType(m.getReturnType(), m.getParameterTypes())
                      .toMethodDescriptorString());
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k)) {
          members.add(
              prefix(k)
                  + "<init>"
                  + MethodType.methodType(void.class, k.getParameterTypes())
                      .toMethodDescriptorString());
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f)) {
          members.add(prefix(f) + f.getName() + " " + f.getType().descriptorString());
        }
      }
      Collections.sort(members);
      for (String m : members) {
        out.add(name + " " + m);
      }
    }
    return out;
  }

  private static boolean visible(Member m) {
    return !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic();
  }

  private static String prefix(Member m) {
    return (Modifier.isStatic(m.getModifiers()) ? "static " : "")
        + (Modifier.isFinal(m.getModifiers()) && m instanceof Field ? "final " : "");
  }
}
