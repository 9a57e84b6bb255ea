package io.github.cmpt.io;

import java.io.IOException;

/**
 * Thrown when a CSV file cannot be read as activity records: a missing column in the header, or
 * a malformed row when the reader is set to {@link OnMalformedRow#FAIL}. The message names the
 * source, the line and the column, such as {@code visits.csv, line 12, column 5 (minutes): not a
 * whole number of minutes (a value of 3 characters)}, and never quotes a value of the file.
 */
public final class CsvFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient CsvProblem problem;

  CsvFormatException(CsvProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  CsvFormatException(CsvProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /**
   * Returns the problem: source, line, column and message.
   *
   * @return the problem
   */
  public CsvProblem problem() {
    return problem;
  }
}
