package io.github.cmpt.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.github.cmpt.estimate.EpisodeAccumulator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads activity records from a CSV file with a header, straight into an
 * {@link EpisodeAccumulator}, such as
 * {@code ActivityCsvReader[separator ',', UTF-8, on malformed rows fail]}.
 *
 * <p><b>Columns</b>, found by their name in the header (ignoring case, spaces, hyphens and
 * underscores, in any order; other columns are ignored):
 * <table class="striped">
 *   <caption>Columns of an activity file</caption>
 *   <thead>
 *     <tr><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Example</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code episode}</th><td>identifier of the episode of care (or
 *         client), not blank</td><td>{@code E-1042}</td></tr>
 *     <tr><th scope="row">{@code level}</th><td>code or name of one of the rules'
 *         {@linkplain io.github.cmpt.estimate.EstimationRules#levels() levels}, ignoring case;
 *         blank when not recorded</td><td>{@code M}</td></tr>
 *     <tr><th scope="row">{@code kind}</th><td>code or name of one of the rules' activity
 *         kinds, ignoring case, spaces or underscores for hyphens</td>
 *         <td>{@code group-intervention}</td></tr>
 *     <tr><th scope="row">{@code role}</th><td>code of one of the rules' roles, ignoring
 *         case</td><td>{@code PT}</td></tr>
 *     <tr><th scope="row">{@code minutes}</th><td>whole minutes, optionally signed; for a group
 *         session, its length</td><td>{@code 45}</td></tr>
 *     <tr><th scope="row">{@code date}</th><td>ISO-8601 calendar date, {@code yyyy-mm-dd}</td>
 *         <td>{@code 2025-03-04}</td></tr>
 *     <tr><th scope="row">{@code group_size}</th><td>optional column; number of clients in a
 *         group session, blank for a session with one client</td><td>{@code 6}</td></tr>
 *   </tbody>
 * </table>
 * Values are trimmed. Empty lines are skipped. A UTF-8 byte order mark is ignored.
 *
 * <p><b>Bad input.</b> A header without one of the six required columns, or with one twice,
 * throws a {@link CsvFormatException}. A row that cannot be read (a number or date not in the
 * format above, a blank identifier, fewer or more fields than the header) is <em>malformed</em>:
 * by default the reader stops with a {@link CsvFormatException} whose message names the line and
 * column, such as {@code visits.csv, line 12, column 4 (minutes): not a whole number of minutes:
 * "4.5"}; with {@link OnMalformedRow#REJECT} it counts the row as
 * {@link io.github.cmpt.estimate.Rejection#MALFORMED}, keeps its problem in the
 * {@link CsvReadReport} and goes on. A row that can be read but breaks a rule (no level, an
 * unknown level, kind or role, negative or absurd minutes, a group size below 1, a date outside
 * the window) is counted by the accumulator under its reason, as for any record. The values of
 * the {@code episode} column never appear in a message.
 *
 * <p><b>Cost.</b> FastCSV hands each field to the reader in its own buffer: the identifier is
 * copied into one reused buffer, codes are compared in place with the rules' levels, kinds and
 * roles, numbers and dates are parsed in place, and the accumulator is called with the parts. No
 * object is made for a good row of an episode already seen; the work per row is proportional to
 * its length.
 *
 * <pre>{@code
 * EpisodeAccumulator acc = new EpisodeAccumulator(rules);
 * CsvReadReport report = ActivityCsvReader.standard().read(Path.of("visits.csv"), acc);
 * Estimates estimates = acc.estimates();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; each read uses its own state.
 */
public final class ActivityCsvReader {

  /** The default number of problems of malformed rows kept in a report: 100. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  private static final ActivityCsvReader STANDARD = builder().build();

  private final char separator;
  private final Charset charset;
  private final OnMalformedRow onMalformedRow;
  private final int maxProblems;

  private ActivityCsvReader(Builder b) {
    this.separator = b.separator;
    this.charset = b.charset;
    this.onMalformedRow = b.onMalformedRow;
    this.maxProblems = b.maxProblems;
  }

  /**
   * Returns the reader of comma-separated UTF-8 files that stops at the first malformed row.
   *
   * @return the standard reader
   */
  public static ActivityCsvReader standard() {
    return STANDARD;
  }

  /**
   * Returns a builder, starting from the standard settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file into an accumulator. The source named in problems is the file name.
   *
   * @param file the file, not null
   * @param into the accumulator, whose rules name the levels, not null
   * @return what was read
   * @throws IOException when the file cannot be read
   * @throws CsvFormatException when the header lacks a column, or a row is malformed and the
   *     reader stops at malformed rows; the accumulator then holds the rows before it
   * @throws IllegalArgumentException when the accumulator's rules name no level
   */
  public CsvReadReport read(Path file, EpisodeAccumulator into) throws IOException {
    Args.notNull(file, "file");
    Path name = file.getFileName();
    RowHandler handler = handler(name == null ? file.toString() : name.toString(), into);
    CsvReader.CsvReaderBuilder b = csv().detectBomHeader(true);
    return read(handler, () -> b.build(handler, file, charset));
  }

  /**
   * Reads characters into an accumulator.
   *
   * @param reader the characters, not closed by this method, not null
   * @param source the name of the source in problems, such as a file name, not null
   * @param into the accumulator, whose rules name the levels, not null
   * @return what was read
   * @throws IOException when the characters cannot be read
   * @throws CsvFormatException when the header lacks a column, or a row is malformed and the
   *     reader stops at malformed rows; the accumulator then holds the rows before it
   * @throws IllegalArgumentException when the accumulator's rules name no level
   */
  public CsvReadReport read(Reader reader, String source, EpisodeAccumulator into)
      throws IOException {
    Args.notNull(reader, "reader");
    RowHandler handler = handler(Args.notNull(source, "source"), into);
    return read(handler, () -> csv().build(handler, new NonClosingReader(reader)));
  }

  private RowHandler handler(String source, EpisodeAccumulator into) {
    Args.notNull(into, "into");
    Args.check(
        !into.rules().levels().isEmpty(),
        "into.rules().levels()",
        "at least one level, to look level codes up",
        "none");
    return new RowHandler(into, source, onMalformedRow, maxProblems);
  }

  private CsvReader.CsvReaderBuilder csv() {
    return CsvReader.builder()
        .fieldSeparator(separator)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true);
  }

  /** Opens a FastCSV reader. */
  private interface Opener {
    CsvReader<CsvProblem> open() throws IOException;
  }

  private static CsvReadReport read(RowHandler handler, Opener opener) throws IOException {
    try (CsvReader<CsvProblem> csv = opener.open()) {
      // The handler feeds the accumulator and yields nothing for good rows: the first element,
      // if any, is a problem that stops the reading.
      for (CsvProblem problem : csv) {
        throw new CsvFormatException(problem);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (CsvParseException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new CsvFormatException(handler.problemHere(String.valueOf(cause.getMessage())), e);
    }
    if (!handler.headerRead()) {
      throw new CsvFormatException(
          new CsvProblem(handler.report().source(), 1, 0, null, "no header row"));
    }
    return handler.report();
  }

  /**
   * Returns whether another object is a reader with the same settings.
   *
   * @param obj the other object
   * @return true for an equal reader
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ActivityCsvReader)) {
      return false;
    }
    ActivityCsvReader r = (ActivityCsvReader) obj;
    return separator == r.separator
        && charset.equals(r.charset)
        && onMalformedRow == r.onMalformedRow
        && maxProblems == r.maxProblems;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(separator, charset, onMalformedRow, maxProblems);
  }

  /**
   * Returns the settings, such as
   * {@code ActivityCsvReader[separator ',', UTF-8, on malformed rows fail]}.
   *
   * @return the reader as text
   */
  @Override
  public String toString() {
    return "ActivityCsvReader[separator '"
        + separator
        + "', "
        + charset
        + ", on malformed rows "
        + (onMalformedRow == OnMalformedRow.FAIL
            ? "fail"
            : "reject (keep " + maxProblems + " problems)")
        + "]";
  }

  /**
   * Builds an {@link ActivityCsvReader}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private char separator = ',';
    private Charset charset = StandardCharsets.UTF_8;
    private OnMalformedRow onMalformedRow = OnMalformedRow.FAIL;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /**
     * Sets the field separator, such as {@code ';'} for files of spreadsheets in locales with a
     * decimal comma.
     *
     * @param separator the separator, not a quote, line break or letter or digit
     * @return this builder
     * @throws IllegalArgumentException when the separator is not usable
     */
    public Builder separator(char separator) {
      Args.check(
          separator != '"' && separator != '\r' && separator != '\n'
              && !Character.isLetterOrDigit(separator),
          "separator",
          "not a quote, line break, letter or digit",
          "'" + separator + "'");
      this.separator = separator;
      return this;
    }

    /**
     * Sets the character set of files read from a path.
     *
     * @param charset the character set, not null
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Args.notNull(charset, "charset");
      return this;
    }

    /**
     * Sets what to do with a malformed row.
     *
     * @param onMalformedRow fail (the default) or reject and go on, not null
     * @return this builder
     */
    public Builder onMalformedRow(OnMalformedRow onMalformedRow) {
      this.onMalformedRow = Args.notNull(onMalformedRow, "onMalformedRow");
      return this;
    }

    /**
     * Sets how many problems of malformed rows a report keeps; the rows beyond are counted only.
     *
     * @param maxProblems the number of problems kept, {@code x >= 0}
     * @return this builder
     * @throws IllegalArgumentException when the number is negative
     */
    public Builder maxProblems(int maxProblems) {
      Args.check(maxProblems >= 0, "maxProblems", "x >= 0", maxProblems);
      this.maxProblems = maxProblems;
      return this;
    }

    /**
     * Returns the reader.
     *
     * @return the reader
     */
    public ActivityCsvReader build() {
      return new ActivityCsvReader(this);
    }
  }

  /** A reader whose {@code close} does nothing: the caller owns the reader it gives. */
  private static final class NonClosingReader extends java.io.FilterReader {
    NonClosingReader(Reader in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller closes its reader.
    }
  }
}
