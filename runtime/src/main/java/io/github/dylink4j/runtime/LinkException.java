package io.github.dylink4j.runtime;

/**
 * Instantiation failed because an import is missing or has an incompatible type. The message names
 * the import, e.g. {@code "unknown import: spectest.foo"}.
 */
public class LinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LinkException(String message) {
    super(message);
  }
}
