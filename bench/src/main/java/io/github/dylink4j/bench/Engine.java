package io.github.dylink4j.bench;

/** The JVM engines compared in one JMH run (node and native run outside the JVM: bench/run). */
public enum Engine {
  DYLINK4J("dylink4j") {
    @Override
    public Runner load(Workload w) {
      return Dylink4jRunner.load(w);
    }
  },
  CHICORY_COMPILER("chicory-compiler") {
    @Override
    public Runner load(Workload w) {
      return ChicoryRunner.load(w, true);
    }
  },
  CHICORY_INTERPRETER("chicory-interpreter") {
    @Override
    public Runner load(Workload w) {
      return ChicoryRunner.load(w, false);
    }
  };

  private final String label;

  Engine(String label) {
    this.label = label;
  }

  /** The name used in JMH parameters and in the table. */
  public String label() {
    return label;
  }

  public static Engine labelled(String label) {
    for (Engine e : values()) {
      if (e.label.equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no engine called " + label);
  }

  /** Chicory has no dynamic loader: it runs the one-module builds only. */
  public boolean supports(Workload w) {
    return this == DYLINK4J || !w.dynamic();
  }

  /** Compiles and instantiates the workload (and its side module) and runs its initialiser. */
  public abstract Runner load(Workload w);

  /**
   * Loads the workload and checks one {@code run} against its expected checksum: a wrong answer is
   * a failure, never a timing.
   */
  public Runner loadChecked(Workload w, boolean quick) {
    Runner r = load(w);
    long got = r.run(w.size(quick));
    if (got != w.expected(quick)) {
      throw new IllegalStateException(
          String.format(
              "%s: %s.wasm run(%d) returned checksum %d, expected %d (from the native build)",
              label, w.name(), w.size(quick), got, w.expected(quick)));
    }
    return r;
  }
}
