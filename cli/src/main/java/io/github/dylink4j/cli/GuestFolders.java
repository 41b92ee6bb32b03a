package io.github.dylink4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host folders `dylink4j python` offers the guest, by guest name (a later folder under the same
 * name replaces the earlier one). Folders found on the command line keep their absolute host path
 * as guest name, so paths Python prints are the host's.
 */
final class GuestFolders {
  /** A host folder and the guest path it appears under. */
  record Folder(Path host, String guest) {}

  private final Map<String, Path> byGuest = new LinkedHashMap<>();

  void add(Path host, String guest) {
    byGuest.remove(guest); // keep insertion order meaningful: the latest definition wins
    byGuest.put(guest, host);
  }

  /**
   * A {@code PYTHONPATH} value for the guest: each existing folder (relative ones against {@code
   * cwd}) is offered under its absolute path; other entries are kept as written, and CPython
   * ignores them as it does natively.
   */
  String mapSearchPath(String pythonPath, Path cwd) {
    List<String> out = new ArrayList<>();
    for (String entry : pythonPath.split(":", -1)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path host = cwd.resolve(entry).toAbsolutePath().normalize();
      if (Files.isDirectory(host)) {
        add(host, host.toString());
        out.add(host.toString());
      } else {
        out.add(entry);
      }
    }
    return String.join(":", out);
  }

  /**
   * The path to give CPython for a script: a relative path inside {@code cwd} (the guest's working
   * directory, offered under its own path) as written; otherwise the absolute path, with the
   * script's folder offered under it.
   */
  String mapScript(String script, Path cwd) {
    Path given = Path.of(script);
    if (!given.isAbsolute() && !given.normalize().startsWith("..")) {
      return script;
    }
    Path host = cwd.resolve(given).toAbsolutePath().normalize();
    Path folder = host.getParent();
    if (folder != null && Files.isDirectory(folder)) {
      add(folder, folder.toString());
      return host.toString();
    }
    return script; // CPython reports the missing file, as python3 does
  }

  List<Folder> folders() {
    List<Folder> list = new ArrayList<>();
    byGuest.forEach((guest, host) -> list.add(new Folder(host, guest)));
    return list;
  }
}
