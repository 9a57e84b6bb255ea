package io.github.cmpt.io;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one place of a CSV file, such as
 * {@code visits.csv, line 12, column 4 (minutes): not a whole number of minutes: "4.5"}.
 *
 * <p>The message quotes the value found, except in the column of the episode identifier, whose
 * values are never shown.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CsvProblem {

  private final String source;
  private final long line;
  private final int columnNumber;
  private final @Nullable String column;
  private final String message;

  CsvProblem(String source, long line, int columnNumber, @Nullable String column, String message) {
    this.source = source;
    this.line = line;
    this.columnNumber = columnNumber;
    this.column = column;
    this.message = message;
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
   * Returns the line number, from 1, where the row starts.
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
   * Returns the name of the column as the header writes it, if the problem is in one column.
   *
   * @return the column name, or empty
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns what is wrong, such as {@code not a whole number of minutes: "4.5"}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns whether another object is a problem at the same place with the same message.
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
        && message.equals(p.message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, line, columnNumber, column, message);
  }

  /**
   * Returns the place and the message, such as
   * {@code visits.csv, line 12, column 4 (minutes): not a whole number of minutes: "4.5"}.
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
