package io.github.dylink4j.runtime.link;

import io.github.dylink4j.runtime.LinkException;

/**
 * A failed dynamic-linking operation. The message follows glibc's {@code dlerror()} texts (e.g.
 * {@code "./libfoo.so: undefined symbol: bar"}) so that programs print the same thing natively and
 * here.
 */
public final class DlException extends LinkException {
  private static final long serialVersionUID = 1L;

  public DlException(String message) {
    super(message);
  }

  public DlException(String message, Throwable cause) {
    super(message);
    initCause(cause);
  }
}
