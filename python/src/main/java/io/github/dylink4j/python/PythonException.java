package io.github.dylink4j.python;

/**
 * Python code run by {@link Python#exec} or {@link Python#eval} raised an exception (or ended the
 * interpreter). The message is what CPython prints for it: the traceback, ending with the
 * exception's type and text.
 */
public class PythonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String traceback;
  private final int exitStatus;

  PythonException(String traceback) {
    super(traceback.strip());
    this.traceback = traceback;
    this.exitStatus = -1;
  }

  PythonException(String message, int exitStatus) {
    super(message);
    this.traceback = "";
    this.exitStatus = exitStatus;
  }

  /** The traceback text as CPython formats it (empty when the interpreter exited instead). */
  public String traceback() {
    return traceback;
  }

  /**
   * The exception's type and text: the traceback's last line, e.g. {@code ZeroDivisionError:
   * division by zero}.
   */
  public String summary() {
    String text = traceback.strip();
    int newline = text.lastIndexOf('\n');
    return newline < 0 ? text : text.substring(newline + 1);
  }

  /** The exit status when the code ended the interpreter ({@code os._exit}), else -1. */
  public int exitStatus() {
    return exitStatus;
  }
}
