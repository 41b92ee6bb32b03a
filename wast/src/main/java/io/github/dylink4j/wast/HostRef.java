package io.github.dylink4j.wast;

/**
 * The script's {@code ref.extern N}: an opaque host object passed as an externref. Equal numbers
 * mean the same reference, as in the spec interpreter.
 */
public record HostRef(long id) {
  @Override
  public String toString() {
    return "ref.extern " + id;
  }
}
