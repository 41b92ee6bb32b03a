package io.github.dylink4j.cli;

import io.github.dylink4j.compiler.CompileException;
import io.github.dylink4j.compiler.Compiler;
import io.github.dylink4j.compiler.CompilerProvider;
import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.bundle.BundleDescriptor;
import io.github.dylink4j.runtime.bundle.BundleFormatException;
import io.github.dylink4j.runtime.bundle.BundleWriter;
import io.github.dylink4j.runtime.bundle.ImageLookup;
import io.github.dylink4j.runtime.bundle.ResourceSink;
import io.github.dylink4j.runtime.dylink.DylinkFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dylink4j compile}: compiles main modules and side modules ahead of time into precompiled
 * bundles (see {@link io.github.dylink4j.runtime.bundle.BundleLayout}) in a jar, so that an
 * application with that jar on its class path loads them without compiling, and without the
 * compiler.
 */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Compiles wasm modules (app.wasm, libfoo.so) into precompiled bundles in a jar.",
      "Put the jar on the class path next to dylink4j-runtime: the runtime then finds each"
          + " module's bundle by file name and SHA-256 and needs no compiler.",
      "Exit status: 0 when every input compiled; 1 otherwise (nothing is written)."
    })
public final class CompileCommand implements Callable<Integer>, Verbose {
  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The jar to write (replaced), or an existing folder to write the bundles into.")
  Path output;

  @Option(
      names = {"-v", "--verbose"},
      description = "Java stack traces on errors.")
  boolean verbose;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "INPUT", description = "wasm modules.")
  List<Path> inputs = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() throws IOException {
    String generator = ImageLookup.generatorOf(CompilerProvider.class);
    // Everything in memory first: a bad input leaves no partial output.
    Map<String, byte[]> resources = new LinkedHashMap<>();
    List<String> report = new ArrayList<>();
    for (Path input : inputs) {
      byte[] wasm = read(input);
      String name = input.getFileName().toString();
      BundleDescriptor d;
      try {
        ModuleImage image = Compiler.compile(wasm, name);
        d = BundleWriter.write(name, wasm, image, generator, resources::put);
      } catch (CompileException | DylinkFormatException | BundleFormatException e) {
        throw new CliError(input, "cannot compile: " + e.getMessage(), e);
      }
      report.add(
          name
              + ": "
              + d.classes().size()
              + " classes, bundle "
              + d.libraryName()
              + "-"
              + d.sha256().substring(0, 12));
    }
    if (Files.isDirectory(output)) {
      ResourceSink sink = ResourceSink.directory(output);
      for (Map.Entry<String, byte[]> r : resources.entrySet()) {
        sink.put(r.getKey(), r.getValue());
      }
    } else {
      ResourceSink.writeAtomically(output, jar(resources));
    }
    PrintWriter out = spec.commandLine().getOut();
    report.forEach(out::println);
    out.println("wrote " + inputs.size() + " bundle(s) to " + output);
    out.flush();
    return 0;
  }

  private static byte[] jar(Map<String, byte[]> resources) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Created-By", "dylink4j compile");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
      Set<String> folders = new HashSet<>();
      for (Map.Entry<String, byte[]> r : resources.entrySet()) {
        addFolders(jar, r.getKey(), folders);
        jar.putNextEntry(new JarEntry(r.getKey()));
        jar.write(r.getValue());
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Jar tools expect an entry for every folder. */
  private static void addFolders(JarOutputStream jar, String path, Set<String> done)
      throws IOException {
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      String folder = path.substring(0, i + 1);
      if (done.add(folder)) {
        jar.putNextEntry(new JarEntry(folder));
        jar.closeEntry();
      }
    }
  }

  private static byte[] read(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new CliError(file, "is a directory, not a wasm file", null);
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CliError(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new CliError(file, "permission denied", e);
    } catch (IOException e) {
      throw new CliError(file, "cannot read: " + e.getMessage(), e);
    }
  }
}
