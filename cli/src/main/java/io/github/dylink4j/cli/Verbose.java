package io.github.dylink4j.cli;

/** A command with a {@code --verbose} option, which also turns error stack traces on. */
public interface Verbose {
  boolean verbose();
}
