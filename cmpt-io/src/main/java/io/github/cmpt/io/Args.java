package io.github.cmpt.io;

import java.util.Objects;

/**
 * Argument checks with the messages of the rest of cmpt:
 * {@code Invalid value for maxProblems (valid values x >= 0): -1}.
 */
final class Args {

  private Args() {}

  static void check(boolean condition, String field, String rule, Object value) {
    if (!condition) {
      throw new IllegalArgumentException(
          "Invalid value for " + field + " (valid values " + rule + "): " + value);
    }
  }

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
