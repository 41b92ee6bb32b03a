package io.github.dylink4j.wasi;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * What a WASI program sees of the world: its arguments, environment, standard streams and preopened
 * directories. Preopens are {@link Path}s of any NIO file system, so an embedder can give the guest
 * an in-memory file system (for example Jimfs) instead of the host's.
 */
public final class WasiOptions {
  /** A host directory offered to the guest under {@code guestName}. */
  public record Preopen(Path hostDir, String guestName) {
    public Preopen {
      Objects.requireNonNull(hostDir, "hostDir");
      Objects.requireNonNull(guestName, "guestName");
    }
  }

  private final List<String> args;
  private final Map<String, String> env;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final List<Preopen> preopens;
  private final Random random;
  private final Clock wallClock;

  private WasiOptions(Builder b) {
    this.args = List.copyOf(b.args);
    this.env = new LinkedHashMap<>(b.env);
    this.stdin = b.stdin;
    this.stdout = b.stdout;
    this.stderr = b.stderr;
    this.preopens = List.copyOf(b.preopens);
    this.random = b.random;
    this.wallClock = b.wallClock;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<String> args() {
    return args;
  }

  public Map<String, String> env() {
    return Map.copyOf(env);
  }

  List<Map.Entry<String, String>> envEntries() {
    return List.copyOf(env.entrySet());
  }

  public InputStream stdin() {
    return stdin;
  }

  public OutputStream stdout() {
    return stdout;
  }

  public OutputStream stderr() {
    return stderr;
  }

  public List<Preopen> preopens() {
    return preopens;
  }

  Random random() {
    return random;
  }

  Clock wallClock() {
    return wallClock;
  }

  public static final class Builder {
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private final List<Preopen> preopens = new ArrayList<>();
    private Random random = new SecureRandom();
    private Clock wallClock = Clock.systemUTC();

    private Builder() {}

    /** The guest's argv, program name first. */
    public Builder args(List<String> args) {
      this.args.clear();
      this.args.addAll(args);
      return this;
    }

    public Builder env(String name, String value) {
      if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("invalid environment variable name: '" + name + "'");
      }
      env.put(name, value);
      return this;
    }

    public Builder stdin(InputStream in) {
      this.stdin = Objects.requireNonNull(in);
      return this;
    }

    public Builder stdout(OutputStream out) {
      this.stdout = Objects.requireNonNull(out);
      return this;
    }

    public Builder stderr(OutputStream err) {
      this.stderr = Objects.requireNonNull(err);
      return this;
    }

    /** Offers {@code hostDir} (a directory of any NIO file system) as {@code guestName}. */
    public Builder preopen(Path hostDir, String guestName) {
      preopens.add(new Preopen(hostDir, guestName));
      return this;
    }

    /** The source of {@code random_get} (default: {@link SecureRandom}). */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    /** The realtime clock (default: the system clock). */
    public Builder wallClock(Clock clock) {
      this.wallClock = Objects.requireNonNull(clock);
      return this;
    }

    public WasiOptions build() {
      return new WasiOptions(this);
    }
  }
}
