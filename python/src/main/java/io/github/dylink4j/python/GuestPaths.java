package io.github.dylink4j.python;

import io.github.dylink4j.wasi.WasiOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guest paths as the host functions see them ({@code realpath}): made absolute against the guest's
 * working directory, {@code .} and {@code ..} removed, and mapped to a host file through the
 * preopened directories (longest guest prefix first), as WASI's own lookups are.
 */
final class GuestPaths {
  private final List<WasiOptions.Preopen> preopens;

  GuestPaths(List<WasiOptions.Preopen> preopens) {
    this.preopens = List.copyOf(preopens);
  }

  /** The absolute, normalised form of {@code path}, relative to {@code cwd} unless absolute. */
  static String normalize(String cwd, String path) {
    return normalize(path.startsWith("/") ? path : cwd + "/" + path);
  }

  /** The normalised form of {@code path}, taken as relative to {@code /}. */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(p);
    }
    return "/" + String.join("/", parts);
  }

  /** The host file behind a normalised guest path, or null when no preopen holds it. */
  Path host(String normalized) {
    Path best = null;
    int bestLength = -1;
    for (WasiOptions.Preopen p : preopens) {
      String prefix = normalize(p.guestName());
      String rest;
      if (prefix.equals("/")) {
        rest = normalized.substring(1);
      } else if (normalized.equals(prefix)) {
        rest = "";
      } else if (normalized.startsWith(prefix + "/")) {
        rest = normalized.substring(prefix.length() + 1);
      } else {
        continue;
      }
      if (prefix.length() > bestLength) {
        bestLength = prefix.length();
        best = rest.isEmpty() ? p.hostDir() : p.hostDir().resolve(rest);
      }
    }
    return best;
  }

  /**
   * The existing host file behind a normalised guest path with symbolic links resolved, or null
   * when there is none or it lies outside its preopened directory (a link leading out of it).
   */
  Path realHost(String normalized) {
    Path host = host(normalized);
    if (host == null) {
      return null;
    }
    for (WasiOptions.Preopen p : preopens) {
      try {
        Path root = p.hostDir().toRealPath();
        Path real = host.toRealPath();
        if (host.startsWith(p.hostDir()) && real.startsWith(root)) {
          return real;
        }
      } catch (IOException e) {
        // missing file or preopen: try the next preopen, else none
      }
    }
    return null;
  }

  /** Whether the guest path names an existing file or directory. */
  boolean exists(String normalized) {
    Path host = host(normalized);
    return host != null && Files.exists(host, LinkOption.NOFOLLOW_LINKS);
  }
}
