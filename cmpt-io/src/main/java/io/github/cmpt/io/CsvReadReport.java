package io.github.cmpt.io;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link ActivityCsvReader} read from one source: the data rows, and the malformed rows
 * it counted as rejected when set to {@link OnMalformedRow#REJECT}, with the first of their
 * problems, such as {@code CsvReadReport[visits.csv, 3016 rows, 2 malformed]}.
 *
 * <p>What became of the rows that could be read (accepted, or rejected for a reason such as
 * negative minutes) is in the accumulator's {@link io.github.cmpt.estimate.DataQuality} account.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CsvReadReport {

  private final String source;
  private final long rows;
  private final long malformed;
  private final List<CsvProblem> problems;

  CsvReadReport(String source, long rows, long malformed, List<CsvProblem> problems) {
    this.source = source;
    this.rows = rows;
    this.malformed = malformed;
    this.problems = List.copyOf(problems);
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
   * Returns the number of data rows read, not counting the header and empty lines.
   *
   * @return the rows
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the number of malformed rows counted as rejected.
   *
   * @return the malformed rows, 0 when the reader stops at the first one
   */
  public long malformed() {
    return malformed;
  }

  /**
   * Returns the problems of the first malformed rows, as many as the reader keeps.
   *
   * @return an unmodifiable list of problems, in the order of the file
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * Returns whether another object is a report with the same counts and problems.
   *
   * @param obj the other object
   * @return true for an equal report
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CsvReadReport)) {
      return false;
    }
    CsvReadReport r = (CsvReadReport) obj;
    return source.equals(r.source)
        && rows == r.rows
        && malformed == r.malformed
        && problems.equals(r.problems);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, rows, malformed, problems);
  }

  /**
   * Returns the source and counts, such as {@code CsvReadReport[visits.csv, 3016 rows, 2 malformed]}.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    return "CsvReadReport[" + source + ", " + rows + " rows, " + malformed + " malformed]";
  }
}
