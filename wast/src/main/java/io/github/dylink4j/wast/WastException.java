package io.github.dylink4j.wast;

/** A script that cannot be converted or read: names the file and what is wrong. */
public class WastException extends RuntimeException {
  public WastException(String message, Throwable cause) {
    super(message, cause);
  }
}
