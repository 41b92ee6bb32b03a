package io.github.dylink4j.cli;

import java.util.List;

/** Reads python3's command line the way CPython does, to find the SCRIPT argument. */
final class PythonArgs {
  private PythonArgs() {}

  /**
   * Whether the one-letter option {@code flag} (e.g. {@code 'S'}) is among python3's options, which
   * end at {@code -c}, {@code -m}, {@code -}, {@code --} or the script.
   */
  static boolean hasFlag(List<String> args, char flag) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--") || a.equals("-") || !a.startsWith("-")) {
        return false;
      }
      if (a.startsWith("--")) {
        i += a.equals("--check-hash-based-pycs") ? 1 : 0;
        continue;
      }
      for (int k = 1; k < a.length(); k++) {
        char c = a.charAt(k);
        if (c == flag) {
          return true;
        }
        if (c == 'c' || c == 'm') {
          return false;
        }
        if (c == 'W' || c == 'X') {
          i += k == a.length() - 1 ? 1 : 0;
          break;
        }
      }
    }
    return false;
  }

  /**
   * The index of the script path in python3's arguments, or -1 when there is none ({@code -c},
   * {@code -m}, {@code -} or nothing: the program comes from elsewhere).
   */
  static int scriptIndex(List<String> args) {
    int i = 0;
    while (i < args.size()) {
      String a = args.get(i);
      if (a.equals("--")) {
        return i + 1 < args.size() && !args.get(i + 1).equals("-") ? i + 1 : -1;
      }
      if (a.equals("-") || !a.startsWith("-")) {
        return a.equals("-") ? -1 : i;
      }
      if (a.startsWith("--")) {
        // --check-hash-based-pycs takes a value; other long options (--help, --version) do not.
        i += a.equals("--check-hash-based-pycs") ? 2 : 1;
        continue;
      }
      // A cluster of one-letter options, e.g. -uS, -Wignore, -X dev, -c CODE.
      boolean valueInNext = false;
      for (int k = 1; k < a.length(); k++) {
        char c = a.charAt(k);
        if (c == 'c' || c == 'm') {
          return -1;
        }
        if (c == 'W' || c == 'X') {
          valueInNext = k == a.length() - 1;
          break;
        }
      }
      i += valueInNext ? 2 : 1;
    }
    return -1;
  }
}
