package io.github.dylink4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;

/**
 * Adds the precompiled bundle classes a run defined to an AppCDS class list, so that the launcher's
 * archive for {@code python} holds them already parsed and verified (docs/performance.md, "Python
 * start-up"). Used by the {@code ./dylink4j} launcher when it dumps that archive:
 *
 * <pre>
 * java -cp dylink4j.jar io.github.dylink4j.cli.CdsBundleClasses JAR CLASS_LOAD_LOG CLASS_LIST OUT_JAR
 * </pre>
 *
 * <p>{@code CLASS_LOAD_LOG} is the {@code -Xlog:class+load} output of the run. Bundle classes are
 * defined by a per-instance class loader, so JDK 17 archives them as "unregistered" classes: a
 * class-list line naming the class, its super class by id and a jar holding the class at its own
 * path ({@code OUT_JAR}, needed only while dumping). At run time the JVM uses the archived class
 * when a custom loader defines a class of that name with the same bytes (size and CRC-32), so a
 * changed bundle is simply parsed again. Only classes the JVM can archive this way are listed:
 * super class {@code java.lang.Object}, no interfaces (the compiler's classes are such), and a name
 * that appears in one bundle only.
 */
public final class CdsBundleClasses {
  private static final String BUNDLES = "META-INF/dylink4j/bundles/";
  private static final Pattern DEFINED =
      Pattern.compile("\\] (dylink4j\\.gen\\.\\S+) source: __JVM_DefineClass__$");
  private static final Pattern ID = Pattern.compile("\\bid: (\\d+)");

  private CdsBundleClasses() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println(
          "usage: CdsBundleClasses JAR CLASS_LOAD_LOG CLASS_LIST OUT_JAR (see the ./dylink4j"
              + " launcher)");
      System.exit(2);
    }
    int added = append(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
    System.out.println(added + " bundle classes added to " + args[2]);
  }

  /**
   * Writes the archivable bundle classes named in {@code classLoadLog} from {@code jar} into {@code
   * outJar} and appends their lines to {@code classList}; returns how many.
   */
  static int append(Path jar, Path classLoadLog, Path classList, Path outJar) throws IOException {
    Set<String> defined = definedGeneratedClasses(classLoadLog);
    Map<String, byte[]> classes = archivableClasses(jar, defined);
    try (OutputStream out = Files.newOutputStream(outJar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : classes.entrySet()) {
        jarOut.putNextEntry(new JarEntry(e.getKey() + ".class"));
        jarOut.write(e.getValue());
        jarOut.closeEntry();
      }
    }
    if (classes.isEmpty()) {
      return 0;
    }
    int object = nextId(classList);
    StringBuilder lines = new StringBuilder();
    lines.append("java/lang/Object id: ").append(object).append('\n');
    int id = object + 1;
    String source = outJar.toAbsolutePath().toString();
    for (String name : classes.keySet()) {
      lines.append(name).append(" id: ").append(id++).append(" super: ").append(object);
      lines.append(" source: ").append(source).append('\n');
    }
    Files.writeString(classList, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return classes.size();
  }

  /** Internal names of the generated classes the log shows as defined (not from an archive). */
  static Set<String> definedGeneratedClasses(Path classLoadLog) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(classLoadLog, StandardCharsets.UTF_8)) {
      Matcher m = DEFINED.matcher(line);
      if (m.find()) {
        names.add(m.group(1).replace('.', '/'));
      }
    }
    return names;
  }

  /** The wanted classes found in exactly one bundle of {@code jar}, whose shape CDS accepts. */
  private static Map<String, byte[]> archivableClasses(Path jar, Set<String> wanted)
      throws IOException {
    Map<String, List<ZipEntry>> found = new HashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      zip.stream()
          .filter(e -> e.getName().startsWith(BUNDLES) && e.getName().endsWith(".class"))
          .forEach(
              e -> {
                String path = e.getName();
                int gen = path.indexOf("/dylink4j/gen/", BUNDLES.length());
                if (gen >= 0) {
                  String name = path.substring(gen + 1, path.length() - ".class".length());
                  if (wanted.contains(name)) {
                    found.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
                  }
                }
              });
      Map<String, byte[]> classes = new TreeMap<>();
      for (Map.Entry<String, List<ZipEntry>> e : found.entrySet()) {
        if (e.getValue().size() != 1) {
          continue; // two bundles define it (e.g. two builds of one module): which ran is unknown
        }
        byte[] bytes = read(zip, e.getValue().get(0));
        ClassReader reader = new ClassReader(bytes);
        if ("java/lang/Object".equals(reader.getSuperName())
            && reader.getInterfaces().length == 0
            && e.getKey().equals(reader.getClassName())) {
          classes.put(e.getKey(), bytes);
        }
      }
      return classes;
    }
  }

  private static byte[] read(ZipFile zip, ZipEntry entry) {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + entry.getName() + " from " + zip.getName(), e);
    }
  }

  /** An id above every id the class list uses already. */
  private static int nextId(Path classList) throws IOException {
    int max = -1;
    for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
      Matcher m = ID.matcher(line);
      while (m.find()) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
    }
    return max + 1;
  }
}
