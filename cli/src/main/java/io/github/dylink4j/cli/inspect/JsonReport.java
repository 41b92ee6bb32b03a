package io.github.dylink4j.cli.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dylink4j.runtime.dylink.Dylink0Section;
import io.github.dylink4j.runtime.dylink.DylinkInfo;
import io.github.dylink4j.runtime.dylink.LegacyDylinkSection;
import io.github.dylink4j.runtime.dylink.SectionHeader;
import io.github.dylink4j.runtime.dylink.Subsection;
import io.github.dylink4j.runtime.dylink.Subsection.ExportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.ImportInfo;
import io.github.dylink4j.runtime.dylink.Subsection.MemInfo;
import io.github.dylink4j.runtime.dylink.Subsection.Needed;
import io.github.dylink4j.runtime.dylink.Subsection.RuntimePath;
import io.github.dylink4j.runtime.dylink.Subsection.Unknown;
import io.github.dylink4j.runtime.dylink.SymbolFlags;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Inspection} as JSON for scripts. Built as an explicit tree rather than by
 * serialising the model, so the JSON shape is a deliberate format and not an accident of field
 * names.
 */
final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String render(Inspection in) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", in.file());
    root.put("size", in.size());
    root.put("kind", in.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    root.put("sideModule", in.isSideModule());
    ArrayNode sections = root.putArray("sections");
    for (SectionHeader s : in.sections()) {
      ObjectNode node = sections.addObject();
      node.put("id", s.id());
      node.put("kind", s.kindName());
      if (s.isCustom()) {
        node.put("name", s.customName());
      }
      node.put("offset", s.offset());
      node.put("size", s.payloadSize());
    }
    in.dylink()
        .ifPresentOrElse(d -> dylink(root.putObject("dylink"), d), () -> root.putNull("dylink"));
    groups(root.putObject("imports"), in.importCount(), in.imports());
    groups(root.putObject("exports"), in.exportCount(), in.exports());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static void dylink(ObjectNode node, DylinkInfo info) {
    node.put("section", info.sectionName());
    node.put("offset", info.offset());
    if (info instanceof Dylink0Section d) {
      ArrayNode subsections = node.putArray("subsections");
      for (Subsection sub : d.subsections()) {
        subsection(subsections.addObject(), sub);
      }
    } else if (info instanceof LegacyDylinkSection legacy) {
      memInfo(node, legacy.memInfo());
      strings(node.putArray("needed"), legacy.needed());
    }
  }

  private static void subsection(ObjectNode node, Subsection sub) {
    node.put("type", sub.type());
    node.put("name", sub.typeName());
    if (sub instanceof MemInfo m) {
      memInfo(node, m);
    } else if (sub instanceof Needed n) {
      strings(node.putArray("libraries"), n.libraries());
    } else if (sub instanceof RuntimePath r) {
      strings(node.putArray("paths"), r.paths());
    } else if (sub instanceof ExportInfo e) {
      ArrayNode symbols = node.putArray("symbols");
      for (var s : e.symbols()) {
        ObjectNode symbol = symbols.addObject();
        symbol.put("name", s.name());
        flags(symbol, s.flags());
      }
    } else if (sub instanceof ImportInfo i) {
      ArrayNode symbols = node.putArray("symbols");
      for (var s : i.symbols()) {
        ObjectNode symbol = symbols.addObject();
        symbol.put("module", s.module());
        symbol.put("field", s.field());
        flags(symbol, s.flags());
      }
    } else if (sub instanceof Unknown u) {
      node.put("bytes", HexFormat.of().formatHex(u.payload()));
    }
  }

  private static void memInfo(ObjectNode node, MemInfo m) {
    node.put("memorySize", m.memorySize());
    node.put("memoryAlignment", m.memoryAlignment());
    node.put("tableSize", m.tableSize());
    node.put("tableAlignment", m.tableAlignment());
  }

  private static void flags(ObjectNode node, SymbolFlags flags) {
    node.put("flags", flags.bits());
    strings(node.putArray("flagNames"), flags.names());
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void groups(ObjectNode node, int total, List<EntryGroup> groups) {
    node.put("count", total);
    ArrayNode array = node.putArray("groups");
    for (EntryGroup group : groups) {
      ObjectNode g = array.addObject();
      g.put("key", group.key());
      g.put("title", group.title());
      g.put("count", group.count());
      ArrayNode entries = g.putArray("entries");
      for (Entry e : group.entries()) {
        ObjectNode entry = entries.addObject();
        if (e.module() != null) {
          entry.put("module", e.module());
        }
        entry.put("name", e.name());
        entry.put("kind", e.kind());
        entry.put("type", e.type());
        if (e.value() != null) {
          entry.put("value", e.value());
        }
      }
    }
  }
}
