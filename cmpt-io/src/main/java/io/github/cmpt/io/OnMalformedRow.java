package io.github.cmpt.io;

/**
 * What an {@link ActivityCsvReader} does with a row it cannot read, such as minutes written
 * {@code 4.5} or a date {@code 2025-02-30}.
 */
public enum OnMalformedRow {

  /**
   * Stop at the first malformed row with a {@link CsvFormatException} naming its line and column.
   * The default: a file with unreadable rows is usually a file in the wrong format.
   */
  FAIL,

  /**
   * Count the row as rejected ({@link io.github.cmpt.estimate.Rejection#MALFORMED}) in the
   * data-quality account, list it in the {@link CsvReadReport}, and go on.
   */
  REJECT
}
