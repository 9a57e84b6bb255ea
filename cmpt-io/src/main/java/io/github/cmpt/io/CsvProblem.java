package io.github.cmpt.io;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one place of a CSV file, and the rule it breaks, such as
 * {@code visits.csv, line 12, column 5 (minutes): not a whole number of minutes (a value of 3
 * characters)}.
 *
 * <p>The message never quotes a value of the file: a value that breaks a rule may be an
 * identifier shifted under another column, so the message gives its length and the rule instead.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CsvProblem {

  private final String source;
  private final long line;
  private final int columnNumber;
  private final @Nullable String column;
  private final CsvRule rule;
  private final String message;

  CsvProblem(
      String source, long line, int columnNumber, @Nullable String column, CsvRule rule,
      String message) {
    this.source = source;
    this.line = line;
    this.columnNumber = columnNumber;
    this.column = column;
    this.rule = rule;
    this.message = message;
  }

  /** Returns this problem, its line moved down by the lines of a file before its part. */
  CsvProblem movedBy(long lines) {
    return lines == 0
        ? this
        : new CsvProblem(source, line + lines, columnNumber, column, rule, message);
  }

  /**
   * Returns the name of the file or other source read.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line number, from 1: where the row starts for a problem of the whole row, where
   * the field starts for a problem of one field (the opening quote of an unclosed one), and the
   * line of the bytes for an encoding problem.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the position of the column, from 1, or 0 for a problem with the whole row.
   *
   * @return the column number
   */
  public int columnNumber() {
    return columnNumber;
  }

  /**
   * Returns the name of the column as the header writes it, if the problem is in one column of
   * the header.
   *
   * @return the column name, or empty
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public CsvRule rule() {
    return rule;
  }

  /**
   * Returns what is wrong, such as {@code not a whole number of minutes (a value of 3
   * characters)}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns whether another object is a problem at the same place with the same rule and message.
   *
   * @param obj the other object
   * @return true for an equal problem
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CsvProblem)) {
      return false;
    }
    CsvProblem p = (CsvProblem) obj;
    return source.equals(p.source)
        && line == p.line
        && columnNumber == p.columnNumber
        && Objects.equals(column, p.column)
        && rule == p.rule
        && message.equals(p.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, line, columnNumber, column, rule, message);
  }

  /**
   * Returns the place and the message, such as
   * {@code visits.csv, line 12, column 5 (minutes): not a whole number of minutes (a value of 3
   * characters)}.
   *
   * @return the problem as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source).append(", line ").append(line);
    if (columnNumber > 0) {
      sb.append(", column ").append(columnNumber);
      if (column != null) {
        sb.append(" (").append(column).append(')');
      }
    }
    return sb.append(": ").append(message).toString();
  }
}
