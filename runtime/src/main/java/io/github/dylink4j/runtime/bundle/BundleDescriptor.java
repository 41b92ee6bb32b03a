package io.github.dylink4j.runtime.bundle;

import io.github.dylink4j.runtime.ModuleImage;
import io.github.dylink4j.runtime.dylink.DylinkFormatException;
import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.DylinkReader;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.WasmSections;
import io.github.dylink4j.runtime.internal.ModuleSpec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * What a precompiled module is, without its class files: for which runtime ABI ({@link RuntimeAbi})
 * it was compiled, from which library (name and SHA-256 of the wasm bytes), by what compiler, its
 * {@code dylink.0} section, and the whole {@link ModuleSpec} except the classes, for which it keeps
 * names, sizes and checksums.
 *
 * <p>Encoding ({@link java.io.DataOutputStream} conventions, big-endian):
 *
 * <pre>
 * magic      8 bytes  00 'D' 'L' '4' 'J' 'B' 'N' 'D'
 * version    u16      {@link #FORMAT_VERSION}
 * length     u32      of the body
 * body                runtime ABI (u32), library name, sha256 hex, generator, dylink section, spec,
 *                     class list
 * checksum   u32      CRC32C of the body
 * </pre>
 *
 * @param runtimeAbi the {@link RuntimeAbi#VERSION} the classes were compiled for
 * @param libraryName the library's file name, e.g. {@code libfoo.so}
 * @param sha256 hex SHA-256 of the wasm bytes it was compiled from
 * @param generator which compiler made the classes (a class name and version)
 * @param dylinkSection the module's first section when it is {@code dylink.0} (id, size and payload
 *     as in the file), or null for a module without one
 * @param spec everything instantiation needs except the classes (its class map is empty)
 * @param classes the generated classes in a fixed order, with their sizes and checksums
 */
public record BundleDescriptor(
    int runtimeAbi,
    String libraryName,
    String sha256,
    String generator,
    byte[] dylinkSection,
    ModuleSpec spec,
    List<ClassEntry> classes) {

  /** Bump when the encoding or {@link ModuleSpec} changes (2: the runtime ABI). */
  public static final int FORMAT_VERSION = 2;

  private static final byte[] MAGIC = {0, 'D', 'L', '4', 'J', 'B', 'N', 'D'};
  private static final int HEADER = MAGIC.length + 2 + 4;
  private static final int TRAILER = 4;

  /** One generated class: binary name, size and CRC32C of its bytes. */
  public record ClassEntry(String binaryName, int length, int crc32c) {}

  public BundleDescriptor {
    classes = List.copyOf(classes);
  }

  /** The descriptor of {@code image}, compiled from {@code wasm}. */
  public static BundleDescriptor of(
      String libraryName, byte[] wasm, String generator, ModuleImage image) {
    ModuleSpec spec = image.spec();
    List<ClassEntry> entries = new ArrayList<>();
    for (Map.Entry<String, byte[]> c : spec.classes().entrySet()) {
      entries.add(new ClassEntry(c.getKey(), c.getValue().length, crc32c(c.getValue())));
    }
    return new BundleDescriptor(
        RuntimeAbi.VERSION,
        BundleLayout.libraryName(libraryName),
        ContentHash.sha256(wasm),
        generator,
        dylinkSection(wasm),
        withClasses(spec, Map.of()),
        entries);
  }

  /** The decoded {@code dylink.0} metadata, empty for a module without it. */
  public Optional<DylinkInfo> dylinkInfo() {
    if (dylinkSection == null) {
      return Optional.empty();
    }
    byte[] module = new byte[WasmSections.HEADER_SIZE + dylinkSection.length];
    System.arraycopy(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, 0, module, 0, 8);
    System.arraycopy(dylinkSection, 0, module, 8, dylinkSection.length);
    return DylinkReader.read(module);
  }

  /** The full spec, once the class files are at hand; each one is checked against this list. */
  public ModuleSpec toSpec(Map<String, byte[]> classFiles, String where) {
    Map<String, byte[]> ordered = new LinkedHashMap<>();
    for (ClassEntry entry : classes) {
      byte[] bytes = classFiles.get(entry.binaryName());
      if (bytes == null) {
        throw new BundleFormatException(where + ": class " + entry.binaryName() + " is missing");
      }
      if (bytes.length != entry.length() || crc32c(bytes) != entry.crc32c()) {
        throw new BundleFormatException(
            where
                + ": class "
                + entry.binaryName()
                + " does not match the descriptor ("
                + bytes.length
                + " bytes, expected "
                + entry.length()
                + " with CRC32C "
                + Integer.toHexString(entry.crc32c())
                + ")");
      }
      ordered.put(entry.binaryName(), bytes);
    }
    return withClasses(spec, ordered);
  }

  public byte[] encode() {
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(runtimeAbi);
      SpecCodec.writeString(out, libraryName);
      SpecCodec.writeString(out, sha256);
      SpecCodec.writeString(out, generator);
      SpecCodec.writeBytesOrNull(out, dylinkSection);
      SpecCodec.write(spec, out);
      out.writeInt(classes.size());
      for (ClassEntry c : classes) {
        SpecCodec.writeString(out, c.binaryName());
        out.writeInt(c.length());
        out.writeInt(c.crc32c());
      }
      out.flush();
      byte[] bodyBytes = body.toByteArray();
      ByteArrayOutputStream all = new ByteArrayOutputStream(HEADER + bodyBytes.length + TRAILER);
      DataOutputStream o = new DataOutputStream(all);
      o.write(MAGIC);
      o.writeShort(FORMAT_VERSION);
      o.writeInt(bodyBytes.length);
      o.write(bodyBytes);
      o.writeInt(crc32c(bodyBytes, 0, bodyBytes.length));
      o.flush();
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
  }

  /** The length of the encoded descriptor at the start of {@code bytes}, checked. */
  static int encodedLength(byte[] bytes, String where) {
    if (bytes.length < HEADER + TRAILER) {
      throw new BundleFormatException(
          where + ": truncated: " + bytes.length + " bytes, a descriptor has at least 18");
    }
    if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new BundleFormatException(where + ": not a dylink4j bundle descriptor (bad magic)");
    }
    int version = (bytes[8] & 0xff) << 8 | bytes[9] & 0xff;
    if (version != FORMAT_VERSION) {
      throw new BundleFormatException(
          where
              + ": descriptor format version "
              + version
              + ", this runtime reads version "
              + FORMAT_VERSION
              + "; recompile the bundle");
    }
    long length = new BinaryInput(bytes, 10, 14, where).i32("body length") & 0xffffffffL;
    if (length > bytes.length - HEADER - TRAILER) {
      throw new BundleFormatException(
          where
              + ": truncated: the body declares "
              + length
              + " bytes but only "
              + (bytes.length - HEADER - TRAILER)
              + " follow the header");
    }
    return HEADER + (int) length + TRAILER;
  }

  /**
   * Decodes a descriptor that is exactly {@code bytes}.
   *
   * @throws BundleFormatException when damaged, or compiled for another {@link RuntimeAbi}
   */
  public static BundleDescriptor decode(byte[] bytes, String where) {
    int length = encodedLength(bytes, where);
    if (length != bytes.length) {
      throw new BundleFormatException(
          where + ": " + (bytes.length - length) + " unexpected bytes after the descriptor");
    }
    return decodePrefix(bytes, where);
  }

  /**
   * Decodes the descriptor at the start of {@code bytes} (a cache entry continues after it).
   *
   * @throws BundleFormatException when damaged, or compiled for another {@link RuntimeAbi}
   */
  static BundleDescriptor decodePrefix(byte[] bytes, String where) {
    int length = encodedLength(bytes, where);
    int bodyEnd = length - TRAILER;
    int stored = new BinaryInput(bytes, bodyEnd, length, where).i32("checksum");
    if (stored != crc32c(bytes, HEADER, bodyEnd - HEADER)) {
      throw new BundleFormatException(where + ": checksum mismatch (the descriptor is corrupt)");
    }
    BinaryInput in = new BinaryInput(bytes, HEADER, bodyEnd, where);
    int runtimeAbi = in.i32("runtime ABI");
    String libraryName = in.string("library name");
    String sha256 = in.string("content hash");
    if (!ContentHash.isSha256Hex(sha256)) {
      throw in.error("bad content hash '" + sha256 + "'");
    }
    String generator = in.string("generator");
    if (runtimeAbi != RuntimeAbi.VERSION) {
      // Checked before the spec is decoded: only the fields above are shared by every ABI.
      throw RuntimeAbi.mismatch(where, runtimeAbi, generator);
    }
    byte[] dylink = in.bytesOrNull("dylink section");
    ModuleSpec spec = SpecCodec.read(in);
    int classCount = in.count("class count", 12);
    List<ClassEntry> classes = new ArrayList<>(classCount);
    for (int i = 0; i < classCount; i++) {
      classes.add(new ClassEntry(in.string("class name"), in.i32("class size"), in.i32("crc")));
    }
    if (!in.atEnd()) {
      throw in.error("unexpected bytes before the checksum");
    }
    return new BundleDescriptor(runtimeAbi, libraryName, sha256, generator, dylink, spec, classes);
  }

  /** The module's first section when it is a dylink section, as bytes of the file. */
  private static byte[] dylinkSection(byte[] wasm) {
    try {
      List<SectionHeader> sections = WasmSections.scan(wasm);
      if (DylinkReader.read(wasm, sections).isEmpty()) {
        return null;
      }
      SectionHeader first = sections.get(0);
      return Arrays.copyOfRange(wasm, first.offset(), first.end());
    } catch (DylinkFormatException e) {
      throw new BundleFormatException("cannot read the dylink section: " + e.getMessage(), e);
    }
  }

  static ModuleSpec withClasses(ModuleSpec s, Map<String, byte[]> classes) {
    return new ModuleSpec(
        s.name(),
        s.imports(),
        s.types(),
        s.functionTypes(),
        s.functionOwners(),
        s.memories(),
        s.tables(),
        s.globals(),
        s.exports(),
        s.dataSegments(),
        s.elemSegmentCount(),
        s.elemFunctions(),
        s.startFunction(),
        classes,
        s.mainClass());
  }

  static ModuleSpec renamed(ModuleSpec s, String name) {
    return new ModuleSpec(
        name,
        s.imports(),
        s.types(),
        s.functionTypes(),
        s.functionOwners(),
        s.memories(),
        s.tables(),
        s.globals(),
        s.exports(),
        s.dataSegments(),
        s.elemSegmentCount(),
        s.elemFunctions(),
        s.startFunction(),
        s.classes(),
        s.mainClass());
  }

  static int crc32c(byte[] b) {
    return crc32c(b, 0, b.length);
  }

  static int crc32c(byte[] b, int off, int len) {
    CRC32C crc = new CRC32C();
    crc.update(b, off, len);
    return (int) crc.getValue();
  }
}
